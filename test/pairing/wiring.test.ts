import { describe, expect, it } from 'vitest';
import { pairingModel } from '../../model/pairing/model.ts';
import { pairingCheck, pairingRules, pairingSubject, viewOfPairing } from '../../src/fabric/pairing.ts';
import { last, run } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';

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

  it("moves the failed pool's routing group to the backup pool and records the loss", () => {
    const s = last(
      run(model, [
        { kind: 'change', pool: 0 },
        { kind: 'failPool', pool: 0 },
        { kind: 'failoverCms', to: 1 },
        { kind: 'failover', pool: 0, disaster: true },
      ]),
    );
    const [a, b] = viewOfPairing(topology, s).pools;
    expect(a!.serving).toBe(false);
    expect(a!.frontEnds.every((fe) => !fe.up && fe.status === 'down')).toBe(true);
    expect(a!.routingGroups).toEqual([]);
    expect(b!.routingGroups.map((rg) => [rg.id, rg.service, rg.lostChanges])).toEqual([
      [0, 'full', 1],
      [1, 'full', 0],
    ]);
    expect(b!.routingGroups[0]!.replicas.map((r) => r.fe)).toEqual(['fe-b1', 'fe-b2', 'fe-b3']);
  });
});
