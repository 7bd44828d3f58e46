/** The paired topology files, validated as the CLI does, and variants of them. */
import { readFileSync } from 'node:fs';
import { parseTopology } from '../../model/topology/validate.ts';
import type { Topology } from '../../model/topology/types.ts';

export type PairedFile = 'paired-lync2013' | 'paired-sfb2015-slow-sync';

export function pairedJson(file: PairedFile): Record<string, unknown> {
  return JSON.parse(readFileSync(new URL(`../../topologies/${file}.json`, import.meta.url), 'utf8')) as Record<string, unknown>;
}

export function topologyOf(json: unknown): Topology {
  const parsed = parseTopology(json);
  if (!parsed.ok) throw new Error(`invalid topology: ${JSON.stringify(parsed.problems)}`);
  return parsed.topology;
}

export const pairedTopology = (file: PairedFile): Topology => topologyOf(pairedJson(file));

/** A file with top-level fields replaced (`undefined` removes one). */
export function variant(file: PairedFile, patch: Record<string, unknown>): Topology {
  const json: Record<string, unknown> = { ...pairedJson(file), ...patch };
  for (const key of Object.keys(patch)) if (patch[key] === undefined) delete json[key];
  return topologyOf(json);
}
