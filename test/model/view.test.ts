import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { viewOf } from '../../model/view-of.ts';
import { Walk, bundled } from './helpers.ts';

describe('viewOf', () => {
  const topology = bundled('four-fe-mirror-witness');
  const ctx = poolContext(topology);

  it('draws the even pool after a mirror failover and two FE failures: 2 of 5 votes, shutdown in 5 minutes', () => {
    const walk = new Walk(topology).do('manual SQL failover to mirror sql2.contoso.com', 'fe1.contoso.com fails', 'fe2.contoso.com fails');
    const view = viewOf(ctx, walk.state);
    const pool = view.pools[0]!;
    expect(pool.votes).toEqual({ up: 2, total: 5, needed: 3, functional: false });
    expect(pool.sql).toMatchObject({ serving: 'sql2.contoso.com', votes: false });
    expect(pool.backendAvailable).toBe(true);
    expect(pool.frontEnds.map((fe) => fe.status)).toEqual(['down', 'down', 'running', 'running']);
    expect(view.timers).toEqual([{ name: 'pool-a.contoso.com services shut down (quorum loss)', dueInMinutes: 5 }]);
    expect(view.notes).toContain('pool-a.contoso.com lost quorum: 2 of 5 votes');
  });

  it('shows services stopped on the FEs that are still up once the 5 minutes pass', () => {
    const walk = new Walk(topology).do(
      'manual SQL failover to mirror sql2.contoso.com',
      'fe1.contoso.com fails',
      'fe2.contoso.com fails',
      'time passes 5 min: pool-a.contoso.com services shut down',
    );
    const pool = viewOf(ctx, walk.state).pools[0]!;
    expect(pool.frontEnds.map((fe) => fe.status)).toEqual(['down', 'down', 'stopped', 'stopped']);
    expect(pool.serving).toBe(false);
    expect(pool.routingGroups.map((rg) => rg.service)).toEqual(['disconnected']);
  });

  it('lists replicas by role with their hydration, and voters', () => {
    const walk = new Walk(topology).do('fe1.contoso.com fails', "fabric places RG1's new idle secondary on fe4.contoso.com (hydrating)");
    const view = viewOf(ctx, walk.state);
    expect(view.pools[0]!.routingGroups[0]!.replicas).toEqual([
      { fe: 'fe2.contoso.com', role: 'primary', up: true, upToDate: true },
      { fe: 'fe3.contoso.com', role: 'activeSecondary', up: true, upToDate: true },
      { fe: 'fe4.contoso.com', role: 'idleSecondary', up: true, upToDate: false },
    ]);
    expect(view.pools[0]!.frontEnds.every((fe) => fe.voter)).toBe(true);
    expect(view.timers).toEqual([{ name: 'RG1 replica on fe4.contoso.com hydrated', dueInMinutes: 30 }]);
  });
});
