import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { reproduces, stateKey } from '../../src/engine/trace.ts';
import { verifyFastPath } from '../../src/engine/verify-fast-path.ts';
import type { Model, Property } from '../../src/engine/types.ts';
import { twoPhaseSubject, type TwoPhaseAction, type TwoPhaseState } from '../../examples/two-phase-commit.ts';

describe('two-phase commit: the published state counts', () => {
  it.each([
    [3, 288],
    [5, 8_832],
  ])('%i RMs: %i states, all properties as expected', async (rms, states) => {
    const { model, properties } = twoPhaseSubject(rms);
    const r = await check(model, properties, { symmetry: false });
    expect(r.states).toBe(states);
    expect(r).toMatchObject({ complete: true, exhaustive: true, stopReason: 'done' });
    expect(Object.fromEntries(r.properties.map((p) => [p.name, p.status]))).toEqual({
      'abort agreement': 'holds',
      'commit agreement': 'holds',
      consistent: 'holds',
      deadlock: 'holds',
    });
  });

  it('8 RMs: 1,745,408 states', { timeout: 300_000 }, async () => {
    const { model, properties } = twoPhaseSubject(8);
    const r = await check(model, properties, { symmetry: false });
    expect(r.states).toBe(1_745_408);
    expect(r.properties.every((p) => p.status === 'holds')).toBe(true);
  });

  it('the shortest commit and abort witnesses have the expected lengths', async () => {
    const { model, properties } = twoPhaseSubject(3);
    const r = await check(model, properties, { symmetry: false });
    // Abort: TmAbort then each RM receives it (1 + 3), or each RM chooses to abort (3).
    expect(r.properties[0]!.trace!.actions).toHaveLength(3);
    // Commit: prepare ×3, TM receives ×3, TmCommit, receive commit ×3.
    expect(r.properties[1]!.trace!.actions).toHaveLength(10);
    expect(reproduces(model, r.properties[1]!.trace!, properties[1]!)).toBe(true);
  });
});

describe('two-phase commit: the eager-commit variant', () => {
  it('breaks consistency with a shortest (5-step) counterexample, with and without symmetry', async () => {
    for (const symmetry of [true, false]) {
      const { model, properties } = twoPhaseSubject(4, 'eager-commit');
      const r = await check(model, properties, { symmetry });
      const consistent = r.properties.find((p) => p.name === 'consistent')!;
      expect(consistent.status).toBe('violated');
      expect(consistent.trace!.actions).toHaveLength(5);
      expect(reproduces(model, consistent.trace!, properties[2]!)).toBe(true);
    }
  });
});

describe('symmetry', () => {
  it('gives the same verdicts on and off', async () => {
    for (const variant of ['correct', 'eager-commit'] as const) {
      const { model, properties } = twoPhaseSubject(5, variant);
      const on = await check(model, properties, { symmetry: true, stopAtFirstViolation: false });
      const off = await check(model, properties, { symmetry: false, stopAtFirstViolation: false });
      expect(on.states).toBeLessThan(off.states);
      expect(on.properties.map((p) => [p.name, p.status, p.trace?.actions.length])).toEqual(
        off.properties.map((p) => [p.name, p.status, p.trace?.actions.length]),
      );
    }
  });

  it('visits one state per symmetry class: 314 for 5 RMs, the number of distinct representatives', async () => {
    const { model } = twoPhaseSubject(5);
    const classes = new Set<string>();
    const collect: Property<TwoPhaseState, TwoPhaseAction> = {
      kind: 'always',
      name: 'collect classes',
      check: (s) => classes.add(stateKey(model, model.canonical!(s))) !== undefined,
    };
    const off = await check(model, [collect], { symmetry: false });
    expect(off.states).toBe(8_832);
    expect(classes.size).toBe(314);
    const on = await check(model, [], { symmetry: true });
    expect(on.states).toBe(classes.size);
  });

  it('is on by default when the model has canonical', async () => {
    const { model } = twoPhaseSubject(5);
    expect((await check(model, [])).states).toBe(314);
  });

  it('keeps actual states in the frontier so traces replay exactly', async () => {
    const { model, properties } = twoPhaseSubject(5);
    const r = await check(model, properties, { symmetry: true });
    const commit = r.properties[1]!;
    expect(commit.trace!.actions).toHaveLength(16);
    expect(reproduces(model, commit.trace!, properties[1]!)).toBe(true);
  });
});

