/**
 * Exactly which events the pairing model offers, state by state: an extra or a missing one changes what the
 * search explores. Models and configs are built inside each test, so every test sees the code under test as
 * it is now (a config built at import time would outlive a mutant switched on later).
 */
import { describe, expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { last, run } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';

const kinds = (model: ReturnType<typeof pairingModel>, s: PairState): string[] =>
  model.actions(s).map((a) => ('pool' in a ? `${a.kind} ${a.pool}` : 'to' in a ? `${a.kind} ${a.to}` : a.kind) + ('disaster' in a && a.disaster ? ' disaster' : ''));
const faultsOf = (pool: number) => [`stopService ${pool}`, `failPool ${pool}`, `failBackend ${pool}`];

describe('the events the pairing model offers', () => {
  it('in operation: time, changes, the CMS and pool failovers, and every fault', () => {
    const model = pairingModel(pairedTopology('paired-lync2013'));
    const [inOperation, justPaired] = model.init();
    const failovers = ['failoverCms 1', 'failover 0', 'failover 1'];
    expect(kinds(model, inOperation!)).toEqual(['time', 'change 0', 'change 1', ...failovers, ...faultsOf(0), ...faultsOf(1)]);
    for (const pool of inOperation!.pools) {
      expect(pool).toMatchObject({ unexported: 0, pending: 0, unexportedInterrupted: false, pendingInterrupted: false, steadyAtDisaster: false, lost: 0 });
    }
    expect(model.label({ kind: 'time' })).toBe('2 min pass (SyncInterval)');
    // Just paired, each service may be made to sync at once.
    expect(kinds(model, justPaired!)).toEqual(['time', 'change 0', 'change 1', 'forceSync 0', 'forceSync 1', ...failovers, ...faultsOf(0), ...faultsOf(1)]);
  });

  it('after faults: recoveries, disaster failovers, and no more faults at the bound', () => {
    const model = pairingModel(pairedTopology('paired-lync2013'));
    const failed = (actions: PairAction[]) => kinds(model, last(run(model, actions)));
    expect(failed([{ kind: 'failPool', pool: 0 }])).toEqual([
      'time', 'change 1', 'recoverPool 0', 'failoverCms 1 disaster', 'failover 0 disaster', 'failBackend 0', ...faultsOf(1),
    ]);
    expect(failed([{ kind: 'failBackend', pool: 1 }])).toEqual([
      'time', 'change 0', 'recoverBackend 1', 'failover 1 disaster', ...faultsOf(0), 'stopService 1', 'failPool 1',
    ]);
    expect(failed([{ kind: 'stopService', pool: 0 }])).toEqual([
      'time', 'change 0', 'change 1', 'startService 0', 'failoverCms 1', 'failover 0', 'failover 1', 'failPool 0', 'failBackend 0', ...faultsOf(1),
    ]);
    // Two faults is the bound, and with no service running no deadline comes.
    expect(failed([{ kind: 'stopService', pool: 0 }, { kind: 'failPool', pool: 1 }])).toEqual([
      'change 0', 'startService 0', 'recoverPool 1', 'failover 1 disaster',
    ]);
  });

  it('offers no CMS failover when the topology does not say where the CMS is', () => {
    const model = pairingModel(variant('paired-lync2013', { cms: undefined }));
    expect(kinds(model, model.init()[0]!)).not.toContain('failoverCms 1');
    expect(kinds(model, model.init()[0]!)).toContain('failover 0');
  });
});

describe('the pairing config', () => {
  it('takes the sync interval from the topology, the RPO from the product, and caps ages from both', () => {
    expect(pairConfig(pairedTopology('paired-lync2013'))).toMatchObject({
      syncSeconds: 120,
      rpoSeconds: 30 * 60,
      // Uninterrupted ages stay exact past the RPO: the first multiple of the interval above it.
      uninterruptedAgeCap: 16 * 120,
      interruptedAgeCap: 2 * 120,
      cmsAt: 0,
    });
    expect(pairConfig(pairedTopology('paired-sfb2015-slow-sync'))).toMatchObject({
      syncSeconds: 600,
      rpoSeconds: 5 * 60,
      uninterruptedAgeCap: 2 * 600,
      interruptedAgeCap: 2 * 600,
    });
    expect(pairConfig(variant('paired-lync2013', { backupService: undefined })).syncSeconds).toBe(120);
    // The validator fills the Backup Service in; a Topology built by a library caller may leave it out.
    expect(pairConfig({ ...pairedTopology('paired-lync2013'), backupService: undefined }).syncSeconds).toBe(120);
    expect(pairConfig(variant('paired-lync2013', { backupService: { syncIntervalSeconds: 45 } })).syncSeconds).toBe(45);
  });

  it('is built once per topology, and refuses a topology without a paired pool', () => {
    const topology = pairedTopology('paired-lync2013');
    expect(pairConfig(topology)).toBe(pairConfig(topology));
    expect(() => pairConfig({ ...topology, pairedPool: undefined })).toThrow('the pairing model needs a pairedPool; pool-a.contoso.com has none');
  });
});

describe('the names of the pairing events in traces', () => {
  it('names each event as the cmdlet an operator runs, or what happens', () => {
    const model = pairingModel(pairedTopology('paired-lync2013'));
    const b = 'pool-b.contoso.com';
    const labels = ([
      { kind: 'sync', pool: 1 },
      { kind: 'import', pool: 1 },
      { kind: 'forceSync', pool: 1 },
      { kind: 'change', pool: 1 },
      { kind: 'stopService', pool: 1 },
      { kind: 'startService', pool: 1 },
      { kind: 'failPool', pool: 1 },
      { kind: 'recoverPool', pool: 1 },
      { kind: 'failBackend', pool: 1 },
      { kind: 'recoverBackend', pool: 1 },
      { kind: 'failover', pool: 1, disaster: false },
      { kind: 'failover', pool: 1, disaster: true },
      { kind: 'failback', pool: 1 },
      { kind: 'failoverCms', to: 0, disaster: false },
      { kind: 'failoverCms', to: 0, disaster: true },
    ] as const satisfies readonly PairAction[]).map((action) => model.label(action));
    expect(labels).toEqual([
      `Backup Service on ${b} exports at its SyncInterval`,
      `Backup Service on ${b} imports pool-a.contoso.com's files`,
      `Invoke-CsBackupServiceSync -PoolFqdn ${b}`,
      `a change is written to ${b}'s store`,
      `Backup Service on ${b} stops`,
      `Backup Service on ${b} starts`,
      `${b} fails (disaster)`,
      `${b} recovers`,
      `${b}'s back end fails`,
      `${b}'s back end recovers`,
      `Invoke-CsPoolFailOver -PoolFqdn ${b}`,
      `Invoke-CsPoolFailOver -PoolFqdn ${b} -DisasterMode`,
      `Invoke-CsPoolFailBack -PoolFqdn ${b}`,
      'Invoke-CsManagementServerFailover to pool-a.contoso.com',
      'Invoke-CsManagementServerFailover -Force to pool-a.contoso.com',
    ]);
    const fast = pairingModel(variant('paired-lync2013', { backupService: { syncIntervalSeconds: 45 } }));
    expect(fast.label({ kind: 'time' })).toBe('45 s pass (SyncInterval)');
  });
});
