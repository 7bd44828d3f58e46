/**
 * DOMAIN.md §5, Microsoft's "Front End pool with two Front End servers": after both FEs went down,
 * restart both together, or in reverse order of shutdown, or run QuorumLossRecovery first. What goes wrong
 * otherwise is not published; the model's reading (`settings.twoFeRestartOrder`, default
 * `last-down-first`) is that the FE that went down first, started alone, waits in starting. The rule asks
 * whether a pool can be kept from serving that way, so its counterexample is the order to avoid.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, backendAvailable, upCount } from '../model/facts.ts';
import { designedFrontEnds } from './fault-sets.ts';
import type { PoolRule } from './pool-rule.ts';

export const twoFeRestartOrder: PoolRule = {
  name: 'two-fe-restart-order',
  description:
    'After both FEs of a two-FE pool went down, the pool serves again as soon as either FE is back with the back end up, whichever of them is restarted first.',
  source: 'DOMAIN.md §5; Microsoft, "Front End pool with two Front End servers"',
  applies: (topology) => designedFrontEnds(poolContext(topology)) === 2,
  expected(topology) {
    if (topology.settings.twoFeRestartOrder === 'any') {
      return { verdict: 'holds', why: 'settings.twoFeRestartOrder is any: either FE may start the pool alone' };
    }
    if (topology.bounds.maxFaults < 2) {
      return { verdict: 'holds', why: 'taking both FEs down one after the other needs 2 faults, more than maxFaults' };
    }
    const [first, second] = topology.pool.frontEnds.map((fe) => fe.name);
    return {
      verdict: 'violated',
      why: `${first} fails, then ${second}; ${first} back alone waits in starting until ${second} is back or QuorumLossRecovery runs (settings.twoFeRestartOrder: last-down-first)`,
    };
  },
  property(topology) {
    const ctx = poolContext(topology);
    return {
      kind: 'always',
      name: 'two-fe-restart-order',
      description: 'a two-FE pool with an FE and the back end up does not wait in starting',
      check: (s) =>
        !atDesignedSize(ctx, s) || s.phase !== 'starting' || upCount(ctx, s) === 0 || !backendAvailable(ctx, s),
    };
  },
};
