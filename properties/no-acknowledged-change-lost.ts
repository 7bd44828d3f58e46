/**
 * DOMAIN.md §3: a change is acknowledged once both secondaries have it and reaches the back end lazily. It
 * can only be lost when QuorumLossRecovery reloads its routing group from a back end that had not caught
 * up, and the recovery is the published recourse for a group in quorum loss: two of its three replicas
 * down is enough (seed 004). With every replica down, the first back is in quorum loss too.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize } from '../model/facts.ts';
import { countDown, designedFrontEnds, downSets, poolOf } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const noAcknowledgedChangeLost: PoolRule = {
  name: 'no-acknowledged-change-lost',
  description:
    'An acknowledged user change is never lost; the one window is QuorumLossRecovery reloading a routing group in quorum loss (two or three of its replicas down) before the back end caught up.',
  source: 'DOMAIN.md §3; seed 004 "Large Pools Risk"; Reset-CsPoolRegistrarState -ResetType QuorumLossRecovery',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    if (n < 3) return { verdict: 'holds', why: `a ${poolOf(n)} writes every change to the back end before acknowledging it` };
    const k = topology.bounds.maxFaults;
    const window = downSets(ctx, k).find((set) => countDown(ctx, set.down) >= 2);
    if (window) {
      return {
        verdict: 'violated',
        why: `a change, then ${window.how} before the back end catches up: two replicas may be down, and QuorumLossRecovery, the recourse for the group's quorum loss, reloads it without the change`,
      };
    }
    return { verdict: 'holds', why: `${k} fault(s) take down at most one FE: no routing group loses quorum, so none is reloaded` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    // Judged on the step that loses it, in the pool as designed: a two-FE pool grown to three is not the
    // pool the verdict speaks of (two-three-reset judges the crossing), and `lost` outlives the crossing back.
    return {
      kind: 'step',
      name: 'no-acknowledged-change-lost',
      description: 'no step of the designed pool loses an acknowledged change',
      check: (prev, _action, next) => !atDesignedSize(ctx, prev) || next.rgs.every((rg, r) => !rg.lost || prev.rgs[r]!.lost),
    };
  },
};
