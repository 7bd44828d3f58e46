/**
 * The paired-pool check: the pool model and its design rules run on the topology's paired pool, as the
 * pool check runs them on its pool. The pairing model abstracts each pool to quorum and back end
 * (model/pairing/state.ts); this check is what makes that sound for the paired pool's own internals (two
 * FEs without a mirror, shared hosts, an even pool), which would otherwise go unchecked.
 */
import { poolCheck } from './pool.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';
import type { PoolRule } from '../../properties/pool-rule.ts';
import type { FabricCheck } from './types.ts';

const views = new WeakMap<Topology, Topology>();

/**
 * The topology as the pool model would see the paired pool alone: same product, settings, registrar and
 * bounds, `pool` the paired pool, and no pairing. Memoised so that the model's and the rules' caches,
 * keyed by topology, are shared.
 */
export function pairedPoolAsPool(topology: Topology): Topology | null {
  const known = views.get(topology);
  if (known) return known;
  const { pairedPool, backupService: _pairingOnly, cms: _pairingToo, ...single } = topology;
  if (pairedPool === undefined) return null;
  const view: Topology = { ...single, pool: pairedPool };
  views.set(topology, view);
  return view;
}

/**
 * Callers judge a check's rules against the topology they checked (`expected(topology)` in the CLI, the
 * reports and the test helper); these rules judge the paired pool whatever topology they are given.
 */
function judgingPairedPool(rule: PoolRule, view: Topology): PoolRule {
  return { ...rule, applies: () => rule.applies(view), expected: () => rule.expected(view), property: () => rule.property(view) };
}

/** Null without a paired pool, or when none of the wanted rules is a pool rule that applies to it. */
export function pairedPoolCheck(topology: Topology, ruleNames?: readonly string[]): FabricCheck<PoolState, PoolAction> | null {
  const view = pairedPoolAsPool(topology);
  const check = view === null ? null : poolCheck(view, ruleNames);
  if (view === null || check === null) return null;
  return { ...check, id: 'paired-pool', rules: check.rules.map((rule) => judgingPairedPool(rule, view)) };
}
