/** One row per property result across the checks of a topology: what the table, JSON and exit code use. */
import type { PropertyResult, Verdict } from '../engine/types.ts';
import type { Expectation } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { AnyFabricCheck, CheckRun } from '../reports/report.ts';
import { exitCodes, type ExitCode } from './exit-codes.ts';

export interface ResultRow {
  readonly check: AnyFabricCheck;
  readonly result: PropertyResult<unknown>;
  /** Absent for results that are no design rule (the engine's deadlock check). */
  readonly expected?: Expectation;
  /** Distinct states and milliseconds of the check that gave the verdict. */
  readonly states: number;
  readonly elapsedMs: number;
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
      };
    }),
  );
}

/** Whether the verdict is the one the rule expects; undefined when there is no verdict or no rule. */
export function asExpected(row: ResultRow): boolean | undefined {
  if (row.expected === undefined || row.result.status === 'unknown') return undefined;
  return row.expected.verdict === row.result.status;
}

/** A violation is a fact about the topology and outranks a missing verdict. */
export function exitCodeOf(statuses: readonly Verdict[]): ExitCode {
  if (statuses.includes('violated')) return exitCodes.violated;
  if (statuses.includes('unknown')) return exitCodes.incomplete;
  return exitCodes.holds;
}
