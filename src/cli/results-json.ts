/**
 * `check --json`: the whole answer as one JSON document on stdout. A counterexample is the same file
 * `--report-dir` writes (so `replay` reads it), with each step's action index added.
 */
import type { CounterexampleFile } from '../reports/counterexample-file.ts';
import type { CheckRun, PropertyReport } from '../reports/report.ts';
import type { ResultRow } from './result-rows.ts';

export function resultsJson(rows: readonly ResultRow[], runs: readonly CheckRun[], reports: readonly PropertyReport[]): string {
  const document = {
    complete: runs.every(({ result }) => result.complete),
    results: rows.map((row) => {
      const report = reports.find((r) => r.check === row.check.id && r.property === row.result.name);
      return {
        property: row.result.name,
        // Two checks of one topology can share a property name (each has its `deadlock`).
        check: row.check.id,
        status: row.result.status,
        // False: the depth bound cut the search, so a `holds` holds for paths of up to maxDepth steps.
        exhaustive: row.exhaustive,
        // null: the check had no depth bound.
        maxDepth: Number.isFinite(row.maxDepth) ? row.maxDepth : null,
        expected: row.expected?.verdict ?? null,
        states: row.states,
        counterexample: report?.counterexample === undefined ? null : withActions(report.counterexample),
      };
    }),
  };
  return `${JSON.stringify(document, null, 2)}\n`;
}

function withActions(file: CounterexampleFile) {
  return {
    ...file,
    steps: file.steps.map((step, i) => ({ action: i === 0 ? null : (file.trace.actions[i - 1] ?? null), ...step })),
  };
}
