import { describe, expect, it } from 'vitest';
import { renderIndexHtml, renderIndexMarkdown } from '../../src/reports/index-page.ts';
import { buildReports } from '../../src/reports/report.ts';
import type { PropertyReport, TopologyRun } from '../../src/reports/report.ts';
import { HOSTILE, lassoRun, PLAIN, result, storyRun } from './fixtures.ts';

/** The story, plus a topology where only one of its rules applies and no trace comes with the violation. */
function reports(): PropertyReport[] {
  const small = storyRun(PLAIN, 'small');
  const noTrace: TopologyRun = {
    ...small,
    checks: small.checks.map((c) => ({ ...c, result: result([{ name: 'never-two-servers', kind: 'always', status: 'violated', reason: 'no trace kept' }]) })),
  };
  return buildReports([storyRun(PLAIN), noTrace, lassoRun()]);
}

describe('renderIndexMarkdown', () => {
  const text = renderIndexMarkdown(reports());

  it('tabulates property × topology with links to the reports and — where a rule does not apply', () => {
    expect(text).toContain('| Check | Property | four-fe-two-hosts | small | lasso |');
    expect(text).toContain('| pool | survive-host-failure | [✗ violated](four-fe-two-hosts-survive-host-failure.md) | — | — |');
    expect(text).toContain('| pool | sql-vote-follows-failover | [✗ violated](four-fe-two-hosts-sql-vote-follows-failover.md) ⚠ expected holds | — | — |');
    expect(text).toContain('| pool | cold-start | ? unknown | — | — |');
    expect(text).toContain('| pool | never-two-servers | ✓ holds | [✗ violated](small-never-two-servers.md) ⚠ expected holds | — |');
    expect(text).toContain('| pool | pool-recovers | — | — | [✗ violated](lasso-pool-recovers.md) ⚠ expected holds |');
  });

  it('counts verdicts and surprises, and lists every report file', () => {
    expect(text).toContain('6 results: 4 violated, 1 hold, 1 unknown; 3 differ from what the rule expects.');
    expect(text).toContain('- four-fe-two-hosts · survive-host-failure: [Markdown](four-fe-two-hosts-survive-host-failure.md) · [HTML](four-fe-two-hosts-survive-host-failure.html) · [JSON](four-fe-two-hosts-survive-host-failure.json)');
    expect(text).toContain('- small · never-two-servers: [Markdown](small-never-two-servers.md)\n');
  });
});

describe('renderIndexHtml', () => {
  const page = renderIndexHtml(reports());

  it('links a violation to its drawing when it has one, else to its Markdown', () => {
    expect(page).toContain('<td class="cell-violated"><a href="four-fe-two-hosts-survive-host-failure.html">✗ violated</a></td>');
    expect(page).toContain('<a href="small-never-two-servers.md">✗ violated</a> <span class="warn"');
    expect(page).toContain('<td class="cell-holds">✓ holds</td>');
    expect(page).toContain('<td class="na">—</td>');
  });

  it('escapes topology names', () => {
    const hostile = renderIndexHtml(buildReports([storyRun(HOSTILE, '<script>alert(1)</script>')]));
    expect(hostile).not.toContain('<script');
    expect(hostile).toContain('<th>&lt;script&gt;alert(1)&lt;/script&gt;</th>');
    expect(renderIndexMarkdown(buildReports([storyRun(HOSTILE, '<b>|x')]))).toContain('| Check | Property | &lt;b&gt;\\|x |');
  });
});
