/** The counterexamples the issue names, step by step, with what each state shows. */
import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { votesWithBackend } from '../../model/facts.ts';
import { minutesElapsed } from '../../model/time.ts';
import { viewOf } from '../../model/view-of.ts';
import { replay } from '../../src/engine/trace.ts';
import { poolModel } from '../../model/pool-model.ts';
import { bundled, pool } from '../model/helpers.ts';
import { runRules } from './run.ts';
import type { PoolState } from '../../model/state.ts';
import type { Trace } from '../../src/engine/types.ts';
import type { Topology } from '../../model/topology/types.ts';

async function counterexample(topology: Topology, rule: string): Promise<Trace<PoolState>> {
  const { rules } = await runRules(topology);
  const trace = rules.get(rule)?.result.trace;
  if (trace === undefined) throw new Error(`${rule} has no counterexample`);
  return trace;
}

describe('four FEs with a mirror and a witness: even-pool-sql-witness', () => {
  const topology = bundled('four-fe-mirror-witness');
  const ctx = poolContext(topology);

  it('is a mirror failover, then two FE failures (2 of 5 votes), then the shutdown 5 minutes later', async () => {
    const trace = await counterexample(topology, 'even-pool-sql-witness');
    expect(trace.labels).toEqual([
      'manual SQL failover to mirror sql2.contoso.com',
      'fe1.contoso.com fails',
      'fe2.contoso.com fails',
      'time passes 5 min: pool-a.contoso.com services shut down',
    ]);
    const model = poolModel(topology);
    const { states, actions } = replay(model, trace);
    const beforeShutdown = viewOf(ctx, states[3]!).pools[0]!;
    expect(beforeShutdown.votes).toMatchObject({ up: 2, total: 5, functional: false });
    expect(beforeShutdown.backendAvailable).toBe(true);
    const after = viewOf(ctx, states[4]!).pools[0]!;
    expect(after.frontEnds.filter((fe) => fe.status === 'stopped').map((fe) => fe.name)).toEqual(['fe3.contoso.com', 'fe4.contoso.com']);
    expect(actions.map(minutesElapsed)).toEqual([0, 0, 0, 5]);
  });

  it('loses the pool majority one step earlier, with the same failover', async () => {
    const trace = await counterexample(topology, 'pool-quorum');
    expect(trace.labels).toEqual(['manual SQL failover to mirror sql2.contoso.com', 'fe1.contoso.com fails', 'fe2.contoso.com fails']);
  });
});

describe('two FEs: never-two-servers', () => {
  it('shows a back-end outage dropping every user to limited functionality at once', async () => {
    const topology = bundled('two-fe');
    const trace = await counterexample(topology, 'never-two-servers');
    expect(trace.labels).toEqual(['SQL principal sql1.contoso.com fails']);
    const { states } = replay(poolModel(topology), trace);
    const services = (s: PoolState): string[] => viewOf(poolContext(topology), s).pools[0]!.routingGroups.map((rg) => rg.service);
    expect(services(states[0]!)).toEqual(['full']);
    expect(services(states[1]!)).toEqual(['limited']);
  });
});

