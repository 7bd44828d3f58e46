/**
 * `npm run reports`: checks every bundled topology and rewrites `reports/` to match. The output is
 * deterministic (no timestamps, no durations, fixed order), so that test/reports/stale.test.ts can tell
 * when the committed reports no longer match the model.
 */
import { readdir, rm } from 'node:fs/promises';
import path from 'node:path';
import { fileURLToPath, pathToFileURL } from 'node:url';
import { checkBundledTopologies } from './bundled.ts';
import { reportFiles } from './files.ts';
import type { ReportFile } from './files.ts';
import { buildReports } from './report.ts';
import { writeReportFiles } from './write.ts';

export const REPO_ROOT = fileURLToPath(new URL('../../', import.meta.url));
/** How the committed reports name their folder in replay commands: users run them from the repository root. */
export const REPORTS_DIR_NAME = 'reports';
/** From reports/ to the specification they cite, wherever they are regenerated to (stale.test.ts compares). */
const SPEC_HREF = '../docs/DOMAIN.md';
const GENERATED = /\.(md|html|json|xml)$/;

/** Regenerates `outDir` from `topologiesDir`; returns the names of the files it holds afterwards. */
export async function regenerate(outDir: string, topologiesDir: string): Promise<string[]> {
  const runs = await checkBundledTopologies(topologiesDir);
  const files = reportFiles(buildReports(runs), REPORTS_DIR_NAME, SPEC_HREF);
  await writeReportFiles(outDir, files);
  await removeStale(outDir, files);
  return files.map((f) => f.name);
}

/** A report from an earlier run whose property no longer fails would otherwise linger. */
async function removeStale(outDir: string, files: readonly ReportFile[]): Promise<void> {
  const keep = new Set(files.map((f) => f.name));
  const entries = await readdir(outDir, { withFileTypes: true }).catch(() => []);
  for (const entry of entries) {
    if (entry.isFile() && GENERATED.test(entry.name) && !keep.has(entry.name)) await rm(path.join(outDir, entry.name));
  }
}

if (process.argv[1] !== undefined && import.meta.url === pathToFileURL(process.argv[1]).href) {
  const started = performance.now();
  const names = await regenerate(path.join(REPO_ROOT, REPORTS_DIR_NAME), path.join(REPO_ROOT, 'topologies'));
  const seconds = ((performance.now() - started) / 1000).toFixed(1);
  console.log(`${REPORTS_DIR_NAME}/: ${names.length} files from the bundled topologies in ${seconds} s`);
}
