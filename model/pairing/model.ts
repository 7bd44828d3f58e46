/** The pairing model: two paired pools, their Backup Services, pool failover and the CMS, for the engine. */
import { produce } from 'immer';
import { labelOf } from './actions.ts';
import { pairCodec } from './codec.ts';
import { pairConfig } from './config.ts';
import { enabledActions } from './enabled.ts';
import { applyAction } from './update.ts';
import type { Model } from '../../src/engine/types.ts';
import type { Topology } from '../topology/types.ts';
import type { PairAction } from './actions.ts';
import type { PairConfig } from './config.ts';
import type { PairPool, PairState } from './state.ts';

const healthyPool = (): PairPool => ({
  up: true,
  backendUp: true,
  serviceStarted: true,
  failedOver: false,
  initialized: false,
  syncDue: false,
  unexported: 0,
  unexportedAge: 0,
  unexportedInterrupted: false,
  pending: 0,
  pendingAge: 0,
  pendingInterrupted: false,
  outage: 0,
  lost: 0,
  lostAge: 0,
  lostUninterruptedAge: 0,
});

/** Pairing just published: both pools healthy, both Backup Services started and not yet initialized. */
export function initialPairState(config: PairConfig): PairState {
  return { pools: [healthyPool(), healthyPool()], cmsAt: config.cmsAt, faults: 0 };
}

export function pairingModel(topology: Topology): Model<PairState, PairAction> {
  const config = pairConfig(topology);
  const update = (draft: PairState, action: PairAction): void => applyAction(config, draft, action);
  return {
    init: () => [initialPairState(config)],
    actions: (state) => enabledActions(config, state),
    next: (state, action) => produce(state, (draft) => update(draft, action)),
    label: (action) => labelOf(config, action),
    update,
    codec: pairCodec,
  };
}
