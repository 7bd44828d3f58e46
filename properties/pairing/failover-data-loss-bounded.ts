import { partnerOf, pairConfig } from '../../model/pairing/config.ts';
import { canExport, canImport, inFlight } from '../../model/pairing/facts.ts';
import { minutes } from '../../model/pairing/minutes.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'failover-data-loss-bounded';
const description =
  'Every Invoke-CsPoolFailOver loses exactly the changes the backup pool had not imported (none when a planned failover can sync first), and none of them is older than one SyncInterval.';

/**
 * The reading of DOMAIN.md §6 that users rely on: a failover loses what the partner had not imported, and
 * that is at most one SyncInterval of changes. The first half holds by the Backup Service's design; the
 * second only while both Backup Services run. Stopping one is an allowed fault, so with a fault budget the
 * rule is violated, and the counterexample is seed 000's lab: the partner's service is stopped, the
 * exporter keeps writing files nobody consumes and reports SteadyState, and the backlog a failover loses
 * grows by one interval per sync. failover-rpo is the part that holds while both services run.
 */
export const failoverDataLossBounded: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §6 (pool failover, Backup Service); seed 000 (a stopped Backup Service on the partner)',
  applies: isPaired,
  expected(topology) {
    const interval = minutes(pairConfig(topology).syncSeconds);
    return topology.bounds.maxFaults >= 1
      ? {
          verdict: 'violated',
          why: `one fault (the partner's Backup Service stopped) leaves exported files unconsumed while the exporter reports SteadyState, so a failover loses changes older than the ${interval} SyncInterval`,
        }
      : { verdict: 'holds', why: `without faults both Backup Services run: each export is imported on arrival, at most ${interval} after the change` };
  },
  property(topology) {
    const config = pairConfig(topology);
    return {
      kind: 'step',
      name,
      description,
      check(prev, action, next) {
        if (action.kind !== 'failover') return true;
        const pool = action.pool;
        // A planned failover waits for the Backup Services to sync it; that needs both of them running.
        const syncedFirst = !action.disaster && canExport(prev, pool) && canImport(prev, partnerOf(pool));
        const notImported = syncedFirst ? 0 : inFlight(prev.pools[pool]);
        const after = next.pools[pool];
        return after.lost === notImported && inFlight(after) === 0 && after.lostAge <= config.syncSeconds;
      },
    };
  },
};
