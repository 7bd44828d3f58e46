/**
 * DOMAIN.md §2 "Cold start": after a full start the pool starts only when Microsoft's published minimum of
 * FEs runs (otherwise services stay in starting until QuorumLossRecovery), and then it starts at once.
 * A start is only worth it if the pool keeps a voting majority: with two FEs and a mirror, one FE after a
 * failover to the mirror is the published minimum but 1 of 3 votes.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, coldStartMet, upCount, votes } from '../model/facts.ts';
import { coldStartMinimum } from '../model/published.ts';
import { countDown, designedFrontEnds, downSets, seedSets, sqlVoteFreeToLose, votesWith } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const coldStart: PoolRule = {
  name: 'cold-start',
  description:
    'The pool starts exactly when the published minimum of FEs runs (with the back end up), and a pool so started has a voting majority.',
  source: 'DOMAIN.md §2 cold-start table; Reset-CsPoolRegistrarState',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    const minimum = coldStartMinimum(n);
    const sqlStates = sqlVoteFreeToLose(ctx) ? [true, false] : [true];
    for (const seeds of seedSets(ctx)) {
      for (const set of downSets(ctx, topology.bounds.maxFaults)) {
        if (n - countDown(ctx, set.down) < minimum) continue;
        for (const sqlVotes of sqlStates) {
          const v = votesWith(ctx, seeds, set.down, sqlVotes);
          if (!v.majority) {
            const steps = [...(sqlVotes ? [] : ['a manual SQL failover to the mirror']), ...(set.faults > 0 ? [set.how] : [])];
            return {
              verdict: 'violated',
              why: `${steps.join(', then ')}: ${v.up} of ${v.total} votes, the pool shuts down, and a restart with the published ${minimum} FE(s) starts it without a majority`,
            };
          }
        }
      }
    }
    return { verdict: 'holds', why: `the published minimum of ${minimum} of ${n} FEs always carries a voting majority` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'step',
      name: 'cold-start',
      description: 'no state waits in starting with the minimum running; every start (other than QuorumLossRecovery) has the minimum and a majority',
      check: (prev, action, next) => {
        if (!atDesignedSize(ctx, next)) return true;
        if (next.phase === 'starting') return !coldStartMet(ctx, next);
        const started = prev.phase !== 'running' && next.phase === 'running' && action.kind !== 'quorumLossRecovery';
        return !started || (upCount(ctx, next) >= coldStartMinimum(ctx.designedSize) && votes(ctx, next).functional);
      },
    };
  },
};
