/**
 * The reducer recipe: `next = produce(s, d => applyAction(config, d, a))`. It only mutates its argument,
 * so the engine's fast path can run it on a decoded copy.
 */
import { partnerOf } from './config.ts';
import { alive, canExport, canImport, inFlight, timerRunning } from './facts.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairAction } from './actions.ts';
import type { PairPool, PairState } from './state.ts';

export function applyAction(config: PairConfig, s: PairState, a: PairAction): void {
  switch (a.kind) {
    case 'time':
      return passSyncInterval(config, s);
    case 'sync':
      s.pools[a.pool].syncDue = false;
      return periodicExport(s, a.pool);
    case 'forceSync':
      return exportChanges(s, a.pool);
    case 'import':
      return clearPending(s.pools[partnerOf(a.pool)]);
    case 'change':
      return writeChange(s.pools[a.pool]);
    case 'stopService':
      s.faults++;
      s.pools[a.pool].serviceStarted = false;
      s.pools[a.pool].syncDue = false;
      // Even if it starts again at once, its timer restarts: what waited for this export waits longer.
      if (s.pools[a.pool].unexported > 0) s.pools[a.pool].unexportedInterrupted = true;
      return;
    case 'startService':
      // Its SyncInterval timer starts now; see passSyncInterval for why that keeps both timers in phase.
      s.pools[a.pool].serviceStarted = true;
      return;
    case 'failPool':
      s.faults++;
      s.pools[a.pool].up = false;
      s.pools[a.pool].syncDue = false;
      return;
    case 'recoverPool':
      s.pools[a.pool].up = true;
      return resume(config, s.pools[a.pool]);
    case 'failBackend':
      s.faults++;
      s.pools[a.pool].backendUp = false;
      return;
    case 'recoverBackend':
      s.pools[a.pool].backendUp = true;
      return resume(config, s.pools[a.pool]);
    case 'failover':
      return failOver(s, a.pool, a.disaster);
    case 'failback':
      return failBack(s, a.pool);
    case 'failoverCms':
      s.cmsAt = a.to;
      return;
  }
}

/**
 * Time passes to the next deadline: one SyncInterval. Every instant the model stops at is a deadline, and
 * a Backup Service (re)starts only at such an instant, so all running timers are in phase and a step is
 * always a whole interval. Events between deadlines are equivalent to events just before the next one:
 * that is where ages are largest. With no Backup Service running there is no deadline and time stands
 * still; every age such a wait could add is reachable with one service running, so no rule misses it.
 */
function passSyncInterval(config: PairConfig, s: PairState): void {
  for (const pool of [0, 1] as const) {
    const p = s.pools[pool];
    if (inFlight(p) === 0) continue;
    if (!alive(p)) {
      p.outage = older(config, p.outage, config.syncSeconds);
      continue;
    }
    if (p.unexported > 0) {
      p.unexportedAge = older(config, p.unexportedAge, config.syncSeconds);
      if (!canExport(s, pool)) p.unexportedInterrupted = true;
    }
    if (p.pending > 0) {
      p.pendingAge = older(config, p.pendingAge, config.syncSeconds);
      if (!canImport(s, partnerOf(pool))) p.pendingInterrupted = true;
    }
  }
  for (const p of s.pools) if (timerRunning(p)) p.syncDue = true;
}

const older = (config: PairConfig, age: number, seconds: number): number => Math.min(config.ageCap, age + seconds);

/**
 * The export at the deadline. If a live pool cannot export (its partner's site is down), what it holds
 * waits another interval, so its age no longer counts as grown while both Backup Services ran. A pool
 * that is not alive is in an outage instead, which `resume` accounts for.
 */
function periodicExport(s: PairState, pool: PoolIndex): void {
  const p = s.pools[pool];
  if (!canExport(s, pool) && alive(p) && p.unexported > 0) p.unexportedInterrupted = true;
  exportChanges(s, pool);
}

/** The Backup Service writes its un-exported changes into the partner's share, if it can. */
function exportChanges(s: PairState, pool: PoolIndex): void {
  if (!canExport(s, pool)) return;
  const p = s.pools[pool];
  p.initialized = true;
  if (p.unexported === 0) return;
  // Files already waiting are older than anything exported since, so the group keeps their age.
  if (p.pending === 0) {
    p.pendingAge = p.unexportedAge;
    p.pendingInterrupted = p.unexportedInterrupted;
  }
  p.pending += p.unexported;
  p.unexported = 0;
  p.unexportedAge = 0;
  p.unexportedInterrupted = false;
}

function clearPending(p: PairPool): void {
  p.pending = 0;
  p.pendingAge = 0;
  p.pendingInterrupted = false;
  if (p.unexported === 0) p.outage = 0;
}

function writeChange(p: PairPool): void {
  p.unexported++;
}

/**
 * The pool's store can export again: the outage counts towards the ages of what it still holds, and those
 * ages are interrupted even after an outage of no time at all, because the export due in it was skipped.
 */
function resume(config: PairConfig, p: PairPool): void {
  if (!alive(p)) return;
  if (p.unexported > 0) {
    p.unexportedAge = older(config, p.unexportedAge, p.outage);
    p.unexportedInterrupted = true;
  }
  if (p.pending > 0) {
    p.pendingAge = older(config, p.pendingAge, p.outage);
    p.pendingInterrupted = true;
  }
  p.outage = 0;
}

/**
 * Invoke-CsPoolFailOver. Without -DisasterMode the pool is healthy and the cmdlet waits for the Backup
 * Service to sync it (-WaitTime); that only works while both services run, otherwise the wait runs out and
 * the cmdlet goes on as if synced. Whatever the partner has not imported then is lost: the partner serves
 * the pool's users from its own store, and files still in its share are discarded.
 */
function failOver(s: PairState, pool: PoolIndex, disaster: boolean): void {
  const p = s.pools[pool];
  const drained = !disaster && canExport(s, pool) && canImport(s, partnerOf(pool));
  if (drained) {
    p.lost = 0;
    p.lostAge = 0;
    p.lostUninterruptedAge = 0;
  } else {
    p.lost = inFlight(p);
    p.lostAge = Math.max(p.unexported > 0 ? p.unexportedAge : 0, p.pending > 0 ? p.pendingAge : 0);
    p.lostUninterruptedAge = Math.max(
      p.unexported > 0 && !p.unexportedInterrupted ? p.unexportedAge : 0,
      p.pending > 0 && !p.pendingInterrupted ? p.pendingAge : 0,
    );
  }
  settle(p);
  p.failedOver = true;
}

/** Invoke-CsPoolFailBack: the partner syncs its changes back, then the pool serves its own users again. */
function failBack(s: PairState, pool: PoolIndex): void {
  settle(s.pools[partnerOf(pool)]);
  const p = s.pools[pool];
  p.failedOver = false;
  p.lost = 0;
  p.lostAge = 0;
  p.lostUninterruptedAge = 0;
}

/** Nothing of this pool's is in flight any more (imported, or given up). */
function settle(p: PairPool): void {
  p.unexported = 0;
  p.unexportedAge = 0;
  p.unexportedInterrupted = false;
  clearPending(p);
}
