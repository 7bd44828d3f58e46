import { partnerOf } from '../../model/pairing/config.ts';
import { servingPool } from '../../model/pairing/facts.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'failover-serves-users';
const description =
  "After Invoke-CsPoolFailOver, every user of the failed pool is served by the backup pool's routing groups whenever the backup pool has quorum, and by no other pool, until Invoke-CsPoolFailBack.";

/**
 * Once a pool is failed over, its users belong to the backup pool's routing groups until the failback:
 * not to nobody while the backup pool has quorum, and not to the failed pool when it recovers (both pools
 * serving them would split their data).
 */
export const failoverServesUsers: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §6 ("makes the backup pool serve the failed pool\'s users"); Invoke-CsPoolFailOver / Invoke-CsPoolFailBack reference',
  applies: isPaired,
  expected() {
    return {
      verdict: 'holds',
      why: 'a failover moves all of the pool\'s routing groups to a backup pool that serves with its back end up, and a pool hosting its partner\'s users cannot itself be failed over',
    };
  },
  property() {
    return {
      kind: 'always',
      name,
      description,
      check: (s) =>
        ([0, 1] as const).every((pool) => {
          const backup = partnerOf(pool);
          return !s.pools[pool].failedOver || !s.pools[backup].up || servingPool(s, pool) === backup;
        }),
    };
  },
};
