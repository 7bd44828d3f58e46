/**
 * Hand-made views of a 4-FE pool on two hosts with a witnessed SQL mirror, and a scripted FabricCheck
 * that walks through them: the reports are tested on a story whose every state is known.
 */
import { defaultSettings } from '../../model/settings.ts';
import type { CheckResult, PropertyResult } from '../../src/engine/types.ts';
import type { FabricCheck } from '../../src/fabric/types.ts';
import type { DesignRule } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { FabricView, FrontEndView, PoolView, ReplicaView, RoutingGroupView } from '../../model/view.ts';
import type { TopologyRun } from '../../src/reports/report.ts';

export interface Names {
  readonly pool: string;
  readonly hosts: readonly [string, string];
  readonly fes: readonly [string, string, string, string];
  readonly sql: readonly [string, string, string];
}

export const PLAIN: Names = {
  pool: 'pool-a',
  hosts: ['host1', 'host2'],
  fes: ['fe1', 'fe2', 'fe3', 'fe4'],
  sql: ['sql1', 'sql2', 'witness1'],
};

export const SCRIPT_NAME = '<script>alert(1)</script>';

/** Names that break HTML, SVG, Markdown, XML and paths when they are not escaped. */
export const HOSTILE: Names = {
  pool: 'pool*_[a](b)',
  hosts: ['h|1 `x`', '../h2'],
  fes: ['fe1', '**fe2**', SCRIPT_NAME, 'fe&4"\'<'],
  sql: ['sql1\\rtc', 'sql<2>', '# witness'],
};

export function topologyOf(n: Names): Topology {
  return {
    product: 'lync2013',
    pool: {
      name: n.pool,
      frontEnds: n.fes.map((name, i) => ({ name, host: n.hosts[i < 2 ? 0 : 1] })),
      backend: { principal: n.sql[0], mirror: n.sql[1], witness: n.sql[2] },
    },
    registrar: { backupStoreUnavailableThresholdMinutes: 30 },
    settings: defaultSettings('lync2013'),
    bounds: { maxFaults: 2, maxDepth: 8 },
  };
}

function replica(fe: string, role: ReplicaView['role'], up: boolean, upToDate = true): ReplicaView {
  return { fe, role, up, upToDate };
}

interface Phase {
  readonly feUp: readonly boolean[];
  readonly status: FrontEndView['status'];
  readonly hostUp: readonly [boolean, boolean];
  readonly sqlServing: string;
  readonly sqlVotes: boolean;
  readonly routingGroups: readonly RoutingGroupView[];
  readonly serving: boolean;
}

function pool(n: Names, p: Phase): PoolView {
  const up = p.feUp.filter(Boolean).length + (p.sqlVotes ? 1 : 0);
  return {
    name: n.pool,
    hosts: n.hosts.map((name, h) => ({ name, up: p.hostUp[h] ?? true, frontEnds: h === 0 ? [n.fes[0], n.fes[1]] : [n.fes[2], n.fes[3]] })),
    frontEnds: n.fes.map((name, i) => ({
      name,
      host: n.hosts[i < 2 ? 0 : 1],
      up: p.feUp[i] ?? true,
      status: p.feUp[i] ? p.status : 'down',
      voter: true,
    })),
    votes: { up, total: 5, needed: 3, functional: up >= 3 },
    sql: {
      principal: n.sql[0],
      mirror: n.sql[1],
      witness: n.sql[2],
      up: { [n.sql[0]]: true, [n.sql[1]]: true, [n.sql[2]]: true },
      serving: p.sqlServing,
      votes: p.sqlVotes,
    },
    backendAvailable: true,
    routingGroups: p.routingGroups,
    serving: p.serving,
  };
}

/** The seed's story: fail SQL over to the mirror, crash the host of two FEs, wait for the shutdown. */
export function storyViews(n: Names): FabricView[] {
  const [fe1, fe2, fe3, fe4] = n.fes;
  const healthy: RoutingGroupView[] = [
    { id: 1, replicas: [replica(fe1, 'primary', true), replica(fe2, 'activeSecondary', true), replica(fe3, 'idleSecondary', true)], service: 'full', unsyncedChanges: 0, lostChanges: 0 },
    { id: 2, replicas: [replica(fe3, 'primary', true), replica(fe4, 'activeSecondary', true), replica(fe1, 'idleSecondary', true)], service: 'full', unsyncedChanges: 1, lostChanges: 0 },
  ];
  const afterCrash: RoutingGroupView[] = [
    { id: 1, replicas: [replica(fe3, 'primary', true), replica(fe1, 'activeSecondary', false), replica(fe2, 'idleSecondary', false)], service: 'limited', unsyncedChanges: 0, lostChanges: 0 },
    { id: 2, replicas: [replica(fe3, 'primary', true), replica(fe4, 'activeSecondary', true), replica(fe1, 'idleSecondary', false)], service: 'full', unsyncedChanges: 1, lostChanges: 0 },
  ];
  const stopped: RoutingGroupView[] = afterCrash.map((rg) => ({ ...rg, service: 'disconnected' }));
  const base = { status: 'running' as const, hostUp: [true, true] as const, serving: true };
  const views: FabricView[] = [
    { product: 'lync2013', pools: [pool(n, { ...base, feUp: [true, true, true, true], sqlServing: n.sql[0], sqlVotes: true, routingGroups: healthy })], timers: [], notes: [] },
    { product: 'lync2013', pools: [pool(n, { ...base, feUp: [true, true, true, true], sqlServing: n.sql[1], sqlVotes: false, routingGroups: healthy })], timers: [], notes: [`${n.sql[1]} serves, but the fabric vote stays with ${n.sql[0]}`] },
    {
      product: 'lync2013',
      pools: [pool(n, { ...base, hostUp: [false, true], feUp: [false, false, true, true], sqlServing: n.sql[1], sqlVotes: false, routingGroups: afterCrash })],
      timers: [{ name: 'quorum-loss shutdown', dueInMinutes: 5 }],
      notes: [`${n.pool} lost quorum: 2 of 5 votes`],
    },
    {
      product: 'lync2013',
      pools: [pool(n, { ...base, status: 'stopped', hostUp: [false, true], feUp: [false, false, true, true], sqlServing: n.sql[1], sqlVotes: false, routingGroups: stopped, serving: false })],
      timers: [],
      notes: [`${n.pool} lost quorum: 2 of 5 votes`, 'services on the remaining FEs shut down'],
    },
  ];
  return views;
}

