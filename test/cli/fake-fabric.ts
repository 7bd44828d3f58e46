/**
 * A stand-in for src/fabric/checks.ts and properties/index.ts in the CLI tests that are about the CLI,
 * not the model: three FEs that fail and come back one at a time. `all-down-never` is violated after
 * exactly three failures; `count-in-range` holds; the space has 4 states. A paired topology also gets a
 * `pairing` check, with `pairing-only` (which holds).
 */
import type { FabricCheck } from '../../src/fabric/types.ts';
import type { DesignRule } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { FabricView } from '../../model/view.ts';

type State = { readonly down: number };
type Action = 'fail' | 'repair';

export const fakeRuleNames = ['all-down-never', 'count-in-range', 'pairing-only'];

function rule(name: string, verdict: 'holds' | 'violated', check: (s: State) => boolean): DesignRule<State, Action> {
  return {
    name,
    description: `fake rule ${name}`,
    source: 'test',
    applies: (topology) => name !== 'pairing-only' || topology.pairedPool !== undefined,
    expected: () => ({ verdict, why: `${name} is expected to ${verdict === 'holds' ? 'hold' : 'fail'}` }),
    property: () => ({ kind: 'always', name, check }),
  };
}

const rules = [
  rule('all-down-never', 'holds', (s) => s.down < 3),
  rule('count-in-range', 'holds', (s) => s.down >= 0 && s.down <= 3),
  rule('pairing-only', 'holds', () => true),
];

function view(topology: Topology, state: State): FabricView {
  const frontEnds = topology.pool.frontEnds.map((fe, i) => ({
    name: fe.name,
    host: fe.host,
    up: i >= state.down,
    status: i >= state.down ? ('running' as const) : ('down' as const),
    voter: true,
  }));
  const up = frontEnds.filter((fe) => fe.up).length;
  return {
    product: topology.product,
    pools: [
      {
        name: topology.pool.name,
        hosts: frontEnds.map((fe) => ({ name: fe.host, up: fe.up, frontEnds: [fe.name] })),
        frontEnds,
        votes: { up, total: frontEnds.length, needed: 2, functional: up >= 2 },
        sql: { principal: topology.pool.backend.principal, up: { [topology.pool.backend.principal]: true }, serving: topology.pool.backend.principal, votes: false },
        backendAvailable: true,
        routingGroups: [],
        serving: up > 0,
      },
    ],
    timers: state.down > 0 ? [{ name: 'quorum-loss-shutdown', dueInMinutes: 5 }] : [],
    notes: state.down === 3 ? ['every front end is down'] : [],
  };
}

export function fakeFabricChecks(topology: Topology, ruleNames?: readonly string[]): FabricCheck<State, Action>[] {
  const unknown = (ruleNames ?? []).filter((name) => !fakeRuleNames.includes(name));
  if (unknown.length > 0) throw new Error(`unknown rules ${unknown.join(', ')}`);
  const chosen = rules.filter((r) => r.applies(topology) && (ruleNames === undefined || ruleNames.includes(r.name)));
  const pool = chosen.filter((r) => r.name !== 'pairing-only');
  const pairing = chosen.filter((r) => r.name === 'pairing-only');
  // A paired topology gets a second check, as the real one does: both have a `deadlock`.
  return [
    ...(pool.length > 0 || pairing.length === 0 ? [fakeCheck('pool', topology, pool)] : []),
    ...(pairing.length > 0 ? [fakeCheck('pairing', topology, pairing)] : []),
  ];
}

function fakeCheck(id: string, topology: Topology, chosen: readonly DesignRule<State, Action>[]): FabricCheck<State, Action> {
  return {
    id,
    source: { module: import.meta.url, export: 'none', args: [] },
    subject: {
      model: {
        init: () => [{ down: 0 }],
        actions: (s) => [...(s.down < 3 ? (['fail'] as const) : []), ...(s.down > 0 ? (['repair'] as const) : [])],
        next: (s, a) => ({ down: s.down + (a === 'fail' ? 1 : -1) }),
        label: (a) => (a === 'fail' ? 'an FE fails' : 'an FE comes back'),
      },
      properties: chosen.map((r) => r.property(topology)),
    },
    rules: chosen,
    maxDepth: topology.bounds.maxDepth ?? 12,
    view: (s) => view(topology, s),
    minutesElapsed: (a) => (a === 'fail' ? 5 : 0),
  };
}
