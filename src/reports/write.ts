/**
 * Writes a report folder (the CLI's `--report-dir`). Names come from topology and property names, so
 * each is checked to land directly in `dir`; each file appears whole or not at all (temp file + rename),
 * and `dir` is only created when there is something to write.
 */
import { randomUUID } from 'node:crypto';
import { mkdir, rename, rm, writeFile } from 'node:fs/promises';
import path from 'node:path';
import { reportFiles } from './files.ts';
import type { ReportFile } from './files.ts';
import { buildReports } from './report.ts';
import type { PropertyReport, TopologyRun } from './report.ts';

export interface WriteOptions {
  /** How the replay commands in the reports name `dir` (e.g. `reports`); default: the file name alone. */
  readonly replayDir?: string;
  /** How `dir` reaches docs/DOMAIN.md, for the reports' citations; default: none, the file is named. */
  readonly specHref?: string;
}

export interface WrittenReports {
  readonly reports: readonly PropertyReport[];
  /** Absolute paths of the files written, in writing order. */
  readonly files: readonly string[];
}

export async function writeReports(dir: string, runs: readonly TopologyRun[], options: WriteOptions = {}): Promise<WrittenReports> {
  const reports = buildReports(runs);
  const files = await writeReportFiles(dir, reportFiles(reports, options.replayDir, options.specHref));
  return { reports, files };
}

export async function writeReportFiles(dir: string, files: readonly ReportFile[]): Promise<string[]> {
  if (files.length === 0) return [];
  const root = path.resolve(dir);
  const targets = files.map((file) => ({ target: insideDir(root, file.name), content: file.content }));
  await mkdir(root, { recursive: true });
  for (const { target, content } of targets) await writeAtomically(target, content);
  return targets.map((t) => t.target);
}

function insideDir(root: string, name: string): string {
  const target = path.resolve(root, name);
  if (path.dirname(target) !== root || path.basename(target) !== name || name.startsWith('.')) {
    throw new Error(`refusing to write report file ${JSON.stringify(name)}: it is not a plain file name inside ${root}`);
  }
  return target;
}

async function writeAtomically(target: string, content: string): Promise<void> {
  const temp = path.join(path.dirname(target), `.${path.basename(target)}.${randomUUID()}.tmp`);
  try {
    await writeFile(temp, content, { encoding: 'utf8', flag: 'wx' });
    await rename(temp, target);
  } catch (error) {
    await rm(temp, { force: true });
    throw error;
  }
}
