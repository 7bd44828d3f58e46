/** Every file of a report folder, as names and contents: pure, so that writing and the staleness test agree. */
import { renderCounterexampleJson } from './counterexample-file.ts';
import { renderHtml } from './html.ts';
import { renderIndexHtml, renderIndexMarkdown } from './index-page.ts';
import { renderJunit } from './junit.ts';
import { renderMarkdown } from './markdown.ts';
import type { PropertyReport } from './report.ts';

export interface ReportFile {
  /** A bare file name: no directory part. */
  readonly name: string;
  readonly content: string;
}

/**
 * `replayDir` is the folder as users will name it in `npx fabric-check replay <dir>/<file>.json`;
 * without it the command names the file alone. `specHref` is how the folder reaches docs/DOMAIN.md, which
 * the reports cite; without it they name the file in the repository.
 */
export function reportFiles(reports: readonly PropertyReport[], replayDir?: string, specHref?: string): ReportFile[] {
  if (reports.length === 0) return [];
  const files: ReportFile[] = [];
  for (const report of reports) {
    if (report.stem === undefined) continue;
    const json = `${report.stem}.json`;
    const replayPath = replayDir === undefined ? json : `${replayDir.replace(/\/+$/, '')}/${json}`;
    files.push({ name: `${report.stem}.md`, content: renderMarkdown(report, replayPath, specHref) });
    if (report.counterexample !== undefined) {
      files.push({ name: json, content: renderCounterexampleJson(report.counterexample) });
      files.push({ name: `${report.stem}.html`, content: renderHtml(report, report.counterexample, replayPath, specHref) });
    }
  }
  files.push(
    { name: 'index.html', content: renderIndexHtml(reports) },
    { name: 'README.md', content: renderIndexMarkdown(reports) },
    { name: 'junit.xml', content: renderJunit(reports, { reportDir: '' }) },
  );
  return files;
}
