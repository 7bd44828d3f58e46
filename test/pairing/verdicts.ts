/** One search per topology, every pairing rule at once, as the CLI runs the pairing check. */
import { check } from '../../src/engine/check.ts';
import { pairingCheck } from '../../src/fabric/pairing.ts';
import type { CheckResult, PropertyResult } from '../../src/engine/types.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export interface Verdicts {
  readonly result: CheckResult<PairState>;
  of(name: string): PropertyResult<PairState>;
}

export async function verdicts(topology: Topology, only?: readonly string[], maxDepth?: number): Promise<Verdicts> {
  const fabric = pairingCheck(topology)!;
  const properties = fabric.subject.properties.filter((p) => only === undefined || only.includes(p.name));
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
