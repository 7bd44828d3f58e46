import { pairConfig, partnerOf } from '../../model/pairing/config.ts';
import { canImport } from '../../model/pairing/facts.ts';
import { exportStatus } from '../../model/pairing/status.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'status-both-pools';
const description =
  "When a pool's Get-CsBackupServiceStatus reports export SteadyState, its partner is consuming what it exported (no exported change waits in the partner's share with the partner's Backup Service unable to import it).";

/**
 * The belief seed 000 warns against: "the exporter reports SteadyState, so the partner has my changes".
 * Stated as an invariant it is violated, and the counterexample is the seed's lab run; that is why
 * Get-CsBackupServiceStatus must be run against both pools.
 */
export const statusBothPools: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'seed 000 ("run get-csbackupservicestatus on both pools"); DOMAIN.md §6 (status is one-directional)',
  applies: isPaired,
  expected(topology) {
    return topology.bounds.maxFaults >= 1
      ? {
          verdict: 'violated',
          why: "stop the partner's Backup Service and Invoke-CsBackupServiceSync: the files sit unconsumed and the exporter still reports SteadyState",
        }
      : { verdict: 'holds', why: "without faults the partner's Backup Service always runs and imports on arrival" };
  },
  property(topology) {
    const config = pairConfig(topology);
    return {
      kind: 'always',
      name,
      description,
      check: (s) =>
        ([0, 1] as const).every(
          (pool) =>
            exportStatus(config, s, pool) !== 'SteadyState' || s.pools[pool].pending === 0 || canImport(s, partnerOf(pool)),
        ),
    };
  },
};
