/**
 * What the pairing reducer needs of the topology, computed once: the two pools' names, the sync interval,
 * the fault budget, where the Central Management Store lives, and where ages stop being told apart.
 */
import { defaults } from '../topology/defaults.ts';
import { serverOf } from '../topology/server-name.ts';
import { publishedRpoMinutes } from './targets.ts';
import type { Topology } from '../topology/types.ts';

/** 0 is the topology's `pool`, 1 its `pairedPool`. */
export type PoolIndex = 0 | 1;

export interface PairConfig {
  readonly names: readonly [string, string];
  readonly syncSeconds: number;
  readonly rpoSeconds: number;
  /**
   * Ages saturate here: the first multiple of the sync interval beyond both thresholds the rules compare
   * ages with (one sync interval, the RPO). Ages only grow in whole sync intervals, so every age below the
   * cap is exact and the cap itself reads "older than every threshold".
   */
  readonly ageCap: number;
  readonly maxFaults: number;
  /** The pool hosting the Central Management Store at the start; -1 when it is outside this pair. */
  readonly cmsAt: PoolIndex | -1;
}

/** At most this many changes per pool on their way to the partner (see state.ts for why two suffice). */
export const maxInFlight = 2;

export const partnerOf = (pool: PoolIndex): PoolIndex => (pool === 0 ? 1 : 0);

const cache = new WeakMap<Topology, PairConfig>();

/** Memoised, so that the model, its rules and its view built from one topology share one config. */
export function pairConfig(topology: Topology): PairConfig {
  const known = cache.get(topology);
  if (known) return known;
  const built = buildConfig(topology);
  cache.set(topology, built);
  return built;
}

function buildConfig(topology: Topology): PairConfig {
  const { pool, pairedPool, backupService, cms, product, bounds } = topology;
  if (pairedPool === undefined) throw new Error(`the pairing model needs a pairedPool; ${pool.name} has none`);
  const syncSeconds = backupService?.syncIntervalSeconds ?? defaults.syncIntervalSeconds;
  const rpoSeconds = publishedRpoMinutes[product] * 60;
  const ageCap = (Math.floor(Math.max(syncSeconds, rpoSeconds) / syncSeconds) + 1) * syncSeconds;
  const names = [pool.name, pairedPool.name] as const;
  const cmsAt = cms === undefined ? -1 : names.findIndex((name) => serverOf(name) === serverOf(cms));
  return { names, syncSeconds, rpoSeconds, ageCap, maxFaults: bounds.maxFaults, cmsAt: cmsAt as PoolIndex | -1 };
}
