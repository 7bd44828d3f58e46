/** What a report prints and draws of a pairing state: the notes under each step and each pool's picture. */
import { describe, expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { notes } from '../../model/pairing/notes.ts';
import { viewOfPairing } from '../../model/pairing/view.ts';
import { last, run } from './drive.ts';
import { pairedTopology } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';

const a = 'pool-a.contoso.com';
const b = 'pool-b.contoso.com';
const change: PairAction = { kind: 'change', pool: 0 };
const time: PairAction = { kind: 'time' };

function after(actions: PairAction[]) {
  const topology = pairedTopology('paired-lync2013');
  const s = last(run(pairingModel(topology), actions));
  return { notes: notes(pairConfig(topology), s), view: viewOfPairing(topology, s) };
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
});
