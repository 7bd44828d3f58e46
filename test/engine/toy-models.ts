/** Small models for the engine's tests, each small enough to know its state space by hand. */
import { produce } from 'immer';
import type { Model } from '../../src/engine/types.ts';

export interface Count {
  readonly n: number;
}

/**
 * A counter from 0 to `limit`. Actions, in this order: `inc` (n < limit), then `dec` (n > 0) unless
 * `incOnly`, in which case `limit` is a dead end. `wrap` makes `inc` at the limit go back to 0.
 */
export function counter(limit: number, shape: { incOnly?: boolean; wrap?: boolean } = {}): Model<Count, 'inc' | 'dec'> {
  return {
    init: () => [{ n: 0 }],
    actions: (s) => {
      const out: ('inc' | 'dec')[] = [];
      if (s.n < limit || shape.wrap) out.push('inc');
      if (s.n > 0 && !shape.incOnly) out.push('dec');
      return out;
    },
    next: (s, a) => {
      if (a === 'dec') return { n: s.n - 1 };
      return { n: shape.wrap && s.n === limit ? 0 : s.n + 1 };
    },
    label: (a) => a,
  };
}

/** A counter that can add 1 or 2 (in that order) up to `limit`: a DFS would find long paths first. */
export function stepper(limit: number): Model<Count, 1 | 2> {
  return {
    init: () => [{ n: 0 }],
    actions: (s) => ([1, 2] as const).filter((k) => s.n + k <= limit),
    next: (s, k) => ({ n: s.n + k }),
    label: (k) => `+${k}`,
  };
}

export type Pc = 'idle' | 'checked' | 'critical';
export interface MutexState {
  readonly pc: readonly Pc[];
  readonly lock: boolean;
}
export type MutexAction = { readonly p: number; readonly op: 'check' | 'enter' | 'exit' | 'acquire' };

/**
 * Two processes sharing a lock. `atomic`: a process acquires the free lock in one step. Otherwise it
 * checks the lock, then enters in a later step: both can see it free and both enter (4 steps).
 * Written as an immer recipe with a codec, so it also exercises the fast path.
 */
export function mutex(atomic: boolean, processes = 2): Model<MutexState, MutexAction> {
  const update = (s: { pc: Pc[]; lock: boolean }, a: MutexAction): void => {
    if (a.op === 'check') s.pc[a.p] = 'checked';
    else if (a.op === 'enter' || a.op === 'acquire') {
      s.pc[a.p] = 'critical';
      s.lock = true;
    } else {
      s.pc[a.p] = 'idle';
      s.lock = false;
    }
  };
  const PCS: readonly Pc[] = ['idle', 'checked', 'critical'];
  return {
    init: () => [{ pc: Array.from({ length: processes }, () => 'idle' as const), lock: false }],
    actions: (s) => {
      const out: MutexAction[] = [];
      s.pc.forEach((pc, p) => {
        if (pc === 'idle' && !s.lock) out.push({ p, op: atomic ? 'acquire' : 'check' });
        if (pc === 'checked') out.push({ p, op: 'enter' });
        if (pc === 'critical') out.push({ p, op: 'exit' });
      });
      return out;
    },
    next: (s, a) => produce(s, (d) => update(d as { pc: Pc[]; lock: boolean }, a)),
    update: (s, a) => update(s as { pc: Pc[]; lock: boolean }, a),
    label: (a) => `p${a.p} ${a.op}`,
    codec: {
      words: 1,
      encode: (s, out, offset) => {
        out[offset] = s.pc.reduce((w, pc, p) => w | (PCS.indexOf(pc) << (2 * p)), s.lock ? 1 << 30 : 0);
      },
      decode: (words, offset) => {
        const w = words[offset]!;
        return { pc: Array.from({ length: processes }, (_, p) => PCS[(w >>> (2 * p)) & 3]!), lock: (w & (1 << 30)) !== 0 };
      },
    },
    canonical: (s) => ({ pc: [...s.pc].sort(), lock: s.lock }),
  };
}

export const mutualExclusion = (s: MutexState): boolean => s.pc.filter((pc) => pc === 'critical').length <= 1;

/** An explicit graph: a state is a node, an action is the edge to a successor (labelled `->b`). */
export function graph(edges: Readonly<Record<string, readonly string[]>>, init: readonly string[] = ['a']): Model<string, string> {
  return {
    init: () => init,
    actions: (node) => edges[node] ?? [],
    next: (_node, to) => to,
    label: (to) => `->${to}`,
  };
}
