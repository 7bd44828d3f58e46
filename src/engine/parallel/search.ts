/**
 * The breadth-first search of bfs.ts over worker threads (`check` with workers > 1). Workers own the
 * states by fingerprint and run the search level by level (see partition.ts); this thread routes
 * their successors between levels, picks findings in a fixed order (finding-board.ts) and reads the
 * chosen paths back. It returns bfs.ts's outcome, so check.ts gives verdicts (and runs eventually
 * properties, a separate search, on this thread) exactly as for one thread.
 *
 * Same as one thread: states, transitions, depth and every verdict of a search that completes, and
 * the coverage totals; counterexamples and witnesses are shortest (possibly other paths of the same
 * length). For a given worker count, everything is the same on every run.
 *
 * Different, because a level is the unit of work:
 * - A violation (with stopAtFirstViolation) stops the search at the end of its level, so the counts
 *   are then those of whole levels; as on one thread, one violation is reported.
 * - maxStates is split into a share per worker for each phase (rounds.ts): a worker refuses a new
 *   state beyond its share and the search stops at the end of that level. It never holds more than
 *   maxStates, but may stop a little short of it where a worker's share fills before the others'
 *   (`complete` is false, as on one thread). A space of exactly maxStates states completes.
 * - Per-label coverage credits `newStates` to the action that first reached a state in this order,
 *   and under symmetry each class keeps the member reached first, whose actions may carry other
 *   labels: per-label figures may differ from one thread's (their totals do not).
 * - The time limit and the signal cut the current phase short (workers look at a shared flag every 64
 *   states); the counts are then those the workers reached.
 *
 * Models without a codec work too, slower: their states cross threads as structured clones.
 */
import type { Model, ModelSource, Property, Trace } from '../types.ts';
import type { SearchOutcome, SearchSettings } from '../bfs.ts';
import type { SearchClock } from '../clock.ts';
import type { WorkerSetup } from './protocol.ts';
import type { Interruption } from './clock-watch.ts';
import type { Pick } from './finding-board.ts';
import { traceOf } from '../trace.ts';
import { Expander } from '../expand.ts';
import { Crew } from './crew.ts';
import { FindingBoard } from './finding-board.ts';
import { Rounds } from './rounds.ts';
import { walkBack } from './walk-back.ts';
import { mergeCoverage } from './coverage-table.ts';
import { CrewCounters, sharedCounters } from './shared-counters.ts';

export interface ParallelOptions {
  readonly workers: number;
  readonly source: ModelSource | undefined;
}

export async function parallelBreadthFirst<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  settings: SearchSettings,
  clock: SearchClock,
  { workers: count, source }: ParallelOptions,
): Promise<SearchOutcome<S>> {
  if (source === undefined) {
    throw new Error(
      `workers: ${count} needs options.source, where each worker thread rebuilds the model and properties ` +
        `(a module, an exported function returning { model, properties }, and its arguments)`,
    );
  }
  if (!Number.isInteger(count) || count < 2 || count > 0xffff) {
    throw new RangeError(`workers must be a whole number from 1 to 65535, got ${count}`);
  }
  const early = clock.stopped();
  if (early !== null) return nothingSearched(properties, early);

  const shared = sharedCounters(count);
  const counters = new CrewCounters(shared);
  const setups: WorkerSetup[] = Array.from({ length: count }, (_, index) => ({
    index,
    count,
    source,
    properties: properties.map(({ name, kind }) => ({ name, kind })),
    search: { symmetry: settings.symmetry, fastPath: settings.fastPath, maxDepth: settings.maxDepth, deadlock: settings.deadlock },
    counters: shared,
  }));
  const board = new FindingBoard(properties, settings.deadlock, settings.stopAtFirstViolation);
  const crew = await Crew.start(setups);
  try {
    const rounds = new Rounds(crew, board, counters, settings.maxStates);
    const stop = await rounds.run(clock);
    // Paths replay as the workers computed them: with the fast path when they used it.
    const fast = new Expander(model, settings).fast;
    const trace = async (pick: Pick | undefined): Promise<Trace<S> | undefined> => {
      if (pick === undefined) return undefined;
      const path = await walkBack(crew, pick.worker, pick.id);
      if (pick.action >= 0) path.actions.push(pick.action);
      return traceOf(model, path, fast);
    };
    const traces: (Trace<S> | undefined)[] = [];
    for (const pick of board.picks) traces.push(await trace(pick));
    const counts = { ...counters.totals(), depth: rounds.deepest };
    clock.report(counts);
    return {
      stop,
      states: counts.states,
      transitions: counts.transitions,
      depth: rounds.deepest,
      unexpanded: rounds.reports.some((r) => r.unexpanded),
      findings: traces.slice(0, properties.length),
      deadlock: traces[properties.length],
      coverage: mergeCoverage(rounds.reports.map((r) => r.coverage)),
    };
  } finally {
    await crew.close();
  }
}

/** The outcome of a search stopped before it began (as one thread reports it). */
function nothingSearched<S, A>(properties: readonly Property<S, A>[], stop: Interruption): SearchOutcome<S> {
  return {
    stop,
    states: 0,
    transitions: 0,
    depth: 0,
    unexpanded: false,
    findings: properties.map(() => undefined),
    deadlock: undefined,
    coverage: {},
  };
}
