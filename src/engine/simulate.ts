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
 *
 * `signal` and `timeLimitMs` stop it between runs (and between shrinks): the result says why, and keeps
 * a failure found before, shrunk as far as it got.
 */
import fc from 'fast-check';
import type { Model, Property, SimulateOptions, SimulateResult, SimulateStop } from './types.ts';
import { traceOf } from './trace.ts';

/** A run: which initial state, and the choice at each step; fast-check passes it as the one argument. */
type Run = [number, number[]];
type Args = [Run];

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

export async function simulate<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  options: SimulateOptions,
): Promise<SimulateResult<S>> {
  const setup = prepare(model, options);
  let lastBreak = performance.now();
  const details = await fc.check(
    fc.asyncProperty(setup.runs, async ([init, choices]) => {
      // A turn for the event loop every few milliseconds, so that a signal handler can fire and stop it.
      if (performance.now() - lastBreak >= BREAK_EVERY_MS) {
        await new Promise((resolve) => setImmediate(resolve));
        lastBreak = performance.now();
      }
      return runOnce(model, properties, setup.deadlock, init, choices) === undefined;
    }),
    setup.parameters,
  );
  return outcome(model, properties, setup, details);
}

const BREAK_EVERY_MS = 20;

interface Setup {
  readonly deadlock: boolean;
  readonly runs: fc.Arbitrary<Run>;
  readonly parameters: fc.Parameters<Args>;
  /** Why the runs stopped early, once they have. */
  readonly stopped: () => SimulateStop | undefined;
}

function prepare<S, A>(model: Model<S, A>, options: SimulateOptions): Setup {
  const initCount = model.init().length;
  if (initCount === 0) throw new Error('simulate: the model has no initial state');
  const deadline = options.timeLimitMs === undefined ? Infinity : performance.now() + options.timeLimitMs;
  let stopped: SimulateStop | undefined;
  const stopReason = (): SimulateStop | undefined => {
    if (options.signal?.aborted) return 'aborted';
    return performance.now() >= deadline ? 'time-limit' : undefined;
  };
  // An interrupting precondition failure ends fast-check's runs or shrinks and keeps what it found.
  const stopper: fc.Plugin<Args> = () => ({
    decorateRun: (run) => (value) => {
      stopped ??= stopReason();
      return stopped === undefined ? run(value) : new fc.PreconditionFailure(true);
    },
  });
  return {
    deadlock: options.deadlock ?? true,
    runs: fc.tuple(fc.nat({ max: initCount - 1 }), fc.array(fc.nat(), { maxLength: options.maxSteps })),
    parameters: {
      numRuns: options.runs,
      ...(options.seed !== undefined && { seed: options.seed }),
      ...(options.path !== undefined && { path: options.path }),
      ...((options.signal !== undefined || options.timeLimitMs !== undefined) && { plugins: [stopper] }),
    },
    stopped: () => stopped,
  };
}

function outcome<S, A>(model: Model<S, A>, properties: readonly Property<S, A>[], setup: Setup, details: fc.RunDetails<Args>): SimulateResult<S> {
  const stopped = setup.stopped();
  const base = { seed: details.seed, runs: details.numRuns, ...(stopped === undefined ? {} : { stopped }) };
  // fast-check reports an interruption before any successful run as a failure without a counterexample.
  if (!details.failed || (details.interrupted && details.counterexample === null)) return base;
  if (details.counterexample === null) {
    throw new Error(`simulate: the run failed without a counterexample`, { cause: details.errorInstance });
  }
  const [init, choices] = details.counterexample[0];
  const failure = runOnce(model, properties, setup.deadlock, init, choices);
  if (failure === undefined) {
    // fast-check records a thrown error as a failure; re-running it here did not throw or fail.
    throw new Error('simulate: a failing run passed when re-run (is the model deterministic?)', {
      cause: details.errorInstance,
    });
  }
  return {
    ...base,
    failure: {
      property: failure.property,
      trace: traceOf(model, { init, actions: failure.actions }),
      path: details.counterexamplePath ?? '',
      shrinks: details.numShrinks,
    },
  };
}
