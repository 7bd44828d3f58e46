/** The HTML report of one counterexample: self-contained, every step drawn as SVG, stepped through with JS. */
import { shellQuote } from './shell-quote.ts';
import type { CounterexampleFile } from './counterexample-file.ts';
import { diffViews } from './diff.ts';
import { escapeHtml as h } from './escape.ts';
import { backendText, clockText, hostsOf, productName } from './format.ts';
import { REPORT_SCRIPT } from './html-script.ts';
import { REPORT_CSS } from './html-style.ts';
import type { PropertyReport } from './report.ts';
import type { ReportStep } from './steps.ts';
import { citations } from './sources.ts';
import { renderViewSvg } from './svg.ts';
import { unexpected, VERDICT_SYMBOLS } from './verdict.ts';
import type { Topology } from '../../model/topology/types.ts';

/** `specHref`: how the report's folder reaches docs/DOMAIN.md, when it is known. */
export function renderHtml(report: PropertyReport, counterexample: CounterexampleFile, replayPath: string, specHref?: string): string {
  const title = `${VERDICT_SYMBOLS[report.verdict]} ${report.property} on ${report.topologyName}`;
  const { steps, trace } = counterexample;
  return `<!doctype html>
<html lang="en">
<head>
<meta charset="utf-8">
<meta name="viewport" content="width=device-width, initial-scale=1">
<title>${h(title)} · fabric-check</title>
<style>${REPORT_CSS}</style>
</head>
<body>
<div class="page">
${headerHtml(report, specHref)}
<main class="layout">
<nav class="steps card" aria-label="Steps">
<h2>Steps</h2>
<ol>
${steps.map((step, i) => stepItemHtml(step, i, steps.length - 1, trace.loopsTo)).join('\n')}
</ol>
</nav>
<section class="viewer card">
<div class="toolbar">
<button id="prev" type="button">◀ Previous</button>
<span id="position" class="position">Step 0 of ${steps.length - 1}</span>
<button id="next" type="button">Next ▶</button>
<span class="hint">← → keys step through</span>
</div>
${steps.map((step, i) => stepHtml(step, steps[i - 1], i, steps.length - 1, trace.loopsTo)).join('\n')}
${LEGEND}
</section>
</main>
<footer class="card">Replay this counterexample: <code>npx fabric-check replay ${h(shellQuote(replayPath))}</code></footer>
</div>
<script>${REPORT_SCRIPT}</script>
</body>
</html>
`;
}

function headerHtml(report: PropertyReport, specHref: string | undefined): string {
  const expected =
    report.expected === undefined
      ? ''
      : `<dt>Expected</dt><dd>${h(report.expected.verdict)}${unexpected(report.verdict, report.expected) ? ' <span class="warn">⚠ not what the rule expects</span>' : ', as the rule expects'}: ${h(report.expected.why)}</dd>`;
  return `<header class="card">
<p class="crumb">fabric-check counterexample · <a href="index.html">all reports</a></p>
<h1><span class="verdict verdict-${h(report.verdict)}">${VERDICT_SYMBOLS[report.verdict]} ${h(report.verdict)}</span> <code>${h(report.property)}</code> on <code>${h(report.topologyName)}</code></h1>
<dl class="facts">
<dt>Rule</dt><dd>${h(report.description)}</dd>
<dt>Source</dt><dd>${h(report.source)}</dd>
${citationsHtml(report.source, specHref)}
${expected}
<dt>Check</dt><dd><code>${h(report.check)}</code>, ${h(report.kind)} property${report.reason === undefined ? '' : `: ${h(report.reason)}`}</dd>
<dt>Topology</dt><dd>${topologyHtml(report.topology)}</dd>
</dl>
</header>`;
}

