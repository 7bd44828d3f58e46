/**
 * Traces are data: an initial-state index and action indices. `replay` re-executes one against the
 * model (with `next`, never the fast path) and fails loudly when the model no longer produces the same
 * steps, so a stored counterexample cannot silently turn into a different path.
 */
import type { Model, Property, Trace } from './types.ts';
import type { PathIndices } from './parents.ts';
import { stableSerialize } from './fingerprint.ts';

export interface Replayed<S, A> {
  /** states[0] is the initial state; states[i + 1] follows actions[i]. */
  readonly states: S[];
  readonly actions: A[];
  readonly labels: string[];
}

/** An exact key for a state: its codec words when it has one, else its stable serialisation. */
export function stateKey<S>(model: Model<S, unknown>, state: S): string {
  const codec = model.codec;
  if (codec === undefined) return stableSerialize(state);
  const words = new Int32Array(codec.words);
  codec.encode(state, words, 0);
  return words.join(',');
}

function sameKeys<S, A>(model: Model<S, A>, a: readonly S[], b: readonly S[]): boolean {
  return a.length === b.length && a.every((s, i) => stateKey(model, s) === stateKey(model, b[i]!));
}

/**
 * Re-executes a trace. Each step asks the model twice (actions and next state) and compares, so a
 * nondeterministic model is named as such instead of producing a confusing mismatch later.
 */
export function replay<S, A>(model: Model<S, A>, trace: Trace<S>): Replayed<S, A> {
  const inits = model.init();
  if (!sameKeys(model, inits, model.init())) {
    throw new Error('the model is nondeterministic: init() gave two different lists of initial states');
  }
  const initial = inits[trace.init];
  if (!Number.isInteger(trace.init) || initial === undefined) {
    throw new Error(`the trace starts from initial state #${trace.init} but the model has ${inits.length}`);
  }
  const states: S[] = [initial];
  const actions: A[] = [];
  const labels: string[] = [];
  let state: S = initial;
  trace.actions.forEach((index, i) => {
    const step = i + 1;
    const expected = trace.labels?.[i];
    const offered = model.actions(state);
    const again = model.actions(state);
    if (offered.length !== again.length || offered.some((a, k) => model.label(a) !== model.label(again[k]!))) {
      throw new Error(`the model is nondeterministic: step ${step} was offered two different lists of actions`);
    }
    const action = offered[index];
    if (!Number.isInteger(index) || action === undefined) {
      const label = expected === undefined ? '' : ` (label ${expected})`;
      throw new Error(`step ${step}: the model offers ${offered.length} actions, the trace asks for #${index}${label}`);
    }
    const label = model.label(action);
    if (expected !== undefined && expected !== label) {
      throw new Error(`step ${step}: the trace says '${expected}' but the model's action #${index} is now '${label}'`);
    }
    const next = model.next(state, action);
    if (stateKey(model, next) !== stateKey(model, model.next(state, action))) {
      throw new Error(`the model is nondeterministic: step ${step} gave two different next states`);
    }
    states.push(next);
    actions.push(action);
    labels.push(label);
    state = next;
  });
  return { states, actions, labels };
}

/**
 * The states and labels along a path, computed the way the search computed them: with `fast`, by
 * `update` on decoded copies. That matters for speed, not only for faithfulness: running immer's
 * `produce` mid-search hands the model's recipe Proxy drafts and freezes objects, which makes V8's
 * optimized code for the hot functions (update, encode, decode) polymorphic for the rest of the run.
 */
function walk<S, A>(model: Model<S, A>, path: PathIndices, fast: boolean): { states: S[]; labels: string[] } {
  if (!fast) return replay(model, { init: path.init, actions: path.actions });
  const codec = model.codec!;
  const update = model.update!;
  const words = new Int32Array(codec.words);
  let state: S = model.init()[path.init]!;
  const states: S[] = [state];
  const labels: string[] = [];
  for (const index of path.actions) {
    const action = model.actions(state)[index]!;
    codec.encode(state, words, 0);
    const next = codec.decode(words, 0);
    update.call(model, next, action);
    states.push(next);
    labels.push(model.label(action));
    state = next;
  }
  return { states, labels };
}

/**
 * A full trace (labels and states) for a path the search found. `fast`: the search used the fast path,
 * so the path is replayed with it too (see `walk`); `replay` re-checks it against `next` any time.
 */
export function traceOf<S, A>(model: Model<S, A>, path: PathIndices, fast = false, loopsTo?: number): Trace<S> {
  const { states, labels } = walk(model, path, fast);
  const trace: Trace<S> = { init: path.init, actions: path.actions, labels, states };
  return loopsTo === undefined ? trace : { ...trace, loopsTo };
}

/**
 * Replays a trace and tells whether it shows what it was reported for: a violation of an always,
 * step or eventually property or a deadlock (pass 'deadlock'), or a sometimes property's witness.
 * An eventually trace must stay outside P and end in a terminal state or loop back to `loopsTo`.
 */
export function reproduces<S, A>(model: Model<S, A>, trace: Trace<S>, property: Property<S, A> | 'deadlock'): boolean {
  const { states, actions } = replay(model, trace);
  const last = states[states.length - 1]!;
  if (property === 'deadlock') return model.actions(last).length === 0;
  switch (property.kind) {
    case 'always':
      return !property.check(last);
    case 'sometimes':
      return property.check(last);
    case 'step':
      return states.length >= 2 && !property.check(states[states.length - 2]!, actions[actions.length - 1]!, last);
    case 'eventually': {
      if (states.some((s) => property.check(s))) return false;
      if (trace.loopsTo === undefined) return model.actions(last).length === 0;
      const entry = states[trace.loopsTo];
      return entry !== undefined && trace.loopsTo < states.length - 1 && stateKey(model, entry) === stateKey(model, last);
    }
  }
}
