/**
 * The pairing check: the two paired pools' model (model/pairing) with its design rules
 * (properties/pairing), for a topology that has a paired pool.
 */
import { minutesElapsed } from '../../model/pairing/actions.ts';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { viewOfPairing } from '../../model/pairing/view.ts';
import { defaults } from '../../model/topology/defaults.ts';
import { pairingRules } from '../../properties/pairing/index.ts';
import type { Subject } from '../engine/types.ts';
import type { FabricCheck } from './types.ts';
import type { DesignRule } from '../../properties/rule.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export { pairingRules, viewOfPairing };

/** The pairing rules that apply to the topology, narrowed to `ruleNames` when given. */
export function selectPairingRules(topology: Topology, ruleNames?: readonly string[]): DesignRule<PairState, PairAction>[] {
  return pairingRules.filter((rule) => rule.applies(topology) && (ruleNames === undefined || ruleNames.includes(rule.name)));
}

/** The ModelSource factory: a worker thread rebuilds the subject from `[topology, ruleNames?]`. */
export function pairingSubject(topology: Topology, ruleNames?: readonly string[]): Subject<PairState, PairAction> {
  return {
    model: pairingModel(topology),
    properties: selectPairingRules(topology, ruleNames).map((rule) => rule.property(topology)),
  };
}

/** Null when the topology has no paired pool, or none of the wanted rules is a pairing rule. */
export function pairingCheck(topology: Topology, ruleNames?: readonly string[]): FabricCheck<PairState, PairAction> | null {
  const rules = selectPairingRules(topology, ruleNames);
  if (rules.length === 0) return null;
  const config = pairConfig(topology);
  return {
    id: 'pairing',
    source: {
      module: import.meta.url,
      export: 'pairingSubject',
      args: ruleNames === undefined ? [topology] : [topology, [...ruleNames]],
    },
    subject: pairingSubject(topology, ruleNames),
    rules,
    maxDepth: topology.bounds.maxDepth ?? defaults.pairingMaxDepth,
    view: (state) => viewOfPairing(topology, state),
    minutesElapsed: (action) => minutesElapsed(config, action),
  };
}
