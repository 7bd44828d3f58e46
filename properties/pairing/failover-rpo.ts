import { pairConfig } from '../../model/pairing/config.ts';
import { publishedRpoMinutes } from '../../model/pairing/targets.ts';
import { minutes } from '../../model/pairing/minutes.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'failover-rpo';
const description =
  "While both Backup Services ran uninterrupted, no disaster failover (Invoke-CsPoolFailOver -DisasterMode) loses a change older than the product's published RPO (Lync Server 2013: 30 min; Skype for Business 2015/2019: 5 min); the bound is one SyncInterval.";

/**
 * The bound, explicitly: while both Backup Services run, a change waits at most one SyncInterval to be
 * exported and is imported as it arrives (seconds, not modelled), so the oldest change a disaster can lose
 * is one SyncInterval old, measured to the disaster (failover-data-loss-bounded checks that bound). The
 * published RPO, a disaster-recovery target, is met exactly when SyncInterval <= RPO. Changes whose age
 * grew while a Backup Service, a pool or a back end was down are failover-data-loss-bounded's concern, and
 * changes FEs hold while their back end is down never reach the store: they are the pool model's (up to
 * BackupStoreUnavailableThreshold on top of this bound).
 */
export const failoverRpo: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §6 (published RPO; SyncInterval 5 s .. 3 h)',
  applies: isPaired,
  expected(topology) {
    const { syncSeconds, rpoSeconds } = pairConfig(topology);
    const bound = `SyncInterval ${minutes(syncSeconds)} against the ${publishedRpoMinutes[topology.product]} min RPO`;
    if (syncSeconds <= rpoSeconds) return { verdict: 'holds', why: `${bound}: the oldest change a failover can lose is within it` };
    if (topology.bounds.maxFaults === 0) return { verdict: 'holds', why: `${bound} is too slow, but without faults there is no disaster` };
    return { verdict: 'violated', why: `${bound}: a disaster just before the next export loses a change one SyncInterval old` };
  },
  property(topology) {
    const config = pairConfig(topology);
    return {
      kind: 'step',
      name,
      description,
      check: (_prev, action, next) =>
        action.kind !== 'failover' || !action.disaster || next.pools[action.pool].lostUninterruptedAge <= config.rpoSeconds,
    };
  },
};
