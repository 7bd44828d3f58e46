/**
 * What the reducer needs to know of the topology, computed once: names by index, which FEs share a host,
 * the 2↔3 crossing slot, and the groups of hosts that symmetry may swap.
 */
import type { FabricSettings, Product, Topology } from './topology/types.ts';

/**
 * The 2↔3 crossing (DOMAIN.md §5): a 3-FE pool can lose its last FE in topology order, a 2-FE pool can
 * gain a third. The added FE is not in the topology file, so the model names it `addedFrontEndName` on a
 * host of its own. SfB 2019 refuses 2-FE pools, so it has no crossing.
 */
export interface Crossing {
  readonly fe: number;
  /** The FE is in the pool as designed (a 3-FE pool) or only after the crossing (a 2-FE pool). */
  readonly designedPresent: boolean;
}

export interface PoolContext {
  readonly topology: Topology;
  readonly product: Product;
  readonly poolName: string;
  readonly settings: FabricSettings;
  readonly thresholdMinutes: number;
  readonly maxFaults: number;
  readonly routingGroups: number;
  /** FEs in the topology; the crossing may add one slot after them. */
  readonly designedSize: number;
  /** Per FE slot, topology order first. */
  readonly feNames: readonly string[];
  readonly hostOf: readonly number[];
  readonly hostNames: readonly string[];
  readonly fesOn: readonly (readonly number[])[];
  readonly crossing: Crossing | null;
  readonly sqlNames: { readonly principal: string; readonly mirror: string | null; readonly witness: string | null };
  /** Hosts that carry the same number of FEs and not the crossing FE: symmetry may permute them. */
  readonly hostGroups: readonly (readonly number[])[];
}

export const addedFrontEndName = 'added-fe';
export const addedHostName = 'added-host';

const cache = new WeakMap<Topology, PoolContext>();

/** Memoised, so that the model and every rule built from one topology share one context. */
export function poolContext(topology: Topology): PoolContext {
  const known = cache.get(topology);
  if (known) return known;
  const built = buildContext(topology);
  cache.set(topology, built);
  return built;
}

function buildContext(topology: Topology): PoolContext {
  const { pool } = topology;
  const designedSize = pool.frontEnds.length;
  const feNames = pool.frontEnds.map((fe) => fe.name);
  const hostNames: string[] = [];
  const hostOf = pool.frontEnds.map((fe) => {
    const known = hostNames.indexOf(fe.host);
    if (known >= 0) return known;
    hostNames.push(fe.host);
    return hostNames.length - 1;
  });
  let crossing: Crossing | null = null;
  if (topology.product !== 'sfb2019' && designedSize === 3) crossing = { fe: 2, designedPresent: true };
  if (topology.product !== 'sfb2019' && designedSize === 2) {
    feNames.push(unique(addedFrontEndName, feNames));
    hostNames.push(unique(addedHostName, hostNames));
    hostOf.push(hostNames.length - 1);
    crossing = { fe: 2, designedPresent: false };
  }
  const fesOn = hostNames.map((_, h) => hostOf.flatMap((host, fe) => (host === h ? [fe] : [])));
  return {
    topology,
    product: topology.product,
    poolName: pool.name,
    settings: topology.settings,
    thresholdMinutes: topology.registrar.backupStoreUnavailableThresholdMinutes,
    maxFaults: topology.bounds.maxFaults,
    routingGroups: pool.routingGroups ?? 1,
    designedSize,
    feNames,
    hostOf,
    hostNames,
    fesOn,
    crossing,
    sqlNames: {
      principal: pool.backend.principal,
      mirror: pool.backend.mirror ?? null,
      witness: pool.backend.witness ?? null,
    },
    hostGroups: hostGroups(fesOn, crossing),
  };
}

function unique(name: string, taken: readonly string[]): string {
  let candidate = name;
  for (let n = 2; taken.includes(candidate); n++) candidate = `${name}-${n}`;
  return candidate;
}

function hostGroups(fesOn: readonly (readonly number[])[], crossing: Crossing | null): number[][] {
  const groups = new Map<string, number[]>();
  fesOn.forEach((fes, host) => {
    const key = crossing !== null && fes.includes(crossing.fe) ? `crossing` : `${fes.length}`;
    const group = groups.get(key) ?? [];
    group.push(host);
    groups.set(key, group);
  });
  return [...groups.values()];
}
