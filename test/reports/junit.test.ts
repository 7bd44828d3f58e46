import { describe, expect, it } from 'vitest';
import { renderJunit } from '../../src/reports/junit.ts';
import { buildReports } from '../../src/reports/report.ts';
import { HOSTILE, lassoRun, PLAIN, storyRun } from './fixtures.ts';

describe('renderJunit', () => {
  const xml = renderJunit(buildReports([storyRun(PLAIN), lassoRun()]));

  it('counts testcases, failures and skips, per suite and in all', () => {
    expect(xml).toContain('<testsuites name="fabric-check" tests="5" failures="3" errors="0" skipped="1">');
    expect(xml).toContain('<testsuite name="four-fe-two-hosts/pool" tests="4" failures="2" errors="0" skipped="1">');
    expect(xml).toContain('<testsuite name="lasso/pool" tests="1" failures="1" errors="0" skipped="0">');
  });

  it('passes a property that holds', () => {
    expect(xml).toContain('<testcase classname="four-fe-two-hosts/pool" name="never-two-servers"/>');
  });

  it('skips an unknown verdict, saying why', () => {
    expect(xml).toContain('<testcase classname="four-fe-two-hosts/pool" name="cold-start">\n      <skipped message="no verdict: depth bound 8 reached"/>');
  });

  it('fails a violation with the numbered counterexample', () => {
    expect(xml).toContain('<failure message="survive-host-failure violated in 3 steps (as the rule expects)" type="violated">');
    expect(xml).toContain('Counterexample:\n  0. initial state [0 min]\n  1. fail over SQL to sql2 [0 min]\n  2. crash host host1 [0 min]\n  3. wait 5 min [5 min]</failure>');
    expect(xml).toContain('sql-vote-follows-failover violated in 1 step (the rule expects it to hold)');
  });

  it('names a failure\'s report only when told where the report folder is', () => {
    expect(xml).not.toContain('Report:');
    const reports = buildReports([storyRun(PLAIN)]);
    expect(renderJunit(reports, { reportDir: '' })).toContain('3. wait 5 min [5 min]\nReport: four-fe-two-hosts-survive-host-failure.md</failure>');
    expect(renderJunit(reports, { reportDir: '../out/' })).toContain('Report: ../out/four-fe-two-hosts-survive-host-failure.md</failure>');
  });

  it('spells out the sources a rule cites', () => {
    expect(xml).toContain('Source: DOMAIN.md §2, seed 004 &quot;Even Number of Servers&quot;\n  DOMAIN.md: fabric-check&#39;s domain specification, docs/DOMAIN.md');
    expect(xml).toContain('  seed 004: &quot;Understanding how Windows Fabric Works (with regards to Lync)&quot;, TheArgyleMVP blog, October 29, 2013');
  });

  it('passes a property that holds only within the depth bound, with a note saying so', () => {
    const run = storyRun(PLAIN);
    const bounded = { ...run, checks: run.checks.map((c) => ({ ...c, result: { ...c.result, exhaustive: false } })) };
    const notes = renderJunit(buildReports([bounded]));
    expect(notes).toContain(
      '<testcase classname="four-fe-two-hosts/pool" name="never-two-servers">\n      <system-out>holds within depth 8: no path of up to 8 steps breaks it; the search did not reach every state, so longer paths are unchecked</system-out>\n    </testcase>',
    );
    expect(notes).toContain('failures="2" errors="0" skipped="1"');
  });

  it('never says "Infinity" of a check without a depth bound that something else cut', () => {
    const run = storyRun(PLAIN);
    const cut = { ...run, checks: run.checks.map((c) => ({ check: { ...c.check, maxDepth: Infinity }, result: { ...c.result, exhaustive: false } })) };
    const notes = renderJunit(buildReports([cut]));
    expect(notes).toContain(
      '<testcase classname="four-fe-two-hosts/pool" name="never-two-servers">\n      <system-out>holds within the state constraint: no state the search reached breaks it; the state constraint kept it from reaching every state, so the others are unchecked</system-out>\n    </testcase>',
    );
    expect(notes).not.toMatch(/Infinity|undefined/);
  });

  it('shows a lasso', () => {
    expect(xml).toContain('  1. fail over SQL to sql2 [0 min] (the loop returns here)');
    expect(xml).toContain('  then back to step 1, forever');
  });

  it('escapes names and text', () => {
    const hostile = renderJunit(buildReports([storyRun(HOSTILE, 'a<b>&"c')]));
    expect(hostile).toContain('<testsuite name="a&lt;b&gt;&amp;&quot;c/pool"');
    expect(hostile).toContain('1. fail over SQL to sql&lt;2&gt; [0 min]');
    expect(hostile).not.toContain('<2>');
  });

  it('has no timestamps or durations', () => {
    expect(xml).not.toMatch(/timestamp=|time=/);
  });
});
