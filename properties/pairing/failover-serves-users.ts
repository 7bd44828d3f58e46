import { pairConfig, partnerOf } from '../../model/pairing/config.ts';
import { serviceLevel } from '../../model/pairing/facts.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { DesignRule } from '../rule.ts';

const name = 'failover-serves-users';
const description =
  "After Invoke-CsPoolFailOver, every user of the failed pool has full service from the backup pool's routing groups whenever the backup pool has quorum, until Invoke-CsPoolFailBack.";

/** The pools of 1–2 FEs, which read their back end directly and so lose full service with it (§4). */
const unreplicated = (topology: Topology): string[] =>
  [topology.pool, topology.pairedPool!].filter((pool) => pool.frontEnds.length < 3).map((pool) => pool.name);

/**
 * The failed pool's users move into routing groups the backup pool loads from its own back end (where its
 * Backup Service imported their data). Quorum alone is not enough: those groups need the back end to load
 * when the backup pool (re)starts, and a backup pool of 1–2 FEs needs it all the time. What the groups give
 * once loaded in a pool of 3+ FEs (replica quorum, the registrar threshold) is the pool model's, which the
 * paired-pool check runs on the paired pool, so this rule does not repeat it.
 */
export const failoverServesUsers: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §3 (routing groups hydrate from the back end at start), §4 (1–2 FE pools), §6 ("makes the backup pool serve the failed pool\'s users"); Invoke-CsPoolFailOver reference',
  applies: isPaired,
  expected(topology) {
    const small = unreplicated(topology);
    if (topology.bounds.maxFaults >= 1 && small.length > 0) {
      return {
        verdict: 'violated',
        why: `${small.join(' and ')} ha${small.length > 1 ? 've' : 's'} fewer than 3 FEs: as a backup pool it loses full service for the moved users when its back end fails, with quorum`,
      };
    }
    if (topology.bounds.maxFaults >= 2) {
      return {
        verdict: 'violated',
        why: 'a backup pool that goes down and comes back while its back end is down has quorum, but cannot load the moved routing groups without the back end',
      };
    }
    return {
      verdict: 'holds',
      why: 'every backup pool has 3+ FEs, whose replicas carry the moved groups through a back-end outage, and one fault cannot take both the backup pool and its back end',
    };
  },
  property(topology) {
    const config = pairConfig(topology);
    return {
      kind: 'always',
      name,
      description,
      check: (s) =>
        ([0, 1] as const).every((pool) => {
          const backup = partnerOf(pool);
          return !s.pools[pool].failedOver || !s.pools[backup].up || serviceLevel(config, s, backup) === 'full';
        }),
    };
  },
};
