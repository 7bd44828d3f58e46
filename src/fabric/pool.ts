/**
 * The pool check: the pool model with the design rules that apply to the topology. `poolSubject` is the
 * ModelSource factory a worker thread calls to rebuild the same subject from plain JSON arguments.
 */
import { poolContext } from '../../model/context.ts';
import { poolModel } from '../../model/pool-model.ts';
import { minutesElapsed } from '../../model/time.ts';
import { viewOf } from '../../model/view-of.ts';
import { poolRules } from '../../properties/index.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { PoolRule } from '../../properties/pool-rule.ts';
import type { Subject } from '../engine/types.ts';
import type { FabricCheck } from './types.ts';

/** The pool rules that apply to the topology, narrowed to `ruleNames` when given. */
export function selectPoolRules(topology: Topology, ruleNames?: readonly string[]): PoolRule[] {
  return poolRules.filter((rule) => rule.applies(topology) && (ruleNames === undefined || ruleNames.includes(rule.name)));
}

export function poolSubject(topology: Topology, ruleNames?: readonly string[]): Subject<PoolState, PoolAction> {
  return {
    model: poolModel(topology),
    properties: selectPoolRules(topology, ruleNames).map((rule) => rule.property(topology)),
  };
}

/** Null when none of the wanted rules is a pool rule that applies. */
export function poolCheck(topology: Topology, ruleNames?: readonly string[]): FabricCheck<PoolState, PoolAction> | null {
  const rules = selectPoolRules(topology, ruleNames);
  if (rules.length === 0) return null;
  const ctx = poolContext(topology);
  return {
    id: 'pool',
    source: {
      module: import.meta.url,
      export: 'poolSubject',
      args: ruleNames === undefined ? [topology] : [topology, [...ruleNames]],
    },
    subject: poolSubject(topology, ruleNames),
    rules,
    // Faults are bounded and timers are deadlines, so the pool's state space is finite (and small, model/
    // README): without a cap the search is exhaustive.
    maxDepth: topology.bounds.maxDepth ?? Infinity,
    view: (state) => viewOf(ctx, state),
    minutesElapsed,
  };
}
