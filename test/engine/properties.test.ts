import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { Property, PropertyResult } from '../../src/engine/types.ts';
import { counter, mutex, mutualExclusion, stepper, type Count, type MutexAction, type MutexState } from './toy-models.ts';

function result<S>(results: readonly PropertyResult<S>[], name: string): PropertyResult<S> {
  const found = results.find((r) => r.name === name);
  if (found === undefined) throw new Error(`no result named ${name}`);
  return found;
}

describe('always', () => {
  it('holds on every reachable state of the atomic mutex', async () => {
    const r = await check(mutex(true), [{ kind: 'always', name: 'mutex', check: mutualExclusion }], { symmetry: false });
    expect(result(r.properties, 'mutex')).toMatchObject({ status: 'holds', kind: 'always' });
    expect(r.stopReason).toBe('done');
    expect(r.complete).toBe(true);
    expect(r.exhaustive).toBe(true);
    // idle/idle, critical/idle, idle/critical; symmetry (on by default) merges the last two.
    expect(r.states).toBe(3);
    expect((await check(mutex(true), [])).states).toBe(2);
  });

  it('is violated by the check-then-enter mutex with a shortest (4-step) trace that replays', async () => {
    const model = mutex(false);
    const property: Property<MutexState, MutexAction> = { kind: 'always', name: 'mutex', check: mutualExclusion };
    const r = await check(model, [property]);
    const mutexResult = result(r.properties, 'mutex');
    expect(mutexResult.status).toBe('violated');
    expect(r.stopReason).toBe('violation');
    expect(r.complete).toBe(false);
    const trace = mutexResult.trace!;
    expect(trace.actions).toHaveLength(4);
    expect(trace.labels).toHaveLength(4);
    expect(trace.states).toHaveLength(5);
    expect(trace.states![4]!.pc).toEqual(['critical', 'critical']);
    expect(reproduces(model, trace, property)).toBe(true);
    expect(mutexResult.reason).toMatch(/4 steps/);
  });

  it('checks the initial states too', async () => {
    const r = await check(counter(3), [{ kind: 'always', name: 'positive', check: (s: Count) => s.n > 0 }]);
    const p = result(r.properties, 'positive');
    expect(p.status).toBe('violated');
    expect(p.trace).toMatchObject({ init: 0, actions: [] });
  });

  it('finds the shortest counterexample where a depth-first search would not', async () => {
    // +1 comes first, so DFS would reach 9 by nine +1 steps; BFS needs 5 (+2 ×4, +1).
    const r = await check(stepper(12), [{ kind: 'always', name: 'below 9', check: (s: Count) => s.n !== 9 }]);
    expect(result(r.properties, 'below 9').trace!.actions).toHaveLength(5);
  });
});

describe('sometimes', () => {
  it('holds with the shortest witness', async () => {
    const r = await check(counter(5), [{ kind: 'sometimes', name: 'three', check: (s: Count) => s.n === 3 }]);
    const p = result(r.properties, 'three');
    expect(p.status).toBe('holds');
    expect(p.trace!.labels).toEqual(['inc', 'inc', 'inc']);
    // A witness does not stop the search.
    expect(r.stopReason).toBe('done');
    expect(r.states).toBe(6);
  });

  it('is violated when an exhaustive search finds no witness', async () => {
    const r = await check(counter(5), [{ kind: 'sometimes', name: 'big', check: (s: Count) => s.n > 5 }]);
    expect(result(r.properties, 'big')).toMatchObject({ status: 'violated', reason: 'no witness among 6 states' });
    expect(r.stopReason).toBe('done');
  });

  it('is unknown when a depth bound may hide the witness', async () => {
    const r = await check(counter(5), [{ kind: 'sometimes', name: 'four', check: (s: Count) => s.n === 4 }], { maxDepth: 3 });
    expect(result(r.properties, 'four').status).toBe('unknown');
    expect(r.complete).toBe(true);
    expect(r.exhaustive).toBe(false);
  });
});

