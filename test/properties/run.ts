/** Runs the pool check of a topology with every applicable rule decided (no stop at the first violation). */
import { check } from '../../src/engine/check.ts';
import { poolCheck } from '../../src/fabric/pool.ts';
import type { CheckOptions, CheckResult, PropertyResult } from '../../src/engine/types.ts';
import type { PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export interface RuleOutcome {
  readonly result: PropertyResult<PoolState>;
  readonly expected: 'holds' | 'violated';
  readonly why: string;
}

export async function runRules(
  topology: Topology,
  options: CheckOptions = {},
): Promise<{ run: CheckResult<PoolState>; rules: Map<string, RuleOutcome> }> {
  const pool = poolCheck(topology);
  if (pool === null) throw new Error('no pool rule applies');
  const run = await check(pool.subject.model, pool.subject.properties, {
    maxDepth: pool.maxDepth,
    stopAtFirstViolation: false,
    ...options,
  });
  const rules = new Map<string, RuleOutcome>();
  for (const rule of pool.rules) {
    const result = run.properties.find((p) => p.name === rule.name)!;
    const { verdict, why } = rule.expected(topology);
    rules.set(rule.name, { result, expected: verdict, why });
  }
  return { run, rules };
}

/** "v3" for violated with a 3-step counterexample, "h" for holds, "?" for unknown. */
export function verdictCode(result: PropertyResult<unknown>): string {
  if (result.status === 'holds') return 'h';
  if (result.status === 'unknown') return '?';
  return `v${result.trace?.actions.length}`;
}
