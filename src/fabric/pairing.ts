/**
 * The pairing check: the two paired pools' model (model/pairing) with its design rules
 * (properties/pairing), for a topology that has a paired pool.
 */
import { minutesElapsed } from '../../model/pairing/actions.ts';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { viewOfPairing } from '../../model/pairing/view.ts';
import { cmsBeforePoolFailover } from '../../properties/pairing/cms-before-pool-failover.ts';
import { failoverDataLossBounded } from '../../properties/pairing/failover-data-loss-bounded.ts';
import { failoverRpo } from '../../properties/pairing/failover-rpo.ts';
import { failoverServesUsers } from '../../properties/pairing/failover-serves-users.ts';
import { statusBothPools } from '../../properties/pairing/status-both-pools.ts';
import type { Subject } from '../engine/types.ts';
import type { FabricCheck } from './types.ts';
import type { DesignRule } from '../../properties/rule.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export { viewOfPairing };

export const pairingRules: readonly DesignRule<PairState, PairAction>[] = [
  failoverDataLossBounded,
  statusBothPools,
  cmsBeforePoolFailover,
  failoverServesUsers,
  failoverRpo,
];

const rulesFor = (topology: Topology): DesignRule<PairState, PairAction>[] =>
  pairingRules.filter((rule) => rule.applies(topology));

/** The ModelSource factory: worker threads rebuild the subject from `[topology]`. */
export function pairingSubject(topology: Topology): Subject<PairState, PairAction> {
  return { model: pairingModel(topology), properties: rulesFor(topology).map((rule) => rule.property(topology)) };
}

export function pairingCheck(topology: Topology): FabricCheck<PairState, PairAction> {
  const config = pairConfig(topology);
  return {
    id: 'pairing',
    source: { module: import.meta.url, export: 'pairingSubject', args: [topology] },
    subject: pairingSubject(topology),
    rules: rulesFor(topology),
    maxDepth: topology.bounds.maxDepth,
    view: (state) => viewOfPairing(topology, state),
    minutesElapsed: (action) => minutesElapsed(config, action),
  };
}
