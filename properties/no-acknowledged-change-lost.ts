/**
 * DOMAIN.md §3: a change is acknowledged once both secondaries have it and reaches the back end lazily. It
 * can only be lost when all three replicas are down before the back end caught up and
 * QuorumLossRecovery reloads the group from the back end. With three FEs every FE holds a replica, so the
 * first one back takes over with every change; it takes a fourth FE left up to run the recovery.
 */
import { poolContext } from '../model/context.ts';
import { countDown, designedFrontEnds, downSets, poolOf } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const noAcknowledgedChangeLost: PoolRule = {
  name: 'no-acknowledged-change-lost',
  description:
    'An acknowledged user change is never lost; the only window is all three replicas of a routing group down before the back end caught up.',
  source: 'DOMAIN.md §3; Reset-CsPoolRegistrarState -ResetType QuorumLossRecovery',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    if (n < 3) return { verdict: 'holds', why: `a ${poolOf(n)} writes every change to the back end before acknowledging it` };
    const k = topology.bounds.maxFaults;
    const sets = downSets(ctx, k);
    const window = sets.find((set) => countDown(ctx, set.down) >= 3 && countDown(ctx, set.down) < n);
    if (window) {
      return {
        verdict: 'violated',
        why: `a change, then ${window.how} before the back end catches up: all three replicas down, and QuorumLossRecovery on a surviving FE reloads the group without it`,
      };
    }
    const most = Math.max(...sets.map((set) => countDown(ctx, set.down)));
    return {
      verdict: 'holds',
      why: most < 3 ? `${k} fault(s) take down at most ${most} FEs: a replica with every change survives` : `only losing all ${n} FEs downs three replicas, and the first back takes over with every change`,
    };
  },
  property() {
    return {
      kind: 'always',
      name: 'no-acknowledged-change-lost',
      description: 'no routing group has lost an acknowledged change',
      check: (s) => s.rgs.every((rg) => !rg.lost),
    };
  },
};
