/**
 * From parsed JSON to a Topology: the shape (schema.json), then what a schema cannot say, then the
 * defaults. Pure: reading the file is the CLI's job.
 */
import { withDefaults } from './defaults.ts';
import { nameProblems } from './name-problems.ts';
import { pairingProblems } from './pairing-problems.ts';
import { poolProblems } from './pool-problems.ts';
import { shapeProblems } from './shape-problems.ts';
import type { TopologyFile } from './file.ts';
import type { Topology, TopologyProblem } from './types.ts';

export type ParseResult =
  | { readonly ok: true; readonly topology: Topology }
  | { readonly ok: false; readonly problems: readonly TopologyProblem[] };

export function parseTopology(json: unknown): ParseResult {
  const shape = shapeProblems(json);
  if (shape.length > 0) return { ok: false, problems: shape };
  const file = json as TopologyFile;
  const pools = [
    { pool: file.pool, at: 'pool' },
    ...(file.pairedPool ? [{ pool: file.pairedPool, at: 'pairedPool' }] : []),
  ];
  const problems = [
    ...pools.flatMap(({ pool, at }) => poolProblems(file.product, pool, at)),
    ...nameProblems(pools),
    ...pairingProblems(file),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, topology: withDefaults(file) };
}
