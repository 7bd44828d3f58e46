/**
 * The wiring between the fabric model, its design rules and the engine: what the CLI and the reports
 * consume. One topology gives one or more checks (the pool itself; the pair of pools when there is a
 * paired pool), each a model with its rules.
 */
import type { ModelSource, Subject } from '../engine/types.ts';
import type { DesignRule } from '../../properties/rule.ts';
import type { FabricView } from '../../model/view.ts';

export interface FabricCheck<S = unknown, A = unknown> {
  /** `pool`, `paired-pool` or `pairing`. */
  readonly id: string;
  /** A worker thread rebuilds `subject` from this. */
  readonly source: ModelSource;
  readonly subject: Subject<S, A>;
  /** The rules checked, in the same order as `subject.properties`. */
  readonly rules: readonly DesignRule<S, A>[];
  /** The depth bound for this check (the topology's `bounds.maxDepth` unless the check needs less). */
  readonly maxDepth: number;
  /** What a report draws for a state. */
  view(state: S): FabricView;
  /** Model minutes an action lets pass (0 for all but time steps): reports add them up into a clock. */
  minutesElapsed(action: A): number;
}
