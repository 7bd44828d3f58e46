import { describe, expect, it } from 'vitest';
import { pairingModel } from '../../model/pairing/model.ts';
import { pairingCheck, pairingRules, pairingSubject, viewOfPairing } from '../../src/fabric/pairing.ts';
import { diffViews } from '../../src/reports/diff.ts';
import { last, run } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';

const topology = pairedTopology('paired-lync2013');

describe('pairingCheck', () => {
  const fabric = pairingCheck(topology)!;

  it("is the 'pairing' check, with its rules in the order of its properties", () => {
    expect(fabric.id).toBe('pairing');
    expect(fabric.rules.map((r) => r.name)).toEqual(pairingRules.map((r) => r.name));
    expect(fabric.subject.properties.map((p) => p.name)).toEqual(fabric.rules.map((r) => r.name));
    expect(fabric.maxDepth).toBe(topology.bounds.maxDepth);
  });

  it('names a source a worker thread can rebuild the same subject from', async () => {
    const { module, export: name, args } = fabric.source;
    const factory = (await import(module))[name] as typeof pairingSubject;
    const rebuilt = factory(...(structuredClone(args) as [typeof topology]));
    expect(rebuilt.properties.map((p) => p.name)).toEqual(fabric.subject.properties.map((p) => p.name));
    expect(rebuilt.model.init()).toEqual(fabric.subject.model.init());
  });

  it('is absent without a paired pool, or when none of the wanted rules is a pairing rule', () => {
    const single = variant('paired-lync2013', { pairedPool: undefined, backupService: undefined, cms: undefined });
    expect(pairingCheck(single)).toBeNull();
    expect(pairingCheck(topology, ['never-two-servers'])).toBeNull();
  });

  it('narrows to the wanted rules, and so does the subject a worker rebuilds', async () => {
    const narrowed = pairingCheck(topology, ['failover-rpo', 'never-two-servers'])!;
    expect(narrowed.rules.map((r) => r.name)).toEqual(['failover-rpo']);
    const { module, export: name, args } = narrowed.source;
    const factory = (await import(module))[name] as typeof pairingSubject;
    const rebuilt = factory(...(structuredClone(args) as Parameters<typeof pairingSubject>));
    expect(rebuilt.properties.map((p) => p.name)).toEqual(['failover-rpo']);
  });

  it('lets one SyncInterval pass per time step and no time otherwise', () => {
    expect(fabric.minutesElapsed({ kind: 'time' })).toBe(2);
    expect(fabric.minutesElapsed({ kind: 'sync', pool: 0 })).toBe(0);
  });
});

describe('viewOfPairing', () => {
  const model = pairingModel(topology);

  it('draws both pools with their Backup Service status and the sync timers', () => {
    const s = last(run(model, [{ kind: 'change', pool: 0 }, { kind: 'stopService', pool: 1 }, { kind: 'forceSync', pool: 0 }]));
    const view = viewOfPairing(topology, s);
    expect(view.pools.map((p) => p.name)).toEqual(['pool-a.contoso.com', 'pool-b.contoso.com']);
    expect(view.pools[0]!.backup).toEqual({ serviceRunning: true, exportStatus: 'SteadyState', importStatus: 'NormalState', pendingAtPartner: 1 });
    expect(view.pools[1]!.backup).toMatchObject({ serviceRunning: false, exportStatus: 'ErrorState', importStatus: 'ErrorState' });
    expect(view.timers).toEqual([{ name: 'Backup Service sync on pool-a.contoso.com', dueInMinutes: 2 }]);
    expect(view.notes.some((n) => n.includes("wait in pool-b.contoso.com's share") && n.includes('reports SteadyState'))).toBe(true);
  });

  it("moves the failed pool's routing group to the backup pool, records the loss at that step, and invents no replicas", () => {
    const s = last(
      run(model, [
        { kind: 'change', pool: 0 },
        { kind: 'failPool', pool: 0 },
        { kind: 'failoverCms', to: 1, disaster: true },
        { kind: 'failover', pool: 0, disaster: true },
      ]),
    );
    const [a, b] = viewOfPairing(topology, s).pools;
    expect(a!.serving).toBe(false);
    expect(a!.frontEnds.every((fe) => !fe.up && fe.status === 'down')).toBe(true);
    expect(a!.routingGroups).toEqual([]);
    expect(b!.routingGroups.map((rg) => [rg.id, rg.service, rg.lostChanges, rg.replicas.length])).toEqual([
      [0, 'full', 1, 0],
      [1, 'full', 0, 0],
    ]);
  });

  it('draws a pool back with quorum but not its back end as starting, its users disconnected', () => {
    const s = last(run(model, [{ kind: 'failPool', pool: 1 }, { kind: 'failBackend', pool: 1 }, { kind: 'recoverPool', pool: 1 }]));
    const b = viewOfPairing(topology, s).pools[1]!;
    expect(b.frontEnds.map((fe) => fe.status)).toEqual(['starting', 'starting', 'starting']);
    expect([b.votes.functional, b.serving, b.routingGroups[0]!.service]).toEqual([true, false, 'disconnected']);
  });
});

describe('the sync timers in a report', () => {
  const model = pairingModel(topology);
  const stop = { kind: 'stopService', pool: 1 } as const;
  /** The timer lines a report prints for the step `action` from `s`. */
  const timerLines = (s: PairState, action: PairAction) =>
    diffViews(viewOfPairing(topology, s), viewOfPairing(topology, model.next(s, action)), fabric.minutesElapsed(action))
      .map((c) => c.text)
      .filter((text) => text.startsWith('timer'));
  const fabric = pairingCheck(topology)!;

  it("say 'fired' at the deadline, 'started' when the export runs, and 'cancelled' when a service stops between deadlines", () => {
    const counting = model.init()[0]!;
    expect(timerLines(counting, { kind: 'time' })).toEqual([
      'timer Backup Service sync on pool-a.contoso.com fired',
      'timer Backup Service sync on pool-b.contoso.com fired',
    ]);
    const due = last(run(model, [{ kind: 'time' }]));
    expect(viewOfPairing(topology, due).notes).toContain('pool-b.contoso.com: the SyncInterval export is due now');
    expect(timerLines(due, { kind: 'sync', pool: 1 })).toEqual(['timer Backup Service sync on pool-b.contoso.com started: fires in 2 min']);
    expect(timerLines(counting, stop)).toEqual(['timer Backup Service sync on pool-b.contoso.com cancelled']);
    // At the deadline the timer has fired: stopping the service then cancels only the due export.
    expect(timerLines(due, stop)).toEqual([]);
    expect(viewOfPairing(topology, model.next(due, stop)).notes).not.toContain('pool-b.contoso.com: the SyncInterval export is due now');
  });
});
