/**
 * The breadth-first search of bfs.ts over several threads (`check` with workers > 1): this thread and
 * workers − 1 worker threads expand each level together, taking it chunk by chunk (chunk-cursor.ts)
 * and claiming states in one shared table (see shared-table.ts, share.ts and rounds.ts). This thread
 * starts alone while the workers load the model, and they join it, mid-level, once they are ready.
 * It returns bfs.ts's outcome, so check.ts gives verdicts (and runs eventually properties, a separate
 * search, on this thread) exactly as for one thread.
 *
 * Same as one thread, whatever the split of the levels and however the threads interleave: every
 * state's id, parent and action, so the states, transitions, depth, coverage and every verdict of a
 * search that completes or stops at a state cap, and the counterexamples and witnesses themselves.
 *
 * Different, because a level is the unit of work:
 * - A violation (with stopAtFirstViolation) stops the search at the end of its level, so the counts
 *   are then those of whole levels; as on one thread, one violation is reported, the same one.
 * - The time limit and the signal cut the current level short (threads look at a shared flag every
 *   64 states); the counts are then those the threads reached.
 *
 * Models without a codec work too, slower: their states cross threads as structured clones.
 */
import type { Model, ModelSource, Property, Trace } from '../types.ts';
import type { SearchOutcome, SearchSettings } from '../bfs.ts';
import type { SearchClock } from '../clock.ts';
import type { ShareSettings, WorkerSetup } from './protocol.ts';
import type { Interruption } from './clock-watch.ts';
import type { Pick } from './finding-board.ts';
import { traceOf } from '../trace.ts';
import { Expander } from '../expand.ts';
import { Crew } from './crew.ts';
import { FindingBoard } from './finding-board.ts';
import { Rounds } from './rounds.ts';
import { Share } from './share.ts';
import { SharedTable } from './shared-table.ts';
import { SharedBudget } from './shared-budget.ts';
import { walkBack } from './walk-back.ts';
import { mergeCoverage } from './coverage-table.ts';
import { CrewCounters, WorkerCounters, sharedCounters } from './shared-counters.ts';
import { CHUNK, ChunkCursor } from './chunk-cursor.ts';

export interface ParallelOptions {
  readonly workers: number;
  readonly source: ModelSource | undefined;
  /**
   * Wait for the workers before the first level instead of searching alone meanwhile, so that every
   * level is the team's (the tests use it: a small model is otherwise searched before they are ready).
   */
  readonly wait?: boolean;
  /** Positions per chunk of a level (the tests use small ones, so that toy levels are shared). */
  readonly chunk?: number;
}

/** The shared table's first size; it doubles as the search needs. */
const INITIAL_CAPACITY = 1 << 16;

export async function parallelBreadthFirst<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  settings: SearchSettings,
  clock: SearchClock,
  { workers: count, source, wait = false, chunk = CHUNK }: ParallelOptions,
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
  const budget = SharedBudget.allocate();
  const cursor = ChunkCursor.allocate();
  const search: ShareSettings = { symmetry: settings.symmetry, fastPath: settings.fastPath, maxDepth: settings.maxDepth, deadlock: settings.deadlock, chunk };
  const setups: WorkerSetup[] = Array.from({ length: count - 1 }, (_, w) => ({
    index: w + 1,
    count,
    source,
    properties: properties.map(({ name, kind }) => ({ name, kind })),
    search,
    counters: shared,
    budget,
    cursor,
  }));
  const board = new FindingBoard(properties, settings.deadlock, settings.stopAtFirstViolation);
  const crew = new Crew(setups);
  try {
    const mainBudget = new SharedBudget(budget, count);
    const mainCursor = new ChunkCursor(cursor, chunk);
    const main = new Share(0, model, properties, search, mainBudget, new WorkerCounters(shared, 0), mainCursor);
    main.table = SharedTable.create(INITIAL_CAPACITY);
    if (wait) await crew.ready;
    const rounds = new Rounds(main, crew, board, new CrewCounters(shared), mainBudget, mainCursor, settings.maxStates);
    const stop = await rounds.run(clock);
    // A source that cannot rebuild the subject is an error even when this thread finished alone.
    await crew.ready;
    // Paths replay as the threads computed them: with the fast path when they used it.
    const fast = new Expander(model, settings).fast;
    const linkOf = (thread: number, local: number) => (thread === 0 ? main.link(local) : crew.link(thread - 1, local));
    const trace = async (pick: Pick | undefined): Promise<Trace<S> | undefined> => {
      if (pick === undefined) return undefined;
      const path = await walkBack(rounds.directory, linkOf, pick.id);
      if (pick.action >= 0) path.actions.push(pick.action);
      return traceOf(model, path, fast);
    };
    const traces: (Trace<S> | undefined)[] = [];
    for (const pick of board.picks) traces.push(await trace(pick));
    const counts = { states: rounds.states, transitions: rounds.totalTransitions, frontier: 0, depth: rounds.deepest };
    clock.report(counts);
    return {
      stop,
      states: counts.states,
      transitions: counts.transitions,
      depth: rounds.deepest,
      unexpanded: rounds.unexpanded,
      findings: traces.slice(0, properties.length),
      deadlock: traces[properties.length],
      coverage: mergeCoverage(rounds.coverage.filter((c) => c !== undefined)),
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
