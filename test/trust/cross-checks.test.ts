/**
 * The engine's answers held against each other and against a naive reference search: symmetry on/off,
 * one thread vs two workers, every trace replayed, and random simulation vs exhaustive verdicts.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { simulate } from '../../src/engine/simulate.ts';
import type { CheckResult, Property } from '../../src/engine/types.ts';
import { referenceSearch } from './reference.ts';
import { expectTraceShowsResult } from './replays.ts';
import { allCases, exampleCases, topologyCases, type Case } from './subjects.ts';

const cases = allCases();

function search(c: Case, options: { symmetry?: boolean; workers?: number } = {}): Promise<CheckResult<unknown>> {
  return check(c.model, c.properties, {
    stopAtFirstViolation: false,
    ...(c.maxDepth === undefined ? {} : { maxDepth: c.maxDepth }),
    ...(options.symmetry === undefined ? {} : { symmetry: options.symmetry }),
    ...(options.workers === undefined ? {} : { workers: options.workers, source: c.source }),
  });
}

const verdicts = (r: CheckResult<unknown>) => Object.fromEntries(r.properties.map((p) => [p.name, p.status]));
/** Shortest trace lengths: equal between searches that agree on what is reachable how soon. */
const lengths = (r: CheckResult<unknown>) => Object.fromEntries(r.properties.map((p) => [p.name, p.trace?.actions.length ?? null]));

describe.each(cases.map((c) => [c.name, c]))('%s', (_, c) => {
  it('the case is a real one: it has properties and the search completes', async () => {
    expect(c.properties.length).toBeGreaterThan(0);
    const result = await search(c);
    expect(result.stopReason === 'done' || result.stopReason === 'violation').toBe(true);
  });

  it('matches a naive reference search without symmetry: same states, transitions, verdicts and shortest depths', async () => {
    const result = await search(c, { symmetry: false });
    const reference = referenceSearch(c.model, c.properties, c.maxDepth);
    if (result.complete) {
      expect(result.states).toBe(reference.states);
      expect(result.transitions).toBe(reference.transitions);
    }
    for (const p of result.properties) {
      const kind = p.kind;
      const at = reference.firstAt.get(p.name);
      if (kind === 'eventually') continue;
      if (kind === 'sometimes') {
        expect(p.status, p.name).toBe(at !== undefined ? 'holds' : reference.cut ? 'unknown' : 'violated');
      } else if (result.complete || at !== undefined) {
        expect(p.status, p.name).toBe(at !== undefined ? 'violated' : 'holds');
      }
      if (at !== undefined) expect(p.trace?.actions.length, `${p.name}: shortest`).toBe(at);
    }
  });

  it('gives the same verdicts and shortest trace lengths with symmetry on and off', async () => {
    const on = await search(c, { symmetry: true });
    const off = await search(c, { symmetry: false });
    expect(verdicts(on)).toEqual(verdicts(off));
    expect(lengths(on)).toEqual(lengths(off));
    if (c.model.canonical !== undefined && on.complete && off.complete) expect(on.states).toBeLessThanOrEqual(off.states);
  });

  // Per-label coverage only without symmetry: with it, each side may expand another member of a symmetry
  // class (same counts, other FE names in the labels).
  it.runIf(c.source !== undefined).each([true, false])('gives the same counts and verdicts with one thread and two workers (symmetry %s)', async (symmetry) => {
    const one = await search(c, { workers: 1, symmetry });
    const two = await search(c, { workers: 2, symmetry });
    expect(verdicts(two)).toEqual(verdicts(one));
    expect(lengths(two)).toEqual(lengths(one));
    expect(two.complete).toBe(one.complete);
    if (one.complete) {
      expect({ states: two.states, transitions: two.transitions, depth: two.depth }).toEqual({
        states: one.states,
        transitions: one.transitions,
        depth: one.depth,
      });
      const enabled = (r: CheckResult<unknown>) => Object.fromEntries(Object.entries(r.coverage).map(([label, n]) => [label, n.enabled]));
      if (!symmetry) expect(enabled(two)).toEqual(enabled(one));
    }
    for (const p of two.properties) if (p.trace !== undefined) expectTraceShowsResult(c.model, c.properties, p);
  });

  it('replays every counterexample and witness to what it was reported for, with symmetry on and off', async () => {
    for (const symmetry of [true, false]) {
      const result = await search(c, { symmetry });
      for (const p of result.properties) {
        if (p.status === 'violated' && p.kind !== 'sometimes') expect(p.trace, `${p.name} has a counterexample`).toBeDefined();
        if (p.trace !== undefined) expectTraceShowsResult(c.model, c.properties, p);
      }
    }
  });

  it('random simulation within the same bounds never breaks a property the exhaustive search says holds', async () => {
    const result = await search(c);
    const holding = new Set(result.properties.filter((p) => p.status === 'holds').map((p) => p.name));
    const shortest = new Map(result.properties.map((p) => [p.name, p.trace?.actions.length]));
    const checked = c.properties.filter((p) => p.kind !== 'sometimes');
    const maxSteps = Number.isFinite(c.maxDepth) ? c.maxDepth! : 20;
    await fc.assert(
      fc.asyncProperty(fc.integer(), async (seed) => {
        const run = await simulate(c.model, checked, { runs: 30, maxSteps, seed, deadlock: true });
        if (run.failure === undefined) return;
        const name = run.failure.property;
        expect(holding.has(name), `simulation (seed ${seed}) broke ${name}, which check says holds`).toBe(false);
        expect(run.failure.trace.actions.length).toBeLessThanOrEqual(maxSteps);
        expect(run.failure.trace.actions.length).toBeGreaterThanOrEqual(shortest.get(name) ?? 0);
        expectTraceShowsFailure(c, name, run.failure.trace);
      }),
      { numRuns: 15 },
    );
    // The properties that hold, simulated alone, so that a violated one cannot end every run first.
    const alone = checked.filter((p) => holding.has(p.name));
    if (alone.length > 0) {
      for (const seed of [1, 2, 3]) {
        const run = await simulate(c.model, alone, { runs: 100, maxSteps, seed, deadlock: holding.has('deadlock') });
        expect(run.failure?.property, `seed ${seed}`).toBeUndefined();
      }
    }
  });
});

