/**
 * What the pairing reducer needs of the topology, computed once: the two pools' names and sizes, the sync
 * interval, the fault budget, where the Central Management Store lives, and where ages stop being told apart.
 */
import { defaults } from '../topology/defaults.ts';
import { serverOf } from '../topology/server-name.ts';
import { publishedRpoMinutes } from './targets.ts';
import type { Topology } from '../topology/types.ts';

/** 0 is the topology's `pool`, 1 its `pairedPool`. */
export type PoolIndex = 0 | 1;

export interface PairConfig {
  readonly names: readonly [string, string];
  /**
   * Per pool: it has 3+ FEs, so its routing groups have replicas that carry their users through a back-end
   * outage; a pool of 1–2 FEs reads the back end directly and gives limited functionality without it (§4).
   */
  readonly replicated: readonly [boolean, boolean];
  readonly syncSeconds: number;
  readonly rpoSeconds: number;
  /**
   * Ages of changes whose flow was never interrupted saturate here: the first multiple of the sync interval
   * beyond both thresholds the rules compare them with (one interval, the RPO), so every age below it is
   * exact and the cap reads "older than every threshold". The model never lets such an age pass one
   * interval (that is what failover-data-loss-bounded checks), so the high cap costs no states.
   */
  readonly uninterruptedAgeCap: number;
  /**
   * Ages of interrupted changes, and outages, saturate here: two intervals. The rules compare them with one
   * interval only (failover-rpo reads uninterrupted ages), so two tell every verdict apart, and a trace
   * still shows such an age growing twice (0, 1, 2 intervals) before it saturates.
   */
  readonly interruptedAgeCap: number;
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
  const uninterruptedAgeCap = (Math.floor(Math.max(syncSeconds, rpoSeconds) / syncSeconds) + 1) * syncSeconds;
  const names = [pool.name, pairedPool.name] as const;
  const replicated = [pool.frontEnds.length >= 3, pairedPool.frontEnds.length >= 3] as const;
  const cmsAt = cms === undefined ? -1 : names.findIndex((name) => serverOf(name) === serverOf(cms));
  return {
    names,
    replicated,
    syncSeconds,
    rpoSeconds,
    uninterruptedAgeCap,
    interruptedAgeCap: 2 * syncSeconds,
    maxFaults: bounds.maxFaults,
    cmsAt: cmsAt as PoolIndex | -1,
  };
}
