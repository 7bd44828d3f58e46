import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { exportStatus, importStatus } from '../../model/pairing/status.ts';
import { A, B, enabled, last, run, time, change, sync, forceSync } from './drive.ts';
import { pairedTopology } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';

const topology = pairedTopology('paired-lync2013');
const config = pairConfig(topology);
const model = pairingModel(topology);
const interval = config.syncSeconds;

const importOn = (pool: 0 | 1): PairAction => ({ kind: 'import', pool });
const stop = (pool: 0 | 1): PairAction => ({ kind: 'stopService', pool });
const start = (pool: 0 | 1): PairAction => ({ kind: 'startService', pool });

describe('the Backup Service', () => {
  it('starts in operation (both SteadyState), or just paired (NotInitialized), with nothing in flight', () => {
    const [inOperation, justPaired] = model.init();
    expect([exportStatus(config, inOperation!, A), exportStatus(config, inOperation!, B)]).toEqual(['SteadyState', 'SteadyState']);
    expect([exportStatus(config, justPaired!, A), exportStatus(config, justPaired!, B)]).toEqual(['NotInitialized', 'NotInitialized']);
    for (const s of [inOperation!, justPaired!]) {
      expect([importStatus(s, A), importStatus(s, B)]).toEqual(['NormalState', 'NormalState']);
      expect(enabled(model, s, time)).toBe(true);
      expect(enabled(model, s, sync(A))).toBe(false);
    }
  });

  it('makes every running service due at the deadline, and time waits for the due exports', () => {
    const [, due] = run(model, [time]);
    expect(due!.pools.map((p) => p.syncDue)).toEqual([true, true]);
    expect(enabled(model, due!, time)).toBe(false);
    const synced = last(run(model, [sync(A), sync(B)], due));
    expect(enabled(model, synced, time)).toBe(true);
    expect([exportStatus(config, synced, A), exportStatus(config, synced, B)]).toEqual(['SteadyState', 'SteadyState']);
  });

  it('exports a change at the next deadline, one interval old, and the partner imports it on arrival', () => {
    const states = run(model, [change(A), time, sync(A)]);
    const exported = last(states);
    expect(exported.pools[A]).toMatchObject({ unexported: 0, pending: 1, pendingAge: interval, pendingInterrupted: false });
    expect(enabled(model, exported, time)).toBe(false);
    const imported = last(run(model, [importOn(B)], exported));
    expect(imported.pools[A]).toMatchObject({ pending: 0, pendingAge: 0 });
    expect(enabled(model, last(run(model, [sync(B)], imported)), time)).toBe(true);
  });

  it("reproduces seed 000: with the partner's service stopped the exporter still reports SteadyState", () => {
    const s = last(run(model, [change(A), stop(B), forceSync(A)]));
    expect(exportStatus(config, s, A)).toBe('SteadyState');
    expect(importStatus(s, A)).toBe('NormalState');
    expect(s.pools[A].pending).toBe(1);
    expect([exportStatus(config, s, B), importStatus(s, B)]).toEqual(['ErrorState', 'ErrorState']);
    expect(enabled(model, s, importOn(B))).toBe(false);
    // Starting the service again consumes the files ("the backup.zip file disappears").
    const restarted = last(run(model, [start(B)], s));
    expect(enabled(model, restarted, importOn(B))).toBe(true);
    expect(last(run(model, [importOn(B)], restarted)).pools[A].pending).toBe(0);
  });

  it('ages unconsumed files by one interval per deadline and marks the flow interrupted', () => {
    const states = run(model, [change(A), stop(B), forceSync(A), time, sync(A), time]);
    expect(last(states).pools[A]).toMatchObject({ pending: 1, pendingAge: 2 * interval, pendingInterrupted: true });
    expect(exportStatus(config, last(states), A)).toBe('SteadyState');
  });

  it('saturates interrupted ages at two intervals, and keeps uninterrupted ones exact past the RPO', () => {
    const states = run(model, [change(A), stop(B), forceSync(A), time, sync(A), time, sync(A), time, sync(A)]);
    expect(states.map((s) => s.pools[A].pendingAge)).toEqual([0, 0, 0, 0, interval, interval, 2 * interval, 2 * interval, 2 * interval, 2 * interval]);
    expect(config.interruptedAgeCap).toBe(2 * interval);
    expect(config.uninterruptedAgeCap).toBeGreaterThan(config.rpoSeconds);
  });

  it('reports NonSteadyState when a restarted exporter finds changes older than one interval', () => {
    const s = last(run(model, [change(A), stop(A), time, sync(B), time, sync(B), start(A)]));
    expect(s.pools[A]).toMatchObject({ unexported: 1, unexportedAge: 2 * interval, unexportedInterrupted: true });
    expect(exportStatus(config, s, A)).toBe('NonSteadyState');
    const drained = last(run(model, [forceSync(A)], s));
    expect(exportStatus(config, drained, A)).toBe('SteadyState');
    // Exactly one interval behind is still on schedule.
    const oneInterval = last(run(model, [change(A), stop(A), time, sync(B), start(A)]));
    expect(oneInterval.pools[A].unexportedAge).toBe(interval);
    expect(exportStatus(config, oneInterval, A)).toBe('SteadyState');
  });

  it("leaves the exporter SteadyState when the partner's back end is down, with the partner's import in ErrorState", () => {
    const s = last(run(model, [change(A), { kind: 'failBackend', pool: B }, forceSync(A)]));
    expect(exportStatus(config, s, A)).toBe('SteadyState');
    expect(importStatus(s, B)).toBe('ErrorState');
    expect(s.pools[A].pending).toBe(1);
  });

  it("cannot export into a partner site that is down, and reports ErrorState", () => {
    const s = last(run(model, [change(A), { kind: 'failPool', pool: B }]));
    expect(exportStatus(config, s, A)).toBe('ErrorState');
    expect(enabled(model, s, forceSync(A))).toBe(false);
    const afterDeadline = last(run(model, [time, sync(A)], s));
    expect(afterDeadline.pools[A]).toMatchObject({ unexported: 1, unexportedInterrupted: true });
  });

  it('stops ages at a disaster and adds the outage when the pool comes back', () => {
    const down = last(run(model, [change(A), { kind: 'failPool', pool: A }, time, sync(B), time]));
    expect(down.pools[A]).toMatchObject({ unexportedAge: 0, outage: 2 * interval });
    const back = last(run(model, [sync(B), { kind: 'recoverPool', pool: A }], down));
    expect(back.pools[A]).toMatchObject({ unexportedAge: 2 * interval, unexportedInterrupted: true, outage: 0 });
  });

  it('counts a Backup Service restarted between deadlines as an interruption: the export it skipped waits an interval', () => {
    const s = last(run(model, [change(A), time, stop(A), start(A), sync(B), time]));
    expect(s.pools[A]).toMatchObject({ unexported: 1, unexportedAge: 2 * interval, unexportedInterrupted: true });
  });

  it('counts a pool that fails and recovers at once as an interruption', () => {
    const s = last(run(model, [change(A), time, { kind: 'failPool', pool: A }, { kind: 'recoverPool', pool: A }]));
    expect(s.pools[A]).toMatchObject({ unexportedAge: interval, unexportedInterrupted: true });
  });

  it('lets no time pass when no Backup Service runs', () => {
    const s = last(run(model, [stop(A), stop(B)]));
    expect(enabled(model, s, time)).toBe(false);
    expect(model.actions(s).length).toBeGreaterThan(0);
  });

  it('caps the changes in flight per pool', () => {
    const s = last(run(model, [change(A), change(A)]));
    expect(enabled(model, s, change(A))).toBe(false);
    expect(enabled(model, s, change(B))).toBe(true);
  });

  it('offers a forced sync only when it would export something or initialize the service', () => {
    const s = last(run(model, [forceSync(A)], model.init()[1]));
    expect(exportStatus(config, s, A)).toBe('SteadyState');
    expect(enabled(model, s, forceSync(A))).toBe(false);
    expect(enabled(model, last(run(model, [change(A)], s)), forceSync(A))).toBe(true);
  });

  it('keeps a ghost count of changes written and not imported, apart from the export bookkeeping', () => {
    const states = run(model, [change(A), change(A), forceSync(A), stop(B), time, sync(A), start(B), importOn(B)]);
    expect(states.map((s) => s.pools[A].unimported)).toEqual([0, 1, 2, 2, 2, 2, 2, 2, 0]);
  });

  it('keeps an age and its interruption at zero while nothing waits in that stage, in every state within 6 steps', async () => {
    const fresh = pairingModel(pairedTopology('paired-lync2013'));
    const result = await check(
      fresh,
      [
        {
          name: 'empty stages have no age',
          kind: 'always',
          check: (s) =>
            s.pools.every((p) => (p.unexported > 0 || (p.unexportedAge === 0 && !p.unexportedInterrupted)) && (p.pending > 0 || (p.pendingAge === 0 && !p.pendingInterrupted))),
        },
      ],
      { maxDepth: 6, deadlock: false },
    );
    expect(result.properties[0]?.status).toBe('holds');
    expect(result.states).toBeGreaterThan(10_000);
  });
});
