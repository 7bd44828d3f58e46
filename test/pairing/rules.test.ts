import { describe, expect, it } from 'vitest';
import { pairingModel } from '../../model/pairing/model.ts';
import { pairingRules } from '../../src/fabric/pairing.ts';
import { last, run } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Always, Step } from '../../src/engine/types.ts';

const topology = pairedTopology('paired-lync2013');
const model = pairingModel(topology);
const rule = (name: string) => pairingRules.find((r) => r.name === name)!;

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
  const check = (rule('failover-serves-users').property(topology) as Always<PairState>).check;
  const failedOverA = last(run(model, [{ kind: 'failoverCms', to: 1 }, { kind: 'failover', pool: 0, disaster: false }]));

  it('accepts users served by the backup pool, and a backup pool without quorum', () => {
    expect(check(failedOverA)).toBe(true);
    expect(check(last(run(model, [{ kind: 'failPool', pool: 1 }], failedOverA)))).toBe(true);
  });

  it('rejects a backup pool with quorum that is itself failed over (nobody serves the users)', () => {
    const bothFailedOver: PairState = { ...failedOverA, pools: [failedOverA.pools[0], { ...failedOverA.pools[1], failedOver: true }] };
    expect(check(bothFailedOver)).toBe(false);
  });
});

describe('failover-data-loss-bounded', () => {
  const check = (rule('failover-data-loss-bounded').property(topology) as Step<PairState, PairAction>).check;
  const disaster: PairAction = { kind: 'failover', pool: 0, disaster: true };
  const before = last(run(model, [{ kind: 'change', pool: 0 }, { kind: 'failPool', pool: 0 }]));
  const after = model.next(before, disaster);

  it('accepts a failover that loses exactly the one change the partner never saw', () => {
    expect(after.pools[0].lost).toBe(1);
    expect(check(before, disaster, after)).toBe(true);
  });

  it('rejects a loss count that differs from what was not imported', () => {
    const miscounted: PairState = { ...after, pools: [{ ...after.pools[0], lost: 0 }, after.pools[1]] };
    expect(check(before, disaster, miscounted)).toBe(false);
  });

  it('ignores every other action', () => {
    expect(check(before, { kind: 'time' }, before)).toBe(true);
  });
});