export function storyLabels(n: Names): string[] {
  return [`fail over SQL to ${n.sql[1]}`, `crash host ${n.hosts[0]}`, 'wait 5 min'];
}

/** A model whose state is the index into `views`: action 0 moves on (or back to `loopsTo` at the end). */
export interface ScriptAction {
  readonly label: string;
  readonly to: number;
  readonly minutes: number;
}

export function scriptedCheck(
  id: string,
  views: readonly FabricView[],
  labels: readonly string[],
  minutes: readonly number[],
  rules: readonly DesignRule<number, ScriptAction>[],
  loopsTo?: number,
): FabricCheck<number, ScriptAction> {
  const model = {
    init: () => [0],
    actions: (s: number): ScriptAction[] => {
      if (s + 1 < views.length) return [{ label: labels[s] ?? `step ${s + 1}`, to: s + 1, minutes: minutes[s] ?? 0 }];
      return loopsTo === undefined ? [] : [{ label: 'loop', to: loopsTo, minutes: 1 }];
    },
    next: (_s: number, a: ScriptAction) => a.to,
    label: (a: ScriptAction) => a.label,
  };
  return {
    id,
    source: { module: 'fixtures', export: 'none', args: [] },
    subject: { model, properties: rules.map((r) => r.property(topologyOf(PLAIN))) },
    rules,
    maxDepth: 8,
    view: (s) => {
      const view = views[s];
      if (view === undefined) throw new Error(`no view ${s}`);
      return view;
    },
    minutesElapsed: (a) => a.minutes,
  };
}

export function rule(name: string, verdict: 'holds' | 'violated'): DesignRule<number, ScriptAction> {
  return {
    name,
    description: `The pool survives what ${name} says | *really*.`,
    source: 'DOMAIN.md §2, seed 004 "Even Number of Servers"',
    applies: () => true,
    expected: () => ({ verdict, why: 'the SQL vote stays with the primary' }),
    property: () => ({ name, kind: 'always', check: (s: number) => s < 3 }),
  };
}

export function result(properties: readonly PropertyResult<unknown>[]): CheckResult<unknown> {
  return { complete: true, exhaustive: true, stopReason: 'done', states: 4, transitions: 3, depth: 3, elapsedMs: 5, properties, coverage: {} };
}

export function violation(name: string, steps: number): PropertyResult<unknown> {
  return { name, kind: 'always', status: 'violated', trace: { init: 0, actions: Array.from({ length: steps }, () => 0) }, reason: `violated at depth ${steps}` };
}

/**
 * One topology run: `survive-host-failure` violated as expected, `sql-vote-follows-failover` violated
 * against expectation, `cold-start` unknown, `never-two-servers` holds.
 */
export function storyRun(n: Names, name = 'four-fe-two-hosts'): TopologyRun {
  const rules = [
    rule('survive-host-failure', 'violated'),
    rule('sql-vote-follows-failover', 'holds'),
    rule('cold-start', 'holds'),
    rule('never-two-servers', 'holds'),
  ];
  const check = scriptedCheck('pool', storyViews(n), storyLabels(n), [0, 0, 5], rules);
  const properties: PropertyResult<unknown>[] = [
    violation('survive-host-failure', 3),
    violation('sql-vote-follows-failover', 1),
    { name: 'cold-start', kind: 'always', status: 'unknown', reason: 'depth bound 8 reached' },
    { name: 'never-two-servers', kind: 'always', status: 'holds', reason: 'holds on all 4 states' },
  ];
  return { name, topology: topologyOf(n), checks: [{ check, result: result(properties) }] };
}

/** An `eventually` violated by a lasso: the story, then back from its last state to step 1, forever. */
export function lassoRun(): TopologyRun {
  const rules = [rule('pool-recovers', 'holds')];
  const check = scriptedCheck('pool', storyViews(PLAIN), storyLabels(PLAIN), [0, 0, 5], rules, 1);
  const lasso: PropertyResult<unknown> = { name: 'pool-recovers', kind: 'eventually', status: 'violated', trace: { init: 0, actions: [0, 0, 0, 0], loopsTo: 1 } };
  return { name: 'lasso', topology: topologyOf(PLAIN), checks: [{ check, result: result([lasso]) }] };
}
