/** A topology file from disk to a validated Topology, or a UsageError naming every problem in it. */
import { parseTopology } from '../../model/topology/validate.ts';
import type { Topology } from '../../model/topology/types.ts';
import { readJsonFile } from './read-json.ts';
import { UsageError } from './usage-error.ts';

export async function loadTopology(file: string, cwd: string): Promise<Topology> {
  return topologyOrThrow(await readJsonFile(file, cwd));
}

export function topologyOrThrow(json: unknown, under = ''): Topology {
  const parsed = parseTopology(json);
  if (parsed.ok) return parsed.topology;
  throw new UsageError(parsed.problems.map(({ path, message }) => ({ path: prefixed(under, path), message })));
}

/** A topology inside another file (a counterexample's `topology` field) keeps the full path. */
function prefixed(under: string, path: string): string {
  if (under === '') return path;
  return path === 'topology' ? under : `${under}.${path}`;
}
