/**
 * A deliberately naive breadth-first search to hold the engine against: whole states as canonical JSON
 * keys, every successor through `model.next` (immer, never the fast path, codec or symmetry), each level
 * kept whole. It shares no code with src/engine, so a fingerprint, codec, frontier or fast-path bug that
 * loses or merges states shows up as a difference in counts or shortest depths.
 */
import type { Model, Property } from '../../src/engine/types.ts';

export interface ReferenceOutcome {
  readonly states: number;
  readonly transitions: number;
  /** Per property name (and `deadlock`): the depth of the first violation, or of the first witness for
   * `sometimes`; absent when there is none within the depth bound. */
  readonly firstAt: ReadonlyMap<string, number>;
  /** Some state at the depth bound still had enabled actions. */
  readonly cut: boolean;
}

export function canonicalJson(value: unknown): string {
  if (Array.isArray(value)) return `[${value.map(canonicalJson).join(',')}]`;
  if (value !== null && typeof value === 'object') {
    const entries = Object.keys(value)
      .sort()
      .map((key) => `${JSON.stringify(key)}:${canonicalJson((value as Record<string, unknown>)[key])}`);
    return `{${entries.join(',')}}`;
  }
  return JSON.stringify(value);
}

export function referenceSearch<S, A>(model: Model<S, A>, properties: readonly Property<S, A>[], maxDepth = Infinity): ReferenceOutcome {
  const seen = new Set<string>();
  const firstAt = new Map<string, number>();
  const note = (name: string, depth: number): void => {
    if (!firstAt.has(name)) firstAt.set(name, depth);
  };
  const judge = (state: S, depth: number): void => {
    for (const p of properties) {
      if (p.kind === 'always' && !p.check(state)) note(p.name, depth);
      if (p.kind === 'sometimes' && p.check(state)) note(p.name, depth);
    }
  };
  let level: S[] = [];
  for (const state of model.init()) {
    const key = canonicalJson(state);
    if (seen.has(key)) continue;
    seen.add(key);
    judge(state, 0);
    level.push(state);
  }
  let transitions = 0;
  let cut = false;
  for (let depth = 0; level.length > 0; depth++) {
    const nextLevel: S[] = [];
    for (const state of level) {
      const actions = model.actions(state);
      if (actions.length === 0) {
        note('deadlock', depth);
        continue;
      }
      if (depth >= maxDepth) {
        cut = true;
        continue;
      }
      for (const action of actions) {
        transitions++;
        const next = model.next(state, action);
        for (const p of properties) if (p.kind === 'step' && !p.check(state, action, next)) note(p.name, depth + 1);
        const key = canonicalJson(next);
        if (seen.has(key)) continue;
        seen.add(key);
        judge(next, depth + 1);
        nextLevel.push(next);
      }
    }
    level = nextLevel;
  }
  return { states: seen.size, transitions, firstAt, cut };
}
