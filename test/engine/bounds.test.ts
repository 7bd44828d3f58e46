import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import type { Progress } from '../../src/engine/types.ts';
import { twoPhaseSubject } from '../../examples/two-phase-commit.ts';
import { counter, type Count } from './toy-models.ts';

const belowTen = { kind: 'always', name: 'below ten', check: (s: Count) => s.n < 10 } as const;

describe('bounds', () => {
  it('maxDepth: states at the bound are checked but not expanded', async () => {
    const r = await check(counter(10), [belowTen], { maxDepth: 3 });
    expect(r.states).toBe(4);
    expect(r.depth).toBe(3);
    expect(r).toMatchObject({ complete: true, exhaustive: false, stopReason: 'done' });
    expect(r.properties[0]).toMatchObject({ status: 'holds', reason: 'holds on all 4 states within depth 3' });
  });

  it('maxDepth: a bound that leaves no action untaken keeps the search exhaustive', async () => {
    const r = await check(counter(3, { incOnly: true }), [], { maxDepth: 3, deadlock: false });
    expect(r).toMatchObject({ states: 4, complete: true, exhaustive: true });
    // With dec, the state at the bound has an untaken transition (back to a seen state, but its step
    // properties were not checked), so the search is not exhaustive.
    expect(await check(counter(3), [], { maxDepth: 3 })).toMatchObject({ states: 4, complete: true, exhaustive: false });
  });

  it('maxDepth: a violation at the bound is still found', async () => {
    const r = await check(counter(10), [{ kind: 'always', name: 'below 3', check: (s: Count) => s.n < 3 }], { maxDepth: 3 });
    expect(r.properties[0]!.status).toBe('violated');
  });

  it('maxStates: stops at the cap and leaves undecided verdicts unknown', async () => {
    const r = await check(counter(100), [belowTen], { maxStates: 5 });
    expect(r.states).toBe(5);
    expect(r).toMatchObject({ complete: false, exhaustive: false, stopReason: 'max-states' });
    expect(r.properties.map((p) => p.status)).toEqual(['unknown', 'unknown']);
  });

  it('maxStates: a space of exactly the cap still completes', async () => {
    const r = await check(counter(4), [], { maxStates: 5 });
    expect(r).toMatchObject({ states: 5, complete: true, stopReason: 'done' });
  });

  it('within: states outside are counted and checked but not expanded', async () => {
    const model = { ...counter(10), within: (s: Count) => s.n < 3 };
    const r = await check(model, [{ kind: 'always', name: 'below 3', check: (s: Count) => s.n < 3 }, belowTen], {
      stopAtFirstViolation: false,
    });
    expect(r.states).toBe(4);
    expect(r.properties.map((p) => p.status)).toEqual(['violated', 'holds', 'holds']);
    expect(r).toMatchObject({ complete: true, exhaustive: false });
  });

  it('timeLimitMs: an exhausted time limit stops the search', async () => {
    const r = await check(counter(10), [belowTen], { timeLimitMs: 0 });
    expect(r).toMatchObject({ stopReason: 'time-limit', complete: false });
    expect(r.properties[0]!.status).toBe('unknown');
  });
});

describe('AbortSignal', () => {
  it('an aborted signal stops the search before it starts', async () => {
    const r = await check(counter(10), [belowTen], { signal: AbortSignal.abort() });
    expect(r).toMatchObject({ stopReason: 'aborted', complete: false, states: 0 });
    expect(r.properties.map((p) => p.status)).toEqual(['unknown', 'unknown']);
  });

  it('aborting during the search stops it cleanly, keeping what was found', async () => {
    const { model, properties } = twoPhaseSubject(8);
    const controller = new AbortController();
    // Progress is reported when the search yields to the event loop; abort at the first report.
    const r = await check(model, properties, {
      symmetry: false,
      signal: controller.signal,
      progressIntervalMs: 0,
      onProgress: () => controller.abort(),
    });
    expect(r.stopReason).toBe('aborted');
    expect(r.complete).toBe(false);
    expect(r.states).toBeLessThan(1_745_408);
    const consistent = r.properties.find((p) => p.name === 'consistent')!;
    expect(consistent.status).toBe('unknown');
    for (const p of r.properties.filter((p) => p.kind === 'sometimes')) {
      // A witness found before the abort is kept; otherwise the verdict is unknown.
      expect(p.status === 'holds' ? p.trace !== undefined : p.status === 'unknown').toBe(true);
    }
  });
});

describe('progress', () => {
  it('reports the final figures at the end', async () => {
    const reports: Progress[] = [];
    const r = await check(twoPhaseSubject(5).model, [], { symmetry: false, onProgress: (p) => reports.push(p) });
    const last = reports.at(-1)!;
    expect(last).toMatchObject({ states: r.states, transitions: r.transitions, frontier: 0 });
    expect(last.rate).toBeGreaterThan(0);
  });
});
