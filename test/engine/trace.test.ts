import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { replay, reproduces } from '../../src/engine/trace.ts';
import type { Model, Property, Trace } from '../../src/engine/types.ts';
import { counter, mutex, mutualExclusion, type Count, type MutexAction, type MutexState } from './toy-models.ts';

const mutexProperty: Property<MutexState, MutexAction> = { kind: 'always', name: 'mutex', check: mutualExclusion };

async function counterexample(): Promise<Trace<MutexState>> {
  const r = await check(mutex(false), [mutexProperty]);
  return r.properties[0]!.trace!;
}

describe('traces are data', () => {
  it('round-trip through JSON and replay to the same states and labels', async () => {
    const trace = await counterexample();
    const parsed = JSON.parse(JSON.stringify(trace)) as Trace<MutexState>;
    expect(parsed).toEqual(trace);
    const replayed = replay(mutex(false), parsed);
    expect(replayed.labels).toEqual(trace.labels);
    expect(replayed.states).toEqual(trace.states);
    expect(reproduces(mutex(false), parsed, mutexProperty)).toBe(true);
  });

  it('a path of indices alone is enough', async () => {
    const trace = await counterexample();
    const bare = replay(mutex(false), { init: trace.init, actions: trace.actions });
    expect(bare.labels).toEqual(trace.labels);
  });

  it('reproduces says no when the trace does not end in the violation', async () => {
    const trace = await counterexample();
    const shorter = { init: 0, actions: trace.actions.slice(0, 3) };
    expect(reproduces(mutex(false), shorter, mutexProperty)).toBe(false);
  });
});

describe('replay fails loudly when the model changed', () => {
  it('names a step whose action index is out of range', async () => {
    const trace = await counterexample();
    const broken = { ...trace, actions: [...trace.actions.slice(0, 2), 4, ...trace.actions.slice(3)] };
    expect(() => replay(mutex(false), broken)).toThrow(
      `step 3: the model offers 2 actions, the trace asks for #4 (label ${trace.labels![2]})`,
    );
  });

  it('names a step whose label drifted', async () => {
    const trace = await counterexample();
    const renamed: Model<MutexState, MutexAction> = { ...mutex(false), label: (a) => `process ${a.p} ${a.op}` };
    expect(() => replay(renamed, trace)).toThrow(`step 1: the trace says 'p0 check' but the model's action #0 is now 'process 0 check'`);
  });

  it('names a nondeterministic model', () => {
    let calls = 0;
    const flaky: Model<Count, 'inc'> = {
      init: () => [{ n: 0 }],
      actions: () => ['inc'],
      next: (s) => ({ n: s.n + 1 + (calls++ % 2) }),
      label: (a) => a,
    };
    expect(() => replay(flaky, { init: 0, actions: [0] })).toThrow('the model is nondeterministic: step 1 gave two different next states');
  });

  it('names a trace that starts from an initial state the model lacks', () => {
    expect(() => replay(counter(3), { init: 2, actions: [] })).toThrow('the trace starts from initial state #2 but the model has 1');
  });
});
