/**
 * Seed 004, "Never Two Servers": with fewer than three FEs there are no routing-group replicas, every FE
 * reads the back end directly (like Lync 2010), so the back end failing drops every user to limited
 * functionality at that very moment. Checked as a transition rule: the step that takes the back end away
 * must not lower anyone's service.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, service, serviceRank } from '../model/facts.ts';
import { backendOutageFaults, designedFrontEnds, plural, poolOf } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const neverTwoServers: PoolRule = {
  name: 'never-two-servers',
  description:
    'Losing the back end costs no user any service at the moment it happens: users live on routing-group replicas on the FEs, which takes a pool of three or more FEs.',
  source: 'seed 004 "Never Two Servers"; DOMAIN.md §3–4',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    if (n >= 3) return { verdict: 'holds', why: `${n} FEs keep every routing group on replicas, so users ride out a back-end outage` };
    const needed = backendOutageFaults(ctx);
    if (needed > topology.bounds.maxFaults) {
      return { verdict: 'holds', why: `taking the back end down needs ${plural(needed, 'SQL fault')}, more than maxFaults` };
    }
    return {
      verdict: 'violated',
      why: `a ${poolOf(n)} reads the back end directly: with ${plural(needed, 'SQL fault')} every user drops to limited functionality at once`,
    };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'step',
      name: 'never-two-servers',
      description: 'the step that makes the back end unavailable lowers no routing group’s service',
      check: (prev, _action, next) =>
        !atDesignedSize(ctx, prev) ||
        !backendAvailable(ctx, prev) ||
        backendAvailable(ctx, next) ||
        prev.rgs.every((rg, r) => serviceRank(service(ctx, next, next.rgs[r]!)) >= serviceRank(service(ctx, prev, rg))),
    };
  },
};
