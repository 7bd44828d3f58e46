import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { backendAvailable, service, votes } from '../../model/facts.ts';
import { minutesElapsed } from '../../model/time.ts';
import { Walk, pool } from './helpers.ts';
import type { PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

const serviceOf = (topology: Topology, s: PoolState): string[] =>
  s.rgs.map((rg) => service(poolContext(topology), s, rg));
const memberFes = (s: PoolState): number[] => s.rgs[0]!.members.map((m) => m.fe);

describe('FE and host failures', () => {
  const three = pool(['h1', 'h2', 'h3'], { principal: 'sql1' }, { bounds: { maxFaults: 3 } });

  it('promotes the active secondary when the primary fails, without hydration', () => {
    const walk = new Walk(three).do('fe1 fails');
    expect(memberFes(walk.state)).toEqual([1, 2, 0]);
    expect(walk.state.rgs[0]!.members.map((m) => m.hydratingIn)).toEqual([0, 0, 0]);
    expect(walk.state.faults).toEqual({ fe: 1, host: 0, sql: 0 });
    expect(serviceOf(three, walk.state)).toEqual(['full']);
  });

  it('fails every FE of a host at once and counts one host fault', () => {
    const shared = pool(['h1', 'h1', 'h2']);
    const walk = new Walk(shared).do('h1 fails (fe1, fe2)');
    expect(walk.state.faults).toEqual({ fe: 0, host: 1, sql: 0 });
    expect(serviceOf(shared, walk.state)).toEqual(['limited']);
    expect(walk.labels()).toContain('h1 recovers (fe1, fe2)');
  });

  it('disables every fault once maxFaults faults happened, but not recoveries', () => {
    const walk = new Walk(pool(['h1', 'h2', 'h3'], { principal: 'sql1' }, { bounds: { maxFaults: 1 } })).do('fe1 fails');
    expect(walk.labels().filter((l) => l.endsWith(' fails') || l.includes(' fails ('))).toEqual([]);
    expect(walk.labels()).toContain('fe1 recovers');
  });

  it('brings a recovered FE back as a member with its data', () => {
    const walk = new Walk(three).do('fe1 fails', 'fe1 recovers');
    expect(memberFes(walk.state)).toEqual([1, 2, 0]);
    expect(walk.state.faults.fe).toBe(1);
    expect(serviceOf(three, walk.state)).toEqual(['full']);
  });
});

describe('pool quorum, shutdown and cold start', () => {
  const three = pool(['h1', 'h2', 'h3']);

  it('shuts services down 5 minutes after the pool loses its majority', () => {
    const walk = new Walk(three).do('fe1 fails', 'fe2 fails');
    expect(votes(poolContext(three), walk.state)).toMatchObject({ up: 1, total: 3, functional: false });
    expect(walk.state.shutdownIn).toBe(5);
    expect(walk.state.phase).toBe('running');
    walk.do('time passes 5 min: pool-a services shut down');
    expect(walk.state.phase).toBe('stopped');
    expect(serviceOf(three, walk.state)).toEqual(['disconnected']);
  });

  it('cancels the shutdown when the majority is back in time', () => {
    const walk = new Walk(three).do('fe1 fails', 'fe2 fails', 'fe2 recovers');
    expect(walk.state.shutdownIn).toBe(-1);
    expect(walk.labels().some((l) => l.startsWith('time passes'))).toBe(false);
  });

  it('stays in starting after a ServiceReset until the cold-start minimum runs (3 of 3)', () => {
    const walk = new Walk(three).do('fe1 fails', 'fe2 fails', 'time passes 5 min: pool-a services shut down', 'ServiceReset');
    expect(walk.state.phase).toBe('starting');
    walk.do('fe1 recovers');
    expect(walk.state.phase).toBe('starting');
    walk.do('fe2 recovers');
    expect(walk.state.phase).toBe('running');
  });

  it('starts a stuck pool with QuorumLossRecovery, which reloads the group in quorum loss where the fabric puts it', () => {
    const walk = new Walk(three).do('fe1 fails', 'fe2 fails', 'time passes 5 min: pool-a services shut down', 'ServiceReset');
    const recoveries = walk.labels().filter((l) => l.startsWith('QuorumLossRecovery'));
    expect(recoveries).toEqual([
      'QuorumLossRecovery: RG1 reloaded from the back end on fe3, fe1, fe2',
      'QuorumLossRecovery: RG1 reloaded from the back end on fe3, fe2, fe1',
    ]);
    walk.do(recoveries[1]!);
    expect(walk.state.phase).toBe('running');
    expect(walk.state.shutdownIn).toBe(5);
    expect(walk.state.rgs[0]!.members).toEqual([
      { fe: 2, hydratingIn: 0 },
      { fe: 1, hydratingIn: 30 },
      { fe: 0, hydratingIn: 30 },
    ]);
  });

  it('treats a pool with no FE left up as not running: the next start is a full start', () => {
    const shared = pool(['h1', 'h1', 'h2']);
    const walk = new Walk(shared).do('h1 fails (fe1, fe2)', 'fe3 fails');
    expect(walk.state).toMatchObject({ phase: 'starting', shutdownIn: -1 });
    walk.do('h1 recovers (fe1, fe2)');
    expect(walk.state.phase).toBe('starting');
    walk.do('fe3 recovers');
    expect(walk.state.phase).toBe('running');
  });

  it('gives the SQL principal the tie-breaking vote in an even pool, only while it serves', () => {
    const four = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2' });
    const ctx = poolContext(four);
    const walk = new Walk(four);
    expect(votes(ctx, walk.state)).toMatchObject({ up: 5, total: 5, sqlVotes: true });
    walk.do('manual SQL failover to mirror sql2');
    expect(votes(ctx, walk.state)).toMatchObject({ up: 4, total: 5, sqlVotes: false });
    expect(backendAvailable(ctx, walk.state)).toBe(true);
    walk.do('manual SQL failback to principal sql1');
    expect(votes(ctx, walk.state).sqlVotes).toBe(true);
  });
});

describe('the back end', () => {
  it('keeps 3+ FE pools at full service until the threshold, then limited', () => {
    const three = pool(['h1', 'h2', 'h3']);
    const walk = new Walk(three).do('SQL principal sql1 fails');
    expect(walk.state.backendIn).toBe(30);
    expect(serviceOf(three, walk.state)).toEqual(['full']);
    walk.do('time passes 30 min: back-end outage reaches the 30-minute BackupStoreUnavailableThreshold');
    expect(serviceOf(three, walk.state)).toEqual(['limited']);
    walk.do('SQL principal sql1 recovers');
    expect(walk.state.backendIn).toBe(-1);
    expect(serviceOf(three, walk.state)).toEqual(['full']);
  });

  it('drops 1–2 FE pools to limited at once', () => {
    const two = pool(['h1', 'h2']);
    const walk = new Walk(two).do('SQL principal sql1 fails');
    expect(serviceOf(two, walk.state)).toEqual(['limited']);
  });

  it('fails over automatically with a witness, within the failure: the back end is never down', () => {
    const four = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' });
    const walk = new Walk(four).do('SQL principal sql1 fails (witness sql3 fails the back end over)');
    expect(walk.state.sql.onMirror).toBe(true);
    expect(backendAvailable(poolContext(four), walk.state)).toBe(true);
    expect(walk.state.backendIn).toBe(-1);
    expect(votes(poolContext(four), walk.state)).toMatchObject({ up: 4, total: 5 });
  });

  it('loses the back end with the principal and the witness down (no quorum for the mirror)', () => {
    const four = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' });
    const walk = new Walk(four).do('SQL witness sql3 fails', 'SQL principal sql1 fails');
    expect(walk.state.sql.onMirror).toBe(false);
    expect(backendAvailable(poolContext(four), walk.state)).toBe(false);
  });

  it('fails back by itself when the mirror it failed over to fails and the principal is back', () => {
    const four = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' }, { bounds: { maxFaults: 3 } });
    const walk = new Walk(four).do(
      'SQL principal sql1 fails (witness sql3 fails the back end over)',
      'SQL principal sql1 recovers',
      'SQL mirror sql2 fails (witness sql3 fails the back end over)',
    );
    expect(walk.state.sql.onMirror).toBe(false);
    expect(backendAvailable(poolContext(four), walk.state)).toBe(true);
  });
});

describe('routing groups', () => {
  const four = pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1' }, { bounds: { maxFaults: 3 }, settings: { hydrationMinutes: 40 } });

  it('re-places a lost replica on an FE holding no copy, hydrating until its time passes', () => {
    const walk = new Walk(four).do('fe1 fails', "fabric places RG1's new idle secondary on fe4 (hydrating)");
    expect(walk.state.rgs[0]!.members).toEqual([
      { fe: 1, hydratingIn: 0 },
      { fe: 2, hydratingIn: 0 },
      { fe: 3, hydratingIn: 40 },
    ]);
    walk.do('time passes 40 min: RG1 replica on fe4 hydrated');
    expect(walk.state.rgs[0]!.members[2]).toEqual({ fe: 3, hydratingIn: 0 });
  });

  it('restarts the hydration of a replica whose FE goes down', () => {
    const walk = new Walk(four).do(
      'fe1 fails',
      "fabric places RG1's new idle secondary on fe4 (hydrating)",
      'SQL principal sql1 fails',
      'time passes 30 min: back-end outage reaches the 30-minute BackupStoreUnavailableThreshold',
    );
    expect(walk.state.rgs[0]!.members[2]).toEqual({ fe: 3, hydratingIn: 10 });
    walk.do('fe4 fails', 'fe4 recovers');
    expect(walk.state.rgs[0]!.members[2]).toEqual({ fe: 3, hydratingIn: 40 });
  });

  it('never re-places in a 3-FE pool', () => {
    const walk = new Walk(pool(['h1', 'h2', 'h3'])).do('fe1 fails');
    expect(walk.labels().some((l) => l.startsWith('fabric places'))).toBe(false);
  });

  it('acknowledges a change only with all three replicas up to date, and the back end catches up', () => {
    const walk = new Walk(four);
    walk.do('user change on RG1 (acknowledged by all three replicas)');
    expect(walk.state.rgs[0]!.dirty).toBe(true);
    walk.do('back end catches up with RG1');
    expect(walk.state.rgs[0]!.dirty).toBe(false);
    walk.do('fe1 fails');
    expect(walk.find('user change on RG1 (acknowledged by all three replicas)')).toBeUndefined();
  });

  it('loses an acknowledged change when QuorumLossRecovery reloads a group whose three replicas are down', () => {
    const walk = new Walk(four).do('user change on RG1 (acknowledged by all three replicas)', 'fe1 fails', 'fe2 fails', 'fe3 fails');
    expect(serviceOf(four, walk.state)).toEqual(['disconnected']);
    const recovery = walk.labels().find((l) => l.startsWith('QuorumLossRecovery: RG1 reloaded from the back end on'));
    expect(recovery).toBeDefined();
    walk.do(recovery!);
    expect(walk.state.rgs[0]!.lost).toBe(true);
    expect(walk.state.rgs[0]!.dirty).toBe(false);
  });

  it('lets a returning replica take over at once, with every change', () => {
    const walk = new Walk(four).do('user change on RG1 (acknowledged by all three replicas)', 'fe1 fails', 'fe2 fails', 'fe3 fails', 'fe2 recovers');
    expect(serviceOf(four, walk.state)).toEqual(['limited']);
    expect(walk.state.rgs[0]!).toMatchObject({ dirty: true, lost: false });
    expect(walk.state.rgs[0]!.members[0]!.fe).toBe(1);
  });

  it('offers QuorumLossRecovery for two of three replicas lost in a running pool; it reloads the group without unsynced changes', () => {
    const walk = new Walk(four).do('user change on RG1 (acknowledged by all three replicas)', 'fe1 fails', 'fe2 fails');
    expect(walk.state.phase).toBe('running');
    expect(serviceOf(four, walk.state)).toEqual(['limited']);
    walk.do('QuorumLossRecovery: RG1 reloaded from the back end on fe3, fe4, fe1');
    expect(walk.state.rgs[0]).toEqual({
      members: [
        { fe: 2, hydratingIn: 0 },
        { fe: 3, hydratingIn: 0 },
        { fe: 0, hydratingIn: 40 },
      ],
      dirty: false,
      lost: true,
    });
    expect(serviceOf(four, walk.state)).toEqual(['full']);
  });

  it('offers no QuorumLossRecovery while every group keeps quorum and the pool runs', () => {
    const walk = new Walk(four).do('fe1 fails');
    expect(walk.labels().some((l) => l.startsWith('QuorumLossRecovery'))).toBe(false);
  });

  it('keeps no replicas in a 2-FE pool, where changes go straight to the back end', () => {
    const walk = new Walk(pool(['h1', 'h2'])).do('user change on RG1 (written to the back end)');
    expect(walk.state.rgs[0]).toEqual({ members: [], dirty: false, lost: false });
  });
});

describe('a routing group down to one up-to-date replica (settings.groupInQuorumLoss)', () => {
  const six = (groupInQuorumLoss: 'waits' | 'reconfigures') =>
    pool(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], { principal: 'sql1' }, { bounds: { maxFaults: 3 }, settings: { groupInQuorumLoss } });
  const allThreeDownThenOneBack = ['fe1 fails', 'fe2 fails', 'fe3 fails', 'fe2 recovers'];

  it('waits by default: the FE that comes back takes over, and only QuorumLossRecovery or a second replica helps', () => {
    const walk = new Walk(six('waits')).do(...allThreeDownThenOneBack);
    expect(walk.state.rgs[0]!.members[0]).toEqual({ fe: 1, hydratingIn: 0 });
    expect(serviceOf(six('waits'), walk.state)).toEqual(['limited']);
    expect(walk.labels().some((l) => l.startsWith('fabric places'))).toBe(false);
    expect(walk.labels().some((l) => l.startsWith('QuorumLossRecovery'))).toBe(true);
  });

  it('reconfigures when set: the fabric puts new replicas beside the one back, which copy from it', () => {
    const topology = six('reconfigures');
    const walk = new Walk(topology).do(...allThreeDownThenOneBack, "fabric places RG1's new idle secondary on fe4 (hydrating)");
    expect(walk.state.rgs[0]!.members).toEqual([
      { fe: 1, hydratingIn: 0 },
      { fe: 3, hydratingIn: 30 },
      { fe: 2, hydratingIn: 0 },
    ]);
    walk.do("fabric places RG1's new idle secondary on fe5 (hydrating)", 'time passes 30 min: RG1 replica on fe4 hydrated; RG1 replica on fe5 hydrated');
    expect(serviceOf(topology, walk.state)).toEqual(['full']);
  });
});

