/** Every pairing design rule, in the order reports list them. */
import { cmsBeforePoolFailover } from './cms-before-pool-failover.ts';
import { failoverDataLossBounded } from './failover-data-loss-bounded.ts';
import { failoverRpo } from './failover-rpo.ts';
import { failoverServesUsers } from './failover-serves-users.ts';
import { statusBothPools } from './status-both-pools.ts';
import type { DesignRule } from '../rule.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';

export const pairingRules: readonly DesignRule<PairState, PairAction>[] = [
  failoverDataLossBounded,
  statusBothPools,
  cmsBeforePoolFailover,
  failoverServesUsers,
  failoverRpo,
];
