/** The Markdown report of one property result, readable on GitHub. */
import { shellQuote } from './shell-quote.ts';
import { escapeMarkdown as md } from './escape.ts';
import { diffViews, newNotes } from './diff.ts';
import type { Change } from './diff.ts';
import { backendText, clockText, hostsOf, plural, productName } from './format.ts';
import { markdownTable } from './markdown-table.ts';
import { stateMarkdown } from './markdown-state.ts';
import type { PropertyReport } from './report.ts';
import type { CounterexampleFile } from './counterexample-file.ts';
import type { PoolSpec, Topology } from '../../model/topology/types.ts';
import { citations } from './sources.ts';
import { unexpected, VERDICT_SYMBOLS, verdictText } from './verdict.ts';

/**
 * `replayPath` is how users reach the JSON file from where they run the tool (e.g. `reports/x.json`);
 * `specHref` how the report's folder reaches docs/DOMAIN.md, when it is known.
 */
export function renderMarkdown(report: PropertyReport, replayPath: string, specHref?: string): string {
  const sections = [
    `# ${VERDICT_SYMBOLS[report.verdict]} ${md(report.property)} on ${md(report.topologyName)}`,
    verdictMarkdown(report),
    `## The rule\n\n${md(report.description)}\n\nSource: ${md(report.source)}${citationsMarkdown(report.source, specHref)}`,
    `## The topology\n\n${topologyMarkdown(report.topology, report.maxDepth)}`,
  ];
  if (report.counterexample !== undefined) {
    sections.push(counterexampleMarkdown(report.counterexample));
    const command = `npx fabric-check replay ${shellQuote(replayPath)}`;
    sections.push(`## Replay\n\n${fence(command)}sh\n${command}\n${fence(command)}`);
  }
  return `${sections.join('\n\n')}\n`;
}

function citationsMarkdown(source: string, specHref: string | undefined): string {
  const items = citations(source, specHref).map((c) => {
    const text = c.href === undefined ? md(c.text) : `[${md(c.text)}](${c.href.replace(/[()\s]/g, encodeURIComponent)})`;
    return `- ${md(c.key)}: ${text}`;
  });
  return items.length === 0 ? '' : `\n\nWhere it comes from:\n\n${items.join('\n')}`;
}

function verdictMarkdown(report: PropertyReport): string {
  const lines = [`**Verdict: ${verdictText({ ...report, status: report.verdict })}** (check \`${report.check}\`, ${report.kind} property)`];
  if (report.expected !== undefined) {
    const mark = unexpected(report.verdict, report.expected) ? '⚠ **not what the rule expects**' : 'as the rule expects';
    lines.push(`Expected: ${report.expected.verdict}, ${mark}: ${md(report.expected.why)}`);
  }
  if (report.reason !== undefined) lines.push(`Why: ${md(report.reason)}`);
  return lines.join('\\\n');
}

/** `maxDepth` is the report's check's depth bound: the topology may leave it to each check. */
function topologyMarkdown(topology: Topology, maxDepth: number): string {
  const pools = [poolMarkdown(topology.pool, 'Pool')];
  if (topology.pairedPool !== undefined) pools.push(poolMarkdown(topology.pairedPool, 'Paired pool'));
  const s = topology.settings;
  const facts = [
    `Product: ${productName(topology.product)}`,
    `Back-end outage threshold: ${topology.registrar.backupStoreUnavailableThresholdMinutes} min`,
  ];
  if (topology.backupService !== undefined) facts.push(`Backup Service sync interval: ${topology.backupService.syncIntervalSeconds} s`);
  if (topology.cms !== undefined) facts.push(`Central Management Store: ${md(topology.cms)}`);
  facts.push(
    `Settings: seed order ${s.seedOrder}, SQL witness vote ${s.sqlWitnessVote}, hydration ${s.hydrationMinutes} min, quorum-loss shutdown ${s.quorumLossShutdownMinutes} min`,
    `Bounds: at most ${topology.bounds.maxFaults} faults, ${Number.isFinite(maxDepth) ? `depth ${maxDepth}` : 'no depth bound'}`,
  );
  return [...pools, facts.join('\\\n')].join('\n\n');
}

function poolMarkdown(pool: PoolSpec, title: string): string {
  const table = markdownTable(
    ['Host', 'Front ends (topology order)'],
    hostsOf(pool).map((h) => [md(h.host), h.frontEnds.map(md).join(', ')]),
  );
  const rgs = pool.routingGroups === undefined ? '' : `, ${pool.routingGroups} routing groups`;
  return `${title} **${md(pool.name)}**: ${pool.frontEnds.length} front ends${rgs}; back end ${md(backendText(pool.backend))}\n\n${table}`;
}

function counterexampleMarkdown(file: CounterexampleFile): string {
  const { steps, trace } = file;
  const last = steps.length - 1;
  const total = clockText(steps[last]?.minute ?? 0);
  const lines = steps.slice(1).map((step, i) => {
    const prev = steps[i];
    const number = i + 1;
    const head = `${number}. **${md(step.label)}** · at ${clockText(step.minute)}${trace.loopsTo === number ? ' · ↺ *the loop returns here*' : ''}`;
    const changes = prev === undefined ? [] : diffViews(prev.view, step.view, step.minute - prev.minute);
    const notes = prev === undefined ? [] : newNotes(prev.view, step.view);
    const body = [...changes.map((c) => `   - ${changeMarkdown(c)}`), ...notes.map((n) => `   - *${md(n)}*`)];
    if (body.length === 0) body.push('   - nothing visible changes');
    return [head, ...body].join('\n');
  });
  const loop =
    trace.loopsTo === undefined
      ? ''
      : `\n\nThe last state is the state of step ${trace.loopsTo} again: from there the path loops forever without the property ever holding.`;
  const start = trace.loopsTo === 0 ? ' (↺ the loop returns here)' : '';
  return [
    `## Counterexample: ${plural(steps.length - 1, 'step')}, ${total}`,
    `### Step 0: ${md(steps[0]?.label ?? '')}${start}\n\n${steps[0] === undefined ? '' : stateMarkdown(steps[0].view)}`,
    `### Steps\n\n${lines.join('\n')}${loop}`,
    `### State at step ${last}, the violation\n\n${steps[last] === undefined ? '' : stateMarkdown(steps[last].view)}`,
  ].join('\n\n');
}

function changeMarkdown(change: Change): string {
  return change.tone === 'bad' ? `**${md(change.text)}**` : md(change.text);
}

/** A fence longer than any run of backticks in `code`, so no line of it can close the block. */
function fence(code: string): string {
  const longest = Math.max(0, ...(code.match(/`+/g) ?? []).map((run) => run.length));
  return '`'.repeat(Math.max(3, longest + 1));
}