describe('step', () => {
  const neverDown: Property<Count, 'inc' | 'dec'> = { kind: 'step', name: 'never down', check: (prev, _a, next) => next.n >= prev.n };
  const byOne: Property<Count, 'inc' | 'dec'> = {
    kind: 'step',
    name: 'by one',
    check: (prev, a, next) => next.n - prev.n === (a === 'inc' ? 1 : -1),
  };

  it('holds on every transition', async () => {
    const r = await check(counter(4), [byOne]);
    expect(result(r.properties, 'by one')).toMatchObject({ status: 'holds', reason: 'holds on all 8 transitions' });
    expect(r.transitions).toBe(8);
  });

  it('is violated with the path to the state before plus the bad action', async () => {
    const model = counter(4);
    const r = await check(model, [neverDown]);
    const p = result(r.properties, 'never down');
    expect(p.status).toBe('violated');
    expect(p.trace!.labels).toEqual(['inc', 'dec']);
    expect(reproduces(model, p.trace!, neverDown)).toBe(true);
  });

  it('is checked on transitions to states already seen', async () => {
    // In a wrapping counter of 0..2, the only wrap (2 → 0) leads back to the initial state.
    const noWrap: Property<Count, 'inc' | 'dec'> = { kind: 'step', name: 'no wrap', check: (p, _a, n) => !(p.n === 2 && n.n === 0) };
    const r = await check(counter(2, { wrap: true, incOnly: true }), [noWrap]);
    expect(result(r.properties, 'no wrap').trace!.labels).toEqual(['inc', 'inc', 'inc']);
  });
});

describe('deadlock', () => {
  it('reports a state with no enabled action by default', async () => {
    const r = await check(counter(3, { incOnly: true }), []);
    expect(r.properties).toHaveLength(1);
    const d = result(r.properties, 'deadlock');
    expect(d).toMatchObject({ kind: 'deadlock', status: 'violated' });
    expect(d.trace!.actions).toHaveLength(3);
    expect(reproduces(counter(3, { incOnly: true }), d.trace!, 'deadlock')).toBe(true);
  });

  it('holds when every state has an action, and is left out when turned off', async () => {
    const on = await check(counter(3), []);
    expect(result(on.properties, 'deadlock').status).toBe('holds');
    const off = await check(counter(3, { incOnly: true }), [], { deadlock: false });
    expect(off.properties).toHaveLength(0);
    expect(off.stopReason).toBe('done');
  });
});

describe('stopAtFirstViolation', () => {
  const props: Property<Count, 'inc' | 'dec'>[] = [
    { kind: 'always', name: 'below 2', check: (s) => s.n < 2 },
    { kind: 'always', name: 'below 4', check: (s) => s.n < 4 },
    { kind: 'sometimes', name: 'five', check: (s) => s.n === 5 },
  ];

  it('stops at the first violation and leaves undecided properties unknown', async () => {
    const r = await check(counter(6), props);
    expect(r.properties.map((p) => p.status)).toEqual(['violated', 'unknown', 'unknown', 'unknown']);
    expect(r.stopReason).toBe('violation');
  });

  it('keeps going when told to, until every property has a verdict', async () => {
    const r = await check(counter(6), props, { stopAtFirstViolation: false });
    expect(r.properties.map((p) => p.status)).toEqual(['violated', 'violated', 'holds', 'holds']);
    expect(r.properties[1]!.trace!.actions).toHaveLength(4);
    expect(r.stopReason).toBe('done');
  });

  it('stops early without it once every property is decided', async () => {
    const decided = await check(counter(50), props.slice(0, 2), { stopAtFirstViolation: false, deadlock: false });
    expect(decided.properties.map((p) => p.status)).toEqual(['violated', 'violated']);
    expect(decided.stopReason).toBe('violation');
    expect(decided.states).toBeLessThan(51);
  });
});

describe('coverage', () => {
  it('counts per label how often it was enabled and how many new states it made', async () => {
    const r = await check(counter(3), []);
    // inc is enabled at 0,1,2 (3 new states); dec at 1,2,3 (none new).
    expect(r.coverage).toEqual({ inc: { enabled: 3, newStates: 3 }, dec: { enabled: 3, newStates: 0 } });
  });
});
