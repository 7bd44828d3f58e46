/**
 * DOMAIN.md §3, seed 004 "Large Pools Risk": a routing group keeps quorum with 2 of its 3 replicas up and
 * up to date; losing two drops its users to limited functionality. Placement ignores hosts and is the
 * fabric's choice, so any two FEs the faults can take down may hold two replicas of one group.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, freshUp, hasReplicas } from '../model/facts.ts';
import { countDown, designedFrontEnds, downSets } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const routingGroupQuorum: PoolRule = {
  name: 'routing-group-quorum',
  description: 'No routing group loses two of its three replicas within the fault bound.',
  source: 'DOMAIN.md §3; seed 004 "Large Pools Risk"',
  applies: (topology) => designedFrontEnds(poolContext(topology)) >= 3,
  expected(topology) {
    const ctx = poolContext(topology);
    const k = topology.bounds.maxFaults;
    const two = downSets(ctx, k).find((set) => countDown(ctx, set.down) >= 2);
    if (two) return { verdict: 'violated', why: `${two.how}: two FEs that may hold two replicas of one routing group` };
    return { verdict: 'holds', why: `${k} fault(s) take down at most one FE, so every group keeps 2 of 3 replicas` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'always',
      name: 'routing-group-quorum',
      description: 'every routing group has at least two replicas up and up to date',
      check: (s) => !atDesignedSize(ctx, s) || !hasReplicas(s) || s.rgs.every((rg) => freshUp(ctx, s, rg) >= 2),
    };
  },
};
