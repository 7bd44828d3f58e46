import { pairConfig, partnerOf } from '../../model/pairing/config.ts';
import { minutes } from '../../model/pairing/minutes.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairConfig } from '../../model/pairing/config.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'failover-data-loss-bounded';
const description =
  'A disaster failover (Invoke-CsPoolFailOver -DisasterMode; Invoke-CsManagementServerFailover -Force for CMS data) loses exactly the changes the backup pool had not imported; while both Backup Services ran uninterrupted none of them is older than one SyncInterval, and none is when the failed pool reported export SteadyState just before the disaster.';

type Clause = (prev: PairState, action: PairAction, next: PairState) => boolean;

/**
 * The rule's three clauses, each true of every other action. `exact` compares the loss the reducer
 * computes with the ghost count of changes written and not imported, which only writes and imports move.
 * `whileBothRan` is the bound as DOMAIN.md §6 states it. `whenSteady` is the bound as an operator reads it
 * off Get-CsBackupServiceStatus on the failed pool; seed 000 shows why that differs: the exporter reports
 * SteadyState while its partner's stopped service leaves the files unconsumed.
 */
export function lossClauses(config: PairConfig): { readonly exact: Clause; readonly whileBothRan: Clause; readonly whenSteady: Clause } {
  const disasterPool = (action: PairAction) => (action.kind === 'failover' && action.disaster ? action.pool : -1);
  return {
    exact(prev, action, next) {
      if (action.kind === 'failoverCms' && action.disaster) return next.cmsLost === prev.pools[partnerOf(action.to)].unimported;
      const pool = disasterPool(action);
      return pool === -1 || next.pools[pool].lost === prev.pools[pool].unimported;
    },
    whileBothRan(_prev, action, next) {
      const pool = disasterPool(action);
      return pool === -1 || next.pools[pool].lostUninterruptedAge <= config.syncSeconds;
    },
    whenSteady(prev, action, next) {
      const pool = disasterPool(action);
      return pool === -1 || !prev.pools[pool].steadyAtDisaster || next.pools[pool].lostAge <= config.syncSeconds;
    },
  };
}

/**
 * A planned failover is not a disaster: it waits for the Backup Services to sync (failover.ts), and what
 * it loses when they cannot is the -WaitTime an administrator chose. Every disaster is a fault, and the
 * violation needs two: the partner's Backup Service stopping and then the disaster.
 */
export const failoverDataLossBounded: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §6 (pool failover, Backup Service, CMS data); seed 000 (a stopped Backup Service on the partner); Invoke-CsManagementServerFailover reference (-Force)',
  applies: isPaired,
  expected(topology) {
    const interval = minutes(pairConfig(topology).syncSeconds);
    return topology.bounds.maxFaults >= 2
      ? {
          verdict: 'violated',
          why: `the partner's Backup Service stops (one fault) and leaves the exported files unconsumed while the exporter reports SteadyState; a disaster (a second fault) then loses changes older than the ${interval} SyncInterval, more the longer it goes unnoticed`,
        }
      : {
          verdict: 'holds',
          why: `with at most one fault a disaster leaves no fault for stopping a Backup Service before it, so both ran: each export was imported on arrival, at most ${interval} after the change`,
        };
  },
  property(topology) {
    const { exact, whileBothRan, whenSteady } = lossClauses(pairConfig(topology));
    return {
      kind: 'step',
      name,
      description,
      check: (prev, action, next) => exact(prev, action, next) && whileBothRan(prev, action, next) && whenSteady(prev, action, next),
    };
  },
};