/** A simulation failure ends at a state or step that breaks the property (not necessarily a shortest one). */
function expectTraceShowsFailure(c: Case, name: string, trace: { init: number; actions: readonly number[] }): void {
  const property = c.properties.find((p) => p.name === name) as Property<unknown, unknown> | undefined;
  const { states, actions } = replayed(c, trace);
  const last = states.at(-1)!;
  if (name === 'deadlock') expect(c.model.actions(last)).toHaveLength(0);
  else if (property?.kind === 'always') expect(property.check(last)).toBe(false);
  else if (property?.kind === 'step') expect(property.check(states.at(-2)!, actions.at(-1)!, last)).toBe(false);
  else if (property?.kind === 'eventually') expect(states.some((s) => property.check(s))).toBe(false);
}

function replayed(c: Case, trace: { init: number; actions: readonly number[] }): { states: unknown[]; actions: unknown[] } {
  let state: unknown = c.model.init()[trace.init];
  const states: unknown[] = [state];
  const actions: unknown[] = [];
  for (const index of trace.actions) {
    const action = c.model.actions(state)[index];
    expect(action, 'the trace names an enabled action').toBeDefined();
    state = c.model.next(state, action);
    states.push(state);
    actions.push(action);
  }
  return { states, actions };
}

describe('the cases cover what the cross-checks claim', () => {
  it('include at least one violated and one holding property, a model with symmetry and ones with a worker source', async () => {
    expect(topologyCases('two-fe.json').length).toBeGreaterThan(0);
    expect(exampleCases().every((c) => c.source !== undefined)).toBe(true);
    expect(cases.some((c) => c.model.canonical !== undefined)).toBe(true);
  });
});
