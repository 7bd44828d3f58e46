/**
 * State expansion, shared by the single-threaded search, the eventually search and the worker threads:
 * for one state, every enabled action's successor with its fingerprint and (with a codec) its words.
 *
 * Fast path (model has `update` + `codec`, fastPath not 'off'): each successor is a copy of the
 * parent decoded from its words, mutated in place by `update`, then encoded into a scratch buffer. No
 * immer draft; with `codec.decodeInto` the copy is one object reused for every successor, so nothing
 * is allocated per transition, and a visitor must not keep it. Otherwise successors come from
 * `model.next`.
 *
 * Under symmetry the fingerprint is that of `model.canonical(successor)`, but the words kept (and the
 * object handed to the visitor) are the successor itself, so a path of action indices replays exactly.
 */
import type { Codec, CheckOptions, Model } from './types.ts';
import * as fingerprints from './fingerprint.ts';
import { fingerprintValue, stableSerialize } from './fingerprint.ts';

// Read once, not at each transition: worker threads load this file through tsx's CommonJS transform,
// where each use of an imported binding calls a getter.
const { fingerprintWords } = fingerprints;

/** Called once per enabled action; return true to stop the expansion. */
export type SuccessorVisitor<S, A> = (actionIndex: number, action: A, next: S) => boolean;

export interface ExpanderOptions {
  readonly symmetry: boolean;
  readonly fastPath: NonNullable<CheckOptions['fastPath']>;
}

export class Expander<S, A> {
  /** Words per encoded state, or 0 when the model has no codec and states are kept as objects. */
  readonly words: number;
  /** True when successors are computed with `update` on decoded copies. */
  readonly fast: boolean;
  /** [hi, lo] of the state last identified or visited (of its representative under symmetry). */
  readonly fp = new Uint32Array(2);
  /** The words of the state last identified or visited (the state itself, never the representative). */
  readonly encoded: Int32Array;
  /**
   * The successor last visited equals the state it came from (a stuttering step). `fp` is then not
   * computed: the state is known to be seen, so the caller can skip the seen-set probe.
   */
  unchanged = false;

  private readonly codec: Codec<S> | undefined;
  private readonly canonical: ((state: S) => S) | undefined;
  private readonly canonicalWords: Int32Array;
  private readonly verifyWords: Int32Array;
  private readonly verify: boolean;
  /** With `codec.decodeInto`, the one successor object the fast path reuses. */
  private reused: S | undefined;

  constructor(
    private readonly model: Model<S, A>,
    options: ExpanderOptions,
  ) {
    this.codec = model.codec;
    this.words = model.codec?.words ?? 0;
    this.canonical = options.symmetry && model.canonical ? model.canonical.bind(model) : undefined;
    const hasFastPath = model.update !== undefined && model.codec !== undefined;
    if (options.fastPath === 'verify' && !hasFastPath) {
      throw new Error("fastPath 'verify' needs a model with both `update` and `codec`");
    }
    this.fast = hasFastPath && options.fastPath !== 'off';
    this.verify = options.fastPath === 'verify';
    this.encoded = new Int32Array(this.words);
    this.canonicalWords = new Int32Array(this.words);
    this.verifyWords = new Int32Array(this.words);
  }

  /** Fills `fp` (and `encoded`, with a codec) for a state. */
  identify(state: S): void {
    const codec = this.codec;
    if (codec === undefined) {
      fingerprintValue(this.canonical ? this.canonical(state) : state, this.fp);
      return;
    }
    codec.encode(state, this.encoded, 0);
    if (this.canonical) {
      codec.encode(this.canonical(state), this.canonicalWords, 0);
      fingerprintWords(this.canonicalWords, 0, this.words, this.fp);
    } else {
      fingerprintWords(this.encoded, 0, this.words, this.fp);
    }
  }

  /** A fresh state object from stored words. */
  decode(words: Int32Array, offset: number): S {
    return this.codec!.decode(words, offset);
  }

  /**
   * Visits every successor of `state`. With the fast path, `words`/`offset` must hold `state`'s
   * encoding (successors are decoded from it); otherwise they are ignored. `actions` is
   * `model.actions(state)`, passed in because the caller needs it too (deadlock, coverage).
   */
  expand(
    state: S,
    actions: readonly A[],
    words: Int32Array | null,
    offset: number,
    visit: SuccessorVisitor<S, A>,
  ): void {
    if (this.fast) this.expandFast(state, actions, words!, offset, visit);
    else this.expandNext(state, actions, visit);
  }

  private expandFast(
    state: S,
    actions: readonly A[],
    words: Int32Array,
    offset: number,
    visit: SuccessorVisitor<S, A>,
  ): void {
    const model = this.model;
    const codec = this.codec!;
    const update = model.update!;
    const n = this.words;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      let copy: S;
      if (codec.decodeInto === undefined) copy = codec.decode(words, offset);
      else {
        copy = this.reused ??= codec.decode(words, offset);
        codec.decodeInto(words, offset, copy);
        if (this.verify) this.compareWithDecode(copy, words, offset);
      }
      update.call(model, copy, action);
      const encoded = this.encoded;
      codec.encode(copy, encoded, 0);
      if (this.verify) this.compareWithNext(state, action, i);
      let unchanged = true;
      for (let w = 0; w < n; w++) {
        if (encoded[w] !== words[offset + w]) {
          unchanged = false;
          break;
        }
      }
      this.unchanged = unchanged;
      if (!unchanged) {
        if (this.canonical) {
          codec.encode(this.canonical(copy), this.canonicalWords, 0);
          fingerprintWords(this.canonicalWords, 0, n, this.fp);
        } else {
          fingerprintWords(encoded, 0, n, this.fp);
        }
      }
      if (visit(i, action, copy)) return;
    }
  }

  private expandNext(state: S, actions: readonly A[], visit: SuccessorVisitor<S, A>): void {
    const model = this.model;
    for (let i = 0; i < actions.length; i++) {
      const action = actions[i]!;
      const next = model.next(state, action);
      // immer's produce returns its base when the recipe changed nothing.
      this.unchanged = next === state;
      if (!this.unchanged) this.identify(next);
      if (visit(i, action, next)) return;
    }
  }

  private compareWithDecode(copy: S, words: Int32Array, offset: number): void {
    const into = stableSerialize(copy);
    const fresh = stableSerialize(this.codec!.decode(words, offset));
    if (into !== fresh) {
      throw new Error(`the codec's decodeInto leaves a reused state as ${into} where decode gives ${fresh} (does it overwrite every part?)`);
    }
  }

  private compareWithNext(state: S, action: A, index: number): void {
    const label = this.model.label(action);
    const codec = this.codec!;
    const expected = this.model.next(state, action);
    codec.encode(expected, this.verifyWords, 0);
    for (let w = 0; w < this.words; w++) {
      if (this.verifyWords[w] !== this.encoded[w]) {
        throw new Error(
          `fast path differs from next: action #${index} '${label}' encodes to ` +
            `[${[...this.encoded].join(', ')}] with update but [${[...this.verifyWords].join(', ')}] with next ` +
            `(does update only mutate its argument, as next's recipe does?)`,
        );
      }
    }
    const roundTrip = stableSerialize(codec.decode(this.verifyWords, 0));
    if (roundTrip !== stableSerialize(expected)) {
      throw new Error(
        `the codec loses information: after action #${index} '${label}', next gives ${stableSerialize(expected)} ` +
          `but decode(encode(it)) gives ${roundTrip}`,
      );
    }
  }
}