describe('fast path', () => {
  it('update on decoded copies equals immer next on every transition of 2PC-5', async () => {
    const report = await verifyFastPath(twoPhaseSubject(5).model);
    expect(report).toEqual({ states: 8_832, transitions: 58_145, complete: true });
  });

  it('gives the same states, transitions and verdicts as next', async () => {
    const { model, properties } = twoPhaseSubject(5);
    const fast = await check(model, properties, { symmetry: false });
    const slow = await check(model, properties, { symmetry: false, fastPath: 'off' });
    expect(fast.states).toBe(slow.states);
    expect(fast.transitions).toBe(slow.transitions);
    expect(fast.coverage).toEqual(slow.coverage);
    expect(fast.properties).toEqual(slow.properties);
  });

  it('gives one outcome, traces included, whether the codec decodes into a reused state or a fresh one', async () => {
    const { model, properties } = twoPhaseSubject(5, 'eager-commit');
    const { decodeInto: _, ...fresh } = model.codec!;
    const reused = await check(model, properties, { symmetry: false, stopAtFirstViolation: false });
    const decoded = await check({ ...model, codec: fresh }, properties, { symmetry: false, stopAtFirstViolation: false });
    expect(model.codec!.decodeInto).toBeTypeOf('function');
    expect(reused.properties.some((p) => p.status === 'violated')).toBe(true);
    expect({ ...reused, elapsedMs: 0 }).toEqual({ ...decoded, elapsedMs: 0 });
  });

  it('verify catches a decodeInto that leaves part of the reused state as it was', async () => {
    const { model } = twoPhaseSubject(3);
    const codec = model.codec!;
    const stale: Model<TwoPhaseState, TwoPhaseAction> = {
      ...model,
      codec: {
        ...codec,
        decodeInto: (words, offset, into) => {
          const { tmState } = into;
          codec.decodeInto!(words, offset, into);
          into.tmState = tmState;
        },
      },
    };
    await expect(verifyFastPath(stale)).rejects.toThrow(/decodeInto leaves a reused state as .* where decode gives/);
  });

  it('verify names the first transition where update and next disagree', async () => {
    const { model } = twoPhaseSubject(3);
    const drifting: Model<TwoPhaseState, TwoPhaseAction> = {
      ...model,
      update: (s, a) => {
        model.update!(s, a);
        if (a.type === 'TmAbort') s.msgs.commit = true;
      },
    };
    await expect(verifyFastPath(drifting)).rejects.toThrow(/fast path differs from next: action #\d+ 'TmAbort'/);
  });

  it('verify catches a codec that drops information properties can see', async () => {
    const { model } = twoPhaseSubject(3);
    const codec = model.codec!;
    const lossy: Model<TwoPhaseState, TwoPhaseAction> = {
      ...model,
      // Forgets the Abort message: update and next still agree on the words, but not on the state.
      codec: { ...codec, encode: (s, out, o) => codec.encode({ ...s, msgs: { ...s.msgs, abort: false } }, out, o) },
    };
    await expect(verifyFastPath(lossy)).rejects.toThrow(/the codec loses information: after action #\d+ 'TmAbort'/);
  });

  it("'verify' needs a model with update and codec", async () => {
    const { model } = twoPhaseSubject(3);
    await expect(check({ ...model, update: undefined }, [], { fastPath: 'verify' })).rejects.toThrow(/needs a model with both/);
  });
});
