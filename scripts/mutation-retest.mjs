// `npm run mutate -- --survivors [part …]`: after tests were added, retest only the mutants a part's last
// report left undetected, and fold the new verdicts into that report. Stryker's incremental mode would rerun
// nearly every mutant instead, since it reruns a killed mutant whenever the file of its killing test changed.
// Folding is sound because a mutant killed before is still killed: tests were added, none taken away.
import { readFileSync, writeFileSync } from 'node:fs';
import { undetected } from './mutation-parts.mjs';

const key = (path, m) => `${path}|${m.mutatorName}|${m.replacement ?? ''}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`;

/**
 * What to retest: the lines (`file:startLine-endLine`) of the report's undetected mutants, one per line span,
 * and every file whose source has changed since the report, whole, since its old verdicts are for code that
 * is no longer there.
 */
export function survivorRanges(reportFile, sourceOf = (path) => readFileSync(path, 'utf8')) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const ranges = new Set();
  for (const [path, { mutants, source }] of Object.entries(report.files)) {
    if (source !== undefined && sourceOf(path) !== source) {
      ranges.add(path);
      continue;
    }
    for (const m of mutants) if (undetected.has(m.status)) ranges.add(`${path}:${m.location.start.line}-${m.location.end.line}`);
  }
  return [...ranges].sort();
}

const undetectedIn = (report) => Object.values(report.files).reduce((n, { mutants }) => n + mutants.filter((m) => undetected.has(m.status)).length, 0);

/**
 * Copies the retest's verdicts over the report's, mutant by mutant; a file whose source changed is taken
 * from the retest whole. Says by how many the undetected mutants went down.
 */
export function foldRetest(reportFile, retestFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const retest = JSON.parse(readFileSync(retestFile, 'utf8'));
  const before = undetectedIn(report);
  const fresh = new Map();
  for (const [path, { mutants }] of Object.entries(retest.files)) for (const m of mutants) fresh.set(key(path, m), m);
  for (const [path, file] of Object.entries(report.files)) {
    const again = retest.files[path];
    if (again !== undefined && again.source !== undefined && again.source !== file.source) {
      report.files[path] = again;
      continue;
    }
    file.mutants = file.mutants.map((m) => {
      const verdict = fresh.get(key(path, m));
      return verdict === undefined || !undetected.has(m.status) ? m : verdict;
    });
  }
  writeFileSync(reportFile, JSON.stringify(report));
  return before - undetectedIn(report);
}