describe('a two-FE pool restarted after both FEs went down (settings.twoFeRestartOrder)', () => {
  const two = pool(['h1', 'h2'], { principal: 'sql1' });

  it('keeps the FE that went down first, started alone, waiting in starting until the other is back', () => {
    const walk = new Walk(two).do('fe1 fails', 'fe2 fails');
    expect(walk.state).toMatchObject({ phase: 'starting', lastDown: 1 });
    walk.do('fe1 recovers');
    expect(walk.state.phase).toBe('starting');
    expect(serviceOf(two, walk.state)).toEqual(['disconnected']);
    walk.do('fe2 recovers');
    expect(walk.state).toMatchObject({ phase: 'running', lastDown: null });
  });

  it('starts in reverse order of shutdown, or after QuorumLossRecovery', () => {
    expect(new Walk(two).do('fe1 fails', 'fe2 fails', 'fe2 recovers').state.phase).toBe('running');
    const recovered = new Walk(two).do('fe1 fails', 'fe2 fails', 'fe1 recovers', 'QuorumLossRecovery');
    expect(recovered.state).toMatchObject({ phase: 'running', lastDown: null });
  });

  it('has no order to keep when both went down at once with their host', () => {
    const shared = pool(['h1', 'h1']);
    const walk = new Walk(shared).do('h1 fails (fe1, fe2)');
    expect(walk.state).toMatchObject({ phase: 'starting', lastDown: null });
    expect(walk.do('h1 recovers (fe1, fe2)').state.phase).toBe('running');
  });

  it('lets either FE start the pool under twoFeRestartOrder: any', () => {
    const any = pool(['h1', 'h2'], { principal: 'sql1' }, { settings: { twoFeRestartOrder: 'any' } });
    const walk = new Walk(any).do('fe1 fails', 'fe2 fails', 'fe1 recovers');
    expect(walk.state).toMatchObject({ phase: 'running', lastDown: null });
  });
});

