/** The report folder's front pages: `index.html` and `README.md`, a verdict table linking every report. */
import { escapeHtml as h, escapeMarkdown as md } from './escape.ts';
import { REPORT_CSS } from './html-style.ts';
import { markdownTable } from './markdown-table.ts';
import { verdictMatrix } from './matrix.ts';
import type { PropertyReport } from './report.ts';
import { holdsOnlyWithinDepth, unexpected, VERDICT_SYMBOLS, verdictText } from './verdict.ts';

function counts(reports: readonly PropertyReport[]): string {
  const of = (verdict: string): number => reports.filter((r) => r.verdict === verdict).length;
  const surprises = reports.filter((r) => unexpected(r.verdict, r.expected)).length;
  const bounded = reports.filter((r) => holdsOnlyWithinDepth({ ...r, status: r.verdict })).length;
  const within = bounded === 0 ? '' : ` (${bounded} only within the depth bound: no path up to that many steps breaks them, longer ones were not searched)`;
  return `${reports.length} results: ${of('violated')} violated, ${of('holds')} hold${within}, ${of('unknown')} unknown; ${surprises} differ from what the rule expects.`;
}

/** The report a cell links to: the drawing when there is one, else the Markdown. */
function target(report: PropertyReport, preferHtml: boolean): string | undefined {
  if (report.stem === undefined) return undefined;
  return preferHtml && report.counterexample !== undefined ? `${report.stem}.html` : `${report.stem}.md`;
}

export function renderIndexMarkdown(reports: readonly PropertyReport[]): string {
  const matrix = verdictMatrix(reports);
  const rows = matrix.rows.map((row) => [
    md(row.check),
    md(row.property),
    ...row.cells.map((cell) => {
      if (cell === undefined) return '—';
      const label = `${VERDICT_SYMBOLS[cell.verdict]} ${verdictText({ ...cell, status: cell.verdict })}`;
      const link = target(cell, false);
      const text = link === undefined ? label : `[${label}](${link})`;
      return unexpected(cell.verdict, cell.expected) ? `${text} ⚠ expected ${cell.expected?.verdict}` : text;
    }),
  ]);
  const table = markdownTable(['Check', 'Property', ...matrix.topologies.map(md)], rows);
  const links = reports
    .filter((r) => r.stem !== undefined)
    .map((r) => {
      const files = [`[Markdown](${r.stem}.md)`];
      if (r.counterexample !== undefined) files.push(`[HTML](${r.stem}.html)`, `[JSON](${r.stem}.json)`);
      return `- ${md(r.topologyName)} · ${md(r.property)}: ${files.join(' · ')}`;
    });
  const sections = [
    '# fabric-check reports',
    `${counts(reports)} ⚠ marks a verdict that differs from what the rule expects; — marks a rule that does not apply.`,
    table,
    'JUnit XML for CI: [junit.xml](junit.xml). Replay a counterexample with `npx fabric-check replay <file>.json`.',
  ];
  if (links.length > 0) sections.push(`## Counterexamples\n\n${links.join('\n')}`);
  return `${sections.join('\n\n')}\n`;
}

export function renderIndexHtml(reports: readonly PropertyReport[]): string {
  const matrix = verdictMatrix(reports);
  const head = `<tr><th>Check</th><th>Property</th>${matrix.topologies.map((t) => `<th>${h(t)}</th>`).join('')}</tr>`;
  const body = matrix.rows
    .map((row) => {
      const cells = row.cells.map((cell) => {
        if (cell === undefined) return '<td class="na">—</td>';
        const label = `${VERDICT_SYMBOLS[cell.verdict]} ${h(verdictText({ ...cell, status: cell.verdict }))}`;
        const link = target(cell, true);
        const text = link === undefined ? label : `<a href="${h(link)}">${label}</a>`;
        const warn = unexpected(cell.verdict, cell.expected) ? ` <span class="warn" title="the rule expects ${h(cell.expected?.verdict ?? '')}">⚠ expected ${h(cell.expected?.verdict ?? '')}</span>` : '';
        return `<td class="cell-${h(cell.verdict)}">${text}${warn}</td>`;
      });
      const description = row.cells.find((cell) => cell !== undefined)?.description ?? '';
      return `<tr><td><code>${h(row.check)}</code></td><td title="${h(description)}">${h(row.property)}</td>${cells.join('')}</tr>`;
    })
    .join('\n');
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>fabric-check reports</title>
<style>${REPORT_CSS}${INDEX_CSS}</style>
</head>
<body>
<div class="page">
<header class="card">
<h1>fabric-check reports</h1>
<p>${h(counts(reports))} ⚠ marks a verdict that differs from what the rule expects; — marks a rule that does not apply.</p>
<p>JUnit XML for CI: <a href="junit.xml">junit.xml</a> · the same table in Markdown: <a href="README.md">README.md</a></p>
</header>
<main class="card">
<table class="matrix">
<thead>${head}</thead>
<tbody>
${body}
</tbody>
</table>
</main>
</div>
</body>
</html>
`;
}

const INDEX_CSS = `
table.matrix { border-collapse: collapse; width: 100%; font-size: 14px; }
.matrix th, .matrix td { border-bottom: 1px solid var(--line); padding: 8px 10px; text-align: left; vertical-align: top; overflow-wrap: anywhere; }
.matrix th { background: var(--panel); font-size: 13px; }
.matrix td.cell-violated a, .matrix td.cell-violated { color: var(--bad); font-weight: 600; }
.matrix td.cell-holds { color: var(--good); }
.matrix td.cell-unknown { color: var(--muted); }
.matrix td.na { color: var(--line); }
`;
