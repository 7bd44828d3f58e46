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

const healthyPool = (initialized: boolean): PairPool => ({
  up: true,
  backendUp: true,
  loaded: true,
  serviceStarted: true,
  failedOver: false,
  initialized,
  syncDue: false,
  unexported: 0,
  unexportedAge: 0,
  unexportedInterrupted: false,
  pending: 0,
  pendingAge: 0,
  pendingInterrupted: false,
  outage: 0,
  unimported: 0,
  steadyAtDisaster: false,
  lost: 0,
  lostAge: 0,
  lostUninterruptedAge: 0,
});

const healthyPair = (config: PairConfig, initialized: boolean): PairState => ({
  pools: [healthyPool(initialized), healthyPool(initialized)],
  cmsAt: config.cmsAt,
  cmsLost: 0,
  faults: 0,
});

/**
 * Both pools healthy with nothing in flight: first the pair in operation (both exports SteadyState), then
 * pairing just published (both NotInitialized until their first export). The search starts from both; a
 * counterexample starts from the first where it can, so that it reads as a pair in service.
 */
export function initialPairStates(config: PairConfig): PairState[] {
  return [healthyPair(config, true), healthyPair(config, false)];
}

export function pairingModel(topology: Topology): Model<PairState, PairAction> {
  const config = pairConfig(topology);
  const update = (draft: PairState, action: PairAction): void => applyAction(config, draft, action);
  return {
    init: () => initialPairStates(config),
    actions: (state) => enabledActions(config, state),
    next: (state, action) => produce(state, (draft) => update(draft, action)),
    label: (action) => labelOf(config, action),
    update,
    codec: pairCodec,
  };
}
