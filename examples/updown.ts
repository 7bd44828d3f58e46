/**
 * Up/down: n independent processes that each toggle between up and down. Every state is reachable and
 * every state has n successors, so the space is exactly 2^n states and n·2^n transitions: the
 * benchmark's throughput model (n = 20 gives 1,048,576 states), with nothing to explore but the engine.
 */
import { produce } from 'immer';
import type { Draft } from 'immer';
import type { Codec, Model, Property, Subject } from '../src/engine/types.ts';

export interface UpDownState {
  /** up[i]: process i is up. */
  readonly up: readonly boolean[];
}

/** Toggle the process with this index. */
export type UpDownAction = number;

function update(draft: UpDownState, process: UpDownAction): void {
  const up = (draft as Draft<UpDownState>).up;
  up[process] = !up[process];
}

function upDownCodec(n: number): Codec<UpDownState> {
  const words = Math.ceil(n / 32);
  const decodeInto = (encoded: Int32Array, offset: number, state: UpDownState): void => {
    // The object is decode's own, mutable under the readonly type (as update's draft is).
    const up = (state as Draft<UpDownState>).up;
    for (let i = 0; i < n; i++) up[i] = ((encoded[offset + (i >>> 5)]! >>> (i & 31)) & 1) === 1;
  };
  return {
    words,
    encode(state, out, offset) {
      const up = state.up;
      for (let w = 0; w < words; w++) {
        let word = 0;
        for (let i = w * 32, end = Math.min(n, i + 32); i < end; i++) if (up[i]) word |= 1 << (i & 31);
        out[offset + w] = word;
      }
    },
    decode(encoded, offset) {
      const state = { up: new Array<boolean>(n) };
      decodeInto(encoded, offset, state);
      return state;
    },
    decodeInto,
  };
}

export function upDownModel(n: number): Model<UpDownState, UpDownAction> {
  if (!Number.isInteger(n) || n < 1) throw new RangeError(`up/down needs at least one process, got ${n}`);
  // Every process can always toggle: one shared list serves every state.
  const actions: readonly UpDownAction[] = Object.freeze(Array.from({ length: n }, (_, i) => i));
  return {
    init: () => [{ up: Array.from({ length: n }, () => false) }],
    actions: () => actions,
    next: (state, action) => produce(state, (draft) => update(draft, action)),
    label: (action) => `Toggle(${action})`,
    update,
    codec: upDownCodec(n),
  };
}

/** The model with one trivially true `always` property, so that the benchmark pays for evaluating it. */
export function upDownSubject(n: number): Subject<UpDownState, UpDownAction> {
  const always: Property<UpDownState, UpDownAction> = {
    kind: 'always',
    name: 'all-processes-present',
    description: `every state has all ${n} processes`,
    check: (state) => state.up.length === n,
  };
  return { model: upDownModel(n), properties: [always] };
}
