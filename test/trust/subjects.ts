/**
 * What the cross-checks run on: the bundled topologies small enough for a few searches each (every check
 * fabricChecks gives for them, so the pairing check joins in once it is wired) and the example models.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { parseTopology } from '../../model/topology/validate.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { twoPhaseSource, twoPhaseSubject } from '../../examples/two-phase-commit.ts';
import { upDownSubject } from '../../examples/updown.ts';
import type { Model, ModelSource, Property } from '../../src/engine/types.ts';
import type { Topology } from '../../model/topology/types.ts';

export const root = join(import.meta.dirname, '..', '..');

export interface Case {
  readonly name: string;
  readonly model: Model<unknown, unknown>;
  readonly properties: readonly Property<unknown, unknown>[];
  /** Where a worker thread rebuilds the same subject; absent when there is none. */
  readonly source?: ModelSource;
  readonly maxDepth?: number;
}

export function bundledTopology(file: string): Topology {
  const parsed = parseTopology(JSON.parse(readFileSync(join(root, 'topologies', file), 'utf8')));
  if (!parsed.ok) throw new Error(`${file} is a bundled topology but does not validate: ${JSON.stringify(parsed.problems)}`);
  return parsed.topology;
}

/**
 * `depthCap` lowers the depth bound of the checks that have one (the pairing check: its space is not
 * finite without it); checks that complete unbounded stay unbounded.
 */
export function topologyCases(file: string, topology = bundledTopology(file), depthCap = Infinity): Case[] {
  return fabricChecks(topology).map((check) => ({
    name: `${file} ${check.id}`,
    model: check.subject.model as Model<unknown, unknown>,
    properties: check.subject.properties as readonly Property<unknown, unknown>[],
    source: check.source,
    maxDepth: Number.isFinite(check.maxDepth) ? Math.min(check.maxDepth, depthCap) : check.maxDepth,
  }));
}

/** Small enough that an unreduced search (no symmetry) stays near a second, within CROSS_CHECK_DEPTH. */
export const smallTopologies = ['two-fe.json', 'three-fe-three-hosts.json', 'four-fe-mirror-witness.json', 'paired-lync2013.json'];
/** The pairing check's depth 12 is 365,218 states: too many for a naive reference search run several times. */
const CROSS_CHECK_DEPTH = 6;

export function exampleCases(): Case[] {
  const correct = twoPhaseSubject(3, 'correct');
  const eager = twoPhaseSubject(3, 'eager-commit');
  const upDown = upDownSubject(5);
  return [
    { name: 'two-phase commit (3 RMs)', ...erase(correct), source: twoPhaseSource(3, 'correct') },
    { name: 'two-phase commit, eager TM (3 RMs)', ...erase(eager), source: twoPhaseSource(3, 'eager-commit') },
    {
      name: 'up/down (5)',
      ...erase(upDown),
      source: { module: new URL('../../examples/updown.ts', import.meta.url).href, export: 'upDownSubject', args: [5] },
    },
  ];
}

function erase<S, A>(subject: { model: Model<S, A>; properties: readonly Property<S, A>[] }): Pick<Case, 'model' | 'properties'> {
  return { model: subject.model as Model<unknown, unknown>, properties: subject.properties as readonly Property<unknown, unknown>[] };
}

export function allCases(): Case[] {
  return [...smallTopologies.flatMap((file) => topologyCases(file, bundledTopology(file), CROSS_CHECK_DEPTH)), ...exampleCases()];
}
