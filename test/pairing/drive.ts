/**
 * Drives the pairing model by action labels' meaning rather than indices: each step must be enabled in
 * the state it is taken from, so a test cannot apply an action the model would not offer.
 */
import type { Model } from '../../src/engine/types.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';

export const A = 0 as const;
export const B = 1 as const;

/** The actions the tests take most, by pool. */
export const time: PairAction = { kind: 'time' };
export const change = (pool: 0 | 1): PairAction => ({ kind: 'change', pool });
export const sync = (pool: 0 | 1): PairAction => ({ kind: 'sync', pool });
export const forceSync = (pool: 0 | 1): PairAction => ({ kind: 'forceSync', pool });
export const failPool = (pool: 0 | 1): PairAction => ({ kind: 'failPool', pool });
export const failover = (pool: 0 | 1, disaster: boolean): PairAction => ({ kind: 'failover', pool, disaster });

const same = (a: PairAction, b: PairAction): boolean => JSON.stringify(a) === JSON.stringify(b);

export function enabled(model: Model<PairState, PairAction>, s: PairState, action: PairAction): boolean {
  return model.actions(s).some((offered) => same(offered, action));
}

export function step(model: Model<PairState, PairAction>, s: PairState, action: PairAction): PairState {
  if (!enabled(model, s, action)) {
    throw new Error(`${model.label(action)} is not enabled; offered: ${model.actions(s).map((a) => model.label(a)).join('; ')}`);
  }
  return model.next(s, action);
}

/** Every state along the path, the initial one first. */
export function run(model: Model<PairState, PairAction>, actions: readonly PairAction[], from?: PairState): PairState[] {
  const states = [from ?? model.init()[0]!];
  for (const action of actions) states.push(step(model, states[states.length - 1]!, action));
  return states;
}

export const last = (states: readonly PairState[]): PairState => states[states.length - 1]!;
