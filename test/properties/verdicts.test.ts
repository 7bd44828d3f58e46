/**
 * The verdict matrix: every bundled topology × every rule, as the search finds it (with the length of the
 * shortest counterexample) and as each rule's `expected` works it out without searching.
 */
import { describe, expect, it } from 'vitest';
import { bundled } from '../model/helpers.ts';
import { runRules, verdictCode } from './run.ts';

// h: holds; vN: violated with a shortest counterexample of N steps; -: the rule does not apply.
const columns = [
  'never-two-servers',
  'pool-quorum',
  'routing-group-quorum',
  'single-fe-failure',
  'single-host-failure',
  'even-pool-sql-witness',
  'backend-outage-survival',
  'no-acknowledged-change-lost',
  'cold-start',
  'two-three-reset',
  'two-fe-restart-order',
] as const;

const matrix: Record<string, readonly string[]> = {
  //                         n2s   pq    rgq   1fe   1host even  bos   nacl  cold  2↔3   2-order
  'two-fe':                 ['v1', 'v2', '-',  'h',  'h',  'h',  'v1', 'h',  'h',  'v1', 'v3'],
  'two-fe-mirror':          ['v1', 'v2', '-',  'v3', 'v3', 'v3', 'v1', 'h',  'v4', 'v1', 'v3'],
  'three-fe-three-hosts':   ['h',  'v2', 'v2', 'h',  'h',  'h',  'h',  'v4', 'h',  'v1', '-'],
  'four-fe-mirror-witness': ['h',  'v3', 'v2', 'h',  'h',  'v4', 'h',  'v4', 'h',  '-',  '-'],
  'six-fe-shared-hosts':    ['h',  'v2', 'v1', 'h',  'v1', 'v4', 'h',  'v3', 'h',  '-',  '-'],
  'twelve-fe-four-hosts':   ['h',  'v2', 'v1', 'h',  'v1', 'h',  'h',  'v3', 'h',  '-',  '-'],
};

describe.each(Object.entries(matrix))('%s', (name, row) => {
  it('gives every rule the verdict and counterexample length of the matrix, as each rule expects', async () => {
    const topology = bundled(name);
    const { run, rules } = await runRules(topology);
    // No depth bound cuts the pool's finite space: every reachable state is checked.
    expect(run.exhaustive).toBe(true);
    const found = columns.map((rule) => {
      const outcome = rules.get(rule);
      return outcome === undefined ? '-' : verdictCode(outcome.result);
    });
    expect(found).toEqual(row);
    for (const [rule, outcome] of rules) {
      expect({ rule, verdict: outcome.result.status }).toEqual({ rule, verdict: outcome.expected });
    }
  });
});
