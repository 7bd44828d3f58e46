/**
 * DOMAIN.md §4: pools of 3+ FEs keep serving from the FEs through a back-end outage for
 * BackupStoreUnavailableThreshold (30 minutes by default); pools of 1–2 FEs drop to limited at once.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, service, serviceWithBackend } from '../model/facts.ts';
import { backendOutageFaults, designedFrontEnds, plural, poolOf } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const backendOutageSurvival: PoolRule = {
  name: 'backend-outage-survival',
  description:
    'Until BackupStoreUnavailableThreshold passes, a back-end outage costs no user anything: every routing group has the service it would have with the back end up.',
  source: 'DOMAIN.md §4; seed 004 "Do I Need a Back-end Database"',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    const minutes = topology.registrar.backupStoreUnavailableThresholdMinutes;
    if (n >= 3) return { verdict: 'holds', why: `${n} FEs serve users from their replicas for ${minutes} min without the back end` };
    const needed = backendOutageFaults(ctx);
    if (needed > topology.bounds.maxFaults) {
      return { verdict: 'holds', why: `taking the back end down needs ${plural(needed, 'SQL fault')}, more than maxFaults` };
    }
    return { verdict: 'violated', why: `a ${poolOf(n)} has no replicas: users drop to limited the moment the back end goes` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'always',
      name: 'backend-outage-survival',
      description: 'while the back end has been down for less than the threshold, service equals service with the back end up',
      check: (s) =>
        !atDesignedSize(ctx, s) ||
        backendAvailable(ctx, s) ||
        s.backendIn === 0 ||
        s.rgs.every((rg) => service(ctx, s, rg) === serviceWithBackend(ctx, s, rg)),
    };
  },
};
