/** A trace as numbered lines with the model clock: how simulate and replay print a path. */
import { clockText } from '../reports/format.ts';
import type { Replayed } from '../index.ts';
import type { AnyFabricCheck } from '../reports/report.ts';

export interface TimedStep<S> {
  readonly label: string;
  readonly minute: number;
  readonly state: S;
}

/** steps[0] is the initial state; each later step follows the action of the same position. */
export function timedSteps<S, A>(check: AnyFabricCheck, replayed: Replayed<S, A>): TimedStep<S>[] {
  let minute = 0;
  return replayed.states.map((state, i) => {
    const action = replayed.actions[i - 1];
    if (action !== undefined) minute += check.minutesElapsed(action);
    return { label: i === 0 ? 'initial state' : (replayed.labels[i - 1] ?? ''), minute, state };
  });
}

export function numberedLine(index: number, step: TimedStep<unknown>): string {
  return `${String(index).padStart(3)}. [${clockText(step.minute).padStart(10)}] ${step.label}`;
}
