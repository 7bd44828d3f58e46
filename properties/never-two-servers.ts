/**
 * Seed 004, "Never Two Servers", both halves: with fewer than three FEs there are no routing-group
 * replicas, every FE reads the back end directly (like Lync 2010), so the back end failing drops every
 * user to limited functionality at that very moment; and growing a two-FE pool to three needs a FullReset
 * that disconnects every user. Checked on transitions: neither step may lower anyone's service.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, service, serviceRank } from '../model/facts.ts';
import { backendOutageFaults, designedFrontEnds, plural, poolOf } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const neverTwoServers: PoolRule = {
  name: 'never-two-servers',
  description:
    'Neither losing the back end nor growing the pool to three FEs costs any user service at the moment it happens: users live on routing-group replicas on the FEs, which takes a pool of three or more FEs.',
  source: 'seed 004 "Never Two Servers"; DOMAIN.md §3–5',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const n = designedFrontEnds(ctx);
    if (n >= 3) return { verdict: 'holds', why: `${n} FEs keep every routing group on replicas, so users ride out a back-end outage` };
    const needed = backendOutageFaults(ctx);
    const outage = needed <= topology.bounds.maxFaults;
    const limited = `with ${plural(needed, 'SQL fault')} every user drops to limited functionality at once`;
    if (ctx.crossing?.designedPresent === false) {
      const grow = 'growing to three FEs needs a FullReset that disconnects every user';
      // Both halves take one step with a single SQL server; the search meets the SQL fault first.
      return { verdict: 'violated', why: needed === 1 && outage ? `a ${poolOf(n)}: ${limited}; and ${grow}` : `a ${poolOf(n)}: ${grow}` };
    }
    if (!outage) return { verdict: 'holds', why: `taking the back end down needs ${plural(needed, 'SQL fault')}, more than maxFaults` };
    return { verdict: 'violated', why: `a ${poolOf(n)} reads the back end directly: ${limited}` };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'step',
      name: 'never-two-servers',
      description: 'neither the step that makes the back end unavailable nor the one that adds a third FE lowers any routing group’s service',
      check: (prev, action, next) => {
        if (!atDesignedSize(ctx, prev)) return true;
        const backendLost = backendAvailable(ctx, prev) && !backendAvailable(ctx, next);
        const grown = action.kind === 'crossing' && action.joins;
        if (!backendLost && !grown) return true;
        return prev.rgs.every((rg, r) => serviceRank(service(ctx, next, next.rgs[r]!)) >= serviceRank(service(ctx, prev, rg)));
      },
    };
  },
};
