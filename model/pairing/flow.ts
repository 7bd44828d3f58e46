/**
 * How changes flow between the two stores: written, aged by time, exported into the partner's share,
 * imported there. Mutates its draft only, like the rest of the reducer.
 */
import { partnerOf } from './config.ts';
import { alive, canExport, canImport, inFlight, timerRunning } from './facts.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairPool, PairState } from './state.ts';

/**
 * Time passes to the next deadline: one SyncInterval. Every instant the model stops at is a deadline, and
 * a Backup Service (re)starts only at such an instant, so all running timers are in phase and a step is
 * always a whole interval. Events between deadlines are equivalent to events just before the next one:
 * that is where ages are largest. With no Backup Service running there is no deadline and time stands
 * still; every age such a wait could add is reachable with one service running, so no rule misses it.
 */
export function passSyncInterval(config: PairConfig, s: PairState): void {
  for (const pool of [0, 1] as const) {
    const p = s.pools[pool];
    if (inFlight(p) === 0) continue;
    if (!alive(p)) {
      p.outage = Math.min(config.interruptedAgeCap, p.outage + config.syncSeconds);
      continue;
    }
    if (p.unexported > 0) {
      if (!canExport(s, pool)) p.unexportedInterrupted = true;
      p.unexportedAge = older(config, p.unexportedAge, config.syncSeconds, p.unexportedInterrupted);
    }
    if (p.pending > 0) {
      if (!canImport(s, partnerOf(pool))) p.pendingInterrupted = true;
      p.pendingAge = older(config, p.pendingAge, config.syncSeconds, p.pendingInterrupted);
    }
  }
  for (const p of s.pools) if (timerRunning(p)) p.syncDue = true;
}

function older(config: PairConfig, age: number, seconds: number, interrupted: boolean): number {
  return Math.min(interrupted ? config.interruptedAgeCap : config.uninterruptedAgeCap, age + seconds);
}

/** Marks what waits un-exported as delayed, and its age as one that only interrupted changes may have. */
export function interruptUnexported(config: PairConfig, p: PairPool): void {
  if (p.unexported === 0) return;
  p.unexportedInterrupted = true;
  p.unexportedAge = Math.min(config.interruptedAgeCap, p.unexportedAge);
}

/**
 * The export at the deadline. If a live pool cannot export (its partner's site is down), what it holds
 * waits another interval, so its age no longer counts as grown while both Backup Services ran. A pool
 * that is not alive is in an outage instead, which `resume` accounts for.
 */
export function periodicExport(config: PairConfig, s: PairState, pool: PoolIndex): void {
  if (!canExport(s, pool) && alive(s.pools[pool])) interruptUnexported(config, s.pools[pool]);
  exportChanges(s, pool);
}

/** The Backup Service writes its un-exported changes into the partner's share. */
export function exportChanges(s: PairState, pool: PoolIndex): void {
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

/** `pool`'s Backup Service consumes everything its partner left in its share, and writes the cookie back. */
export function importFiles(s: PairState, pool: PoolIndex): void {
  const exporter = s.pools[partnerOf(pool)];
  exporter.unimported -= exporter.pending;
  clearPending(exporter);
}

function clearPending(p: PairPool): void {
  p.pending = 0;
  p.pendingAge = 0;
  p.pendingInterrupted = false;
  if (p.unexported === 0) p.outage = 0;
}

export function writeChange(p: PairPool): void {
  p.unexported++;
  p.unimported++;
}

/**
 * The pool's store can export again: the outage counts towards the ages of what it still holds, and those
 * ages are interrupted even after an outage of no time at all, because the export due in it was skipped.
 */
export function resume(config: PairConfig, p: PairPool): void {
  if (!alive(p)) return;
  p.loaded = true;
  p.steadyAtDisaster = false;
  if (p.unexported > 0) {
    p.unexportedAge = Math.min(config.interruptedAgeCap, p.unexportedAge + p.outage);
    p.unexportedInterrupted = true;
  }
  if (p.pending > 0) {
    p.pendingAge = Math.min(config.interruptedAgeCap, p.pendingAge + p.outage);
    p.pendingInterrupted = true;
  }
  p.outage = 0;
}

/** Nothing of this pool's is in flight any more: the partner imported it, or it was given up. */
export function settle(p: PairPool): void {
  p.unexported = 0;
  p.unexportedAge = 0;
  p.unexportedInterrupted = false;
  p.unimported = 0;
  clearPending(p);
}
