import { describe, expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { cmsAvailable, hostOf, serviceLevel } from '../../model/pairing/facts.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { exportStatus } from '../../model/pairing/status.ts';
import { A, B, enabled, last, run, time, change, sync, failPool, failover } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';

const topology = pairedTopology('paired-lync2013');
const config = pairConfig(topology);
const model = pairingModel(topology);
const interval = config.syncSeconds;

const failback = (pool: 0 | 1): PairAction => ({ kind: 'failback', pool });
const failoverCms = (to: 0 | 1, disaster: boolean): PairAction => ({ kind: 'failoverCms', to, disaster });
/** The pool giving `users`' users full service, or -1. */
const servedBy = (s: PairState, users: 0 | 1) => (serviceLevel(config, s, hostOf(s, users)) === 'full' ? hostOf(s, users) : -1);

describe('pool failover', () => {
  it('in disaster mode loses exactly what the partner had not imported, aged to the disaster', () => {
    const s = last(run(model, [change(A), time, failPool(A), sync(B), time, failover(A, true)]));
    expect(s.pools[A]).toMatchObject({ failedOver: true, lost: 1, lostAge: interval, lostUninterruptedAge: interval });
    expect(s.pools[A]).toMatchObject({ unexported: 0, pending: 0, outage: 0, unimported: 0 });
    expect(servedBy(s, A)).toBe(B);
    // Only the failover step reports its loss.
    expect(last(run(model, [sync(B)], s)).pools[A].lost).toBe(0);
  });

  it('keeps what the partner already imported', () => {
    const s = last(run(model, [change(A), time, sync(A), { kind: 'import', pool: B }, failPool(A), failover(A, true)]));
    expect(s.pools[A].lost).toBe(0);
  });

  it('syncs first when planned and both Backup Services run', () => {
    const s = last(run(model, [change(A), time, failover(A, false)]));
    expect(s.pools[A]).toMatchObject({ failedOver: true, lost: 0, lostAge: 0 });
  });

  it("runs out of -WaitTime when planned with the partner's service stopped, and loses what the partner has not imported", () => {
    const s = last(run(model, [change(A), { kind: 'stopService', pool: B }, failover(A, false)]));
    expect(s.pools[A]).toMatchObject({ lost: 1, lostAge: 0 });
  });

  it('offers -DisasterMode exactly when the pool or its back end is down', () => {
    const s0 = model.init()[0]!;
    expect(enabled(model, s0, failover(A, false))).toBe(true);
    expect(enabled(model, s0, failover(A, true))).toBe(false);
    const backendDown = last(run(model, [{ kind: 'failBackend', pool: A }]));
    expect(enabled(model, backendDown, failover(A, true))).toBe(true);
    expect(enabled(model, backendDown, failover(A, false))).toBe(false);
  });

  it('needs a backup pool that serves with its back end up', () => {
    expect(enabled(model, last(run(model, [failPool(B)])), failover(A, false))).toBe(false);
    expect(enabled(model, last(run(model, [{ kind: 'failBackend', pool: B }])), failover(A, false))).toBe(false);
  });

  it('does not fail over a pool that hosts its partner\'s users', () => {
    const s = last(run(model, [failoverCms(B, false), failover(A, false)]));
    expect(enabled(model, s, failover(B, false))).toBe(false);
  });

  it('keeps the recovered pool read-only (FinalState, not serving) until the failback', () => {
    const s = last(run(model, [failPool(A), failoverCms(B, true), failover(A, true), { kind: 'recoverPool', pool: A }]));
    expect(exportStatus(config, s, A)).toBe('FinalState');
    expect(servedBy(s, A)).toBe(B);
    expect(enabled(model, s, change(A))).toBe(false);
    const back = last(run(model, [change(B), failback(A)], s));
    expect(back.pools[A]).toMatchObject({ failedOver: false, lost: 0 });
    expect(back.pools[B]).toMatchObject({ unexported: 0, pending: 0, unimported: 0 });
    expect(servedBy(back, A)).toBe(A);
  });
});

describe('the Central Management Store', () => {
  it('starts in the pool the topology names', () => {
    expect(model.init()[0]!.cmsAt).toBe(A);
    expect(pairingModel(variant('paired-lync2013', { cms: 'pool-b.contoso.com' })).init()[0]!.cmsAt).toBe(B);
    expect(pairingModel(variant('paired-lync2013', { cms: undefined })).init()[0]!.cmsAt).toBe(-1);
  });

  it('with -Force, when unavailable, loses the CMS pool\'s changes the partner had not imported; they stay in flight as user data', () => {
    const down = last(run(model, [change(A), failPool(A)]));
    expect(enabled(model, down, failoverCms(B, false))).toBe(false);
    const moved = last(run(model, [failoverCms(B, true)], down));
    expect(moved).toMatchObject({ cmsAt: B, cmsLost: 1 });
    expect(moved.pools[A]).toMatchObject({ unexported: 1, unimported: 1 });
  });

  it('without -Force syncs first, and is not offered while the partner cannot import', () => {
    const synced = last(run(model, [change(A), failoverCms(B, false)]));
    expect(synced).toMatchObject({ cmsAt: B, cmsLost: 0 });
    expect(synced.pools[A]).toMatchObject({ unexported: 0, pending: 0, unimported: 0 });
    expect(enabled(model, last(run(model, [change(A), { kind: 'stopService', pool: B }])), failoverCms(B, false))).toBe(false);
    expect(enabled(model, last(run(model, [{ kind: 'stopService', pool: B }])), failoverCms(B, false))).toBe(true);
  });

  it('goes down with its pool when that pool is failed over first, and blocks the failback until it moves', () => {
    const s = last(run(model, [failover(A, false)]));
    expect(cmsAvailable(s)).toBe(false);
    expect(enabled(model, s, failback(A))).toBe(false);
    const moved = last(run(model, [failoverCms(B, true)], s));
    expect(cmsAvailable(moved)).toBe(true);
    expect(enabled(model, moved, failback(A))).toBe(true);
  });
});

describe("the backup pool's routing groups", () => {
  const twoFeBackup = variant('paired-lync2013', {
    pairedPool: { name: 'pool-b.contoso.com', frontEnds: [{ name: 'fe-b1', host: 'host-b1' }, { name: 'fe-b2', host: 'host-b2' }], backend: { principal: 'sql-b1' } },
  });
  const small = pairingModel(twoFeBackup);

  it('carry the moved users through a back-end outage in a pool of 3+ FEs, not in a pool of 2', () => {
    const steps = [failover(A, false), { kind: 'failBackend', pool: B } as const];
    expect(serviceLevel(config, last(run(model, steps)), B)).toBe('full');
    expect(serviceLevel(pairConfig(twoFeBackup), last(run(small, steps)), B)).toBe('limited');
  });

  it('cannot load the moved users in a backup pool that came back without its back end, until it is back', () => {
    const s = last(run(model, [failover(A, false), failPool(B), { kind: 'failBackend', pool: B }, { kind: 'recoverPool', pool: B }]));
    expect(s.pools[B]).toMatchObject({ up: true, loaded: false });
    expect(servedBy(s, A)).toBe(-1);
    expect(servedBy(last(run(model, [{ kind: 'recoverBackend', pool: B }], s)), A)).toBe(B);
  });
});

describe('faults', () => {
  it('counts pool, back-end and Backup Service failures per path, up to maxFaults', () => {
    const s = last(run(model, [{ kind: 'stopService', pool: B }, failPool(A), { kind: 'recoverPool', pool: A }]));
    expect(s.faults).toBe(2);
    const faultKinds = new Set(['stopService', 'failPool', 'failBackend']);
    expect(model.actions(s).some((a) => faultKinds.has(a.kind))).toBe(false);
    expect(model.actions(s).some((a) => a.kind === 'startService')).toBe(true);
  });

  it('does not count the administrator\'s cmdlets', () => {
    const s = last(run(model, [failover(A, false), failoverCms(B, true), failback(A), change(A), { kind: 'forceSync', pool: A }]));
    expect(s.faults).toBe(0);
  });
});

describe("a failover before the partner imported what waits in its share", () => {
  // A's change is exported into B's share; B could import it now, but the failover comes first.
  const exported: PairAction[] = [change(A), { kind: 'forceSync', pool: A }];

  it('in disaster mode loses it: the partner discards its share', () => {
    const s = last(run(model, [...exported, failPool(A), failover(A, true)]));
    expect(s.pools[A]).toMatchObject({ failedOver: true, lost: 1, pending: 0 });
  });

  it("without disaster mode, but with the pool's Backup Service stopped, loses it too: the wait for the sync runs out", () => {
    const s = last(run(model, [...exported, { kind: 'stopService', pool: A }, failover(A, false)]));
    expect(s.pools[A]).toMatchObject({ failedOver: true, lost: 1, pending: 0 });
    // With both services running the sync completes and nothing is lost.
    expect(last(run(model, [...exported, failover(A, false)])).pools[A]).toMatchObject({ failedOver: true, lost: 0 });
  });
});

