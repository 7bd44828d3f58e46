/**
 * JUnit XML for CI: one testcase per property (classname `<topology>/<check>`), a failure carrying the
 * numbered counterexample for a violation, skipped for unknown. No timestamps, so that output is stable.
 */
import { escapeXml as x } from './escape.ts';
import type { PropertyReport } from './report.ts';
import { clockText, plural } from './format.ts';
import { unexpected } from './verdict.ts';

export function renderJunit(reports: readonly PropertyReport[]): string {
  const suites = new Map<string, PropertyReport[]>();
  for (const report of reports) {
    const name = `${report.topologyName}/${report.check}`;
    suites.set(name, [...(suites.get(name) ?? []), report]);
  }
  const body = [...suites].map(([name, cases]) => suiteXml(name, cases)).join('\n');
  const failures = reports.filter((r) => r.verdict === 'violated').length;
  const skipped = reports.filter((r) => r.verdict === 'unknown').length;
  return `<?xml version="1.0" encoding="UTF-8"?>
<testsuites name="fabric-check" tests="${reports.length}" failures="${failures}" errors="0" skipped="${skipped}">
${body}
</testsuites>
`;
}

function suiteXml(name: string, cases: readonly PropertyReport[]): string {
  const failures = cases.filter((r) => r.verdict === 'violated').length;
  const skipped = cases.filter((r) => r.verdict === 'unknown').length;
  return `  <testsuite name="${x(name)}" tests="${cases.length}" failures="${failures}" errors="0" skipped="${skipped}">
${cases.map((c) => caseXml(name, c)).join('\n')}
  </testsuite>`;
}

function caseXml(classname: string, report: PropertyReport): string {
  const open = `    <testcase classname="${x(classname)}" name="${x(report.property)}"`;
  if (report.verdict === 'holds') return `${open}/>`;
  if (report.verdict === 'unknown') {
    return `${open}>\n      <skipped message="${x(`no verdict: ${report.reason ?? 'the search was cut before a verdict'}`)}"/>\n    </testcase>`;
  }
  return `${open}>\n      <failure message="${x(failureMessage(report))}" type="violated">${x(failureText(report))}</failure>\n    </testcase>`;
}

function failureMessage(report: PropertyReport): string {
  const steps = report.counterexample === undefined ? '' : ` in ${plural(report.counterexample.trace.actions.length, 'step')}`;
  const expected = report.expected === undefined ? '' : unexpected(report.verdict, report.expected) ? ` (the rule expects it to hold)` : ' (as the rule expects)';
  return `${report.property} violated${steps}${expected}`;
}

function failureText(report: PropertyReport): string {
  const lines = [report.description, `Source: ${report.source}`];
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
  if (report.stem !== undefined) lines.push(`Report: ${report.stem}.md`);
  return lines.join('\n');
}
