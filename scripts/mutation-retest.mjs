// `npm run mutate -- --survivors [part …]`: after tests were added, retest only the mutants a part's last
// report left undetected, and fold the new verdicts into that report. Stryker's incremental mode would rerun
// nearly every mutant instead, since it reruns a killed mutant whenever the file of its killing test changed.
// Folding is sound because a mutant killed before is still killed: tests were added, none taken away.
import { readFileSync, writeFileSync } from 'node:fs';
import { undetected } from './mutation-parts.mjs';

const key = (path, m) => `${path}|${m.mutatorName}|${m.replacement ?? ''}|${m.location.start.line}:${m.location.start.column}-${m.location.end.line}:${m.location.end.column}`;

/** Stryker mutation ranges (`file:startLine-endLine`) covering the report's undetected mutants, one per line span. */
export function survivorRanges(reportFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const ranges = new Set();
  for (const [path, { mutants }] of Object.entries(report.files)) {
    for (const m of mutants) if (undetected.has(m.status)) ranges.add(`${path}:${m.location.start.line}-${m.location.end.line}`);
  }
  return [...ranges].sort();
}

/** Copies the retest's verdicts over the report's, mutant by mutant; says how many it changed. */
export function foldRetest(reportFile, retestFile) {
  const report = JSON.parse(readFileSync(reportFile, 'utf8'));
  const retest = JSON.parse(readFileSync(retestFile, 'utf8'));
  const fresh = new Map();
  for (const [path, { mutants }] of Object.entries(retest.files)) for (const m of mutants) fresh.set(key(path, m), m);
  let changed = 0;
  for (const [path, file] of Object.entries(report.files)) {
    file.mutants = file.mutants.map((m) => {
      const again = fresh.get(key(path, m));
      if (again === undefined || !undetected.has(m.status)) return m;
      if (again.status !== m.status) changed++;
      return again;
    });
  }
  writeFileSync(reportFile, JSON.stringify(report));
  return changed;
}