describe('the 2↔3 crossing', () => {
  it('disconnects everyone when a third FE joins a 2-FE pool, until a FullReset with three FEs up', () => {
    const two = pool(['h1', 'h2']);
    const walk = new Walk(two).do('added-fe added to pool-a (2 → 3 FEs)');
    expect(walk.state).toMatchObject({ phase: 'starting', resetNeeded: true });
    expect(serviceOf(two, walk.state)).toEqual(['disconnected']);
    walk.do('FullReset: RG1 on fe1, fe2, added-fe');
    expect(walk.state).toMatchObject({ phase: 'running', resetNeeded: false });
    expect(memberFes(walk.state)).toEqual([0, 1, 2]);
    expect(walk.state.seed).toEqual([true, true, true]);
  });

  it('lets the fabric place the groups a FullReset rebuilds: one choice per role of the added FE', () => {
    const walk = new Walk(pool(['h1', 'h2'])).do('added-fe added to pool-a (2 → 3 FEs)');
    // fe1 and fe2 are alike (one FE on each of two hosts); the added FE is not.
    expect(walk.labels().filter((l) => l.startsWith('FullReset'))).toEqual([
      'FullReset: RG1 on fe1, fe2, added-fe',
      'FullReset: RG1 on fe1, added-fe, fe2',
      'FullReset: RG1 on added-fe, fe1, fe2',
    ]);
    walk.do('FullReset: RG1 on added-fe, fe1, fe2');
    expect(memberFes(walk.state)).toEqual([2, 0, 1]);
  });

  it('needs a FullReset to shrink a 3-FE pool to two, which then has no replicas', () => {
    const three = pool(['h1', 'h2', 'h3']);
    const walk = new Walk(three).do('fe3 removed from pool-a (3 → 2 FEs)');
    expect(walk.labels()).toContain('FullReset');
    walk.do('FullReset');
    expect(walk.state.rgs[0]!.members).toEqual([]);
    expect(walk.state.present).toEqual([true, true, false]);
  });

  it('is not there in SfB 2019, which refuses 2-FE pools', () => {
    const walk = new Walk(pool(['h1', 'h2', 'h3'], { principal: 'sql1' }, { product: 'sfb2019' }));
    expect(walk.labels().some((l) => l.includes('removed from'))).toBe(false);
  });
});

describe('purity and time', () => {
  it('leaves the state it started from untouched and lists actions deterministically', () => {
    const walk = new Walk(pool(['h1', 'h2', 'h3', 'h4']));
    const before = JSON.stringify(walk.state);
    const labels = walk.labels();
    walk.model.next(walk.state, walk.model.actions(walk.state)[0]!);
    expect(JSON.stringify(walk.state)).toBe(before);
    expect(walk.labels()).toEqual(labels);
  });

  it('reports the minutes a time step lets pass and none for other events', () => {
    const walk = new Walk(pool(['h1', 'h2', 'h3'])).do('fe1 fails', 'fe2 fails');
    const time = walk.model.actions(walk.state).find((a) => a.kind === 'time')!;
    expect(minutesElapsed(time)).toBe(5);
    expect(minutesElapsed(walk.model.actions(walk.state)[0]!)).toBe(0);
  });
});
