import { describe, expect, it } from 'vitest';
import { buildReports } from '../../src/reports/report.ts';
import type { TopologyRun } from '../../src/reports/report.ts';
import { lassoRun, PLAIN, result, rule, scriptedCheck, storyLabels, storyRun, storyViews, topologyOf, violation } from './fixtures.ts';

describe('buildReports', () => {
  const reports = buildReports([storyRun(PLAIN)]);

  it('gives one report per property result, in order, with the rule and its expectation', () => {
    expect(reports.map((r) => [r.property, r.verdict, r.expected?.verdict])).toEqual([
      ['survive-host-failure', 'violated', 'violated'],
      ['sql-vote-follows-failover', 'violated', 'holds'],
      ['cold-start', 'unknown', 'holds'],
      ['never-two-servers', 'holds', 'holds'],
    ]);
    expect(reports[0]?.source).toBe('DOMAIN.md §2, seed 004 "Even Number of Servers"');
  });

  it('names only violations, <topology>-<property>', () => {
    expect(reports.map((r) => r.stem)).toEqual([
      'four-fe-two-hosts-survive-host-failure',
      'four-fe-two-hosts-sql-vote-follows-failover',
      undefined,
      undefined,
    ]);
  });

  it('replays the trace through the model: labels, views and the clock', () => {
    const file = reports[0]?.counterexample;
    expect(file?.trace).toEqual({ init: 0, actions: [0, 0, 0], labels: storyLabels(PLAIN) });
    expect(file?.steps.map((s) => [s.label, s.minute])).toEqual([
      ['initial state', 0],
      ['fail over SQL to sql2', 0],
      ['crash host host1', 0],
      ['wait 5 min', 5],
    ]);
    expect(file?.steps[3]?.view).toEqual(storyViews(PLAIN)[3]);
    expect(file?.topology).toEqual(topologyOf(PLAIN));
  });

  it('keeps where a lasso loops to', () => {
    const [lasso] = buildReports([lassoRun()]);
    expect(lasso?.counterexample?.trace.loopsTo).toBe(1);
    expect(lasso?.counterexample?.steps.map((s) => s.label).at(-1)).toBe('loop');
    expect(lasso?.counterexample?.steps.at(-1)?.view).toEqual(storyViews(PLAIN)[1]);
  });

  it('describes the engine deadlock check, which has no rule', () => {
    const run = storyRun(PLAIN);
    const withDeadlock: TopologyRun = {
      ...run,
      checks: run.checks.map((c) => ({ ...c, result: result([{ name: 'deadlock', kind: 'deadlock', status: 'violated', trace: { init: 0, actions: [0, 0, 0] } }]) })),
    };
    const [deadlock] = buildReports([withDeadlock]);
    expect(deadlock?.description).toMatch(/never gets stuck/);
    expect(deadlock?.expected).toBeUndefined();
    expect(deadlock?.stem).toBe('four-fe-two-hosts-deadlock');
  });

  it('puts the check id in the stem when two checks of a topology share a property name', () => {
    const rules = [rule('deadlock-free', 'holds')];
    const pool = scriptedCheck('pool', storyViews(PLAIN), storyLabels(PLAIN), [0, 0, 5], rules);
    const pairing = scriptedCheck('pairing', storyViews(PLAIN), storyLabels(PLAIN), [0, 0, 5], rules);
    const run: TopologyRun = {
      name: 't',
      topology: topologyOf(PLAIN),
      checks: [
        { check: pool, result: result([violation('deadlock-free', 1)]) },
        { check: pairing, result: result([violation('deadlock-free', 2)]) },
      ],
    };
    expect(buildReports([run]).map((r) => r.stem)).toEqual(['t-pool-deadlock-free', 't-pairing-deadlock-free']);
  });

  it('refuses a trace the model does not replay', () => {
    const run = storyRun(PLAIN);
    const broken: TopologyRun = { ...run, checks: run.checks.map((c) => ({ ...c, result: result([violation('survive-host-failure', 5)]) })) };
    expect(() => buildReports([broken])).toThrow(/trace step 4 takes action 0, but only 0 are enabled/);
  });

  it('refuses a trace whose labels are not the model labels', () => {
    const run = storyRun(PLAIN);
    const drift = { name: 'survive-host-failure', kind: 'always' as const, status: 'violated' as const, trace: { init: 0, actions: [0], labels: ['crash host1'] } };
    const drifted: TopologyRun = { ...run, checks: run.checks.map((c) => ({ ...c, result: result([drift]) })) };
    expect(() => buildReports([drifted])).toThrow(/labelled "crash host1", but the model's action 0 there is "fail over SQL to sql2"/);
  });
});
