/**
 * Random simulation with fast-check: each run is an initial-state choice and an array of natural
 * numbers; step i takes enabled action `choices[i] % enabled.length`. Every generated run is a valid
 * path, and so is every shrink of it (fewer or smaller numbers), so fast-check's shrinking walks
 * towards short, low-index counterexamples without ever producing an invalid trace.
 *
 * Along a run: always properties on every state (the initial one too), step properties on every
 * transition; at a terminal state (no enabled action), a deadlock when checked and any eventually
 * property whose predicate no state of the run satisfied. A run stops at a state outside `within`
 * (not expanded, as in `check`). Sometimes properties cannot fail a single run and are not checked.
 */
import fc from 'fast-check';
import type { Model, Property, SimulateOptions, SimulateResult } from './types.ts';
import { traceOf } from './trace.ts';

interface RunFailure {
  readonly property: string;
  /** The action indices taken up to the violating state. */
  readonly actions: number[];
}

function runOnce<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  deadlock: boolean,
  init: number,
  choices: readonly number[],
): RunFailure | undefined {
  let state: S = model.init()[init]!;
  const taken: number[] = [];
  const reached = new Set<string>();
  const look = (s: S): string | undefined => {
    for (const p of properties) {
      if (p.kind === 'always' && !p.check(s)) return p.name;
      if (p.kind === 'eventually' && p.check(s)) reached.add(p.name);
    }
    return undefined;
  };
  const broken = look(state);
  if (broken !== undefined) return { property: broken, actions: taken };
  for (const choice of choices) {
    if (model.within !== undefined && !model.within(state)) return undefined;
    const actions = model.actions(state);
    if (actions.length === 0) break;
    const index = choice % actions.length;
    const action = actions[index]!;
    const next = model.next(state, action);
    taken.push(index);
    for (const p of properties) {
      if (p.kind === 'step' && !p.check(state, action, next)) return { property: p.name, actions: taken };
    }
    state = next;
    const violated = look(state);
    if (violated !== undefined) return { property: violated, actions: taken };
  }
  if (model.within !== undefined && !model.within(state)) return undefined;
  if (model.actions(state).length > 0) return undefined;
  const missed = properties.find((p) => p.kind === 'eventually' && !reached.has(p.name));
  if (missed !== undefined) return { property: missed.name, actions: taken };
  return deadlock ? { property: 'deadlock', actions: taken } : undefined;
}

export function simulate<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  options: SimulateOptions,
): SimulateResult<S> {
  const initCount = model.init().length;
  if (initCount === 0) throw new Error('simulate: the model has no initial state');
  const deadlock = options.deadlock ?? true;
  const runs = fc.tuple(fc.nat({ max: initCount - 1 }), fc.array(fc.nat(), { maxLength: options.maxSteps }));
  const details = fc.check(
    fc.property(runs, ([init, choices]) => runOnce(model, properties, deadlock, init, choices) === undefined),
    {
      numRuns: options.runs,
      ...(options.seed !== undefined && { seed: options.seed }),
      ...(options.path !== undefined && { path: options.path }),
    },
  );
  if (!details.failed) return { seed: details.seed, runs: details.numRuns };
  if (details.counterexample === null) {
    throw new Error(`simulate: the run failed without a counterexample`, { cause: details.errorInstance });
  }
  const [init, choices] = details.counterexample[0];
  const failure = runOnce(model, properties, deadlock, init, choices);
  if (failure === undefined) {
    // fast-check records a thrown error as a failure; re-running it here did not throw or fail.
    throw new Error('simulate: a failing run passed when re-run (is the model deterministic?)', {
      cause: details.errorInstance,
    });
  }
  return {
    seed: details.seed,
    runs: details.numRuns,
    failure: {
      property: failure.property,
      trace: traceOf(model, { init, actions: failure.actions }),
      path: details.counterexamplePath ?? '',
      shrinks: details.numShrinks,
    },
  };
}
