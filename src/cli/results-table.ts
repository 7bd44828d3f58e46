/** The text table `check` prints: one row per property, then the lines a table cannot hold. */
import { table } from 'table';
import { plural } from '../reports/format.ts';
import type { CheckRun } from '../reports/report.ts';
import { count, seconds } from './progress.ts';
import { asExpected, type ResultRow } from './result-rows.ts';

export function resultsTable(rows: readonly ResultRow[]): string {
  const showCheck = new Set(rows.map((row) => row.check.id)).size > 1;
  const header = [
    'Property',
    ...(showCheck ? ['Check'] : []),
    'Verdict',
    'Expected',
    'As expected',
    'States',
    'Time',
    'Counterexample',
  ];
  const body = rows.map((row) => [
    row.result.name,
    ...(showCheck ? [row.check.id] : []),
    row.result.status,
    row.expected?.verdict ?? '-',
    asExpectedText(asExpected(row)),
    count(row.states),
    seconds(row.elapsedMs),
    row.result.status === 'violated' && row.result.trace ? plural(row.result.trace.actions.length, 'step') : '-',
  ]);
  return table([header, ...body], { drawHorizontalLine: (line, size) => line <= 1 || line === size });
}

function asExpectedText(matches: boolean | undefined): string {
  if (matches === undefined) return '-';
  return matches ? 'yes' : 'NO';
}

/** Why each verdict that is not `holds` is what it is, and what stopped an incomplete search. */
export function resultNotes(rows: readonly ResultRow[], runs: readonly CheckRun[]): string[] {
  const notes = rows
    .filter((row) => row.result.status !== 'holds' && row.result.reason !== undefined)
    .map((row) => `${row.result.name}: ${row.result.reason}`);
  const surprises = rows.filter((row) => asExpected(row) === false).map((row) => row.result.name);
  if (surprises.length > 0) notes.push(`Not the verdict the rule expects: ${surprises.join(', ')}.`);
  for (const { check, result } of runs)
    if (!result.complete) notes.push(`The ${check.id} search stopped early (${stopText(result.stopReason)}): its open verdicts are unknown.`);
  return notes;
}

function stopText(reason: string): string {
  switch (reason) {
    case 'max-states':
      return '--max-states reached';
    case 'time-limit':
      return '--time-limit reached';
    case 'aborted':
      return 'interrupted';
    default:
      return reason;
  }
}
