/**
 * The fabric's placements (QuorumLossRecovery, FullReset) are offered one per symmetry class
 * (model/choices.ts). That is sound only if every placement left out leads to a state symmetric to one
 * offered: checked against every placement, by brute force, through the canonical form (exact with one
 * routing group, test/model/codec-symmetry.test.ts).
 */
import { describe, expect, it } from 'vitest';
import { arrangements } from '../../model/choices.ts';
import { poolContext } from '../../model/context.ts';
import { feUp, inQuorumLoss } from '../../model/facts.ts';
import { poolModel } from '../../model/pool-model.ts';
import { pool, reachable } from './helpers.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

/** Every placement of one group the fabric has, as DOMAIN.md states it: the up FEs first, any roles. */
function everyPlacement(topology: Topology, s: PoolState): number[][] {
  const ctx = poolContext(topology);
  const present = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
  const up = present.filter((fe) => feUp(ctx, s, fe));
  const down = present.filter((fe) => !feUp(ctx, s, fe));
  const fromUp = Math.min(3, up.length);
  return arrangements(up, fromUp).flatMap((ups) => arrangements(down, 3 - fromUp).map((downs) => [...ups, ...downs]));
}

function missed(topology: Topology, kind: 'quorumLossRecovery' | 'fullReset', limit: number): { missed: string[]; checked: number } {
  const ctx = poolContext(topology);
  const model = poolModel(topology);
  const key = (s: PoolState): string => JSON.stringify(model.canonical!(s));
  const out: string[] = [];
  let checked = 0;
  for (const s of reachable(model, limit)) {
    const offered = model.actions(s).filter((a) => a.kind === kind);
    if (offered.length === 0) continue;
    const reached = new Set(offered.map((a) => key(model.next(s, a))));
    const groups = kind === 'fullReset' ? (s.present.filter(Boolean).length >= 3 ? [0] : []) : s.rgs.flatMap((rg, r) => (inQuorumLoss(ctx, s, rg) ? [r] : []));
    const placements = groups.length === 0 ? [[]] : everyPlacement(topology, s).map((fes) => [{ rg: groups[0]!, fes }]);
    for (const placed of placements) {
      const action: PoolAction = kind === 'fullReset' ? { kind, placed } : { kind, rebuilt: placed };
      checked++;
      if (!reached.has(key(model.next(s, action)))) out.push(`${model.label(action)} from ${JSON.stringify(s.rgs)}`);
    }
  }
  return { missed: out, checked };
}

describe('the placements the model leaves out are symmetric to ones it offers', () => {
  it('FullReset after a two-FE pool grows to three', () => {
    const { missed: left, checked } = missed(pool(['h1', 'h2']), 'fullReset', 2000);
    expect(left).toEqual([]);
    expect(checked).toBeGreaterThan(6);
  });

  it('QuorumLossRecovery of a group with two or three replicas down, five FEs on four hosts', () => {
    const topology = pool(['h1', 'h1', 'h2', 'h3', 'h4'], { principal: 'sql1' }, { bounds: { maxFaults: 3 } });
    const { missed: left, checked } = missed(topology, 'quorumLossRecovery', 1500);
    expect(left).toEqual([]);
    expect(checked).toBeGreaterThan(100);
  });
});
