/**
 * The administrator's failover cmdlets: Invoke-CsPoolFailOver, Invoke-CsPoolFailBack and
 * Invoke-CsManagementServerFailover. Mutates its draft only, like the rest of the reducer.
 */
import { partnerOf } from './config.ts';
import { canExport, canImport, inFlight } from './facts.ts';
import { exportChanges, importFiles, settle } from './flow.ts';
import type { PoolIndex } from './config.ts';
import type { PairState } from './state.ts';

/**
 * Invoke-CsPoolFailOver. Without -DisasterMode the pool is healthy and the cmdlet waits for the Backup
 * Service to sync it: the reference says -WaitTime is "the amount of time that the cmdlet will wait before
 * assuming that the data has been synced from the failed-over pool to the backup pool". While both
 * services run the sync completes; otherwise the wait runs out and the cmdlet goes on as if synced.
 * Whatever the partner has not imported then is lost: the partner serves the pool's users from its own
 * store, and files still in its share are discarded. The CMS database is not moved by this cmdlet: only
 * Invoke-CsManagementServerFailover moves it (and loses what its new pool lacks).
 */
export function failOver(s: PairState, pool: PoolIndex, disaster: boolean): void {
  const p = s.pools[pool];
  if (!disaster && canExport(s, pool) && canImport(s, partnerOf(pool))) {
    exportChanges(s, pool);
    importFiles(s, partnerOf(pool));
  }
  p.lost = inFlight(p);
  // An age is 0 while nothing is in its stage (flow.ts), so an empty stage adds nothing here.
  p.lostAge = Math.max(p.unexportedAge, p.pendingAge);
  p.lostUninterruptedAge = Math.max(p.unexportedInterrupted ? 0 : p.unexportedAge, p.pendingInterrupted ? 0 : p.pendingAge);
  settle(p);
  p.failedOver = true;
}

/** Invoke-CsPoolFailBack: the partner syncs its changes back, then the pool serves its own users again. */
export function failBack(s: PairState, pool: PoolIndex): void {
  const partner = partnerOf(pool);
  exportChanges(s, partner);
  importFiles(s, pool);
  s.pools[pool].failedOver = false;
}

/**
 * Invoke-CsManagementServerFailover. The partner's copy of the CMS database is the one its Backup Service
 * keeps up to date from the CentralMgmt files (seed 000), so it lacks what it has not imported. Without
 * -Force the reference says the cmdlet "will first make sure all replications are done, then set the
 * source DB to read-only mode": the CMS pool's changes in flight reach the partner first (enabled.ts
 * offers it only when that can complete). With -Force, in disaster recovery mode, it "will not account
 * for replication": the CMS data among the un-imported changes is lost to the CMS. The changes stay in
 * flight as the old pool's user data.
 */
export function failOverCms(s: PairState, to: PoolIndex, disaster: boolean): void {
  const from = partnerOf(to);
  if (!disaster) {
    exportChanges(s, from);
    importFiles(s, to);
  }
  s.cmsLost = inFlight(s.pools[from]);
  s.cmsAt = to;
}
