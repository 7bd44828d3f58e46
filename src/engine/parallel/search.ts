/**
 * The breadth-first search of bfs.ts over worker threads (`check` with workers > 1). Workers own the
 * states by fingerprint and run the search level by level (see partition.ts); this thread routes
 * their successors between levels, picks findings in a fixed order (finding-board.ts) and reads the
 * chosen paths back. It returns bfs.ts's outcome, so check.ts gives verdicts (and runs eventually
 * properties, a separate search, on this thread) exactly as for one thread.
 *
 * Same as one thread: states, transitions, depth, per-label `enabled` coverage and every verdict of a
 * search that completes; counterexamples and witnesses are shortest (possibly different paths of the
 * same length). For a given worker count, everything is the same on every run.
 *
 * Different, because a level is the unit of work:
 * - A violation (with stopAtFirstViolation) stops the search at the end of its level, so the counts
 *   are then those of whole levels; as on one thread, one violation is reported.
 * - maxStates is split between workers for each level; a worker that has spent its share drops new
 *   states, and the search stops at the end of that level having counted at most maxStates states,
 *   possibly fewer (`complete` is false, as whenever maxStates stops a search).
 * - Per-label `newStates` coverage credits the action that first reached a state in this order, which
 *   may be another action than on one thread (the totals are equal).
 * - The time limit and the signal cut the current phase short (workers look at a shared flag every 64
 *   states); the counts are then those the workers reached.
 */
import type { Model, ModelSource, Property, StopReason, Trace } from '../types.ts';
import type { BfsOutcome, BfsSettings } from '../bfs.ts';
import type { SearchClock } from '../clock.ts';
import type { Finding, PhaseReport, WorkerSetup } from './protocol.ts';
import { traceOf } from '../trace.ts';
import { Crew } from './crew.ts';
import { FindingBoard } from './finding-board.ts';
import { walkBack } from './walk-back.ts';
import { mergeCoverage } from './coverage-table.ts';

/** How often this thread looks at the clock (time limit, signal, progress) while workers run. */
const TICK_MS = 50;

export interface ParallelOptions {
  readonly workers: number;
  readonly source: ModelSource | undefined;
}

type Interruption = 'aborted' | 'time-limit';

export async function parallelBreadthFirst<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  settings: BfsSettings,
  clock: SearchClock,
  { workers: count, source }: ParallelOptions,
): Promise<BfsOutcome<S>> {
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

  const control = new Int32Array(new SharedArrayBuffer(4));
  const progress = new Float64Array(new SharedArrayBuffer(count * 3 * 8));
  const setups: WorkerSetup[] = Array.from({ length: count }, (_, index) => ({
    index,
    count,
    source,
    properties: properties.map(({ name, kind }) => ({ name, kind })),
    search: { symmetry: settings.symmetry, fastPath: settings.fastPath, maxDepth: settings.maxDepth, deadlock: settings.deadlock },
    control: control.buffer as SharedArrayBuffer,
    progress: progress.buffer as SharedArrayBuffer,
  }));
  const board = new FindingBoard(properties, settings.deadlock, settings.stopAtFirstViolation);
  let reports: PhaseReport[] = [];
  let level = 0;
  let deepest = 0;
  let interrupted: Interruption | null = null;
  let failure: unknown;

  const live = () => {
    let states = 0;
    let transitions = 0;
    let frontier = 0;
    for (let w = 0; w < count; w++) {
      states += progress[w * 3]!;
      transitions += progress[w * 3 + 1]!;
      frontier += progress[w * 3 + 2]!;
    }
    return { states, transitions, frontier, depth: level };
  };
  const interrupt = (why: Interruption): void => {
    interrupted ??= why;
    Atomics.store(control, 0, 1);
  };
  /** Each worker's part of what maxStates leaves for this round. */
  const budget = (w: number): number => {
    const left = settings.maxStates - reports.reduce((n, r) => n + r.states, 0);
    return left === Infinity ? Infinity : Math.floor(left / count) + (w < left % count ? 1 : 0);
  };
  const endOfRound = (findings: readonly (readonly Finding[])[]): StopReason | null => {
    if (failure !== undefined) throw failure;
    board.absorb(findings);
    if (reports.some((r) => r.levelStates > 0)) deepest = level;
    const states = reports.reduce((n, r) => n + r.states, 0);
    if (board.mustStop()) return 'violation';
    if (interrupted !== null) return interrupted;
    if (reports.some((r) => r.dropped) || states >= settings.maxStates) return 'max-states';
    return reports.some((r) => r.levelStates > 0) ? null : 'done';
  };

  const T0 = performance.now();
  const crew = await Crew.start(setups);
  console.error('start', Math.round(performance.now() - T0));
  const timer = setInterval(() => {
    clock.tick(live()).then(
      (stop) => stop !== null && interrupt(stop),
      (error: unknown) => {
        failure ??= error;
        interrupt('aborted');
      },
    );
  }, TICK_MS);
  try {
    const initial = await crew.phase((w) => [{ type: 'init', budget: budget(w) }, []]);
    reports = initial.map((r) => r.report);
    let stop = endOfRound(reports.map((r) => r.findings));
    while (stop === null) {
      level++;
      const decided = board.decided();
      const T1 = performance.now();
      const expanded = await crew.phase((w) => [{ type: 'expand', depth: level - 1, budget: budget(w), decided }, []]);
      reports = expanded.map((r) => r.report);
      const findings = reports.map((r) => [...r.findings]);
      if (interrupted === null) {
        const delivered = await crew.phase((w) => {
          const parcels = expanded.flatMap((from, s) => (s === w ? [] : [from.parcels![w]!]));
          return [{ type: 'deliver', parcels }, parcels.map((p) => p.records)];
        });
        reports = delivered.map((r) => r.report);
        console.error('level', level, 'expand+deliver', Math.round(performance.now() - T1), reports.map(r => r.levelStates));
        reports.forEach((r, w) => findings[w]!.push(...r.findings));
      }
      stop = endOfRound(findings);
    }
    clearInterval(timer);

    const traces: (Trace<S> | undefined)[] = [];
    for (const [slot, pick] of board.picks.entries()) {
      if (pick === undefined) continue;
      const path = await walkBack(crew, pick.worker, pick.id);
      if (pick.action >= 0) path.actions.push(pick.action);
      traces[slot] = traceOf(model, path);
    }
    const counts = live();
    clock.report({ ...counts, depth: deepest });
    return {
      stop,
      states: counts.states,
      transitions: counts.transitions,
      depth: deepest,
      unexpanded: reports.some((r) => r.unexpanded),
      findings: properties.map((_, slot) => traces[slot]),
      deadlock: traces[properties.length],
      coverage: mergeCoverage(reports.map((r) => r.coverage)),
    };
  } finally {
    clearInterval(timer);
    await crew.close();
  }
}

/** The outcome of a search stopped before it began (as one thread reports it). */
function nothingSearched<S, A>(properties: readonly Property<S, A>[], stop: Interruption): BfsOutcome<S> {
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
