/**
 * The actions enabled in a state, in a fixed order: Backup Service work that is due, time, users, the
 * administrator's cmdlets, then faults.
 *
 * Urgency: a due periodic export, and files a running Backup Service can import, happen before time
 * passes. The service watches its share (seed 000: with the service stopped "the file share isn't being
 * actively checked"), so an import takes seconds, not a SyncInterval; other events may still come between
 * an export and its import, at the same instant.
 */
import { maxInFlight, partnerOf } from './config.ts';
import { alive, canExport, canImport, cmsAvailable, importDue, inFlight, timerRunning } from './facts.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairAction } from './actions.ts';
import type { PairState } from './state.ts';

const both: readonly PoolIndex[] = [0, 1];

export function enabledActions(config: PairConfig, s: PairState): PairAction[] {
  const out: PairAction[] = [];
  for (const pool of both) if (s.pools[pool].syncDue) out.push({ kind: 'sync', pool });
  for (const pool of both) if (importDue(s, pool)) out.push({ kind: 'import', pool });
  if (out.length === 0 && s.pools.some(timerRunning)) out.push({ kind: 'time' });

  for (const pool of both) {
    const p = s.pools[pool];
    if (p.up && p.backendUp && !p.failedOver && inFlight(p) < maxInFlight) out.push({ kind: 'change', pool });
  }
  for (const pool of both) {
    const p = s.pools[pool];
    if (canExport(s, pool) && (p.unexported > 0 || !p.initialized)) out.push({ kind: 'forceSync', pool });
    if (p.up && !p.serviceStarted) out.push({ kind: 'startService', pool });
    if (!p.up) out.push({ kind: 'recoverPool', pool });
    if (!p.backendUp) out.push({ kind: 'recoverBackend', pool });
  }
  if (s.cmsAt !== -1) {
    const to = partnerOf(s.cmsAt);
    const disaster = !cmsAvailable(s);
    if (canHostUsers(s, to) && (disaster || cmsReplicates(s, s.cmsAt, to))) out.push({ kind: 'failoverCms', to, disaster });
  }
  for (const pool of both) {
    const p = s.pools[pool];
    if (!p.failedOver && canHostUsers(s, partnerOf(pool))) out.push({ kind: 'failover', pool, disaster: !alive(p) });
    if (p.failedOver && mayFailBack(s, pool)) out.push({ kind: 'failback', pool });
  }

  if (s.faults < config.maxFaults) {
    for (const pool of both) {
      const p = s.pools[pool];
      if (p.up && p.serviceStarted) out.push({ kind: 'stopService', pool });
      if (p.up) out.push({ kind: 'failPool', pool });
      if (p.backendUp) out.push({ kind: 'failBackend', pool });
    }
  }
  return out;
}

/**
 * A pool can take over its partner's users (or the CMS) while it serves with its back end up: the users'
 * data and the CMS database are in that back end, and the moved routing groups load from it. A pool that
 * is itself failed over cannot: there would be nowhere left to serve either pool's users. Both are
 * documented choices (model/pairing/README.md): Microsoft does not say what the cmdlet refuses.
 */
function canHostUsers(s: PairState, pool: PoolIndex): boolean {
  const p = s.pools[pool];
  return p.up && p.backendUp && !p.failedOver;
}

/**
 * Invoke-CsManagementServerFailover without -Force first makes sure "all replications are done": what the
 * CMS pool has in flight can reach the partner now (or there is nothing). Otherwise that cmdlet waits, and
 * the model does not offer it; -Force is for an unavailable CMS (disaster recovery mode) only.
 */
function cmsReplicates(s: PairState, from: PoolIndex, to: PoolIndex): boolean {
  const p = s.pools[from];
  return inFlight(p) === 0 || (canImport(s, to) && (p.unexported === 0 || canExport(s, from)));
}

/**
 * Invoke-CsPoolFailBack: the failed pool is restored, the CMS records the move, and the cmdlet's data
 * verification passes because the partner can sync its changes back first (both Backup Services run).
 */
function mayFailBack(s: PairState, pool: PoolIndex): boolean {
  const partner = partnerOf(pool);
  return alive(s.pools[pool]) && cmsAvailable(s) && canHostUsers(s, partner) && s.pools[partner].serviceStarted && canImport(s, pool);
}
