/** How a verdict reads next to the verdict the rule expects: the first thing every report says. */
import type { Verdict } from '../engine/types.ts';
import type { Expectation } from '../../properties/rule.ts';

export const VERDICT_SYMBOLS: Readonly<Record<Verdict, string>> = { holds: '✓', violated: '✗', unknown: '?' };

/**
 * The verdict contradicts what the rule says users should expect: a finding in itself. `unknown`
 * contradicts nothing; the report says why the search gave no verdict.
 */
export function unexpected(verdict: Verdict, expected: Expectation | undefined): boolean {
  return expected !== undefined && verdict !== 'unknown' && verdict !== expected.verdict;
}
