import { describe, expect, it } from 'vitest';
import { renderHtml } from '../../src/reports/html.ts';
import { buildReports } from '../../src/reports/report.ts';
import type { PropertyReport } from '../../src/reports/report.ts';
import { HOSTILE, lassoRun, PLAIN, storyRun } from './fixtures.ts';

function html(report: PropertyReport | undefined): string {
  if (report?.counterexample === undefined) throw new Error('no counterexample');
  return renderHtml(report, report.counterexample, 'reports/x.json');
}

describe('renderHtml', () => {
  const page = html(buildReports([storyRun(PLAIN)])[0]);

  it('is self-contained: inline style and script, nothing fetched', () => {
    expect(page).toContain('<style>');
    expect(page.match(/<script>/g)).toHaveLength(1);
    expect(page).not.toMatch(/<(link|img|iframe)\b|\bsrc=|url\(|@import/);
    expect(page).not.toMatch(/https?:\/\/(?!www\.w3\.org\/2000\/svg)/);
  });

  it('draws every step, lists every step, and says what changed', () => {
    expect(page.match(/<article class="step"/g)).toHaveLength(4);
    expect(page.match(/<svg /g)).toHaveLength(4);
    expect(page.match(/<button type="button" data-goto="\d+">/g)).toHaveLength(4);
    expect(page).toContain('<h2>Step 2: crash host host1<span class="clock">at 0 min</span></h2>');
    expect(page).toContain('<li class="bad">host host1 down (fe1, fe2)</li>');
    expect(page).toContain('<span class="violation-flag">✗ the violation</span>');
  });

  it('shows the rule, its source, the expectation and the replay command', () => {
    expect(page).toContain('<dt>Source</dt><dd>DOMAIN.md §2, seed 004 &quot;Even Number of Servers&quot;</dd>');
    expect(page).toContain('violated, as the rule expects');
    expect(page).toContain('<code>npx fabric-check replay reports/x.json</code>');
  });

  it('says where the source comes from, linking the spec when it knows the way', () => {
    expect(page).toContain('<li><b>seed 004</b>: &quot;Understanding how Windows Fabric Works (with regards to Lync)&quot;, TheArgyleMVP blog, October 29, 2013');
    const report = buildReports([storyRun(PLAIN)])[0]!;
    const linked = renderHtml(report, report.counterexample!, 'x.json', '../docs/DOMAIN.md');
    expect(linked).toContain('<li><b>DOMAIN.md</b>: <a href="../docs/DOMAIN.md">fabric-check&#39;s domain specification');
  });

  it('marks where a lasso returns', () => {
    const lasso = html(buildReports([lassoRun()])[0]);
    expect(lasso).toContain('<span class="loop">↺ loop returns here</span>');
    expect(lasso).toContain('→ back to step 1');
  });

  it('escapes every name from the topology', () => {
    const hostile = html(buildReports([storyRun(HOSTILE)])[0]);
    expect(hostile.match(/<script/g)).toHaveLength(1);
    expect(hostile).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
  });
});
