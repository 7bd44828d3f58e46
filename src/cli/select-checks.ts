/**
 * From a topology and the command line to the FabricChecks to run: the flags override the topology's
 * bounds, and property names are checked here so that a typo is a usage error before any search starts.
 */
import { ruleNames } from '../../properties/index.ts';
import { fabricChecks } from '../fabric/checks.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { AnyFabricCheck } from '../reports/report.ts';
import { UsageError } from './usage-error.ts';

export interface Selection {
  readonly properties?: readonly string[];
  readonly maxFaults?: number;
  readonly maxDepth?: number;
}

export interface Selected {
  /** The topology as checked: its bounds are the flags' where given. */
  readonly topology: Topology;
  readonly checks: readonly AnyFabricCheck[];
}

export function selectChecks(topology: Topology, selection: Selection): Selected {
  const wanted = selection.properties ?? [];
  const unknown = wanted.filter((name) => !ruleNames.includes(name));
  if (unknown.length > 0)
    throw new UsageError(
      unknown.map((name) => ({
        path: '--property',
        message: `unknown property ${JSON.stringify(name)}; the properties are ${ruleNames.join(', ')}`,
      })),
    );
  const bounded: Topology = {
    ...topology,
    bounds: {
      maxFaults: selection.maxFaults ?? topology.bounds.maxFaults,
      maxDepth: selection.maxDepth ?? topology.bounds.maxDepth,
    },
  };
  const checks = fabricChecks(bounded, wanted.length > 0 ? [...new Set(wanted)] : undefined);
  const inapplicable = wanted.filter((name) => !checks.some((check) => check.rules.some((rule) => rule.name === name)));
  if (inapplicable.length > 0) {
    const applicable = fabricChecks(bounded).flatMap((check) => check.rules.map((rule) => rule.name));
    throw new UsageError(
      inapplicable.map((name) => ({
        path: '--property',
        message: `${JSON.stringify(name)} does not apply to this topology; the properties that do are ${applicable.join(', ')}`,
      })),
    );
  }
  return { topology: bounded, checks };
}
