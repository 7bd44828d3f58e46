import { describe, expect, it } from 'vitest';
import { diffViews, newNotes } from '../../src/reports/diff.ts';
import type { FabricView, PoolView } from '../../model/view.ts';
import { PLAIN, storyViews } from './fixtures.ts';

const [healthy, failedOver, crashed, stopped] = storyViews(PLAIN) as [FabricView, FabricView, FabricView, FabricView];

function texts(prev: FabricView, next: FabricView, minutes = 0): string[] {
  return diffViews(prev, next, minutes).map((c) => c.text);
}

function withPool(view: FabricView, change: (pool: PoolView) => PoolView): FabricView {
  return { ...view, pools: view.pools.map(change) };
}

describe('diffViews', () => {
  it('tells a SQL failover and the lost vote', () => {
    expect(diffViews(healthy, failedOver, 0)).toEqual([
      { text: '5 of 5 votes (need 3) → 4 of 5 votes (need 3)', tone: 'bad' },
      { text: 'SQL failover: sql1 → sql2 serves as principal', tone: 'info' },
      { text: 'SQL sql1 no longer holds its fabric vote', tone: 'bad' },
    ]);
  });

  it('tells a host crash once, not once per FE, with the majority lost and the replicas moved', () => {
    expect(texts(failedOver, crashed)).toEqual([
      'host host1 down (fe1, fe2)',
      '4 of 5 votes (need 3) → 2 of 5 votes (need 3): pool lost its majority',
      'RG 1: P fe1, AS fe2, IS fe3 → P fe3, AS fe1 (down), IS fe2 (down)',
      'RG 1 users: full → limited service',
      'RG 2: P fe3, AS fe4, IS fe1 → P fe3, AS fe4, IS fe1 (down)',
      'timer quorum-loss shutdown started: fires in 5 min',
    ]);
  });

  it('tells a timer that fired, and services stopping', () => {
    const changes = texts(crashed, stopped, 5);
    expect(changes).toContain('timer quorum-loss shutdown fired');
    expect(changes).toContain('fe3 Front End service running → stopped');
    expect(changes).toContain('pool no longer serves users');
  });

  it('tells a timer removed before it was due as cancelled, one that did not count down as paused, one reset', () => {
    expect(texts(crashed, { ...crashed, timers: [] }, 2)).toEqual(['timer quorum-loss shutdown cancelled']);
    const paused = { ...crashed, timers: [{ name: 'quorum-loss shutdown', dueInMinutes: 5 }] };
    expect(texts(crashed, paused, 1)).toEqual(['timer quorum-loss shutdown paused: 5 min left']);
    const reset = { ...crashed, timers: [{ name: 'quorum-loss shutdown', dueInMinutes: 30 }] };
    expect(texts(crashed, reset, 1)).toEqual(['timer quorum-loss shutdown now fires in 30 min']);
    const counting = { ...crashed, timers: [{ name: 'quorum-loss shutdown', dueInMinutes: 4 }] };
    expect(texts(crashed, counting, 1)).toEqual([]);
  });

  it('tells a single FE failure, a back-end outage and lost changes', () => {
    const next = withPool(crashed, (p) => ({
      ...p,
      frontEnds: p.frontEnds.map((fe) => (fe.name === 'fe4' ? { ...fe, up: false, status: 'down' } : fe)),
      backendAvailable: false,
      sql: { ...p.sql, serving: null, up: { ...p.sql.up, sql2: false } },
      routingGroups: p.routingGroups.map((rg) => (rg.id === 2 ? { ...rg, lostChanges: 1 } : rg)),
    }));
    expect(texts(crashed, next)).toEqual([
      'fe4 down',
      'SQL sql2 down',
      'no SQL server serves the back end',
      'back end unavailable',
      'RG 2: 1 acknowledged change lost',
    ]);
  });

  it('prefixes changes with the pool name when there are two pools', () => {
    const paired = (v: FabricView): FabricView => ({ ...v, pools: [...v.pools, { ...(v.pools[0] as PoolView), name: 'pool-b' }] });
    const changes = texts(paired(healthy), paired(failedOver));
    expect(changes).toContain('pool-a: SQL sql1 no longer holds its fabric vote');
    expect(changes).toContain('pool-b: SQL sql1 no longer holds its fabric vote');
  });

  it('tells Backup Service changes', () => {
    const backup = { serviceRunning: true, exportStatus: 'SteadyState', importStatus: 'NormalState', pendingAtPartner: 0 } as const;
    const before = withPool(healthy, (p) => ({ ...p, backup }));
    const after = withPool(healthy, (p) => ({ ...p, backup: { ...backup, serviceRunning: false, exportStatus: 'NonSteadyState', pendingAtPartner: 2 } }));
    expect(texts(before, after)).toEqual([
      'Backup Service stopped',
      'backup export SteadyState → NonSteadyState',
      "2 changes waiting at the partner's share",
    ]);
  });
});

describe('newNotes', () => {
  it('gives only the notes the previous state did not have', () => {
    expect(newNotes(crashed, stopped)).toEqual(['services on the remaining FEs shut down']);
  });
});
