/**
 * JUnit XML for CI: one testcase per property (classname `<topology>/<check>`), a failure carrying the
 * numbered counterexample for a violation, skipped for unknown, and a note on a pass that holds only
 * within the depth bound. No timestamps, so that output is stable.
 */
import { escapeXml as x } from './escape.ts';
import type { PropertyReport } from './report.ts';
import { clockText, plural } from './format.ts';
import { citations } from './sources.ts';
import { holdsOnlyWithinDepth, unexpected, verdictText } from './verdict.ts';

export interface JunitOptions {
  /**
   * Where the report folder is, from the JUnit file's folder ('' when it is the same folder): a failure
   * then names its Markdown report. Absent when no report folder is written, so that none is named.
   */
  readonly reportDir?: string;
}

export function renderJunit(reports: readonly PropertyReport[], options: JunitOptions = {}): string {
  const suites = new Map<string, PropertyReport[]>();
  for (const report of reports) {
    const name = `${report.topologyName}/${report.check}`;
    suites.set(name, [...(suites.get(name) ?? []), report]);
  }
  const body = [...suites].map(([name, cases]) => suiteXml(name, cases, options)).join('\n');
  const failures = reports.filter((r) => r.verdict === 'violated').length;
  const skipped = reports.filter((r) => r.verdict === 'unknown').length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="fabric-check" tests="${reports.length}" failures="${failures}" errors="0" skipped="${skipped}">
${body}
</testsuites>
`;
}

function suiteXml(name: string, cases: readonly PropertyReport[], options: JunitOptions): string {
  const failures = cases.filter((r) => r.verdict === 'violated').length;
  const skipped = cases.filter((r) => r.verdict === 'unknown').length;
  return `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">
${cases.map((c) => caseXml(name, c, options)).join('\n')}
  </testsuite>`;
}

function caseXml(classname: string, report: PropertyReport, options: JunitOptions): string {
  const open = `    <testcase classname="${x(classname)}" name="${x(report.property)}"`;
  if (holdsOnlyWithinDepth({ ...report, status: report.verdict })) {
    const unchecked = Number.isFinite(report.maxDepth)
      ? `no path of up to ${report.maxDepth} steps breaks it; the search did not reach every state, so longer paths are unchecked`
      : 'no state the search reached breaks it; the state constraint kept it from reaching every state, so the others are unchecked';
    const note = `${verdictText({ ...report, status: report.verdict })}: ${unchecked}`;
    return `${open}>\n      <system-out>${x(note)}</system-out>\n    </testcase>`;
  }
  if (report.verdict === 'holds') return `${open}/>`;
  if (report.verdict === 'unknown') {
    return `${open}>\n      <skipped message="${x(`no verdict: ${report.reason ?? 'the search was cut before a verdict'}`)}"/>\n    </testcase>`;
  }
  return `${open}>\n      <failure message="${x(failureMessage(report))}" type="violated">${x(failureText(report, options))}</failure>\n    </testcase>`;
}

function failureMessage(report: PropertyReport): string {
  const steps = report.counterexample === undefined ? '' : ` in ${plural(report.counterexample.trace.actions.length, 'step')}`;
  const expected = report.expected === undefined ? '' : unexpected(report.verdict, report.expected) ? ` (the rule expects it to hold)` : ' (as the rule expects)';
  return `${report.property} violated${steps}${expected}`;
}

function failureText(report: PropertyReport, options: JunitOptions): string {
  const lines = [report.description, `Source: ${report.source}`, ...citations(report.source).map((c) => `  ${c.key}: ${c.text}`)];
  if (report.expected !== undefined) lines.push(`Expected: ${report.expected.verdict}: ${report.expected.why}`);
  if (report.reason !== undefined) lines.push(`Why: ${report.reason}`);
  const file = report.counterexample;
  if (file !== undefined) {
    lines.push('Counterexample:');
    file.steps.forEach((step, i) => {
      const loop = file.trace.loopsTo === i ? ' (the loop returns here)' : '';
      lines.push(`  ${i}. ${step.label} [${clockText(step.minute)}]${loop}`);
    });
    if (file.trace.loopsTo !== undefined) lines.push(`  then back to step ${file.trace.loopsTo}, forever`);
  }
  if (report.stem !== undefined && options.reportDir !== undefined) {
    lines.push(`Report: ${options.reportDir === '' ? '' : `${options.reportDir.replace(/\/+$/, '')}/`}${report.stem}.md`);
  }
  return lines.join('\n');
}
