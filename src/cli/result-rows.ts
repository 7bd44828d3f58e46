/** One row per property result across the checks of a topology: what the table, JSON and exit code use. */
import type { PropertyResult, Verdict } from '../engine/types.ts';
import type { Expectation } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { AnyFabricCheck, CheckRun } from '../reports/report.ts';
import { holdsOnlyWithinDepth, type VerdictOf } from '../reports/verdict.ts';
import { exitCodes, type ExitCode } from './exit-codes.ts';

export interface ResultRow {
  readonly check: AnyFabricCheck;
  readonly result: PropertyResult<unknown>;
  /** Absent for results that are no design rule (the engine's deadlock check). */
  readonly expected?: Expectation;
  /**
   * Distinct states and milliseconds of the whole search of the row's check: the engine decides every
   * property in one search and does not say when each verdict was in, so rows of one check agree.
   */
  readonly states: number;
  readonly elapsedMs: number;
  /** The check's search reached every reachable state; otherwise a `holds` holds within `maxDepth`. */
  readonly exhaustive: boolean;
  readonly maxDepth: number;
}

export function resultRows(topology: Topology, runs: readonly CheckRun[]): ResultRow[] {
  return runs.flatMap(({ check, result: run }) =>
    run.properties.map((result) => {
      const rule = check.rules[check.subject.properties.findIndex((property) => property.name === result.name)];
      return {
        check,
        result,
        ...(rule === undefined ? {} : { expected: rule.expected(topology) }),
        states: run.states,
        elapsedMs: run.elapsedMs,
        exhaustive: run.exhaustive,
        maxDepth: check.maxDepth,
      };
    }),
  );
}

export function verdictOf(row: ResultRow): VerdictOf {
  return { kind: row.result.kind, status: row.result.status, exhaustive: row.exhaustive, maxDepth: row.maxDepth };
}

/**
 * Whether the verdict is the one the rule expects; undefined when there is no verdict or no rule, and
 * when a violation the rule expects lies beyond the depth bound (a bounded holds cannot refute it).
 */
export function asExpected(row: ResultRow): boolean | undefined {
  if (row.expected === undefined || row.result.status === 'unknown' || missedBeyondDepth(row)) return undefined;
  return row.expected.verdict === row.result.status;
}

/** The rule expects a violation, and no path within the depth bound reaches it. */
export function missedBeyondDepth(row: ResultRow): boolean {
  return row.expected?.verdict === 'violated' && holdsOnlyWithinDepth(verdictOf(row));
}

/**
 * A violation is a fact about the topology and outranks a missing verdict. A `holds` within the depth
 * bound counts as holds (exit 0), as in bounded model checking (TLC, SPIN with a depth limit): the bound
 * is the user's, and the table and JSON say the verdict is bounded.
 */
export function exitCodeOf(statuses: readonly Verdict[]): ExitCode {
  if (statuses.includes('violated')) return exitCodes.violated;
  if (statuses.includes('unknown')) return exitCodes.incomplete;
  return exitCodes.holds;
}
