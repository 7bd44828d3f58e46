/**
 * Microsoft's quorum tables, derived from the pool model by exhaustive search and set beside the
 * published ones (DOMAIN.md §2). For every pool size a probe topology (one FE per host, a single SQL
 * server that stays up, one routing group, every FE allowed to fail) is searched once with a family of
 * properties whose verdicts give the numbers: "with the back end up and at least k seed FEs running the
 * pool is functional" holds from the published minimum on; "a pool with the back end up and k FEs running
 * still waits in starting" is reachable up to one below the cold-start minimum.
 *
 * The tables speak only of how many FEs run, so the probe keeps to the events that change that and what
 * follows from it: FE failures and recoveries, time, and the ServiceReset that restarts a shut-down pool.
 * The model's reducer does the rest (votes, shutdown, cold start). Each path first fails FEs, then, once
 * services are down, brings them back: every set of running FEs is still reached (with the back end up,
 * while the pool runs, and while it waits in starting), without paths that fail and recover in turn.
 */
import { check } from '../engine/check.ts';
import { poolContext } from '../../model/context.ts';
import { atDesignedSize, backendAvailable, seedsUp, upCount, votes } from '../../model/facts.ts';
import { poolModel } from '../../model/pool-model.ts';
import { coldStartBasis, functionalRow, publishedColdStartTable, type ColdStartBasis } from '../../model/published.ts';
import { defaultSettings } from '../../model/settings.ts';
import { documentedSizes } from '../../model/topology/pool-sizes.ts';
import { viewOf } from '../../model/view-of.ts';
import type { Always, Model, Property } from '../engine/types.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';

function probing(s: PoolState, a: PoolAction): boolean {
  switch (a.kind) {
    case 'feFail':
      return s.faults.fe === s.feFailed.filter(Boolean).length;
    case 'feRecover':
      return s.phase !== 'running';
    case 'time':
    case 'serviceReset':
      return true;
    default:
      return false;
  }
}
import type { FabricSettings, Product, Topology } from '../../model/topology/types.ts';

export interface QuorumRow {
  readonly frontEnds: number;
  /** The FEs that vote, by topology position (1-based). */
  readonly voters: readonly number[];
  readonly sqlVotes: boolean;
  /** With the back end up, the pool is functional while at least this many voting FEs run... */
  readonly mustRun: number;
  /** ...of the first `ofFirst` FEs; null when every FE votes. */
  readonly ofFirst: number | null;
  /** The pool starts only with at least this many FEs running. */
  readonly coldStart: number;
  /** False for 1 FE and 13–15 FEs, which Microsoft leaves out (`coldStartBasis` says what the model does). */
  readonly coldStartPublished: boolean;
  /** Where the model's cold-start minimum comes from: the published row, the whole pool (1 FE), interpolation (13–15). */
  readonly coldStartBasis: ColdStartBasis;
}

export interface PublishedRow {
  readonly frontEnds: number;
  /** Null for 1 FE, which the table leaves out. */
  readonly mustRun: number | null;
  /** Null when every FE of the pool counts ("any 7 of the first 12" of 12 FEs is any 7). */
  readonly ofFirst: number | null;
  readonly coldStart: number | null;
}

/**
 * The sizes Microsoft documents, so SfB 2019 from 2: its tables have a 2-FE row, although the product
 * (and the topology validator) refuse to build such a pool.
 */
export function poolSizes(product: Product): number[] {
  const { min, max } = documentedSizes[product];
  return Array.from({ length: max - min + 1 }, (_, i) => min + i);
}

/** The published tables (model/published.ts) as one row per pool size. */
export function publishedQuorumTable(product: Product): PublishedRow[] {
  return poolSizes(product).map((frontEnds) => {
    const row = functionalRow(product, frontEnds);
    const ofFirst = row?.ofFirst !== undefined && row.ofFirst < frontEnds ? row.ofFirst : null;
    return { frontEnds, mustRun: row?.mustRun ?? null, ofFirst, coldStart: publishedColdStartTable[frontEnds] ?? null };
  });
}

export async function deriveQuorumTable(product: Product, settings: Partial<FabricSettings> = {}): Promise<QuorumRow[]> {
  const rows: QuorumRow[] = [];
  for (const frontEnds of poolSizes(product)) rows.push(await deriveRow(probeTopology(product, frontEnds, settings)));
  return rows;
}

export function probeTopology(product: Product, frontEnds: number, settings: Partial<FabricSettings> = {}): Topology {
  return {
    product,
    pool: {
      name: `probe-${frontEnds}`,
      frontEnds: Array.from({ length: frontEnds }, (_, i) => ({ name: `fe${i + 1}`, host: `host${i + 1}` })),
      backend: { principal: 'sql1' },
      ...(frontEnds >= 3 ? { routingGroups: 1 } : {}),
    },
    registrar: { backupStoreUnavailableThresholdMinutes: 30 },
    // The tables count FEs; which of a two-FE pool's FEs comes back first is a rule of its own.
    settings: { ...defaultSettings(product), twoFeRestartOrder: 'any', ...settings },
    bounds: { maxFaults: frontEnds },
  };
}

async function deriveRow(topology: Topology): Promise<QuorumRow> {
  const ctx = poolContext(topology);
  const n = ctx.designedSize;
  const model = poolModel(topology);
  const initial = viewOf(ctx, model.init()[0]!).pools[0]!;
  const voters = initial.frontEnds.flatMap((fe, i) => (fe.voter ? [i + 1] : []));
  const ks = Array.from({ length: n + 1 }, (_, k) => k);
  const functionalFrom = ks.map((k): Always<PoolState> => ({
    kind: 'always',
    name: `functional with ${k} seeds up`,
    check: (s) => !atDesignedSize(ctx, s) || !backendAvailable(ctx, s) || seedsUp(ctx, s) < k || votes(ctx, s).functional,
  }));
  const stillStarting = ks.map((k): Always<PoolState> => ({
    kind: 'always',
    name: `not starting with ${k} FEs up`,
    check: (s) => !atDesignedSize(ctx, s) || s.phase !== 'starting' || !backendAvailable(ctx, s) || upCount(ctx, s) < k,
  }));
  const properties: Property<PoolState, PoolAction>[] = [...functionalFrom, ...stillStarting];
  const probe: Model<PoolState, PoolAction> = { ...model, actions: (s) => model.actions(s).filter((a) => probing(s, a)) };
  const result = await check(probe, properties, { stopAtFirstViolation: false, deadlock: false });
  if (!result.exhaustive) throw new Error(`the ${n}-FE probe was not searched exhaustively`);
  const holds = (name: string): boolean => result.properties.find((p) => p.name === name)?.status === 'holds';
  const mustRun = ks.find((k) => holds(`functional with ${k} seeds up`)) ?? n;
  const coldStart = ks.find((k) => holds(`not starting with ${k} FEs up`)) ?? n;
  return {
    frontEnds: n,
    voters,
    sqlVotes: initial.sql.votes,
    mustRun,
    ofFirst: voters.length < n ? voters.length : null,
    coldStart,
    coldStartPublished: publishedColdStartTable[n] !== undefined,
    coldStartBasis: coldStartBasis(n),
  };
}
