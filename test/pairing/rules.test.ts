import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { lossClauses } from '../../properties/pairing/failover-data-loss-bounded.ts';
import { pairingRules } from '../../src/fabric/pairing.ts';
import { A, B, last, run, time, change } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Always, Model } from '../../src/engine/types.ts';

const topology = pairedTopology('paired-lync2013');
const model = pairingModel(topology);
const rule = (name: string) => pairingRules.find((r) => r.name === name)!;


/** The model with a bug planted after every step, to show a clause notices it on the bug's own reachable paths. */
function mutant(bug: (draft: PairState, action: PairAction) => void): Model<PairState, PairAction> {
  return { ...model, next: (s, a) => produce(model.next(s, a), (d) => bug(d, a)) };
}

/** Each transition of the path, judged by a clause of failover-data-loss-bounded. */
function judged(clause: (prev: PairState, action: PairAction, next: PairState) => boolean, m: Model<PairState, PairAction>, actions: PairAction[]): boolean[] {
  const states = run(m, actions);
  return actions.map((action, i) => clause(states[i]!, action, states[i + 1]!));
}

describe('the pairing rules', () => {
  it('have unique kebab-case names, a description and a source', () => {
    const names = pairingRules.map((r) => r.name);
    expect(new Set(names).size).toBe(5);
    for (const r of pairingRules) {
      expect(r.name).toMatch(/^[a-z]+(-[a-z]+)*$/);
      expect(r.description.length).toBeGreaterThan(40);
      expect(r.source.length).toBeGreaterThan(10);
      expect(r.property(topology).name).toBe(r.name);
    }
  });

  it('apply only to a topology with a paired pool', () => {
    const single = variant('paired-lync2013', { pairedPool: undefined, backupService: undefined, cms: undefined });
    expect(pairingRules.filter((r) => r.applies(single))).toEqual([]);
    expect(pairingRules.every((r) => r.applies(topology))).toBe(true);
  });
});

describe('failover-serves-users', () => {
  const holds = (m: Model<PairState, PairAction>, t: typeof topology, actions: PairAction[]) =>
    run(m, actions).map((s) => (rule('failover-serves-users').property(t) as Always<PairState>).check(s));
  const failover: PairAction = { kind: 'failover', pool: A, disaster: false };

  it('holds after a failover to a healthy backup pool, and while the backup pool has no quorum', () => {
    expect(holds(model, topology, [failover, { kind: 'failPool', pool: B }])).toEqual([true, true, true]);
  });

  it('fails on a reachable path: the backup pool comes back with quorum while its back end is down', () => {
    const path: PairAction[] = [failover, { kind: 'failPool', pool: B }, { kind: 'failBackend', pool: B }, { kind: 'recoverPool', pool: B }];
    expect(holds(model, topology, path)).toEqual([true, true, true, true, false]);
  });

  it('fails with one fault when the backup pool has 2 FEs: its back end alone', () => {
    const small = variant('paired-lync2013', {
      pairedPool: { name: 'pool-b.contoso.com', frontEnds: [{ name: 'fe-b1', host: 'host-b1' }, { name: 'fe-b2', host: 'host-b2' }], backend: { principal: 'sql-b1' } },
    });
    expect(holds(pairingModel(small), small, [failover, { kind: 'failBackend', pool: B }])).toEqual([true, true, false]);
  });
});

describe('failover-data-loss-bounded', () => {
  const { exact, whileBothRan, whenSteady } = lossClauses(pairConfig(topology));
  const disaster: PairAction = { kind: 'failover', pool: A, disaster: true };

  it('judges disaster failovers only: a planned one that runs out of -WaitTime is not its concern', () => {
    const planned = [change(A), { kind: 'forceSync', pool: A }, { kind: 'stopService', pool: B }, time, { kind: 'failover', pool: A, disaster: false }] as PairAction[];
    const states = run(model, planned);
    expect(last(states).pools[A].lost).toBe(1);
    expect(judged(whenSteady, model, planned).every(Boolean) && judged(exact, model, planned).every(Boolean)).toBe(true);
  });

  it('exact: notices a share that drops its files when its Backup Service stops, by the ghost count', () => {
    const path = [change(A), { kind: 'forceSync', pool: A }, { kind: 'stopService', pool: B }, { kind: 'failPool', pool: A }, disaster] as PairAction[];
    const dropsFiles = mutant((d, a) => {
      if (a.kind === 'stopService') d.pools[a.pool === A ? B : A].pending = 0;
    });
    expect(judged(exact, model, path)).toEqual([true, true, true, true, true]);
    expect(judged(exact, dropsFiles, path)).toEqual([true, true, true, true, false]);
  });

  it('exact: notices a CMS failover with -Force that loses nothing of what the partner had not imported', () => {
    const path = [change(A), { kind: 'failPool', pool: A }, { kind: 'failoverCms', to: B, disaster: true }] as PairAction[];
    const losesNothing = mutant((d, a) => {
      if (a.kind === 'failoverCms') d.cmsLost = 0;
    });
    expect(last(run(model, path)).cmsLost).toBe(1);
    expect(judged(exact, model, path)).toEqual([true, true, true]);
    expect(judged(exact, losesNothing, path)).toEqual([true, true, false]);
  });

  it('whileBothRan: notices changes that aged past an interval without the flow counting as interrupted', () => {
    const path = [change(A), time, { kind: 'sync', pool: A }, { kind: 'stopService', pool: B }, time, { kind: 'failPool', pool: A }, disaster] as PairAction[];
    const forgetsInterruptions = mutant((d) => {
      for (const p of d.pools) p.pendingInterrupted = p.unexportedInterrupted = false;
    });
    expect(judged(whileBothRan, model, path).every(Boolean)).toBe(true);
    expect(judged(whileBothRan, forgetsInterruptions, path).at(-1)).toBe(false);
  });

  it('whenSteady: fails on the same path in the real model, the exporter having reported SteadyState', () => {
    const path = [change(A), time, { kind: 'sync', pool: A }, { kind: 'stopService', pool: B }, time, { kind: 'failPool', pool: A }, disaster] as PairAction[];
    expect(run(model, path)[6]!.pools[A].steadyAtDisaster).toBe(true);
    expect(judged(whenSteady, model, path)).toEqual([true, true, true, true, true, true, false]);
  });
});
