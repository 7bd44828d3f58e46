/**
 * Two-phase commit: TLA+'s TwoPhase spec (Gray & Lamport, "Consensus on Transaction Commit"), as in
 * Stateright's 2pc example. A transaction manager (TM) and `rmCount` resource managers (RMs); the
 * network is the set of messages ever sent (it only grows, so messages can be received again).
 * Reachable states without symmetry: 288 for 3 RMs, 8,832 for 5, 1,745,408 for 8.
 *
 * Written the way models in this project are: an immer recipe (`update`) that `next` runs through
 * `produce`, plus a codec and a symmetry representative so the engine can take its fast path.
 */
import { produce } from 'immer';
import type { Codec, Model, ModelSource, Property, Subject } from '../src/engine/types.ts';

export type RmState = 'working' | 'prepared' | 'committed' | 'aborted';
export type TmState = 'init' | 'committed' | 'aborted';

export interface TwoPhaseState {
  rmState: RmState[];
  tmState: TmState;
  /** The RMs the TM has received Prepared from (TLA+'s tmPrepared set, as a membership vector). */
  tmPrepared: boolean[];
  /**
   * TLA+'s msgs: a set over a finite universe (Prepared(rm) for each RM, Commit, Abort), held as its
   * membership flags. It only grows.
   */
  msgs: { prepared: boolean[]; commit: boolean; abort: boolean };
}

export type TwoPhaseAction =
  | { readonly type: 'TmCommit' }
  | { readonly type: 'TmAbort' }
  | {
      readonly type: 'TmRcvPrepared' | 'RmPrepare' | 'RmChooseToAbort' | 'RmRcvCommitMsg' | 'RmRcvAbortMsg';
      readonly rm: number;
    };

/**
 * `correct` is TwoPhase. `eager-commit` is a broken TM that commits once any one RM is prepared, so an
 * RM can commit while another aborts (shortest counterexample: 5 steps).
 */
export type TwoPhaseVariant = 'correct' | 'eager-commit';

const RM_STATES: readonly RmState[] = ['working', 'prepared', 'committed', 'aborted'];
const TM_STATES: readonly TmState[] = ['init', 'committed', 'aborted'];
// Comparisons against interned string constants, not a keyed lookup: this runs once per RM per transition.
const rmCode = (r: RmState): number => (r === 'working' ? 0 : r === 'prepared' ? 1 : r === 'committed' ? 2 : 3);
const tmCode = (t: TmState): number => (t === 'init' ? 0 : t === 'committed' ? 1 : 2);
/** Word 1 holds the TM state (2 bits), Commit, Abort, then tmPrepared and Prepared(rm): 4 + 2n bits. */
const MAX_RMS = 14;

/** Two words: RM states at 2 bits each; then TM state, Commit, Abort, tmPrepared bits, Prepared bits. */
function twoPhaseCodec(n: number): Codec<TwoPhaseState> {
  const decodeInto = (words: Int32Array, offset: number, s: TwoPhaseState): void => {
    const rms = words[offset]!;
    const flags = words[offset + 1]!;
    const { rmState, tmPrepared, msgs } = s;
    for (let rm = 0; rm < n; rm++) {
      rmState[rm] = RM_STATES[(rms >>> (2 * rm)) & 3]!;
      tmPrepared[rm] = ((flags >>> (4 + rm)) & 1) === 1;
      msgs.prepared[rm] = ((flags >>> (4 + n + rm)) & 1) === 1;
    }
    s.tmState = TM_STATES[flags & 3]!;
    msgs.commit = (flags & 4) !== 0;
    msgs.abort = (flags & 8) !== 0;
  };
  return {
    words: 2,
    encode(s, out, offset) {
      let rms = 0;
      let flags = tmCode(s.tmState) | (s.msgs.commit ? 4 : 0) | (s.msgs.abort ? 8 : 0);
      for (let rm = 0; rm < n; rm++) {
        rms |= rmCode(s.rmState[rm]!) << (2 * rm);
        if (s.tmPrepared[rm]) flags |= 1 << (4 + rm);
        if (s.msgs.prepared[rm]) flags |= 1 << (4 + n + rm);
      }
      out[offset] = rms;
      out[offset + 1] = flags;
    },
    decode(words, offset) {
      // Pre-sized arrays: measured end to end this beats pushing into packed arrays even though the
      // properties' every/includes are slower on holey ones.
      const s: TwoPhaseState = {
        rmState: new Array<RmState>(n),
        tmState: 'init',
        tmPrepared: new Array<boolean>(n),
        msgs: { prepared: new Array<boolean>(n), commit: false, abort: false },
      };
      decodeInto(words, offset, s);
      return s;
    },
    decodeInto,
  };
}

