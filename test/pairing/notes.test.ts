/** What a report prints and draws of a pairing state: the notes under each step and each pool's picture. */
import { describe, expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { notes } from '../../model/pairing/notes.ts';
import { viewOfPairing } from '../../model/pairing/view.ts';
import { A, B, enabled, last, run, sync } from './drive.ts';
import { pairedJson, pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { Topology } from '../../model/topology/types.ts';

const a = 'pool-a.contoso.com';
const b = 'pool-b.contoso.com';
const change: PairAction = { kind: 'change', pool: 0 };
const time: PairAction = { kind: 'time' };

function after(actions: PairAction[], topology: Topology = pairedTopology('paired-lync2013')) {
  const s = last(run(pairingModel(topology), actions));
  return { notes: notes(pairConfig(topology), s), view: viewOfPairing(topology, s) };
}

/**
 * Paired-lync2013 with the pool's three FEs on two hosts and an unmirrored back end, and a 2-FE paired pool
 * (no replicas: limited service without its back end) mirrored without a witness.
 */
function sharedHostsUnmirrored(): Topology {
  const json = pairedJson('paired-lync2013') as { pool: object; pairedPool: object };
  return variant('paired-lync2013', {
    pool: {
      ...json.pool,
      frontEnds: [
        { name: 'fe-a1', host: 'host-a1' },
        { name: 'fe-a2', host: 'host-a1' },
        { name: 'fe-a3', host: 'host-a2' },
      ],
      backend: { principal: 'sql-a1' },
    },
    pairedPool: {
      ...json.pairedPool,
      frontEnds: [
        { name: 'fe-b1', host: 'host-b1' },
        { name: 'fe-b2', host: 'host-b2' },
      ],
      backend: { principal: 'sql-b1', mirror: 'sql-b2' },
    },
  });
}

describe('the notes under a pairing state', () => {
  it('says what waits in the partner share, how old, whether it is imported, and what the exporter reports', () => {
    expect(after([change, { kind: 'stopService', pool: 1 }, { kind: 'forceSync', pool: 0 }, time, { kind: 'sync', pool: 0 }]).notes).toEqual([
      `${a}: 1 change(s) wait in ${b}'s share, oldest 2 min; ${b} imports nothing, ${a} reports SteadyState`,
      `the CMS is in ${a}`,
    ]);
    expect(after([change, { kind: 'forceSync', pool: 0 }]).notes[0]).toBe(`${a}: 1 change(s) wait in ${b}'s share, oldest 0 min; ${b} imports them now, ${a} reports SteadyState`);
  });

  it('says which exports are due, what is not exported yet, and how long a store could not export', () => {
    expect(after([change, time]).notes).toEqual([
      `${a}: the SyncInterval export is due now`,
      `${a}: 1 change(s) not exported yet, oldest 2 min`,
      `${b}: the SyncInterval export is due now`,
      `the CMS is in ${a}`,
    ]);
    expect(after([change, { kind: 'failPool', pool: 0 }, time, { kind: 'sync', pool: 1 }]).notes).toEqual([
      `${a}: 1 change(s) not exported yet, oldest 0 min`,
      `${a}: its store cannot export, for 2 min so far`,
      `the CMS is in ${a} and unavailable`,
    ]);
  });

  it('says what a failover and a forced CMS failover lost', () => {
    const lost = after([change, { kind: 'stopService', pool: 1 }, { kind: 'forceSync', pool: 0 }, { kind: 'failPool', pool: 0 }, { kind: 'failoverCms', to: 1, disaster: true }]);
    expect(lost.notes.slice(-2)).toEqual([`the CMS is in ${b}`, `this CMS failover lost the CMS data among 1 change(s) its new pool had not imported`]);
    const failedOver = after([change, { kind: 'stopService', pool: 1 }, { kind: 'forceSync', pool: 0 }, { kind: 'failPool', pool: 0 }, { kind: 'failover', pool: 0, disaster: true }]);
    expect(failedOver.notes).toEqual([`${a} is failed over to ${b}`, `${a}: this failover lost 1 change(s), oldest 0 min`, `the CMS is in ${a} and unavailable`]);
  });

  it('says "or more" of an age at its cap, and reads an outage against the cap of interrupted ages', () => {
    // Lync 2013 with a 2 min SyncInterval: interrupted ages stop at 4 min, uninterrupted ones at 32 min.
    const config = pairConfig(pairedTopology('paired-lync2013'));
    expect([config.interruptedAgeCap, config.uninterruptedAgeCap]).toEqual([240, 1920]);
    const down = after([change, { kind: 'failPool', pool: A }, time, sync(B), time, sync(B)]);
    expect(down.notes).toEqual([
      `${a}: 1 change(s) not exported yet, oldest 0 min`,
      `${a}: its store cannot export, for 4 min or more so far`,
      `the CMS is in ${a} and unavailable`,
    ]);
    // One interval short of the cap the age is exact.
    expect(after([change, { kind: 'failPool', pool: A }, time, sync(B)]).notes[1]).toBe(`${a}: its store cannot export, for 2 min so far`);
  });

  it('reads a loss older than its uninterrupted part against the cap of interrupted ages', () => {
    // The partner's service is stopped, so the exported change waits two intervals in its share, interrupted.
    const failedOver = after([change, { kind: 'stopService', pool: B }, { kind: 'forceSync', pool: A }, time, sync(A), time, sync(A), { kind: 'failover', pool: A, disaster: false }]);
    expect(failedOver.notes).toEqual([`${a} is failed over to ${b}`, `${a}: this failover lost 1 change(s), oldest 4 min or more`, `the CMS is in ${a} and unavailable`]);
  });
});

describe('the labels of pairing steps', () => {
  it("names the partner whose files an import consumes, for either pool", () => {
    const model = pairingModel(pairedTopology('paired-lync2013'));
    const intoA = last(run(model, [{ kind: 'change', pool: B }, { kind: 'forceSync', pool: B }]));
    expect(enabled(model, intoA, { kind: 'import', pool: A })).toBe(true);
    expect(model.label({ kind: 'import', pool: A })).toBe(`Backup Service on ${a} imports ${b}'s files`);
    const intoB = last(run(model, [change, { kind: 'forceSync', pool: A }]));
    expect(enabled(model, intoB, { kind: 'import', pool: B })).toBe(true);
    expect(model.label({ kind: 'import', pool: B })).toBe(`Backup Service on ${b} imports ${a}'s files`);
  });
});

describe('a pair that does not host the Central Management Store', () => {
  const topology = variant('paired-lync2013', { cms: undefined });

  it('prints no CMS note', () => {
    expect(pairConfig(topology).cmsAt).toBe(-1);
    expect(after([], topology).notes).toEqual([]);
    expect(after([{ kind: 'failPool', pool: A }], topology).notes).toEqual([]);
  });

  it('lets a failed-over pool fail back: no CMS of this pair stands in the way', () => {
    const model = pairingModel(topology);
    const failedOver = last(run(model, [change, { kind: 'failover', pool: A, disaster: false }]));
    expect(notes(pairConfig(topology), failedOver)).toEqual([`${a} is failed over to ${b}`]);
    expect(enabled(model, failedOver, { kind: 'failback', pool: A })).toBe(true);
    expect(last(run(model, [{ kind: 'failback', pool: A }], failedOver)).pools[A].failedOver).toBe(false);
  });
});

describe('the picture of a pairing state', () => {
  it('draws a pool running, down, or stopped after its failover, with its votes, SQL and users', () => {
    const running = after([]).view.pools[0]!;
    expect(running.frontEnds[0]).toEqual({ name: 'fe-a1', host: 'host-a1', up: true, status: 'running', voter: true });
    expect(running.votes).toEqual({ up: 3, total: 3, needed: 2, functional: true });
    expect(running.sql).toEqual({ principal: 'sql-a1', mirror: 'sql-a2', witness: 'sql-aw', up: { 'sql-a1': true, 'sql-a2': true, 'sql-aw': true }, serving: 'sql-a1', votes: false });
    expect(running.hosts.map((host) => host.name)).toEqual(['host-a1', 'host-a2', 'host-a3']);
    expect(running.routingGroups).toEqual([{ id: 0, replicas: [], service: 'full', unsyncedChanges: 0, lostChanges: 0 }]);

    const down = after([{ kind: 'failPool', pool: 0 }]).view.pools[0]!;
    expect([down.frontEnds[0]!.status, down.votes.up, down.votes.functional, down.serving, down.hosts[0]!.up]).toEqual(['down', 0, false, false, false]);

    const backendDown = after([{ kind: 'failBackend', pool: 0 }]).view.pools[0]!;
    expect([backendDown.backendAvailable, backendDown.sql.serving, backendDown.sql.up['sql-a2']]).toEqual([false, null, false]);

    const moved = after([change, { kind: 'failover', pool: 0, disaster: false }]).view;
    expect(moved.pools[0]!.frontEnds[0]!.status).toBe('stopped');
    expect(moved.pools[0]!.routingGroups).toEqual([]);
    expect(moved.pools[1]!.routingGroups.map((group) => group.id)).toEqual([0, 1]);
  });

  it('draws a pool that serves as serving', () => {
    const view = after([]).view;
    expect(view.pools.map((pool) => pool.serving)).toEqual([true, true]);
    expect(after([{ kind: 'failover', pool: A, disaster: false }]).view.pools.map((pool) => pool.serving)).toEqual([false, true]);
  });

  it('lists on each host the FEs it carries, when hosts carry several', () => {
    const view = after([], sharedHostsUnmirrored()).view;
    expect(view.pools[0]!.hosts).toEqual([
      { name: 'host-a1', up: true, frontEnds: ['fe-a1', 'fe-a2'] },
      { name: 'host-a2', up: true, frontEnds: ['fe-a3'] },
    ]);
    expect(view.pools[1]!.hosts).toEqual([
      { name: 'host-b1', up: true, frontEnds: ['fe-b1'] },
      { name: 'host-b2', up: true, frontEnds: ['fe-b2'] },
    ]);
    expect(after([{ kind: 'failPool', pool: A }], sharedHostsUnmirrored()).view.pools[0]!.hosts.map((host) => [host.up, host.frontEnds.length])).toEqual([
      [false, 2],
      [false, 1],
    ]);
  });

  it('draws only the SQL servers a back end has: no mirror, or a mirror without a witness', () => {
    const view = after([], sharedHostsUnmirrored()).view;
    expect(view.pools[0]!.sql).toEqual({ principal: 'sql-a1', up: { 'sql-a1': true }, serving: 'sql-a1', votes: false });
    expect(view.pools[1]!.sql).toEqual({ principal: 'sql-b1', mirror: 'sql-b2', up: { 'sql-b1': true, 'sql-b2': true }, serving: 'sql-b1', votes: false });
    expect(after([{ kind: 'failBackend', pool: B }], sharedHostsUnmirrored()).view.pools[1]!.sql.up).toEqual({ 'sql-b1': false, 'sql-b2': false });
  });

  it('draws a 2-FE pool without its back end as serving, with limited service', () => {
    const pool = after([{ kind: 'failBackend', pool: B }], sharedHostsUnmirrored()).view.pools[1]!;
    expect([pool.serving, pool.backendAvailable, pool.routingGroups.map((group) => group.service)]).toEqual([true, false, ['limited']]);
  });
});
