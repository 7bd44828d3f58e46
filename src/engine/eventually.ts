/**
 * The search for `eventually P`: does every path from an initial state reach a state satisfying P?
 *
 * It runs over the ¬P-restricted graph: the initial states that fail P and, from each, the successors
 * that fail P (a path is done as soon as it reaches a P state). It has its own seen-set keyed by each
 * state's own fingerprint, never the symmetry representative, so a lasso's last state is exactly its
 * loop entry.
 *
 * - Violated, terminal: a ¬P state with no enabled action is reachable through ¬P states only. Found by
 *   BFS, so the trace is a shortest such path.
 * - Violated, lasso: a cycle of ¬P states (a self-loop counts) is reachable through ¬P states only.
 *   After the BFS, an iterative DFS with on-stack marks (Tarjan's strongly connected components) finds
 *   the states that lie on a loop. The loop entry is the one the BFS reached first, and the trace is
 *   the BFS-shortest path to it (the stem), then the shortest loop through it; `trace.loopsTo` is the
 *   index of the entry in `trace.states`. The lasso is thus one with a shortest stem, though not
 *   necessarily the shortest lasso overall. No fairness is assumed: a path that may stutter on ¬P
 *   states forever (an action that leads back to the same state) is a violation.
 * - A dead end is looked for first, so when the ¬P graph has both, the dead end is reported.
 * - Unknown: the search hit maxStates, the time limit or the signal, or some ¬P state with enabled
 *   actions was left unexpanded because it is at `maxDepth` (counted along the ¬P path) or outside the
 *   model's `within`: that path's future is not known. A cut path never yields `holds`.
 * - Holds otherwise: the ¬P graph is finite, acyclic and has no terminal state, so every path leaves it.
 */
import type { Eventually, Model, StopReason, Trace, Verdict } from './types.ts';
import type { SearchClock } from './clock.ts';
import type { ExpanderOptions, SuccessorVisitor } from './expand.ts';
import { Expander } from './expand.ts';
import { FingerprintSet } from './seen-set.ts';
import { ObjectFrontier, WordFrontier } from './frontier.ts';
import { ParentLinks } from './parents.ts';
import { traceOf } from './trace.ts';

export interface EventuallySettings {
  readonly fastPath: ExpanderOptions['fastPath'];
  readonly maxDepth: number;
  readonly maxStates: number;
}

export interface EventuallyOutcome<S> {
  readonly status: Verdict;
  readonly reason: string;
  readonly trace?: Trace<S>;
  /** Set when the cap, the time limit or the signal cut this search. */
  readonly stop?: Exclude<StopReason, 'done' | 'violation'>;
}

interface Frame {
  readonly id: number;
  readonly next: number[];
  readonly via: number[];
  pos: number;
}

