/**
 * The engine's contract. Everything here is generic: the engine knows nothing of Lync.
 * A model is a pure reducer (Stateright's shape: initial states, enabled actions, next state);
 * properties are plain data; traces are paths of action indices that replay from an initial state.
 */

/** A state machine to check. All functions must be pure and deterministic. */
export interface Model<S, A> {
  /** The initial states, in a fixed order: a trace names one by its index. */
  init(): readonly S[];
  /** The enabled actions, in a deterministic order: a trace step names one by its index. */
  actions(state: S): readonly A[];
  /** The next state. Models write it with immer's `produce(state, d => update(d, action))`. */
  next(state: S, action: A): S;
  /** A short name for an action, used in coverage, traces and reports. */
  label(action: A): string;
  /** State constraint: states outside it are counted and checked but not expanded. */
  within?(state: S): boolean;
  /** A representative of the state's symmetry class; used for the seen-set only when symmetry is on. */
  canonical?(state: S): S;
  /**
   * Fast path. `update` is the same recipe `next` gives to immer's `produce`; with a `codec` the engine
   * applies it to a private mutable copy (`codec.decode`) instead of paying for a draft per transition.
   * Contract: `update` only mutates its argument (no return value, no immer-only helpers), so that
   * `next(s, a)` and `decode(encode(s)); update(copy, a)` give equal states. `verifyFastPath` checks it.
   */
  update?(draft: S, action: A): void;
  /** Fixed-width integer encoding of a state: the frontier stores it, the fingerprint hashes it. */
  codec?: Codec<S>;
}

export interface Codec<S> {
  /** 32-bit words per encoded state. */
  readonly words: number;
  encode(state: S, out: Int32Array, offset: number): void;
  /** A fresh, mutable object each call (the fast path mutates it). */
  decode(words: Int32Array, offset: number): S;
  /**
   * Optional: overwrites every part of `into`, an object `decode` returned, with the state in `words`.
   * The fast path then reuses one object for every successor a search thread computes, instead of a
   * fresh decode (and garbage) per transition, so a successor handed to a property is valid only during
   * that call. fastPath 'verify' checks it against `decode`.
   */
  decodeInto?(words: Int32Array, offset: number, into: S): void;
}

/** Where a worker thread can rebuild the same model and properties (closures cannot cross threads). */
export interface ModelSource {
  /** A module URL (file:// or a path resolvable from the engine). */
  readonly module: string;
  /** The name of an exported function `(...args) => Subject`. */
  readonly export: string;
  /** Structured-cloneable arguments. */
  readonly args: readonly unknown[];
}

/** What a ModelSource factory returns. */
export interface Subject<S, A> {
  readonly model: Model<S, A>;
  readonly properties: readonly Property<S, A>[];
}

/** A property's `check` must not keep the states it is given: with the fast path they may be reused. */
interface PropertyBase {
  readonly name: string;
  readonly description?: string;
}
/** Holds on every reachable state. */
export interface Always<S> extends PropertyBase {
  readonly kind: 'always';
  readonly check: (state: S) => boolean;
}
/** Some reachable state satisfies it; the witness path is reported. Never reached is a failure. */
export interface Sometimes<S> extends PropertyBase {
  readonly kind: 'sometimes';
  readonly check: (state: S) => boolean;
}
/** Holds on every transition. */
export interface Step<S, A> extends PropertyBase {
  readonly kind: 'step';
  readonly check: (prev: S, action: A, next: S) => boolean;
}
/**
 * Every path reaches a state that satisfies it. A violation is a path that never does and either ends
 * in a terminal state or loops (a lasso). A path cut by the depth bound or a state constraint before it
 * does is neither: the verdict is then `unknown`, never `holds`.
 */
export interface Eventually<S> extends PropertyBase {
  readonly kind: 'eventually';
  readonly check: (state: S) => boolean;
}
export type Property<S, A> = Always<S> | Sometimes<S> | Step<S, A> | Eventually<S>;
export type PropertyKind = Property<unknown, unknown>['kind'];

/**
 * A path: an initial-state index and action indices. `labels` and `states` are for display and for
 * detecting drift on replay; the indices alone determine the path.
 */
export interface Trace<S = unknown> {
  readonly init: number;
  readonly actions: readonly number[];
  readonly labels?: readonly string[];
  /** states[0] is the initial state; states[i + 1] follows actions[i]. */
  readonly states?: readonly S[];
  /** For a lasso: the final state equals states[loopsTo]. */
  readonly loopsTo?: number;
}

