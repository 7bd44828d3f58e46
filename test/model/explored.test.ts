/**
 * What a whole search of the pool model sees, and what reports draw of it, pinned: for small pools under each setting that changes the
 * rules, every reachable state is searched and the count of states, transitions and levels, and per event
 * label how often it was offered and how many new states it gave, are compared with the snapshot beside
 * this file. An event offered where it should not be, one missing, a wrong next state, a label naming the
 * wrong FE, a codec or symmetry that merges two states: each changes some figure. Likewise, per pool, how
 * many reachable states a report draws with each note, timer, host line, FE line, vote tally, SQL line and
 * routing-group line (model/view-of.ts).
 *
 * The snapshot is the model's behaviour as reviewed, not a rule: a deliberate change to the model updates
 * it (`npx vitest run test/model/explored.test.ts -u`) and the diff shows which events it changed. The
 * rules themselves are checked in test/properties and test/fabric. Models are built inside each test, so a
 * mutant switched on after import is the code searched.
 *
 * The same searches check the invariants that test/trust/EQUIVALENT-MUTANTS.md argues from: a mutant is
 * called equivalent there only because no reachable state breaks one of these.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { poolContext, type PoolContext } from '../../model/context.ts';
import { feUp, hasReplicas, presentCount, upCount } from '../../model/facts.ts';
import { poolModel } from '../../model/pool-model.ts';
import { viewOf } from '../../model/view-of.ts';
import { bundledFile as file, reachable, topologyOf } from './helpers.ts';
import type { TopologyFile } from '../../model/topology/file.ts';
import type { FabricSettings } from '../../model/topology/types.ts';
import type { Always } from '../../src/engine/types.ts';
import type { PoolState } from '../../model/state.ts';

/** A bundled topology with some settings changed. */
const withSettings = (name: string, settings: Partial<FabricSettings>): TopologyFile => {
  const base = file(name);
  return { ...base, settings: { ...base.settings, ...settings } };
};

/** A bundled topology with its FEs moved to these hosts, in order. */
const onHosts = (name: string, hosts: string[]): TopologyFile => {
  const base = file(name);
  return { ...base, pool: { ...base.pool, frontEnds: base.pool.frontEnds.map((fe, i) => ({ ...fe, host: hosts[i]! })) } };
};

const cases: [string, () => TopologyFile, { symmetry?: boolean }?][] = [
  ['two-fe', () => file('two-fe')],
  ['two-fe, twoFeRestartOrder any', () => withSettings('two-fe', { twoFeRestartOrder: 'any' })],
  ['two-fe-mirror', () => file('two-fe-mirror')],
  ['three-fe-three-hosts', () => file('three-fe-three-hosts')],
  // The FE the 2↔3 crossing removes shares its host: that host still fails with the other FE on it.
  ['three FEs on two hosts', () => onHosts('three-fe-three-hosts', ['host1', 'host2', 'host2'])],
  ['three-fe-three-hosts, SfB 2019 (no crossing, no mirror)', () => {
    const base = file('three-fe-three-hosts');
    return { ...base, product: 'sfb2019', pool: { ...base.pool, backend: { principal: base.pool.backend.principal } } };
  }],
  ['four-fe-mirror-witness', () => file('four-fe-mirror-witness')],
  ['four-fe-mirror-witness, symmetry off', () => file('four-fe-mirror-witness'), { symmetry: false }],
  ['four-fe-mirror-witness, groupInQuorumLoss reconfigures', () => withSettings('four-fe-mirror-witness', { groupInQuorumLoss: 'reconfigures' })],
  ['four-fe-mirror-witness, sqlWitnessVote never', () => withSettings('four-fe-mirror-witness', { sqlWitnessVote: 'never' })],
  [
    'four-fe-mirror-witness, hydration 10, shutdown 15',
    () => withSettings('four-fe-mirror-witness', { hydrationMinutes: 10, quorumLossShutdownMinutes: 15 }),
  ],
  ['six-fe-shared-hosts', () => file('six-fe-shared-hosts')],
  ['six-fe-shared-hosts, two routing groups, one fault', () => {
    const base = file('six-fe-shared-hosts');
    return { ...base, pool: { ...base.pool, routingGroups: 2 }, bounds: { maxFaults: 1 } };
  }],
  ['twelve-fe-four-hosts, one fault', () => ({ ...file('twelve-fe-four-hosts'), bounds: { maxFaults: 1 } })],
];

