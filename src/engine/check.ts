/**
 * `check`: explicit-state model checking. A breadth-first search decides always, sometimes and step
 * properties and deadlocks (shortest counterexamples), on this thread (bfs.ts) or, with workers > 1,
 * on this thread and worker threads (parallel/search.ts); with `strategy: 'dfs'` a depth-first search
 * does (dfs.ts).
 * Each eventually property then gets its own search over the states that fail it, on this thread
 * (eventually.ts).
 *
 * Verdicts:
 * - always, step, deadlock: `violated` with the first (shortest) counterexample; `holds` when the search
 *   completed, within its depth bound and state constraint if any (the result's `exhaustive` says
 *   whether those bounds cut anything); otherwise `unknown`.
 * - sometimes: `holds` with the first (shortest) witness; `violated` only when the search was
 *   exhaustive (a witness might lie beyond a depth bound or constraint); otherwise `unknown`.
 * - eventually: as eventually.ts documents; `unknown` when the main search stopped early (unless
 *   stopAtFirstViolation is off and it stopped only because everything else was decided).
 */
import type { CheckOptions, CheckResult, Model, Property, PropertyResult, StopReason } from './types.ts';
import type { SearchOutcome } from './bfs.ts';
import type { EventuallyOutcome } from './eventually.ts';
import { breadthFirst } from './bfs.ts';
import { depthFirst } from './dfs.ts';
import { parallelBreadthFirst } from './parallel/search.ts';
import { searchEventually } from './eventually.ts';
import { SearchClock } from './clock.ts';

const count = (n: number): string => n.toLocaleString('en-US');
const steps = (n: number): string => `${n} step${n === 1 ? '' : 's'}`;

function stoppedBecause(stop: StopReason): string {
  switch (stop) {
    case 'violation':
      return 'the search stopped at another violation';
    case 'max-states':
      return 'the search reached maxStates';
    case 'time-limit':
      return 'the search reached its time limit';
    case 'aborted':
      return 'the search was aborted';
    case 'done':
      return 'the search completed';
  }
}

function bfsResult<S, A>(
  property: Property<S, A>,
  bfs: SearchOutcome<S>,
  index: number,
  complete: boolean,
  exhaustive: boolean,
  scope: string,
): PropertyResult<S> {
  const { name, kind } = property;
  const trace = bfs.findings[index];
  if (kind === 'sometimes') {
    if (trace !== undefined) {
      return { name, kind, status: 'holds', trace, reason: `witness after ${steps(trace.actions.length)}` };
    }
    if (exhaustive) return { name, kind, status: 'violated', reason: `no witness among ${count(bfs.states)} states` };
    const why = complete ? `the bounds left states unexplored` : stoppedBecause(bfs.stop);
    return { name, kind, status: 'unknown', reason: `no witness among ${count(bfs.states)} states, but ${why}` };
  }
  if (trace !== undefined) {
    const what = kind === 'step' ? 'a transition breaks it' : 'a state breaks it';
    return { name, kind, status: 'violated', trace, reason: `${what} after ${steps(trace.actions.length)}` };
  }
  if (complete) {
    const on = kind === 'step' ? `${count(bfs.transitions)} transitions` : `${count(bfs.states)} states`;
    return { name, kind, status: 'holds', reason: `holds on all ${on}${scope}` };
  }
  return { name, kind, status: 'unknown', reason: `no violation among ${count(bfs.states)} states, but ${stoppedBecause(bfs.stop)}` };
}

function deadlockResult<S>(bfs: SearchOutcome<S>, complete: boolean, scope: string): PropertyResult<S> {
  const trace = bfs.deadlock;
  if (trace !== undefined) {
    return {
      name: 'deadlock',
      kind: 'deadlock',
      status: 'violated',
      trace,
      reason: `a state with no enabled action after ${steps(trace.actions.length)}`,
    };
  }
  if (complete) {
    return { name: 'deadlock', kind: 'deadlock', status: 'holds', reason: `every expanded state has an enabled action${scope}` };
  }
  return { name: 'deadlock', kind: 'deadlock', status: 'unknown', reason: `no deadlock found, but ${stoppedBecause(bfs.stop)}` };
}

export async function check<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  options: CheckOptions = {},
): Promise<CheckResult<S>> {
  const clock = new SearchClock(options);
  const fastPath = options.fastPath ?? 'auto';
  const maxDepth = options.maxDepth ?? Infinity;
  const maxStates = options.maxStates ?? Infinity;
  const stopAtFirstViolation = options.stopAtFirstViolation ?? true;
  const deadlock = options.deadlock ?? true;
  const symmetry = options.symmetry ?? model.canonical !== undefined;
  const settings = { symmetry, fastPath, maxDepth, maxStates, deadlock, stopAtFirstViolation };
  const workers = options.workers ?? 1;
  const strategy = options.strategy ?? 'bfs';
  if (strategy !== 'bfs' && strategy !== 'dfs') throw new RangeError(`strategy must be 'bfs' or 'dfs', got ${String(strategy)}`);
  if (strategy === 'dfs' && workers > 1) {
    throw new RangeError(`strategy 'dfs' runs on one thread; workers: ${workers} needs the breadth-first search`);
  }
  const bfs =
    strategy === 'dfs'
      ? await depthFirst(model, properties, settings, clock)
      : workers > 1
        ? await parallelBreadthFirst(model, properties, settings, clock, { workers, source: options.source })
        : await breadthFirst(model, properties, settings, clock);

  let stopReason: StopReason = bfs.stop;
  const complete = bfs.stop === 'done';
  const exhaustive = complete && !bfs.unexpanded;
  const bounds = [maxDepth < Infinity && `depth ${maxDepth}`, model.within && 'the state constraint'].filter(Boolean);
  const scope = exhaustive || bounds.length === 0 ? '' : ` within ${bounds.join(' and ')}`;

  const results: PropertyResult<S>[] = [];
  for (const [index, property] of properties.entries()) {
    if (property.kind !== 'eventually') {
      results.push(bfsResult(property, bfs, index, complete, exhaustive, scope));
      continue;
    }
    const { name, kind } = property;
    const mayRun = stopReason === 'done' || (stopReason === 'violation' && !stopAtFirstViolation);
    if (!mayRun) {
      results.push({ name, kind, status: 'unknown', reason: `not searched: ${stoppedBecause(stopReason)}` });
      continue;
    }
    const outcome: EventuallyOutcome<S> = await searchEventually(model, property, { fastPath, maxDepth, maxStates }, clock);
    results.push({ name, kind, status: outcome.status, reason: outcome.reason, ...(outcome.trace && { trace: outcome.trace }) });
    if (outcome.stop !== undefined) stopReason = outcome.stop;
    else if (outcome.status === 'violated' && stopAtFirstViolation) stopReason = 'violation';
  }
  if (deadlock) results.push(deadlockResult(bfs, complete, scope));

  const finalComplete = complete && stopReason === 'done';
  return {
    complete: finalComplete,
    exhaustive: finalComplete && exhaustive,
    stopReason,
    states: bfs.states,
    transitions: bfs.transitions,
    depth: bfs.depth,
    elapsedMs: clock.elapsed(),
    properties: results,
    coverage: bfs.coverage,
  };
}
