/** The pool model as the engine sees it: a pure immer reducer with its fast path, codec and symmetry. */
import { produce } from 'immer';
import { enabledActions } from './actions.ts';
import { poolCodec } from './codec.ts';
import { poolContext } from './context.ts';
import { initialStates } from './init.ts';
import { label } from './label.ts';
import { canonicalizer } from './symmetry.ts';
import { update } from './update.ts';
import type { Model } from '../src/engine/types.ts';
import type { PoolAction, PoolState } from './state.ts';
import type { Topology } from './topology/types.ts';

export type PoolModel = Model<PoolState, PoolAction>;

export function poolModel(topology: Topology): PoolModel {
  const ctx = poolContext(topology);
  const init = initialStates(ctx);
  return {
    init: () => init,
    actions: (s) => enabledActions(ctx, s),
    next: (s, a) => produce(s, (d) => update(ctx, d, a)),
    label: (a) => label(ctx, a),
    canonical: canonicalizer(ctx),
    update: (d, a) => update(ctx, d, a),
    codec: poolCodec(ctx),
  };
}
