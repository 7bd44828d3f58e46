/**
 * DOMAIN.md §4: pools of 3+ FEs keep serving from the FEs through a back-end outage for
 * BackupStoreUnavailableThreshold (30 minutes by default); pools of 1–2 FEs drop to limited at once.
 * "Keep serving" is judged against the same pool with the back end up, votes included: in an even pool
 * the SQL principal is a voter (§2), so an outage can also cost the pool its majority, and 5 minutes
 * later every user, well inside the threshold.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, service, serviceWithBackend, votesWithBackend } from '../model/facts.ts';
import { backendOutageFaults, designedFrontEnds, downSets, plural, poolOf, seedSets, votesWith } from './fault-sets.ts';
import type { Expectation } from './rule.ts';
import type { PoolContext } from '../model/context.ts';
import type { PoolRule } from './pool-rule.ts';
import type { Topology } from '../model/topology/types.ts';

export const backendOutageSurvival: PoolRule = {
  name: 'backend-outage-survival',
  description:
    'Until BackupStoreUnavailableThreshold passes, a back-end outage costs no user anything: every routing group has the service it would have with the back end up, and the pool does not shut down for want of the SQL principal’s vote.',
  source: 'DOMAIN.md §2, §4; seed 004 "Do I Need a Back-end Database", "Even Number of Servers"',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    const needed = backendOutageFaults(ctx);
    if (n >= 3) return expectedWithReplicas(topology, ctx, n, needed);
    if (needed > topology.bounds.maxFaults) {
      return { verdict: 'holds', why: `taking the back end down needs ${plural(needed, 'SQL fault')}, more than maxFaults` };
    }
    return { verdict: 'violated', why: `a ${poolOf(n)} has no replicas: users drop to limited the moment the back end goes` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'step',
      name: 'backend-outage-survival',
      description:
        'while the back end has been down for less than the threshold, service equals service with the back end up, and no quorum-loss shutdown happens that the SQL vote would have prevented',
      check: (prev, _action, next) => {
        if (!atDesignedSize(ctx, next) || backendAvailable(ctx, next) || next.backendIn === 0) return true;
        if (!next.rgs.every((rg) => service(ctx, next, rg) === serviceWithBackend(ctx, next, rg))) return false;
        const shutDown = prev.phase === 'running' && next.phase === 'stopped';
        const hadService = prev.rgs.some((rg) => service(ctx, prev, rg) !== 'disconnected');
        return !shutDown || !hadService || !votesWithBackend(ctx, next).functional;
      },
    };
  },
};

/** The FEs carry users through the threshold; what can go is the SQL principal's vote in an even pool. */
function expectedWithReplicas(topology: Topology, ctx: PoolContext, n: number, needed: number): Expectation {
  const minutes = topology.registrar.backupStoreUnavailableThresholdMinutes;
  const shutdown = topology.settings.quorumLossShutdownMinutes;
  const left = topology.bounds.maxFaults - needed;
  if (left >= 0 && shutdown < minutes) {
    for (const seeds of seedSets(ctx)) {
      for (const set of downSets(ctx, left)) {
        const without = votesWith(ctx, seeds, set.down, false);
        if (without.majority || !votesWith(ctx, seeds, set.down, true).majority) continue;
        const then = set.faults > 0 ? `, then ${set.how}` : '';
        return {
          verdict: 'violated',
          why: `${plural(needed, 'SQL fault')} take the back end down and the principal’s vote with it${then}: ${without.up} of ${without.total} votes, one short of what the back end up would give; services shut down after ${shutdown} min, inside the ${minutes}-min threshold`,
        };
      }
    }
  }
  return {
    verdict: 'holds',
    why: `${n} FEs serve users from their replicas for ${minutes} min without the back end, and within ${topology.bounds.maxFaults} faults the SQL vote it takes never costs the majority first`,
  };
}