/** The invariants, each as EQUIVALENT-MUTANTS.md states it. */
function invariants(ctx: PoolContext): Always<PoolState>[] {
  const always = (name: string, check: (s: PoolState) => boolean): Always<PoolState> => ({ name, kind: 'always', check });
  /** settle()'s order: up to date and up, then hydrating and up, then down. */
  const rank = (s: PoolState, m: PoolState['rgs'][number]['members'][number]) => (!feUp(ctx, s, m.fe) ? 2 : m.hydratingIn === 0 ? 0 : 1);
  return [
    always('shutdownIn is -1, or positive in a running pool', (s) => s.shutdownIn === -1 || (s.shutdownIn > 0 && s.phase === 'running')),
    always('a running pool has an FE up', (s) => s.phase !== 'running' || upCount(ctx, s) > 0),
    always('lastDown is set only in a two-FE pool that is not running', (s) => s.lastDown === null || (presentCount(s) === 2 && s.phase !== 'running')),
    always('a group has three members or none; until a FullReset is needed, three exactly in a pool that keeps replicas', (s) =>
      s.rgs.every((rg) => (s.resetNeeded ? [0, 3] : [hasReplicas(s) ? 3 : 0]).includes(rg.members.length))),
    always('members are ranked up to date, hydrating, down', (s) =>
      s.rgs.every((rg) => rg.members.every((m, i) => i === 0 || rank(s, rg.members[i - 1]!) <= rank(s, m)))),
  ];
}

describe('every state of small pools, searched', () => {
  for (const [name, topology, options] of cases) {
    it(name, async () => {
      const parsed = topologyOf(topology());
      const result = await check(poolModel(parsed), invariants(poolContext(parsed)), { deadlock: false, maxDepth: Infinity, stopAtFirstViolation: false, ...options });
      expect(result.complete).toBe(true);
      expect(result.properties.filter((p) => p.status !== 'holds').map((p) => p.name)).toEqual([]);
      const labels = Object.keys(result.coverage).sort();
      const coverage = Object.fromEntries(labels.map((label) => [label, `${result.coverage[label]!.enabled} offered, ${result.coverage[label]!.newStates} new`]));
      expect({ states: result.states, transitions: result.transitions, depth: result.depth, coverage }).toMatchSnapshot();
    });
  }
});

/** How many states show each distinct line of a view, by part of the view. */
function tallies(views: ReturnType<typeof viewOf>[]): Record<string, Record<string, number>> {
  const out: Record<string, Record<string, number>> = {};
  const count = (part: string, line: string) => {
    const tally = (out[part] ??= {});
    tally[line] = (tally[line] ?? 0) + 1;
  };
  for (const view of views) {
    const pool = view.pools[0]!;
    for (const note of view.notes) count('notes', note);
    for (const timer of view.timers) count('timers', `${timer.name} in ${timer.dueInMinutes} min`);
    count('hosts', pool.hosts.map((h) => `${h.name} ${h.up ? 'up' : 'down'} [${h.frontEnds.join(' ')}]`).join(', '));
    for (const fe of pool.frontEnds) count('front ends', `${fe.name} on ${fe.host}: ${fe.up ? 'up' : 'down'}, ${fe.status}${fe.voter ? ', voter' : ''}`);
    const v = pool.votes;
    count('votes', `${v.up} of ${v.total} up, ${v.needed} needed, ${v.functional ? 'functional' : 'lost'}; serving ${pool.serving}`);
    count('sql', `${JSON.stringify(pool.sql)} available ${pool.backendAvailable}`);
    for (const rg of pool.routingGroups) {
      const replicas = rg.replicas.map((r) => `${r.fe} ${r.role}${r.up ? '' : ' down'}${r.upToDate ? '' : ' stale'}`).join(', ');
      count('routing groups', `RG${rg.id} ${rg.service} [${replicas}] unsynced ${rg.unsyncedChanges} lost ${rg.lostChanges}`);
    }
  }
  for (const part of Object.keys(out)) out[part] = Object.fromEntries(Object.entries(out[part]!).sort(([a], [b]) => a.localeCompare(b)));
  return out;
}

describe('what reports draw of every state of small pools', () => {
  const pools: [string, () => TopologyFile][] = [
    ['two-fe', () => file('two-fe')],
    ['three-fe-three-hosts', () => file('three-fe-three-hosts')],
    ['four-fe-mirror-witness', () => file('four-fe-mirror-witness')],
  ];
  for (const [name, topology] of pools) {
    it(name, () => {
      const parsed = topologyOf(topology());
      const ctx = poolContext(parsed);
      const states = reachable(poolModel(parsed), 3_000);
      expect(tallies(states.map((s) => viewOf(ctx, s)))).toMatchSnapshot();
    });
  }
});
