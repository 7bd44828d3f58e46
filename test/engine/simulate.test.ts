import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { Property } from '../../src/engine/types.ts';
import { counter, graph, mutex, mutualExclusion, type Count, type MutexAction, type MutexState } from './toy-models.ts';

const mutexProperty: Property<MutexState, MutexAction> = { kind: 'always', name: 'mutex', check: mutualExclusion };
const belowFive: Property<Count, 'inc' | 'dec'> = { kind: 'always', name: 'below five', check: (s) => s.n < 5 };

describe('simulate', () => {
  it('shrinks a failure to a minimal trace', async () => {
    const r = await simulate(counter(20), [belowFive], { runs: 200, maxSteps: 60, seed: 7 });
    expect(r.failure).toBeDefined();
    expect(r.failure!.property).toBe('below five');
    // The minimal run: five times the first action (inc), trimmed at the violating step.
    expect(r.failure!.trace.labels).toEqual(['inc', 'inc', 'inc', 'inc', 'inc']);
    expect(r.failure!.trace.states!.at(-1)).toEqual({ n: 5 });
    expect(reproduces(counter(20), r.failure!.trace, belowFive)).toBe(true);
  });

  it('finds the broken mutex and shrinks to its 4-step race', async () => {
    const r = await simulate(mutex(false), [mutexProperty], { runs: 300, maxSteps: 30, seed: 1 });
    expect(r.failure!.property).toBe('mutex');
    expect(r.failure!.trace.actions).toHaveLength(4);
    expect(reproduces(mutex(false), r.failure!.trace, mutexProperty)).toBe(true);
  });

  it('gives the same result for the same seed', async () => {
    const a = await simulate(mutex(false), [mutexProperty], { runs: 100, maxSteps: 30, seed: 42 });
    const b = await simulate(mutex(false), [mutexProperty], { runs: 100, maxSteps: 30, seed: 42 });
    expect(a).toEqual(b);
    expect(a.seed).toBe(42);
  });

  it('replays straight to the shrunk case from seed and path', async () => {
    const first = await simulate(mutex(false), [mutexProperty], { runs: 300, maxSteps: 30, seed: 3 });
    const again = await simulate(mutex(false), [mutexProperty], { runs: 300, maxSteps: 30, seed: 3, path: first.failure!.path });
    expect(again.failure!.trace).toEqual(first.failure!.trace);
    expect(again.failure!.property).toBe('mutex');
    expect(again.runs).toBeLessThan(first.runs);
  });

  it('passes when nothing fails', async () => {
    const r = await simulate(mutex(true), [mutexProperty], { runs: 50, maxSteps: 20, seed: 5 });
    expect(r).toEqual({ seed: 5, runs: 50 });
  });

  it('reports a deadlock at a terminal state unless told not to', async () => {
    const r = await simulate(counter(3, { incOnly: true }), [], { runs: 50, maxSteps: 10, seed: 9 });
    expect(r.failure).toMatchObject({ property: 'deadlock' });
    expect(r.failure!.trace.actions).toHaveLength(3);
    expect((await simulate(counter(3, { incOnly: true }), [], { runs: 50, maxSteps: 10, seed: 9, deadlock: false })).failure).toBeUndefined();
  });

  it('fails an eventually property only at a terminal state the run reached without it', async () => {
    const model = graph({ a: ['b', 'goal'], b: ['dead'], dead: [], goal: [] });
    const reachesGoal: Property<string, string> = { kind: 'eventually', name: 'reaches goal', check: (n) => n === 'goal' };
    const r = await simulate(model, [reachesGoal], { runs: 100, maxSteps: 5, seed: 11, deadlock: false });
    expect(r.failure).toMatchObject({ property: 'reaches goal' });
    expect(r.failure!.trace.labels).toEqual(['->b', '->dead']);
    // A loop that avoids the goal is not a failure in simulation: runs only end at terminal states.
    const loop = graph({ a: ['a'] });
    expect((await simulate(loop, [reachesGoal], { runs: 20, maxSteps: 5, seed: 11 })).failure).toBeUndefined();
  });
});
