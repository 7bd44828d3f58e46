/**
 * The single-threaded breadth-first search: always, sometimes and step properties and deadlocks.
 * BFS discovers each state by a shortest path, so the first violation found is a shortest one.
 * Verdicts are decided by the caller (check.ts) from what this search found and how it stopped.
 */
import type { Coverage, Model, Property, StopReason, Trace } from './types.ts';
import type { SearchClock } from './clock.ts';
import type { ExpanderOptions, SuccessorVisitor } from './expand.ts';
import { Expander } from './expand.ts';
import { FingerprintSet } from './seen-set.ts';
import { ObjectFrontier, WordFrontier } from './frontier.ts';
import { NO_PARENT, ParentLinks } from './parents.ts';
import { CoverageCounter } from './coverage.ts';
import { Findings } from './findings.ts';

export interface SearchSettings extends ExpanderOptions {
  readonly maxDepth: number;
  readonly maxStates: number;
  readonly deadlock: boolean;
  readonly stopAtFirstViolation: boolean;
}

export interface SearchOutcome<S> {
  readonly stop: StopReason;
  readonly states: number;
  readonly transitions: number;
  readonly depth: number;
  /** A state at the depth bound or outside the state constraint had enabled actions left untaken. */
  readonly unexpanded: boolean;
  /** Per property, in the order given: the first violation (always, step) or witness (sometimes). */
  readonly findings: readonly (Trace<S> | undefined)[];
  /** The first state found with no enabled action, when deadlocks are checked. */
  readonly deadlock: Trace<S> | undefined;
  readonly coverage: Coverage;
}

export async function breadthFirst<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  settings: SearchSettings,
  clock: SearchClock,
): Promise<SearchOutcome<S>> {
  const expander = new Expander(model, settings);
  const fp = expander.fp;
  const seen = new FingerprintSet();
  const parents = new ParentLinks();
  const wordFrontier = expander.words > 0 ? new WordFrontier(expander.words) : undefined;
  const objectFrontier = wordFrontier === undefined ? new ObjectFrontier<S>() : undefined;
  const coverage = new CoverageCounter<A>((action) => model.label(action));
  const findings = new Findings(model, properties, settings, (id) => parents.path(id), expander.fast);
  const within = model.within?.bind(model);
  const { maxDepth, maxStates } = settings;

  let stop = null as StopReason | null;
  let transitions = 0;
  let head = 0;
  let depth = 0;
  let deepest = 0;
  let unexpanded = false;
  let current: S | undefined;

  /** Adds the state `fp` names if it is new; says whether the search must stop. */
  const reach = (state: S, parent: number, index: number): boolean => {
    if (seen.size >= maxStates) {
      // The cap is on distinct states: a space of exactly maxStates states still completes.
      if (seen.get(fp[0]!, fp[1]!) >= 0) return false;
      stop = 'max-states';
      return true;
    }
    const id = seen.add(fp[0]!, fp[1]!);
    if (id < 0) return false;
    if (parent === NO_PARENT) parents.addInitial(index);
    else parents.add(parent, index);
    if (wordFrontier !== undefined) wordFrontier.push(expander.encoded, 0);
    else objectFrontier!.push(state);
    if (!findings.state(state, id)) return false;
    stop = 'violation';
    return true;
  };

  const visit: SuccessorVisitor<S, A> = (index, action, next) => {
    transitions++;
    const count = coverage.forAction(action);
    count.enabled++;
    if (findings.checksSteps && findings.transition(current!, action, next, head, index)) {
      stop = 'violation';
      return true;
    }
    if (expander.unchanged) return false;
    const before = seen.size;
    const mustStop = reach(next, head, index);
    if (seen.size > before) {
      count.newStates++;
      deepest = depth + 1;
    }
    return mustStop;
  };

  stop = clock.stopped();
  const inits = model.init();
  for (let i = 0; i < inits.length && stop === null; i++) {
    const state = inits[i]!;
    expander.identify(state);
    reach(state, NO_PARENT, i);
  }

  let levelEnd = seen.size;
  /**
   * Expands states until the search stops, runs out, or the clock wants a turn. Synchronous on
   * purpose: V8 optimizes a long loop inside an async function poorly, so the loop lives here and
   * the async driver below only yields between slices.
   */
  const slice = (): void => {
    while (stop === null && head < seen.size) {
      if (head === levelEnd) {
        depth++;
        levelEnd = seen.size;
      }
      let state: S;
      let words: Int32Array | null = null;
      let offset = 0;
      if (wordFrontier !== undefined) {
        words = wordFrontier.chunkOf(head);
        offset = wordFrontier.offsetOf(head);
        state = expander.decode(words, offset);
      } else {
        state = objectFrontier!.get(head);
      }
      if (within !== undefined && !within(state)) {
        // Outside the state constraint: checked (when added) but not expanded, and not a deadlock.
        if (!unexpanded && model.actions(state).length > 0) unexpanded = true;
      } else {
        const actions = model.actions(state);
        if (actions.length === 0) {
          if (findings.noActions(head)) stop = 'violation';
        } else if (depth >= maxDepth) {
          unexpanded = true;
        } else {
          current = state;
          expander.expand(state, actions, words, offset, visit);
        }
      }
      head++;
      if ((head & 0xffff) === 0) {
        wordFrontier?.releaseBefore(head);
        objectFrontier?.releaseBefore(head);
      }
      if ((head & 63) === 0 && clock.due()) return;
    }
  };
  for (;;) {
    slice();
    if (stop !== null || head >= seen.size) break;
    stop = await clock.tick({ states: seen.size, transitions, frontier: seen.size - head, depth });
  }
  const outcome: SearchOutcome<S> = {
    stop: stop ?? 'done',
    states: seen.size,
    transitions,
    depth: deepest,
    unexpanded,
    findings: findings.traces,
    deadlock: findings.deadlock,
    coverage: coverage.snapshot(),
  };
  clock.report({ states: seen.size, transitions, frontier: seen.size - head, depth: deepest });
  return outcome;
}
