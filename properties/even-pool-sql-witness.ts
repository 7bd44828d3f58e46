/**
 * Seed 004 "Even Number of Servers" and its IMPORTANT paragraph: in an even pool the SQL primary is the
 * tie-breaking voter, but only while it serves as principal. After a failover to the mirror the pool is a
 * vote down, and as many FEs as Microsoft's table says may run are then too few: the pool shuts down
 * with the back end up. Checked on the shutdown itself, so the counterexample shows it.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, seedsUp } from '../model/facts.ts';
import { functionalRow } from '../model/published.ts';
import { designedFrontEnds, downSets, seedSets, sqlVoteFreeToLose, votesWith } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const evenPoolSqlWitness: PoolRule = {
  name: 'even-pool-sql-witness',
  description:
    'With the back end up and at least as many FEs running as Microsoft’s table requires, the pool never shuts down, wherever the SQL principal is.',
  source: 'seed 004 "Even Number of Servers" (IMPORTANT); DOMAIN.md §2 table',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    const row = functionalRow(topology.product, n);
    if (row === null) return { verdict: 'holds', why: `Microsoft publishes no minimum for ${n} FE` };
    const sqlStates = sqlVoteFreeToLose(ctx) ? [true, false] : [true];
    for (const seeds of seedSets(ctx)) {
      for (const sqlVotes of sqlStates) {
        for (const set of downSets(ctx, topology.bounds.maxFaults)) {
          const v = votesWith(ctx, seeds, set.down, sqlVotes);
          if (v.seedsUp < row.mustRun || v.majority) continue;
          const steps = [...(sqlVotes ? [] : ['a manual SQL failover to the mirror']), ...(set.faults > 0 ? [set.how] : [])];
          return {
            verdict: 'violated',
            why: `${steps.join(', then ')}: ${v.up} of ${v.total} votes with ${v.seedsUp} voting FEs running (Microsoft: ${row.mustRun} suffice); services shut down after ${topology.settings.quorumLossShutdownMinutes} min`,
          };
        }
      }
    }
    const why = sqlStates.length === 1
      ? 'no mirror: the SQL primary loses its vote only with the back end, which the table assumes up'
      : `within ${topology.bounds.maxFaults} faults, the table’s minimum of voting FEs always holds a majority`;
    return { verdict: 'holds', why };
  },
  property(topology) {
    const ctx = poolContext(topology);
    const row = functionalRow(topology.product, ctx.designedSize);
    return {
      kind: 'step',
      name: 'even-pool-sql-witness',
      description: 'no quorum-loss shutdown while the back end is up and the published minimum of FEs runs',
      check: (prev, action, next) =>
        row === null ||
        action.kind !== 'time' ||
        prev.phase !== 'running' ||
        next.phase !== 'stopped' ||
        !atDesignedSize(ctx, next) ||
        !backendAvailable(ctx, next) ||
        seedsUp(ctx, next) < row.mustRun,
    };
  },
};
