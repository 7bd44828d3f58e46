/**
 * DOMAIN.md §2: the pool is functional while a strict majority of its voters (seed FEs, plus the SQL
 * primary when the seeds are even) is up. Within the fault bound, is it always?
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, votes } from '../model/facts.ts';
import { downSets, seedSets, sqlVoteFreeToLose, votesWith } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const poolQuorum: PoolRule = {
  name: 'pool-quorum',
  description: 'The pool keeps a strict majority of its voters (seed FEs, and the SQL primary in even pools) within the fault bound.',
  source: 'DOMAIN.md §2; seed 004 "Even Number of Servers"',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const k = topology.bounds.maxFaults;
    const free = sqlVoteFreeToLose(ctx);
    let worst: { up: number; total: number } | null = null;
    for (const seeds of seedSets(ctx)) {
      for (const sqlLost of [false, true]) {
        for (const set of downSets(ctx, k)) {
          const faults = set.faults + (sqlLost && !free ? 1 : 0);
          if (faults > k) continue;
          const v = votesWith(ctx, seeds, set.down, !sqlLost);
          if (sqlLost && v.total === seeds.filter(Boolean).length) continue;
          if (!v.majority) {
            const steps = [
              ...(sqlLost ? [free ? 'a manual SQL failover to the mirror' : 'the SQL principal fails'] : []),
              ...(set.faults > 0 ? [set.how] : []),
            ];
            return { verdict: 'violated', why: `${steps.join(', then ')}: ${v.up} of ${v.total} votes` };
          }
          if (worst === null || v.up < worst.up) worst = { up: v.up, total: v.total };
        }
      }
    }
    return { verdict: 'holds', why: `at worst ${worst?.up} of ${worst?.total} votes stay up within ${k} faults` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'always',
      name: 'pool-quorum',
      description: 'a strict majority of the pool’s voters is up',
      check: (s) => !atDesignedSize(ctx, s) || votes(ctx, s).functional,
    };
  },
};
