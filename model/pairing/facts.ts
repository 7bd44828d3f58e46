/**
 * Facts read off a pairing state: can a Backup Service export or import, who serves whose users, is the
 * CMS reachable. Read-only, so the reducer, the rules and the view all judge a state the same way.
 */
import { partnerOf } from './config.ts';
import type { PoolIndex } from './config.ts';
import type { PairPool, PairState } from './state.ts';

/** The pool's store can still send changes out: the pool and its back end are up. */
export const alive = (p: PairPool): boolean => p.up && p.backendUp;

export const inFlight = (p: PairPool): number => p.unexported + p.pending;

/** The Backup Service's SyncInterval timer runs on the pool's front ends. */
export const timerRunning = (p: PairPool): boolean => p.up && p.serviceStarted;

/**
 * The Backup Service on `pool` can write its changes into the partner's share: it runs, it can read its
 * store, the pool is not failed over (then its store is read-only), and the partner's site is up.
 */
export function canExport(s: PairState, pool: PoolIndex): boolean {
  const p = s.pools[pool];
  return timerRunning(p) && p.backendUp && !p.failedOver && s.pools[partnerOf(pool)].up;
}

/** The Backup Service on `pool` watches its share and writes what arrives into its store. */
export function canImport(s: PairState, pool: PoolIndex): boolean {
  const p = s.pools[pool];
  return timerRunning(p) && p.backendUp;
}

/** The partner's files wait in `pool`'s share and its Backup Service can consume them now. */
export const importDue = (s: PairState, pool: PoolIndex): boolean =>
  s.pools[partnerOf(pool)].pending > 0 && canImport(s, pool);

/** A pool's front ends serve users: it is up and not failed over (failing over stands its services down). */
export const serving = (p: PairPool): boolean => p.up && !p.failedOver;

/** The pool whose front ends serve the routing groups of `users`' users now, or -1 when none does. */
export function servingPool(s: PairState, users: PoolIndex): PoolIndex | -1 {
  const host = s.pools[users].failedOver ? partnerOf(users) : users;
  return serving(s.pools[host]) ? host : -1;
}

/** The CMS works while its pool serves and its back end (which holds the CMS database) is up. */
export function cmsAvailable(s: PairState): boolean {
  if (s.cmsAt === -1) return true;
  const host = s.pools[s.cmsAt];
  return serving(host) && host.backendUp;
}