export async function searchEventually<S, A>(
  model: Model<S, A>,
  property: Eventually<S>,
  settings: EventuallySettings,
  clock: SearchClock,
): Promise<EventuallyOutcome<S>> {
  const expander = new Expander(model, { symmetry: false, fastPath: settings.fastPath });
  const fp = expander.fp;
  const seen = new FingerprintSet();
  const parents = new ParentLinks();
  const wordFrontier = expander.words > 0 ? new WordFrontier(expander.words) : undefined;
  const objectFrontier = wordFrontier === undefined ? new ObjectFrontier<S>() : undefined;
  const within = model.within?.bind(model);
  const avoids = `never reaches '${property.name}'`;
  let expanded = new Uint8Array(1024);
  let cut: string | undefined;
  let capped = false;

  const store = (state: S): void => {
    if (wordFrontier !== undefined) wordFrontier.push(expander.encoded, 0);
    else objectFrontier!.push(state);
  };
  const load = (id: number): { state: S; words: Int32Array | null; offset: number } => {
    if (wordFrontier === undefined) return { state: objectFrontier!.get(id), words: null, offset: 0 };
    const words = wordFrontier.chunkOf(id);
    const offset = wordFrontier.offsetOf(id);
    return { state: expander.decode(words, offset), words, offset };
  };

  /** Whether the state `fp` names may be added: it is known already or the cap leaves room. */
  const fits = (): boolean => {
    if (seen.size < settings.maxStates || seen.get(fp[0]!, fp[1]!) >= 0) return true;
    capped = true;
    return false;
  };

  const inits = model.init();
  for (let i = 0; i < inits.length; i++) {
    const state = inits[i]!;
    if (property.check(state)) continue;
    expander.identify(state);
    if (!fits()) break;
    if (seen.add(fp[0]!, fp[1]!) < 0) continue;
    parents.addInitial(i);
    store(state);
  }

  let head = 0;
  const grow: SuccessorVisitor<S, A> = (index, _action, next) => {
    if (expander.unchanged || property.check(next)) return false;
    if (!fits()) return true;
    if (seen.add(fp[0]!, fp[1]!) < 0) return false;
    parents.add(head, index);
    store(next);
    return false;
  };

  // Both phases run in synchronous slices between clock ticks (see bfs.ts for why).
  let found = undefined as EventuallyOutcome<S> | undefined;
  const stopped = (stop: 'aborted' | 'time-limit'): EventuallyOutcome<S> => ({
    status: 'unknown',
    reason: `the search was stopped (${stop})`,
    stop,
  });

  // Phase 1: BFS over the ¬P states; a dead end among them is a shortest violation.
  let depth = 0;
  let levelEnd = seen.size;
  const bfsSlice = (): void => {
    while (head < seen.size && !capped) {
      if (head === levelEnd) {
        depth++;
        levelEnd = seen.size;
      }
      const { state, words, offset } = load(head);
      const actions = model.actions(state);
      if (actions.length === 0) {
        const trace = traceOf(model, parents.path(head), expander.fast);
        found = {
          status: 'violated',
          trace,
          reason: `a path of ${trace.actions.length} steps ${avoids} and ends in a state with no enabled action`,
        };
        return;
      }
      if (within !== undefined && !within(state)) {
        cut ??= 'outside the state constraint';
      } else if (depth >= settings.maxDepth) {
        cut ??= `at the depth bound (${settings.maxDepth})`;
      } else {
        if (head >= expanded.length) {
          const bigger = new Uint8Array(expanded.length * 2);
          bigger.set(expanded);
          expanded = bigger;
        }
        expanded[head] = 1;
        expander.expand(state, actions, words, offset, grow);
      }
      head++;
      if ((head & 63) === 0 && clock.due()) return;
    }
  };
  for (;;) {
    bfsSlice();
    if (found !== undefined) return found;
    if (capped || head >= seen.size) break;
    const stop = await clock.tick({ states: seen.size, transitions: 0, frontier: seen.size - head, depth });
    if (stop !== null) return stopped(stop);
  }
  if (capped) {
    return {
      status: 'unknown',
      reason: `the search of states that fail '${property.name}' reached maxStates (${settings.maxStates})`,
      stop: 'max-states',
    };
  }

  // Phase 2: which expanded ¬P states lie on a loop? Tarjan's algorithm (an iterative DFS with
  // on-stack marks) finds the strongly connected components; a state is on a loop when its component
  // has two or more states or it has a self-loop.
  const size = seen.size;
  const successors = (id: number): { next: number[]; via: number[] } => {
    const out = { next: [] as number[], via: [] as number[] };
    const { state, words, offset } = load(id);
    expander.expand(state, model.actions(state), words, offset, (index, _action, next) => {
      if (property.check(next)) return false;
      const to = expander.unchanged ? id : seen.get(fp[0]!, fp[1]!);
      // Unexpanded states (cut, or dead ends) cannot be on a loop.
      if (to >= 0 && expanded[to] === 1) {
        out.next.push(to);
        out.via.push(index);
      }
      return false;
    });
    return out;
  };
  const order = new Int32Array(size).fill(-1);
  const low = new Int32Array(size);
  const component = new Int32Array(size).fill(-1);
  const onLoop = new Uint8Array(size);
  const open: number[] = [];
  const frames: Frame[] = [];
  let visited = 0;
  let components = 0;
  const enter = (id: number): void => {
    const { next, via } = successors(id);
    if (next.includes(id)) onLoop[id] = 1;
    order[id] = low[id] = visited++;
    open.push(id);
    frames.push({ id, next, via, pos: 0 });
  };
  const leave = (frame: Frame): void => {
    const id = frame.id;
    const parent = frames[frames.length - 1];
    if (parent !== undefined) low[parent.id] = Math.min(low[parent.id]!, low[id]!);
    if (low[id] !== order[id]) return;
    const members = open.splice(open.lastIndexOf(id));
    for (const m of members) {
      component[m] = components;
      if (members.length > 1) onLoop[m] = 1;
    }
    components++;
  };
  let root = 0;
  const sccSlice = (): void => {
    let steps = 0;
    for (;;) {
      if (frames.length === 0) {
        while (root < size && (order[root] !== -1 || expanded[root] !== 1)) root++;
        if (root >= size) return;
        enter(root);
      }
      const top = frames[frames.length - 1]!;
      if (top.pos === top.next.length) {
        frames.pop();
        leave(top);
      } else {
        const to = top.next[top.pos++]!;
        if (order[to] === -1) enter(to);
        else if (component[to] === -1) low[top.id] = Math.min(low[top.id]!, order[to]!);
      }
      if ((++steps & 255) === 0 && clock.due()) return;
    }
  };
  for (;;) {
    sccSlice();
    if (frames.length === 0 && root >= size) break;
    const stop = await clock.tick({ states: size, transitions: 0, frontier: frames.length, depth });
    if (stop !== null) return stopped(stop);
  }

  // Ids are in BFS order, so the first state on a loop has the shortest stem; the loop is then the
  // shortest one through it (a BFS inside its component, back to it).
  const entry = onLoop.indexOf(1);
  if (entry >= 0) {
    const prev = new Int32Array(size).fill(-1);
    const prevVia = new Int32Array(size);
    const queue = [entry];
    let last = -1;
    let closing = -1;
    for (let q = 0; q < queue.length && last < 0; q++) {
      if ((q & 255) === 255 && clock.due()) {
        const stop = await clock.tick({ states: size, transitions: 0, frontier: queue.length - q, depth });
        if (stop !== null) return stopped(stop);
      }
      const from = queue[q]!;
      const { next, via } = successors(from);
      for (let k = 0; k < next.length; k++) {
        const to = next[k]!;
        if (component[to] !== component[entry]) continue;
        if (to === entry) {
          last = from;
          closing = via[k]!;
          break;
        }
        if (prev[to] === -1) {
          prev[to] = from;
          prevVia[to] = via[k]!;
          queue.push(to);
        }
      }
    }
    const loop = [closing];
    for (let at = last; at !== entry; at = prev[at]!) loop.push(prevVia[at]!);
    loop.reverse();
    const stem = parents.path(entry);
    const at = stem.actions.length;
    const trace = traceOf(model, { init: stem.init, actions: [...stem.actions, ...loop] }, expander.fast, at);
    return {
      status: 'violated',
      trace,
      reason: `a path ${avoids}: after ${at} steps it enters a loop of ${loop.length} step(s) (no fairness assumed)`,
    };
  }

  if (cut !== undefined) {
    return {
      status: 'unknown',
      reason: `no violation among ${size.toLocaleString('en-US')} states that fail it, but a path that never reaches it was cut ${cut}`,
    };
  }
  return {
    status: 'holds',
    reason: `every path reaches it: the ${size.toLocaleString('en-US')} states that fail it form no loop and no dead end`,
  };
}
