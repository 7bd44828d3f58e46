/** The text table `check` prints: one row per property, then the lines a table cannot hold. */
import { table } from 'table';
import { plural } from '../reports/format.ts';
import type { CheckRun } from '../reports/report.ts';
import { holdsOnlyWithinDepth, verdictText } from '../reports/verdict.ts';
import { count, seconds } from './progress.ts';
import { asExpected, missedBeyondDepth, verdictOf, type ResultRow } from './result-rows.ts';

export function resultsTable(rows: readonly ResultRow[]): string {
  const showCheck = new Set(rows.map((row) => row.check.id)).size > 1;
  const header = [
    'Property',
    ...(showCheck ? ['Check'] : []),
    'Verdict',
    'Expected',
    'As expected',
    // The whole search of the row's check: the engine does not say when each verdict was decided.
    'States (search)',
    'Time (search)',
    'Counterexample',
  ];
  const body = rows.map((row) => [
    row.result.name,
    ...(showCheck ? [row.check.id] : []),
    verdictText(verdictOf(row)),
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
  const showCheck = new Set(rows.map((row) => row.check.id)).size > 1;
  const name = (row: ResultRow): string => (showCheck ? `${row.check.id}/${row.result.name}` : row.result.name);
  const notes = rows
    .filter((row) => row.result.status !== 'holds' && row.result.reason !== undefined)
    .map((row) => `${name(row)}: ${row.result.reason}`);
  const surprises = rows.filter((row) => asExpected(row) === false).map(name);
  if (surprises.length > 0) notes.push(`Not the verdict the rule expects: ${surprises.join(', ')}.`);
  const beyond = rows.filter(missedBeyondDepth).map(name);
  if (beyond.length > 0) notes.push(`The rule expects a violation the depth bound may cut off: ${beyond.join(', ')} (raise --max-depth).`);
  for (const depth of new Set(rows.filter((row) => holdsOnlyWithinDepth(verdictOf(row)) && Number.isFinite(row.maxDepth)).map((row) => row.maxDepth)))
    notes.push(
      `"holds within depth ${depth}": no path of up to ${depth} steps breaks it, and longer paths were not searched ` +
        `(the search did not reach every state; raise --max-depth to look further). It exits 0 like holds.`,
    );
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
