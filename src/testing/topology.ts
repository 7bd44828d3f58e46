/**
 * A team's own topologies in its own CI: check a topology file (or object) with every design rule, and
 * get one result the matchers read, each verdict next to the one the rule expects. The file is read as
 * data and validated exactly as the CLI does; a bad one throws an Error listing every problem.
 */
import { readFile } from 'node:fs/promises';
import { check } from '../engine/check.ts';
import { fabricChecks } from '../fabric/checks.ts';
import { parseTopology } from '../../model/topology/validate.ts';
import type { Expectation } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { PropertyResult } from '../engine/types.ts';

export interface TopologyCheckOptions {
  /** Only these rules (default: every rule that applies). */
  readonly properties?: readonly string[];
  /** Override the file's `bounds`. */
  readonly maxFaults?: number;
  readonly maxDepth?: number;
  readonly maxStates?: number;
}

export interface TopologyVerdict extends PropertyResult<unknown> {
  /** The check it came from (`pool`, `pairing` for a paired topology): the matchers take `check/name`. */
  readonly check: string;
  /** False when the depth bound cut the check's search: a `holds` then holds within its maxDepth steps. */
  readonly exhaustive: boolean;
  /** What the design rule expects for this topology (none for the deadlock check). */
  readonly expected?: Expectation;
}

export interface TopologyCheck {
  readonly topology: Topology;
  /** Every check explored its whole bounded space. */
  readonly complete: boolean;
  /** Every check reached every reachable state: no verdict depends on the depth bound. */
  readonly exhaustive: boolean;
  readonly states: number;
  readonly properties: readonly TopologyVerdict[];
}

export async function checkTopology(input: string | object, options: TopologyCheckOptions = {}): Promise<TopologyCheck> {
  const json: unknown = typeof input === 'string' ? JSON.parse(await readFile(input, 'utf8')) : input;
  const parsed = parseTopology(withBounds(json, options));
  if (!parsed.ok) {
    const where = typeof input === 'string' ? input : 'topology';
    throw new Error(`${where} is not a valid topology:\n${parsed.problems.map((p) => `  ${p.path}: ${p.message}`).join('\n')}`);
  }
  const topology = parsed.topology;
  const properties: TopologyVerdict[] = [];
  let complete = true;
  let exhaustive = true;
  let states = 0;
  for (const fabricCheck of fabricChecks(topology, options.properties)) {
    const result = await check(fabricCheck.subject.model, fabricCheck.subject.properties, {
      maxDepth: fabricCheck.maxDepth,
      stopAtFirstViolation: false,
      ...(options.maxStates === undefined ? {} : { maxStates: options.maxStates }),
    });
    complete &&= result.complete;
    exhaustive &&= result.exhaustive;
    states += result.states;
    for (const verdict of result.properties) {
      const rule = fabricCheck.rules.find((r) => r.name === verdict.name);
      properties.push({ ...verdict, check: fabricCheck.id, exhaustive: result.exhaustive, ...(rule === undefined ? {} : { expected: rule.expected(topology) }) });
    }
  }
  return { topology, complete, exhaustive, states, properties };
}

/** The option bounds win over the file's, and are validated with it. */
function withBounds(json: unknown, options: TopologyCheckOptions): unknown {
  if (options.maxFaults === undefined && options.maxDepth === undefined) return json;
  if (typeof json !== 'object' || json === null || Array.isArray(json)) return json;
  const file = json as { bounds?: object };
  const bounds = {
    ...file.bounds,
    ...(options.maxFaults === undefined ? {} : { maxFaults: options.maxFaults }),
    ...(options.maxDepth === undefined ? {} : { maxDepth: options.maxDepth }),
  };
  return { ...file, bounds };
}
