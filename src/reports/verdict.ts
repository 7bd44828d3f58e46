/** How a verdict reads next to the verdict the rule expects: the first thing every report says. */
import type { PropertyKind, Verdict } from '../engine/types.ts';
import type { Expectation } from '../../properties/rule.ts';

export const VERDICT_SYMBOLS: Readonly<Record<Verdict, string>> = { holds: '✓', violated: '✗', unknown: '?' };

/**
 * The verdict contradicts what the rule says users should expect: a finding in itself. `unknown`
 * contradicts nothing; the report says why the search gave no verdict.
 */
export function unexpected(verdict: Verdict, expected: Expectation | undefined): boolean {
  return expected !== undefined && verdict !== 'unknown' && verdict !== expected.verdict;
}

export interface VerdictOf {
  readonly kind: PropertyKind | 'deadlock';
  readonly status: Verdict;
  /** The search reached every reachable state (the engine's CheckResult.exhaustive). */
  readonly exhaustive: boolean;
  readonly maxDepth: number;
}

/**
 * A `holds` from a search the depth bound cut holds for every path of up to `maxDepth` steps, and says
 * nothing of longer ones (bounded model checking). A `sometimes` that holds has its witness: final.
 */
export function holdsOnlyWithinDepth(v: VerdictOf): boolean {
  return v.status === 'holds' && !v.exhaustive && v.kind !== 'sometimes';
}

/** `holds`, `holds within depth 12`, `violated`, `unknown`. */
export function verdictText(v: VerdictOf): string {
  if (!holdsOnlyWithinDepth(v)) return v.status;
  // Without a depth bound only a state constraint can cut a search.
  return Number.isFinite(v.maxDepth) ? `holds within depth ${v.maxDepth}` : 'holds within the state constraint';
}
