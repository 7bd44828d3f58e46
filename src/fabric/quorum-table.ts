/**
 * Microsoft's quorum tables, derived from the pool model by exhaustive search and set beside the
 * published ones (DOMAIN.md §2). For every pool size a probe topology (one FE per host, a single SQL
 * server, one routing group, every FE allowed to fail) is searched once with a family of properties whose
 * verdicts give the numbers: "with the back end up and at least k seed FEs running the pool is
 * functional" holds from the published minimum on; "a pool with the back end up and k FEs running still
 * waits in starting" is reachable up to one below the cold-start minimum.
 */
import { check } from '../engine/check.ts';
import { poolContext } from '../../model/context.ts';
import { atDesignedSize, backendAvailable, seedsUp, upCount, votes } from '../../model/facts.ts';
import { poolModel } from '../../model/pool-model.ts';
import { coldStartMinimum, functionalRow } from '../../model/published.ts';
import { defaultSettings } from '../../model/settings.ts';
import { viewOf } from '../../model/view-of.ts';
import type { Always, Property } from '../engine/types.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
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
  /** The pool starts only with at least this many FEs running; null where Microsoft publishes none. */
  readonly coldStart: number | null;
}

export function poolSizes(product: Product): number[] {
  const [from, to] = product === 'sfb2019' ? [2, 16] : [1, 12];
  return Array.from({ length: to - from + 1 }, (_, i) => from + i);
}

/** The published tables as rows, where Microsoft publishes them; 1-FE pools have no functional row. */
export function publishedQuorumTable(product: Product): { frontEnds: number; mustRun: number | null; ofFirst: number | null; coldStart: number | null }[] {
  return poolSizes(product).map((frontEnds) => {
    const row = functionalRow(product, frontEnds);
    const cold = frontEnds > 12 && frontEnds < 16 ? null : coldStartMinimum(frontEnds);
    return { frontEnds, mustRun: row?.mustRun ?? null, ofFirst: row?.ofFirst ?? null, coldStart: cold };
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
    settings: { ...defaultSettings(product), ...settings },
    bounds: { maxFaults: frontEnds, maxDepth: Number.MAX_SAFE_INTEGER },
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
  const result = await check(model, properties, { stopAtFirstViolation: false, deadlock: false });
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
    coldStart: n > 12 && n < 16 ? null : coldStart,
  };
}
