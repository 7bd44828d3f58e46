/**
 * From a topology to the checks the CLI runs: the pool itself; when the topology has a paired pool, the
 * paired pool itself (the same pool rules, its own check id) and the pair of pools. Each check brings its
 * own model and rules.
 */
import { ruleNames as knownRuleNames } from '../../properties/index.ts';
import { pairedPoolCheck } from './paired-pool.ts';
import { pairingCheck } from './pairing.ts';
import { poolCheck } from './pool.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { FabricCheck } from './types.ts';

/** `ruleNames` narrows the rules; a name no rule has is an error that lists the ones there are. */
export function fabricChecks(topology: Topology, ruleNames?: readonly string[]): FabricCheck[] {
  const unknown = (ruleNames ?? []).filter((name) => !knownRuleNames.includes(name));
  if (unknown.length > 0) {
    throw new Error(`unknown rule ${unknown.map((name) => JSON.stringify(name)).join(', ')}; the rules are ${knownRuleNames.join(', ')}`);
  }
  const checks: FabricCheck[] = [];
  const pool = poolCheck(topology, ruleNames);
  // One list holds checks of different models; consumers only pass each check's states back to itself.
  if (pool !== null) checks.push(pool as unknown as FabricCheck);
  const pairedPool = pairedPoolCheck(topology, ruleNames);
  if (pairedPool !== null) checks.push(pairedPool as unknown as FabricCheck);
  const pairing = pairingCheck(topology, ruleNames);
  if (pairing !== null) checks.push(pairing as unknown as FabricCheck);
  return checks;
}
