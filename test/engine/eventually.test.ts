import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { Eventually, Model } from '../../src/engine/types.ts';
import { twoPhaseSubject, type TwoPhaseState } from '../../examples/two-phase-commit.ts';
import { counter, graph, type Count } from './toy-models.ts';

const reachesGoal: Eventually<string> = { kind: 'eventually', name: 'reaches goal', check: (node) => node === 'goal' };

async function verdict(model: Model<string, string>, options = {}) {
  const r = await check(model, [reachesGoal], { deadlock: false, ...options });
  return { result: r, p: r.properties[0]! };
}

describe('eventually', () => {
  it('holds when every path reaches the goal (a loop on the goal itself is fine)', async () => {
    const { p, result } = await verdict(graph({ a: ['b', 'goal'], b: ['c'], c: ['goal'], goal: ['goal'] }));
    expect(p.status).toBe('holds');
    expect(p.reason).toMatch(/3 states that fail it form no loop and no dead end/);
    expect(result.stopReason).toBe('done');
  });

  it('holds at once when the initial state satisfies it', async () => {
    const { p } = await verdict(graph({ goal: ['x'], x: ['x'] }, ['goal']));
    expect(p.status).toBe('holds');
  });

  it('is violated by the shortest path to a dead end that avoids the goal', async () => {
    const model = graph({ a: ['b', 'c'], b: ['d', 'goal'], c: ['dead'], d: ['dead'], goal: [] });
    const { p } = await verdict(model);
    expect(p.status).toBe('violated');
    expect(p.trace!.labels).toEqual(['->c', '->dead']);
    expect(p.trace!.loopsTo).toBeUndefined();
    expect(reproduces(model, p.trace!, reachesGoal)).toBe(true);
  });

  it('is violated by a lasso: a stem to the loop entry, then the loop, with loopsTo at the entry', async () => {
    const model = graph({ a: ['x', 'b'], x: ['goal'], b: ['c'], c: ['d'], d: ['b', 'goal'], goal: [] });
    const { p } = await verdict(model);
    expect(p.status).toBe('violated');
    expect(p.trace!.labels).toEqual(['->b', '->c', '->d', '->b']);
    expect(p.trace!.loopsTo).toBe(1);
    expect(p.trace!.states![1]).toBe('b');
    expect(p.trace!.states![4]).toBe('b');
    expect(reproduces(model, p.trace!, reachesGoal)).toBe(true);
  });

  it('picks the loop whose entry is nearest, then the shortest loop through it', async () => {
    // A long loop entered after 1 step (b..f) and a short one entered after 2 (c <-> x): b wins.
    // Through b, the loop b -> c -> b is shorter than b -> c -> d -> e -> f -> b.
    const model = graph({ a: ['b'], b: ['c'], c: ['d', 'x', 'b'], d: ['e'], e: ['f'], f: ['b'], x: ['c'] });
    const { p } = await verdict(model);
    expect(p.trace).toMatchObject({ labels: ['->b', '->c', '->b'], loopsTo: 1 });
    expect(reproduces(model, p.trace!, reachesGoal)).toBe(true);
  });

  it('treats a self-loop as a lasso (no fairness is assumed)', async () => {
    const model = graph({ a: ['a', 'goal'], goal: [] });
    const { p } = await verdict(model);
    expect(p.status).toBe('violated');
    expect(p.trace).toMatchObject({ actions: [0], loopsTo: 0 });
    expect(p.reason).toMatch(/no fairness/);
  });

  it('is unknown, never holds, when the depth bound cuts a path that has not reached the goal', async () => {
    const chain = graph({ a: ['b'], b: ['c'], c: ['d'], d: ['goal'], goal: [] });
    expect((await verdict(chain, { maxDepth: 2 })).p.status).toBe('unknown');
    expect((await verdict(chain, { maxDepth: 4 })).p.status).toBe('holds');
  });

  it('still reports a violation found inside the depth bound', async () => {
    const { p } = await verdict(graph({ a: ['a', 'b'], b: ['c'], c: ['d'], d: ['goal'], goal: [] }), { maxDepth: 1 });
    expect(p.status).toBe('violated');
  });

  it('is unknown when a state outside the constraint is left unexpanded', async () => {
    const model = { ...graph({ a: ['b'], b: ['c'], c: ['goal'], goal: [] }), within: (node: string) => node !== 'b' };
    expect((await verdict(model)).p.status).toBe('unknown');
  });

  it('is not searched when the main search was capped', async () => {
    const { p, result } = await verdict(graph({ a: ['b'], b: ['c'], c: ['goal'], goal: [] }), { maxStates: 3 });
    expect(p).toMatchObject({ status: 'unknown', reason: 'not searched: the search reached maxStates' });
    expect(result.stopReason).toBe('max-states');
  });

  it('is unknown when the cap stops its own search (it counts states, not symmetry classes)', async () => {
    const { model } = twoPhaseSubject(3);
    const decided: Eventually<TwoPhaseState> = { kind: 'eventually', name: 'all decided', check: (s) => s.rmState.every((r) => r !== 'working') };
    const r = await check(model, [decided], { maxStates: 100 });
    expect(r.states).toBe(80);
    expect(r.properties[0]).toMatchObject({ status: 'unknown' });
    expect(r.properties[0]!.reason).toMatch(/maxStates \(100\)/);
    expect(r.stopReason).toBe('max-states');
    expect(r.complete).toBe(false);
  });

  it('is left unknown when the main search stopped at another violation', async () => {
    const model = graph({ a: ['b'], b: ['b'] });
    const r = await check(model, [{ kind: 'always', name: 'not b', check: (n: string) => n !== 'b' }, reachesGoal]);
    // The deadlock check is undecided too: the search stopped.
    expect(r.properties.map((p) => p.status)).toEqual(['violated', 'unknown', 'unknown']);
  });

  it('finds 2PC stuttering forever before every RM has decided, on a codec model with symmetry on', async () => {
    const { model } = twoPhaseSubject(3);
    const decided: Eventually<TwoPhaseState> = {
      kind: 'eventually',
      name: 'all decided',
      check: (s) => s.rmState.every((r) => r === 'committed' || r === 'aborted'),
    };
    const r = await check(model, [decided]);
    const p = r.properties[0]!;
    expect(p.status).toBe('violated');
    expect(p.trace!.loopsTo).toBeDefined();
    expect(reproduces(model, p.trace!, decided)).toBe(true);
  });
});

describe('eventually on long paths', () => {
  it('searches a 100,000-state chain without recursion (holds), and finds the loop when there is one', async () => {
    const goal: Eventually<Count> = { kind: 'eventually', name: 'top', check: (s) => s.n === 100_000 };
    const chain = await check(counter(100_000, { incOnly: true }), [goal], { deadlock: false });
    expect(chain.properties[0]!.status).toBe('holds');
    const wobbly = await check(counter(100_000), [goal], { deadlock: false });
    const lasso = wobbly.properties[0]!;
    expect(lasso.status).toBe('violated');
    // The loop entry with the shortest stem (the initial state), then the shortest loop through it.
    expect(lasso.trace).toMatchObject({ actions: [0, 1], labels: ['inc', 'dec'], loopsTo: 0 });
    expect(reproduces(counter(100_000), lasso.trace!, goal)).toBe(true);
  });
});