/**
 * How `canonical` picks a state's representative, RMs being interchangeable:
 * - 'canonical' sorts them by their whole local state (RM state, in tmPrepared, Prepared sent): a true
 *   canonical form, two states get the same representative exactly when one is a permutation of the
 *   other (314 classes for 5 RMs);
 * - 'stateright' is Stateright's `Representative` for its 2PC example: sort by RM state only, ties in
 *   index order, and carry tmPrepared and the Prepared messages along. Two members of one class can
 *   then get different representatives, so the count depends on the search order: Stateright's
 *   depth-first 665 for 5 RMs, which the engine reproduces with `strategy: 'dfs'`.
 */
export type TwoPhaseRepresentative = 'canonical' | 'stateright';

function canonical(s: TwoPhaseState): TwoPhaseState {
  const n = s.rmState.length;
  const keys = new Array<number>(n);
  for (let rm = 0; rm < n; rm++) {
    keys[rm] = (rmCode(s.rmState[rm]!) << 2) | (s.tmPrepared[rm] ? 2 : 0) | (s.msgs.prepared[rm] ? 1 : 0);
  }
  keys.sort((a, b) => a - b);
  return {
    rmState: keys.map((k) => RM_STATES[k >>> 2]!),
    tmState: s.tmState,
    tmPrepared: keys.map((k) => (k & 2) !== 0),
    msgs: { prepared: keys.map((k) => (k & 1) !== 0), commit: s.msgs.commit, abort: s.msgs.abort },
  };
}

function staterightRepresentative(s: TwoPhaseState): TwoPhaseState {
  const order = s.rmState.map((_, rm) => rm);
  // Array.prototype.sort is stable, so ties keep index order, as Stateright's sort of (state, index) does.
  order.sort((a, b) => rmCode(s.rmState[a]!) - rmCode(s.rmState[b]!));
  return {
    rmState: order.map((rm) => s.rmState[rm]!),
    tmState: s.tmState,
    tmPrepared: order.map((rm) => s.tmPrepared[rm]!),
    msgs: { prepared: order.map((rm) => s.msgs.prepared[rm]!), commit: s.msgs.commit, abort: s.msgs.abort },
  };
}

function update(s: TwoPhaseState, a: TwoPhaseAction): void {
  switch (a.type) {
    case 'TmRcvPrepared':
      s.tmPrepared[a.rm] = true;
      break;
    case 'TmCommit':
      s.tmState = 'committed';
      s.msgs.commit = true;
      break;
    case 'TmAbort':
      s.tmState = 'aborted';
      s.msgs.abort = true;
      break;
    case 'RmPrepare':
      s.rmState[a.rm] = 'prepared';
      s.msgs.prepared[a.rm] = true;
      break;
    case 'RmChooseToAbort':
    case 'RmRcvAbortMsg':
      s.rmState[a.rm] = 'aborted';
      break;
    case 'RmRcvCommitMsg':
      s.rmState[a.rm] = 'committed';
      break;
  }
}

