/**
 * Does a reported trace show what it was reported for? Checked here from the property itself, not with
 * the engine's `reproduces`, so that a bug shared by the search and its own replay check cannot hide.
 */
import { expect } from 'vitest';
import { replay } from '../../src/engine/trace.ts';
import type { Model, Property, PropertyResult } from '../../src/engine/types.ts';
import { canonicalJson } from './reference.ts';

export function expectTraceShowsResult<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  result: PropertyResult<S>,
): void {
  const trace = result.trace!;
  const { states, actions, labels } = replay(model, trace);
  if (trace.labels !== undefined) expect(labels).toEqual(trace.labels);
  if (trace.states !== undefined) expect(trace.states.map(canonicalJson)).toEqual(states.map(canonicalJson));
  const last = states.at(-1)!;
  if (result.kind === 'deadlock') {
    expect(model.actions(last), `${result.name}: the last state has no action`).toHaveLength(0);
    return;
  }
  const property = properties.find((p) => p.name === result.name)!;
  switch (property.kind) {
    case 'always':
      // Shortest: every earlier state on the path satisfies it, the last breaks it.
      expect(states.map((s) => property.check(s))).toEqual([...states.slice(1).map(() => true), false]);
      return;
    case 'sometimes':
      expect(states.map((s) => property.check(s))).toEqual([...states.slice(1).map(() => false), true]);
      return;
    case 'step': {
      const verdicts = actions.map((a, i) => property.check(states[i]!, a, states[i + 1]!));
      expect(verdicts).toEqual([...actions.slice(1).map(() => true), false]);
      return;
    }
    case 'eventually': {
      expect(states.some((s) => property.check(s)), `${result.name}: no state on the path satisfies it`).toBe(false);
      if (trace.loopsTo === undefined) expect(model.actions(last)).toHaveLength(0);
      else expect(canonicalJson(states[trace.loopsTo])).toBe(canonicalJson(last));
      return;
    }
  }
}
