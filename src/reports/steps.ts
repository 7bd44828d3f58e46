/**
 * Turns an engine trace (action indices) into what a report shows: each state's view, the event that led
 * to it and the model clock. The trace is replayed through the model, which is the authority; the
 * trace's own labels only serve to catch drift between the engine and the model.
 */
import type { Trace } from '../engine/types.ts';
import type { FabricCheck } from '../fabric/types.ts';
import type { FabricView } from '../../model/view.ts';

export interface ReportStep {
  /** The action's label; for step 0, which initial state the trace starts from. */
  readonly label: string;
  /** Model minutes since the initial state: the sum of `minutesElapsed` along the trace. */
  readonly minute: number;
  readonly view: FabricView;
}

function initialLabel(init: number): string {
  return init === 0 ? 'initial state' : `initial state #${init}`;
}

export function traceSteps<S, A>(check: FabricCheck<S, A>, trace: Trace<S>): ReportStep[] {
  const model = check.subject.model;
  const first = model.init()[trace.init];
  if (first === undefined) throw new Error(`trace starts from initial state ${trace.init}, but the model has ${model.init().length}`);
  let state: S = first;
  let minute = 0;
  const steps: ReportStep[] = [{ label: initialLabel(trace.init), minute, view: check.view(state) }];
  for (const [i, index] of trace.actions.entries()) {
    const enabled = model.actions(state);
    const action = enabled[index];
    if (action === undefined) {
      throw new Error(`trace step ${i + 1} takes action ${index}, but only ${enabled.length} are enabled there`);
    }
    const label = model.label(action);
    const expected = trace.labels?.[i];
    if (expected !== undefined && expected !== label) {
      throw new Error(`trace step ${i + 1} is labelled "${expected}", but the model's action ${index} there is "${label}"`);
    }
    minute += check.minutesElapsed(action);
    state = model.next(state, action);
    steps.push({ label, minute, view: check.view(state) });
  }
  return steps;
}