export function twoPhaseModel(
  rmCount: number,
  variant: TwoPhaseVariant = 'correct',
  representative: TwoPhaseRepresentative = 'canonical',
): Model<TwoPhaseState, TwoPhaseAction> {
  if (!Number.isInteger(rmCount) || rmCount < 1 || rmCount > MAX_RMS) {
    throw new RangeError(`two-phase commit needs 1 to ${MAX_RMS} resource managers, got ${rmCount}`);
  }
  // Actions are shared constants, so `actions()` allocates only the list and labels are precomputed.
  const perRm = (type: 'TmRcvPrepared' | 'RmPrepare' | 'RmChooseToAbort' | 'RmRcvCommitMsg' | 'RmRcvAbortMsg') =>
    Array.from({ length: rmCount }, (_, rm): TwoPhaseAction => ({ type, rm }));
  const tmCommit: TwoPhaseAction = { type: 'TmCommit' };
  const tmAbort: TwoPhaseAction = { type: 'TmAbort' };
  const rcvPrepared = perRm('TmRcvPrepared');
  const prepare = perRm('RmPrepare');
  const chooseToAbort = perRm('RmChooseToAbort');
  const rcvCommit = perRm('RmRcvCommitMsg');
  const rcvAbort = perRm('RmRcvAbortMsg');
  const labels = new Map<TwoPhaseAction, string>();
  for (const a of [tmCommit, tmAbort, ...rcvPrepared, ...prepare, ...chooseToAbort, ...rcvCommit, ...rcvAbort]) {
    labels.set(a, 'rm' in a ? `${a.type}(${a.rm})` : a.type);
  }
  const mayCommit =
    variant === 'correct'
      ? (s: TwoPhaseState) => s.tmPrepared.every(Boolean)
      : (s: TwoPhaseState) => s.tmPrepared.some(Boolean);

  return {
    init: () => [
      {
        rmState: Array.from({ length: rmCount }, () => 'working' as const),
        tmState: 'init',
        tmPrepared: Array.from({ length: rmCount }, () => false),
        msgs: { prepared: Array.from({ length: rmCount }, () => false), commit: false, abort: false },
      },
    ],
    // Stateright's order: TmCommit, TmAbort, then per RM its five actions.
    actions(s) {
      const out: TwoPhaseAction[] = [];
      if (s.tmState === 'init' && mayCommit(s)) out.push(tmCommit);
      if (s.tmState === 'init') out.push(tmAbort);
      for (let rm = 0; rm < rmCount; rm++) {
        if (s.tmState === 'init' && s.msgs.prepared[rm]) out.push(rcvPrepared[rm]!);
        if (s.rmState[rm] === 'working') out.push(prepare[rm]!, chooseToAbort[rm]!);
        if (s.msgs.commit) out.push(rcvCommit[rm]!);
        if (s.msgs.abort) out.push(rcvAbort[rm]!);
      }
      return out;
    },
    next: (s, a) => produce(s, (draft) => update(draft, a)),
    update,
    label: (a) => labels.get(a) ?? ('rm' in a ? `${a.type}(${a.rm})` : a.type),
    codec: twoPhaseCodec(rmCount),
    canonical: representative === 'stateright' ? staterightRepresentative : canonical,
  };
}

export function twoPhaseProperties(): Property<TwoPhaseState, TwoPhaseAction>[] {
  return [
    {
      kind: 'sometimes',
      name: 'abort agreement',
      description: 'every RM aborted',
      check: (s) => s.rmState.every((r) => r === 'aborted'),
    },
    {
      kind: 'sometimes',
      name: 'commit agreement',
      description: 'every RM committed',
      check: (s) => s.rmState.every((r) => r === 'committed'),
    },
    {
      kind: 'always',
      name: 'consistent',
      description: 'no RM has committed while another has aborted',
      check: (s) => !(s.rmState.includes('committed') && s.rmState.includes('aborted')),
    },
  ];
}

/** The ModelSource factory: a worker thread rebuilds the subject from `twoPhaseSource(...)`. */
export function twoPhaseSubject(
  rmCount: number,
  variant: TwoPhaseVariant = 'correct',
  representative: TwoPhaseRepresentative = 'canonical',
): Subject<TwoPhaseState, TwoPhaseAction> {
  return { model: twoPhaseModel(rmCount, variant, representative), properties: twoPhaseProperties() };
}

export function twoPhaseSource(
  rmCount: number,
  variant: TwoPhaseVariant = 'correct',
  representative: TwoPhaseRepresentative = 'canonical',
): ModelSource {
  return { module: import.meta.url, export: 'twoPhaseSubject', args: [rmCount, variant, representative] };
}
