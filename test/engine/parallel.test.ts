/** The search over worker threads against the same search on one thread, on the example models. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { CheckOptions, CheckResult, Coverage, ModelSource, Subject } from '../../src/engine/types.ts';
import { twoPhaseSource, twoPhaseSubject } from '../../examples/two-phase-commit.ts';
import { upDownSubject } from '../../examples/updown.ts';

/** The verdicts, with the length of each counterexample or witness. */
const verdicts = (result: CheckResult<unknown>) =>
  result.properties.map((p) => ({ name: p.name, status: p.status, steps: p.trace?.actions.length }));

/** What must not depend on the number of threads when nothing stops the search early. */
function outline(result: CheckResult<unknown>) {
  const { complete, exhaustive, stopReason, states, transitions, depth } = result;
  return { complete, exhaustive, stopReason, states, transitions, depth, properties: verdicts(result) };
}

const enabled = (coverage: Coverage) => Object.fromEntries(Object.entries(coverage).map(([label, c]) => [label, c.enabled]));
const total = (coverage: Coverage, field: 'enabled' | 'newStates') => Object.values(coverage).reduce((n, c) => n + c[field], 0);

async function both<S, A>(subject: Subject<S, A>, source: ModelSource, options: CheckOptions = {}, workers = 2) {
  const one = await check(subject.model, subject.properties, options);
  const many = await check(subject.model, subject.properties, { ...options, workers, source });
  return { one, many };
}

describe('check with worker threads', () => {
  for (const rms of [3, 5]) {
    for (const symmetry of [false, true]) {
      it(`finds what one thread finds on 2PC with ${rms} RMs, symmetry ${symmetry ? 'on' : 'off'}`, async () => {
        const { one, many } = await both(twoPhaseSubject(rms), twoPhaseSource(rms), { symmetry });
        expect(outline(many)).toEqual(outline(one));
        expect(one.complete).toBe(true);
        expect(total(many.coverage, 'newStates')).toBe(one.states - 1);
        expect(total(many.coverage, 'enabled')).toBe(one.transitions);
        // Under symmetry each class keeps whichever member is reached first, so labels may differ.
        if (!symmetry) expect(enabled(many.coverage)).toEqual(enabled(one.coverage));
      });
    }
  }

  it('finds the 2^n states of up/down with three workers', async () => {
    const source = { module: new URL('../../examples/updown.ts', import.meta.url).href, export: 'upDownSubject', args: [10] };
    const { one, many } = await both(upDownSubject(10), source, {}, 3);
    expect(many.states).toBe(1024);
    expect(many.transitions).toBe(10 * 1024);
    expect(outline(many)).toEqual(outline(one));
  });

  it('stops at the depth bound as one thread does', async () => {
    const { one, many } = await both(twoPhaseSubject(5), twoPhaseSource(5), { maxDepth: 6, symmetry: false });
    expect(outline(many)).toEqual(outline(one));
    expect(many.depth).toBe(6);
    expect(many.exhaustive).toBe(false);
    expect(many.properties.find((p) => p.name === 'commit agreement')?.status).toBe('unknown');
  });

  it('gives a shortest counterexample that replays, the same one on every run', async () => {
    const subject = twoPhaseSubject(3, 'eager-commit');
    const source = twoPhaseSource(3, 'eager-commit');
    const { one, many } = await both(subject, source);
    expect(verdicts(many)).toEqual(verdicts(one));
    expect(many.stopReason).toBe('violation');
    // It stops at the end of the violation's level; one thread stops within it.
    expect(many.states).toBeGreaterThanOrEqual(one.states);
    const violated = many.properties.find((p) => p.status === 'violated')!;
    expect(violated.name).toBe('consistent');
    expect(violated.trace!.actions).toHaveLength(5);
    expect(reproduces(subject.model, violated.trace!, subject.properties.find((p) => p.name === 'consistent')!)).toBe(true);
    const again = await check(subject.model, subject.properties, { workers: 2, source });
    expect(again.properties).toEqual(many.properties);
    expect(outline(again)).toEqual(outline(many));
    expect(again.coverage).toEqual(many.coverage);
  });

  it('decides every property when it does not stop at the first violation (three workers)', async () => {
    const options = { stopAtFirstViolation: false, symmetry: false };
    const { one, many } = await both(twoPhaseSubject(4, 'eager-commit'), twoPhaseSource(4, 'eager-commit'), options, 3);
    expect(outline(many)).toEqual(outline(one));
    expect(many.properties.map((p) => p.status)).not.toContain('unknown');
  });
});