export type Verdict = 'holds' | 'violated' | 'unknown';

export interface PropertyResult<S> {
  readonly name: string;
  readonly kind: PropertyKind | 'deadlock';
  readonly status: Verdict;
  /** The counterexample (violated), or the witness (a `sometimes` that holds). */
  readonly trace?: Trace<S>;
  /** Why the verdict is what it is, in one line (e.g. "no witness among 8,832 states"). */
  readonly reason?: string;
}

export type StopReason = 'done' | 'violation' | 'max-states' | 'time-limit' | 'aborted';

export interface Coverage {
  /** Per action label: how many times it was enabled, and how many new states it produced. */
  readonly [label: string]: { readonly enabled: number; readonly newStates: number };
}

export interface CheckResult<S> {
  /** The whole space within the bounds was explored (no cap, timer, signal or early stop cut it). */
  readonly complete: boolean;
  /** Complete, and the depth bound and state constraint left no state unexpanded. */
  readonly exhaustive: boolean;
  readonly stopReason: StopReason;
  readonly states: number;
  readonly transitions: number;
  /** The deepest level reached (initial states are depth 0). */
  readonly depth: number;
  readonly elapsedMs: number;
  readonly properties: readonly PropertyResult<S>[];
  readonly coverage: Coverage;
}

export interface Progress {
  readonly states: number;
  readonly transitions: number;
  readonly frontier: number;
  readonly depth: number;
  readonly elapsedMs: number;
  /** Distinct states per second since the start. */
  readonly rate: number;
}

export interface CheckOptions {
  /** Deepest level expanded; states at this depth are checked but not expanded. Default: unbounded. */
  readonly maxDepth?: number;
  /** Stop after this many distinct states. Default: unbounded. */
  readonly maxStates?: number;
  readonly timeLimitMs?: number;
  /** Stop at the first violation (default) or go on until every property has a verdict. */
  readonly stopAtFirstViolation?: boolean;
  /** Report states with no enabled action as a `deadlock` violation. Default true. */
  readonly deadlock?: boolean;
  /**
   * Search order. 'bfs' (default): level by level, so every counterexample is a shortest one. 'dfs':
   * Stateright's and SPIN's depth-first order, one thread, counterexamples not shortest (dfs.ts).
   */
  readonly strategy?: 'bfs' | 'dfs';
  /** Use `model.canonical` for the seen-set. Default true when the model has one. */
  readonly symmetry?: boolean;
  /**
   * Threads that search: this one and `workers` − 1 worker threads (parallel/search.ts), with the same
   * outcome as one. Default 1; more than 1 needs `source`.
   */
  readonly workers?: number;
  readonly source?: ModelSource;
  /** Use `update` + `codec` when the model has them (default), or always `next`; `verify` runs both. */
  readonly fastPath?: 'auto' | 'off' | 'verify';
  readonly onProgress?: (progress: Progress) => void;
  /** Milliseconds between progress reports. Default 1000. */
  readonly progressIntervalMs?: number;
  /** Aborting stops the search cleanly with stopReason 'aborted'. */
  readonly signal?: AbortSignal;
}

export interface SimulateOptions {
  readonly runs: number;
  readonly maxSteps: number;
  readonly seed?: number;
  /** fast-check's replay path, with `seed`, to re-run a reported failure directly. */
  readonly path?: string;
  readonly deadlock?: boolean;
  /** Aborting stops the runs (or the shrinking) cleanly; the result's `stopped` says so. */
  readonly signal?: AbortSignal;
  readonly timeLimitMs?: number;
}

export type SimulateStop = 'aborted' | 'time-limit';

export interface SimulateResult<S> {
  readonly seed: number;
  /** Runs done: fewer than asked when stopped, or when a run failed. */
  readonly runs: number;
  /** Set when the signal or the time limit cut the runs or the shrinking short. */
  readonly stopped?: SimulateStop;
  /** Set when a run failed: the property it broke and the shrunk trace (shrunk as far as it got). */
  readonly failure?: {
    readonly property: string;
    readonly trace: Trace<S>;
    /** fast-check's path: `simulate(..., { seed, path })` replays straight to the shrunk case. */
    readonly path: string;
    readonly shrinks: number;
  };
}
