/**
 * One search per topology, every pairing rule at once, as the CLI runs the pairing check; with `clauses`,
 * the two clauses of failover-data-loss-bounded that hold by design are judged on their own in the same
 * search (the rule's violation is its third clause).
 */
import { pairConfig } from '../../model/pairing/config.ts';
import { lossClauses } from '../../properties/pairing/failover-data-loss-bounded.ts';
import { check } from '../../src/engine/check.ts';
import { pairingCheck } from '../../src/fabric/pairing.ts';
import type { CheckResult, Property, PropertyResult } from '../../src/engine/types.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export interface Verdicts {
  readonly result: CheckResult<PairState>;
  of(name: string): PropertyResult<PairState>;
}

export const clauseNames = ['loss exactly what was not imported', 'loss within one interval while both ran'] as const;

function clauseProperties(topology: Topology): Property<PairState, PairAction>[] {
  const { exact, whileBothRan } = lossClauses(pairConfig(topology));
  return [
    { kind: 'step', name: clauseNames[0], check: exact },
    { kind: 'step', name: clauseNames[1], check: whileBothRan },
  ];
}

export async function verdicts(topology: Topology, only?: readonly string[], maxDepth?: number, clauses = false): Promise<Verdicts> {
  const fabric = pairingCheck(topology)!;
  const properties = [
    ...fabric.subject.properties.filter((p) => only === undefined || only.includes(p.name)),
    ...(clauses ? clauseProperties(topology) : []),
  ];
  const result = await check(fabric.subject.model, properties, {
    maxDepth: maxDepth ?? fabric.maxDepth,
    stopAtFirstViolation: false,
  });
  return {
    result,
    of(name) {
      const found = result.properties.find((p) => p.name === name);
      if (found === undefined) throw new Error(`no result for ${name}`);
      return found;
    },
  };
}
