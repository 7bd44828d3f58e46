/**
 * The depth-first search (`strategy: 'dfs'`), Stateright's and SPIN's order: a stack of states, the
 * last one pushed expanded first, its successors pushed in action order. It decides the same
 * properties as the breadth-first search and gives the same verdicts and state counts on a complete
 * search, but its counterexamples are whatever path it found first, not shortest ones.
 *
 * Why have it: it holds only the stack, not a level, and it reproduces the state counts of checkers
 * that search this way where those counts depend on the order (a symmetry representative that is not
 * canonical keeps whichever member of a class it meets first; Stateright's 2PC count of 665 is one).
 *
 * With a depth bound, a state first met deep in the stack (and cut there) may be met again nearer the
 * root: it is then expanded again from there, so the bound covers exactly the states within `maxDepth`
 * steps of an initial state, as in the BFS. The parent links get a second node for it, with the new
 * path: under symmetry the state met again may be another member of its class, and the action indices
 * of its successors are those of the member actually expanded. Transitions and coverage count each
 * state's first expansion only. `depth` is the deepest stack reached, as SPIN reports it.
 */
import type { Model, Property, StopReason } from './types.ts';
import type { SearchClock } from './clock.ts';
import type { SearchOutcome, SearchSettings } from './bfs.ts';
import type { SuccessorVisitor } from './expand.ts';
import { Expander } from './expand.ts';
import { FingerprintSet } from './seen-set.ts';
import { NO_PARENT, ParentLinks } from './parents.ts';
import { CoverageCounter } from './coverage.ts';
import { Findings } from './findings.ts';
import { GrowableInts } from './growable-ints.ts';

export async function depthFirst<S, A>(
  model: Model<S, A>,
  properties: readonly Property<S, A>[],
  settings: SearchSettings,
  clock: SearchClock,
): Promise<SearchOutcome<S>> {
  const expander = new Expander(model, settings);
  const fp = expander.fp;
  const words = expander.words;
  const seen = new FingerprintSet();
  /** Nodes of the parent links: one per state, and one more per re-expansion nearer the root. */
  const parents = new ParentLinks();
  const coverage = new CoverageCounter<A>((action) => model.label(action));
  const findings = new Findings(model, properties, settings, (node) => parents.path(node), expander.fast);
  const within = model.within?.bind(model);
  const { maxDepth, maxStates } = settings;
  const bounded = maxDepth < Infinity;

  /** Per state (seen-set id): the smallest depth it was met at, and whether it was expanded or cut. */
  const depthOf = new GrowableInts();
  const status = new GrowableInts();
  /** The stack: per entry the parent-link node, the state, the depth, and its words or object. */
  const stackNodes = new GrowableInts();
  const stackStates = new GrowableInts();
  const stackDepths = new GrowableInts();
  const stackWords = new GrowableInts();
  const stackObjects: S[] = [];
  /** The state being expanded, copied off the stack, which its successors may grow. */
  const scratch = new Int32Array(words);

  let stop = null as StopReason | null;
  let transitions = 0;
  let outsideConstraint = false;
  let current: S | undefined;
  let currentNode = 0;
  let currentDepth = 0;
  let firstExpansion = true;
  /** For progress reports; the result's depth is read off depthOf at the end. */
  let deepestPushed = 0;

  /** Adds a parent-link node and pushes it; returns the node. */
  const push = (stateId: number, parent: number, index: number, depth: number, state: S): number => {
    const node = parents.size;
    if (parent === NO_PARENT) parents.addInitial(index);
    else parents.add(parent, index);
    stackNodes.push(node);
    stackStates.push(stateId);
    stackDepths.push(depth);
    if (depth > deepestPushed) deepestPushed = depth;
    if (words > 0) stackWords.pushAll(expander.encoded, words);
    else stackObjects.push(state);
    return node;
  };

  /** Adds the state `fp` names if it is new; says whether the search must stop. */
  const reach = (state: S, parent: number, index: number, depth: number): boolean => {
    const known = seen.get(fp[0]!, fp[1]!);
    if (known >= 0) {
      if (bounded && depth < depthOf.get(known)) {
        depthOf.set(known, depth);
        push(known, parent, index, depth, state);
      }
      return false;
    }
    if (seen.size >= maxStates) {
      stop = 'max-states';
      return true;
    }
    const id = seen.add(fp[0]!, fp[1]!);
    depthOf.push(depth);
    status.push(NEW);
    const node = push(id, parent, index, depth, state);
    if (!findings.state(state, node)) return false;
    stop = 'violation';
    return true;
  };

  const visit: SuccessorVisitor<S, A> = (index, action, next) => {
    if (firstExpansion) {
      transitions++;
      coverage.forAction(action).enabled++;
    }
    if (findings.checksSteps && findings.transition(current!, action, next, currentNode, index)) {
      stop = 'violation';
      return true;
    }
    if (expander.unchanged) return false;
    const before = seen.size;
    const mustStop = reach(next, currentNode, index, currentDepth + 1);
    if (firstExpansion && seen.size > before) coverage.forAction(action).newStates++;
    return mustStop;
  };

  stop = clock.stopped();
  const inits = model.init();
  for (let i = 0; i < inits.length && stop === null; i++) {
    expander.identify(inits[i]!);
    reach(inits[i]!, NO_PARENT, i, 0);
  }

  /** Expands states until the search stops, the stack empties, or the clock wants a turn (see bfs.ts). */
  const slice = (): void => {
    let popped = 0;
    while (stop === null && stackNodes.length > 0) {
      const node = stackNodes.pop();
      const id = stackStates.pop();
      const depth = stackDepths.pop();
      let state: S;
      if (words > 0) {
        stackWords.popInto(scratch, words);
        state = expander.decode(scratch, 0);
      } else {
        state = stackObjects.pop()!;
      }
      // Pushed again nearer the root since: that entry expands it.
      if (depth !== depthOf.get(id)) continue;
      if (within !== undefined && !within(state)) {
        if (!outsideConstraint && model.actions(state).length > 0) outsideConstraint = true;
      } else {
        const actions = model.actions(state);
        if (actions.length === 0) {
          if (findings.noActions(node)) stop = 'violation';
        } else if (depth >= maxDepth) {
          if (status.get(id) === NEW) status.set(id, CUT);
        } else {
          current = state;
          currentNode = node;
          currentDepth = depth;
          firstExpansion = status.get(id) !== EXPANDED;
          expander.expand(state, actions, words > 0 ? scratch : null, 0, visit);
          status.set(id, EXPANDED);
        }
      }
      if ((++popped & 63) === 0 && clock.due()) return;
    }
  };
  for (;;) {
    slice();
    if (stop !== null || stackNodes.length === 0) break;
    stop = await clock.tick({ states: seen.size, transitions, frontier: stackNodes.length, depth: deepestPushed });
  }
  let cut = false;
  for (let id = 0; id < status.length && !cut; id++) cut = status.get(id) === CUT;
  const depth = deepestOf(depthOf);
  clock.report({ states: seen.size, transitions, frontier: stackNodes.length, depth });
  return {
    stop: stop ?? 'done',
    states: seen.size,
    transitions,
    depth,
    unexpanded: outsideConstraint || cut,
    findings: findings.traces,
    deadlock: findings.deadlock,
    coverage: coverage.snapshot(),
  };
}

const NEW = 0;
const EXPANDED = 1;
/** At the depth bound with actions left, and not expanded from nearer the root since. */
const CUT = 2;

function deepestOf(depths: GrowableInts): number {
  let deepest = 0;
  for (let i = 0; i < depths.length; i++) deepest = Math.max(deepest, depths.get(i));
  return deepest;
}
