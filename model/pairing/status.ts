/**
 * Get-CsBackupServiceStatus as each pool reports it. The meanings are Microsoft's (jenstr, "What does the
 * status reported by Get-CsBackupServiceStatus mean?"); the status is read off the state as the next
 * export or import attempt would find it.
 *
 * The exporter only knows whether it could write its files into the partner's share, never whether the
 * partner consumed them (seed 000): with the partner's Backup Service stopped it still reports SteadyState.
 */
import { partnerOf } from './config.ts';
import { canImport, timerRunning } from './facts.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairState } from './state.ts';
import type { BackupView } from '../view.ts';

export type ExportStatus = BackupView['exportStatus'];
export type ImportStatus = BackupView['importStatus'];

export function exportStatus(config: PairConfig, s: PairState, pool: PoolIndex): ExportStatus {
  const p = s.pools[pool];
  // A stopped service cannot answer the cmdlet at all (seed 000: it "bleeds red"); nor can a pool that is down.
  if (!timerRunning(p) || !p.backendUp) return 'ErrorState';
  // Read-only after its failover, with nothing left in flight.
  if (p.failedOver) return 'FinalState';
  // The partner's site is down: its share cannot be written.
  if (!s.pools[partnerOf(pool)].up) return 'ErrorState';
  if (!p.initialized) return 'NotInitialized';
  // The model has no per-batch capacity, so a backlog is changes left behind for more than one interval
  // (the service was stopped or could not export): the exporter knows it has fallen behind. The age is 0
  // when nothing is waiting (flow.ts).
  return p.unexportedAge > config.syncSeconds ? 'NonSteadyState' : 'SteadyState';
}

export function importStatus(s: PairState, pool: PoolIndex): ImportStatus {
  return canImport(s, pool) ? 'NormalState' : 'ErrorState';
}
