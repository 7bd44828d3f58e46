/**
 * The files `check` writes once it has its results, through the reports' own renderers: the report
 * folder (whose writer keeps every name inside the folder and writes each file atomically) and JUnit XML.
 */
import { dirname, relative, sep } from 'node:path';
import { reportFiles } from '../reports/files.ts';
import { renderJunit } from '../reports/junit.ts';
import { SPEC_FILE } from '../reports/sources.ts';
import type { PropertyReport } from '../reports/report.ts';
import { writeReportFiles } from '../reports/write.ts';
import { writeFileAtomic } from './write-files.ts';

/**
 * `dir` is absolute; `replayDir` is the folder as the user named it, for the replay commands inside the
 * reports. Their citations link to this installation's docs/DOMAIN.md, relative to the folder.
 */
export async function writeReportDir(dir: string, replayDir: string, reports: readonly PropertyReport[]): Promise<number> {
  const specHref = relative(dir, SPEC_FILE).split(sep).join('/');
  return (await writeReportFiles(dir, reportFiles(reports, replayDir, specHref))).length;
}

/** `reportDir` (absolute) when a report folder is written too: failures then name their reports in it. */
export async function writeJunit(file: string, reports: readonly PropertyReport[], reportDir?: string): Promise<void> {
  const options = reportDir === undefined ? {} : { reportDir: relative(dirname(file), reportDir).split(sep).join('/') };
  await writeFileAtomic(file, renderJunit(reports, options));
}
