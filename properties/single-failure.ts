/**
 * What the single-failure rules share: after exactly one fault of one kind (the state's fault log says
 * so), every user still has full service, whatever the operator and time do next. The expected verdict:
 * the fault disconnects everyone, costs a routing group two replicas, or (with a free failover to the
 * mirror in an even pool) the pool's majority.
 */
import { poolContext } from '../model/context.ts';
import { atDesignedSize, everyoneFull } from '../model/facts.ts';
import { countDown, designedFrontEnds, plural, seedSets, sqlVoteFreeToLose, votesWith } from './fault-sets.ts';
import type { Expectation } from './rule.ts';
import type { Always } from '../src/engine/types.ts';
import type { FaultLog, PoolState } from '../model/state.ts';
import type { Topology } from '../model/topology/types.ts';

export interface SingleFault {
  /** "fe1 fails" */
  readonly how: string;
  readonly down: number;
}

export function expectedAfterOne(topology: Topology, faults: readonly SingleFault[], kind: string): Expectation {
  const ctx = poolContext(topology);
  if (topology.bounds.maxFaults < 1) return { verdict: 'holds', why: 'maxFaults is 0: no fault happens' };
  const n = designedFrontEnds(ctx);
  const free = sqlVoteFreeToLose(ctx);
  for (const fault of faults) {
    const down = countDown(ctx, fault.down);
    if (down === n) return { verdict: 'violated', why: `${fault.how}: no FE is left, every user is disconnected` };
    if (n >= 3 && down >= 2) {
      return { verdict: 'violated', why: `${fault.how}: ${plural(down, 'FE')} at once, which may hold two replicas of one routing group` };
    }
    for (const seeds of seedSets(ctx)) {
      const v = votesWith(ctx, seeds, fault.down, !free);
      if (!v.majority) {
        const failover = free ? ' after a manual SQL failover to the mirror' : '';
        return {
          verdict: 'violated',
          why: `${fault.how}${failover}: ${v.up} of ${v.total} votes, services shut down after ${topology.settings.quorumLossShutdownMinutes} min`,
        };
      }
    }
  }
  return {
    verdict: 'holds',
    why: n >= 3 ? `any one ${kind} leaves a voting majority and 2 of 3 replicas of every routing group` : `any one ${kind} leaves an FE serving from the back end and a voting majority`,
  };
}

export function afterOneFault(topology: Topology, name: string, only: (log: FaultLog) => boolean): Always<PoolState> {
  const ctx = poolContext(topology);
  return {
    kind: 'always',
    name,
    description: 'after exactly that one fault, every routing group has full service',
    check: (s) => !atDesignedSize(ctx, s) || !only(s.faults) || everyoneFull(ctx, s),
  };
}
