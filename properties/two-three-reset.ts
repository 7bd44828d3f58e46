/**
 * DOMAIN.md §5, seed 004 "Never Two Servers": growing a pool from two FEs to three (or shrinking it back)
 * needs Reset-CsPoolRegistrarState -ResetType FullReset, and every user is disconnected while the FE
 * services restart. Only pools one FE away from the crossing can make it.
 */
import { poolContext } from '../model/context.ts';
import { service } from '../model/facts.ts';
import type { PoolRule } from './pool-rule.ts';

export const twoThreeReset: PoolRule = {
  name: 'two-three-reset',
  description: 'Changing the pool between two and three FEs keeps every user connected.',
  source: 'DOMAIN.md §5; seed 004 "Never Two Servers"',
  applies: (topology) => poolContext(topology).crossing !== null,
  expected(topology) {
    const grows = poolContext(topology).crossing?.designedPresent === false;
    return {
      verdict: 'violated',
      why: `${grows ? 'adding a third FE' : 'removing the third FE'} needs a FullReset: every user is disconnected until it runs with ${grows ? 'three' : 'both'} FEs up`,
    };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'always',
      name: 'two-three-reset',
      description: 'while the pool waits for its FullReset, no routing group is disconnected',
      check: (s) => !s.resetNeeded || s.rgs.every((rg) => service(ctx, s, rg) !== 'disconnected'),
    };
  },
};
