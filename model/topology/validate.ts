/**
 * From parsed JSON to a Topology: the shape (schema.json), then what a schema cannot say, then the
 * defaults. Pure: reading the file is the CLI's job. Every problem is reported at once: a semantic check
 * runs whenever the fields it reads passed the schema, even if others did not.
 */
import { withDefaults } from './defaults.ts';
import { nameProblems, type PlacedPool } from './name-problems.ts';
import { pairingProblems } from './pairing-problems.ts';
import { poolProblems } from './pool-problems.ts';
import { shapeCheck } from './shape-problems.ts';
import type { TopologyFile } from './file.ts';
import type { Topology, TopologyProblem } from './types.ts';

export type ParseResult =
  | { readonly ok: true; readonly topology: Topology }
  | { readonly ok: false; readonly problems: readonly TopologyProblem[] };

export function parseTopology(json: unknown): ParseResult {
  const shape = shapeCheck(json);
  // Only the fields `sound` vouches for are read below, so the cast claims no more than the schema checked.
  const file = json as TopologyFile;
  const pools: PlacedPool[] = [
    ...(shape.sound('pool') ? [{ pool: file.pool, at: 'pool' }] : []),
    ...(shape.sound('pairedPool') && file.pairedPool !== undefined ? [{ pool: file.pairedPool, at: 'pairedPool' }] : []),
  ];
  const pairingReadable = ['pool', 'pairedPool', 'cms'].every((field) => shape.sound(field));
  const problems = [
    ...shape.problems,
    ...(shape.sound('product') ? pools.flatMap(({ pool, at }) => poolProblems(file.product, pool, at)) : []),
    ...nameProblems(pools),
    ...(pairingReadable ? pairingProblems(file) : []),
  ];
  return problems.length > 0 ? { ok: false, problems } : { ok: true, topology: withDefaults(file) };
}
