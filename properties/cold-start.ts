/**
 * DOMAIN.md §2 "Cold start", in two parts. (1) The published table: after a full start the pool starts
 * only when Microsoft's minimum of FEs runs (otherwise services stay in starting until
 * QuorumLossRecovery), and then it starts at once. (2) A start is only worth it if the pool keeps a voting
 * majority: with two FEs and a mirror, one FE after a failover to the mirror is the published minimum but
 * 1 of 3 votes. Part 1 fails only if the reducer strays from the table (test/properties proves the check
 * catches that); part 2 is a design finding.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, coldStartMet, upCount, votes, waitsForLastDown } from '../model/facts.ts';
import { coldStartMinimum } from '../model/published.ts';
import { countDown, designedFrontEnds, downSets, seedSets, sqlVoteFreeToLose, votesWith } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const coldStart: PoolRule = {
  name: 'cold-start',
  description:
    'Two parts: (1) the pool starts exactly when Microsoft’s published minimum of FEs runs with the back end up: it never waits in starting with the minimum running (a two-FE pool restarted in the wrong order is two-fe-restart-order’s) and never starts with fewer, QuorumLossRecovery aside; (2) a pool so started has a voting majority. A counterexample ends on the step that breaks one: a start short of the minimum or a wait with it (1), or a start without a majority (2).',
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
              why: `part 2: ${steps.join(', then ')}: ${v.up} of ${v.total} votes, the pool shuts down, and a restart with the published ${minimum} FE(s) starts it without a majority`,
            };
          }
        }
      }
    }
    return { verdict: 'holds', why: `the model starts at the published minimum (part 1), and ${minimum} of ${n} FEs always carry a voting majority (part 2)` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'step',
      name: 'cold-start',
      description:
        'no state waits in starting with the minimum running (but for the two-FE restart order); every start other than QuorumLossRecovery has the minimum (part 1) and a majority (part 2)',
      check: (prev, action, next) => {
        if (!atDesignedSize(ctx, next)) return true;
        if (next.phase === 'starting') return !coldStartMet(ctx, next) || waitsForLastDown(next);
        const started = prev.phase !== 'running' && next.phase === 'running' && action.kind !== 'quorumLossRecovery';
        return !started || (upCount(ctx, next) >= coldStartMinimum(ctx.designedSize) && votes(ctx, next).functional);
      },
    };
  },
};
