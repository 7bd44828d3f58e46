/**
 * Facts read off a pairing state: can a Backup Service export or import, who serves whose users, is the
 * CMS reachable. Read-only, so the reducer, the rules and the view all judge a state the same way.
 */
import { partnerOf } from './config.ts';
import type { PairConfig, PoolIndex } from './config.ts';
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

/** A pool's front ends run: it is up and not failed over (failing over stands its services down). */
export const serving = (p: PairPool): boolean => p.up && !p.failedOver;

/** The pool whose routing groups hold `users`' users now: their own pool, or its partner after a failover. */
export const hostOf = (s: PairState, users: PoolIndex): PoolIndex => (s.pools[users].failedOver ? partnerOf(users) : users);

/**
 * What the routing groups `pool` hosts give their users: full service needs the front ends running with
 * the groups loaded, and then either the back end or replicas (3+ FEs) to carry them through its outage
 * (for the registrar threshold, which is the pool model's rule). A 1–2 FE pool without its back end gives
 * limited functionality at once (§4); groups that are not loaded serve nobody.
 */
export function serviceLevel(config: PairConfig, s: PairState, pool: PoolIndex): 'full' | 'limited' | 'disconnected' {
  const p = s.pools[pool];
  if (!serving(p) || !p.loaded) return 'disconnected';
  return p.backendUp || config.replicated[pool] ? 'full' : 'limited';
}

/** The CMS works while its pool serves and its back end (which holds the CMS database) is up. */
export function cmsAvailable(s: PairState): boolean {
  if (s.cmsAt === -1) return true;
  const host = s.pools[s.cmsAt];
  return serving(host) && host.backendUp;
}