function citationsHtml(source: string, specHref: string | undefined): string {
  const items = citations(source, specHref).map(
    (c) => `<li><b>${h(c.key)}</b>: ${c.href === undefined ? h(c.text) : `<a href="${h(c.href)}">${h(c.text)}</a>`}</li>`,
  );
  return items.length === 0 ? '' : `<dt>Where it comes from</dt><dd><ul class="sources">${items.join('')}</ul></dd>`;
}

function topologyHtml(topology: Topology): string {
  const pools = [topology.pool, ...(topology.pairedPool === undefined ? [] : [topology.pairedPool])];
  const described = pools.map((pool) => {
    const hosts = hostsOf(pool)
      .map((host) => `${h(host.host)}: ${host.frontEnds.map(h).join(', ')}`)
      .join('; ');
    return `pool <code>${h(pool.name)}</code> (${hosts}; back end ${h(backendText(pool.backend))})`;
  });
  return `${h(productName(topology.product))} · ${described.join(' · paired with ')}`;
}

function stepItemHtml(step: ReportStep, i: number, last: number, loopsTo: number | undefined): string {
  const marks = [
    i === loopsTo ? '<span class="loop">↺ loop returns here</span>' : '',
    i === last ? `<span class="mark">${loopsTo === undefined ? 'violation' : `→ back to step ${loopsTo}`}</span>` : '',
  ].filter(Boolean);
  return `<li><button type="button" data-goto="${i}"><span class="n">${i}</span><span class="l">${h(step.label)}</span><span class="t">${clockText(step.minute)}${marks.length > 0 ? ` · ${marks.join(' ')}` : ''}</span></button></li>`;
}

function stepHtml(step: ReportStep, prev: ReportStep | undefined, i: number, last: number, loopsTo: number | undefined): string {
  const changes = prev === undefined ? [] : diffViews(prev.view, step.view, step.minute - prev.minute);
  const changeList =
    prev === undefined
      ? '<ul class="changes"><li>The initial state.</li></ul>'
      : `<ul class="changes">${changes.length === 0 ? '<li>Nothing visible changes.</li>' : changes.map((c) => `<li class="${c.tone}">${h(c.text)}</li>`).join('')}</ul>`;
  const flag = i === last ? `<span class="violation-flag">${loopsTo === undefined ? '✗ the violation' : `✗ the state of step ${loopsTo} again: the loop never ends`}</span>` : '';
  const notes = step.view.notes.length === 0 ? '' : `<ul class="notes">${step.view.notes.map((n) => `<li>${h(n)}</li>`).join('')}</ul>`;
  return `<article class="step" id="step-${i}" data-step="${i}">
<h2>Step ${i}: ${h(step.label)}<span class="clock">at ${clockText(step.minute)}</span>${flag}</h2>
${changeList}
${notes}
<div class="drawing">${renderViewSvg(step.view, prev?.view, `Step ${i}: ${step.label}`)}</div>
</article>`;
}

const LEGEND = `<div class="legend">
<span><i class="swatch" style="background:#1d4ed8;border-color:#1d4ed8"></i>P primary</span>
<span><i class="swatch" style="background:#dbeafe;border-color:#2563eb"></i>AS active secondary</span>
<span><i class="swatch" style="background:#fff;border-color:#93c5fd"></i>IS idle secondary</span>
<span><i class="swatch" style="background:#fffbeb;border-color:#d97706;border-style:dashed"></i>hydrating (…)</span>
<span><i class="swatch" style="background:#e2e8f0;border-color:#94a3b8"></i>replica on a down FE</span>
<span><i class="dot" style="background:#16a34a"></i>vote up</span>
<span><i class="dot" style="background:#f59e0b"></i>vote up, but not enough for a majority</span>
<span><i class="dot" style="background:#fff;border:1.5px solid #94a3b8"></i>vote down</span>
<span><i class="diamond"></i>the SQL principal's vote</span>
<span><i class="swatch" style="background:#fff;border-color:#f59e0b;border-width:3px"></i>changed in this step</span>
</div>`;
