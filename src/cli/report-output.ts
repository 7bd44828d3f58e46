/**
 * The files `check` writes once it has its results, through the reports' own renderers: the report
 * folder (whose writer keeps every name inside the folder and writes each file atomically) and JUnit XML.
 */
import { reportFiles } from '../reports/files.ts';
import { renderJunit } from '../reports/junit.ts';
import type { PropertyReport } from '../reports/report.ts';
import { writeReportFiles } from '../reports/write.ts';
import { writeFileAtomic } from './write-files.ts';

/** `replayDir` is the folder as the user named it, for the replay commands inside the reports. */
export async function writeReportDir(dir: string, replayDir: string, reports: readonly PropertyReport[]): Promise<number> {
  return (await writeReportFiles(dir, reportFiles(reports, replayDir))).length;
}

export async function writeJunit(file: string, reports: readonly PropertyReport[]): Promise<void> {
  await writeFileAtomic(file, renderJunit(reports));
}