describe('two FEs, mirror and witness, one fault: never-two-servers', () => {
  it('is the growth to three FEs when the back end is out of reach: every user disconnected until a FullReset', async () => {
    const topology = pool(['h1', 'h2'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' }, { bounds: { maxFaults: 1 } });
    const { rules } = await runRules(topology);
    const outcome = rules.get('never-two-servers')!;
    expect([outcome.result.status, outcome.expected]).toEqual(['violated', 'violated']);
    expect(outcome.result.trace!.labels).toEqual(['added-fe added to pool-a (2 → 3 FEs)']);
    const { states } = replay(poolModel(topology), outcome.result.trace!);
    const services = (s: PoolState): string[] => viewOf(poolContext(topology), s).pools[0]!.routingGroups.map((rg) => rg.service);
    expect([services(states[0]!), services(states[1]!)]).toEqual([['full'], ['disconnected']]);
  });
});

describe('four FEs, single SQL, three faults: backend-outage-survival', () => {
  const topology = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1' }, { bounds: { maxFaults: 3 } });

  it('is the SQL principal’s vote going with the back end: the pool shuts down 25 minutes inside the threshold', async () => {
    const { rules } = await runRules(topology);
    const outcome = rules.get('backend-outage-survival')!;
    expect([outcome.result.status, outcome.expected]).toEqual(['violated', 'violated']);
    const trace = outcome.result.trace!;
    expect(trace.labels).toEqual(['fe1 fails', 'fe2 fails', 'SQL principal sql1 fails', 'time passes 5 min: pool-a services shut down']);
    const { states } = replay(poolModel(topology), trace);
    const ctx = poolContext(topology);
    const outage = viewOf(ctx, states[3]!).pools[0]!;
    expect(outage.votes).toMatchObject({ up: 2, total: 5, functional: false });
    expect(votesWithBackend(ctx, states[3]!)).toMatchObject({ up: 3, total: 5, functional: true });
    expect(outage.routingGroups.map((rg) => rg.service)).toEqual(['limited']);
    expect(states[4]!).toMatchObject({ phase: 'stopped', backendIn: 25 });
  });

  it('holds with the default two faults: the outage takes one, and one FE down leaves 3 of 5 votes', async () => {
    const twoFaults = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1' });
    const { rules } = await runRules(twoFaults);
    expect(rules.get('backend-outage-survival')!.result.status).toBe('holds');
  });
});

describe('twelve FEs on four hosts: no-acknowledged-change-lost', () => {
  it('is exactly the window: a change, all three replicas down with their host, reloaded from the back end', async () => {
    const topology = bundled('twelve-fe-four-hosts');
    const trace = await counterexample(topology, 'no-acknowledged-change-lost');
    expect(trace.labels).toEqual([
      'user change on RG1 (acknowledged by all three replicas)',
      'host1 fails (fe01.contoso.com, fe02.contoso.com, fe03.contoso.com)',
      'QuorumLossRecovery: RG1 reloaded from the back end on fe04.contoso.com, fe05.contoso.com, fe06.contoso.com',
    ]);
    const { states } = replay(poolModel(topology), trace);
    const rg = (s: PoolState) => viewOf(poolContext(topology), s).pools[0]!.routingGroups[0]!;
    expect(rg(states[2]!)).toMatchObject({ service: 'disconnected', unsyncedChanges: 1, lostChanges: 0 });
    expect(rg(states[3]!)).toMatchObject({ service: 'full', unsyncedChanges: 0, lostChanges: 1 });
  });
});

describe('two FEs with a mirror: cold-start', () => {
  it('restarts, in the right order, with the published single FE after a failover to the mirror: 1 of 3 votes (part 2)', async () => {
    const topology = bundled('two-fe-mirror');
    const trace = await counterexample(topology, 'cold-start');
    expect(trace.labels).toEqual([
      'manual SQL failover to mirror sql2.contoso.com',
      'fe1.contoso.com fails',
      'fe2.contoso.com fails',
      'fe2.contoso.com recovers',
    ]);
    const { states } = replay(poolModel(topology), trace);
    expect(states[3]!.phase).toBe('starting');
    const restarted = viewOf(poolContext(topology), states[4]!).pools[0]!;
    expect(restarted.serving).toBe(true);
    expect(restarted.votes).toMatchObject({ up: 1, total: 3, functional: false });
  });
});

describe('two FEs: two-fe-restart-order', () => {
  it('is the FE that went down first started alone: it waits in starting with the back end up', async () => {
    const topology = bundled('two-fe');
    const trace = await counterexample(topology, 'two-fe-restart-order');
    expect(trace.labels).toEqual(['fe1.contoso.com fails', 'fe2.contoso.com fails', 'fe1.contoso.com recovers']);
    const { states } = replay(poolModel(topology), trace);
    const last = viewOf(poolContext(topology), states[3]!);
    expect(last.pools[0]!.frontEnds.map((fe) => fe.status)).toEqual(['starting', 'down']);
    expect(last.pools[0]!.routingGroups.map((rg) => rg.service)).toEqual(['disconnected']);
    expect(last.notes).toContain('fe2.contoso.com went down last: it must start first (or both together, or QuorumLossRecovery first)');
  });
});

describe('three FEs: no-acknowledged-change-lost', () => {
  it('is QuorumLossRecovery, the recourse for two replicas lost, reloading the group before the back end caught up', async () => {
    const topology = bundled('three-fe-three-hosts');
    const trace = await counterexample(topology, 'no-acknowledged-change-lost');
    expect(trace.labels).toEqual([
      'user change on RG1 (acknowledged by all three replicas)',
      'fe1.contoso.com fails',
      'fe2.contoso.com fails',
      'QuorumLossRecovery: RG1 reloaded from the back end on fe3.contoso.com, fe1.contoso.com, fe2.contoso.com',
    ]);
    const { states } = replay(poolModel(topology), trace);
    const rg = (s: PoolState) => viewOf(poolContext(topology), s).pools[0]!.routingGroups[0]!;
    expect(rg(states[3]!)).toMatchObject({ service: 'limited', unsyncedChanges: 1, lostChanges: 0 });
    expect(rg(states[4]!)).toMatchObject({ unsyncedChanges: 0, lostChanges: 1 });
  });
});
