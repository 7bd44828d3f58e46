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
    expect(xml).toContain('Counterexample:\n  0. initial state [0 min]\n  1. fail over SQL to sql2 [0 min]\n  2. crash host host1 [0 min]\n  3. wait 5 min [5 min]\nReport: four-fe-two-hosts-survive-host-failure.md</failure>');
    expect(xml).toContain('sql-vote-follows-failover violated in 1 step (the rule expects it to hold)');
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
