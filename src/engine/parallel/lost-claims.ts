/**
 * Which claims a thread lost in a level, learnt from the threads that took them: a thread that takes a
 * state over (shared-table.ts) knows the claim it took, the loser's parent, and notes (parent, hi, lo)
 * in its list. Every lost claim is noted exactly once, by the one exchange that replaced it. Once the
 * level is expanded each thread reads every list for the parents it expanded and drops those records,
 * instead of looking each of its records up again in the table (a cache miss apiece).
 */
import { doubledShared } from './shared-ints.ts';

/** A thread's list as it crosses threads: `count` entries of three words in `buffer`. */
export interface LostList {
  readonly buffer: SharedArrayBuffer;
  readonly count: number;
}

const ENTRY = 3;

export class LostClaims {
  private buffer = new SharedArrayBuffer(ENTRY * 4 * 256);
  private ints = new Int32Array(this.buffer);
  private count = 0;

  /** The claim of the state with fingerprint (hi, lo) made from `parent` (a global id) was taken. */
  push(parent: number, hi: number, lo: number): void {
    if ((this.count + 1) * ENTRY > this.ints.length) this.grow();
    const at = this.count++ * ENTRY;
    this.ints[at] = parent;
    this.ints[at + 1] = hi;
    this.ints[at + 2] = lo;
  }

  get list(): LostList {
    return { buffer: this.buffer, count: this.count };
  }

  clear(): void {
    this.count = 0;
  }

  private grow(): void {
    const ints = doubledShared(this.ints, this.count * ENTRY);
    this.buffer = ints.buffer;
    this.ints = ints;
  }
}

/** Records [first, end) of a thread's level records, reached from one chunk of parents in order. */
export interface RecordRange {
  readonly first: number;
  readonly end: number;
}

/**
 * Marks, among a thread's level records (`ints`, `stride` words each), the ones whose claim the lists
 * say was lost. `rangeOf(parent)` gives the records reached from the chunk of parents holding
 * `parent` when this thread expanded it, else undefined. Within a range records are in parent order,
 * and one parent claims a state once, so a binary search on the parent and a short walk find it.
 */
export function markLost(
  lists: readonly LostList[],
  ints: Int32Array,
  stride: number,
  count: number,
  rangeOf: (parent: number) => RecordRange | undefined,
): Uint8Array {
  const lost = new Uint8Array(count);
  for (const list of lists) {
    const entries = new Int32Array(list.buffer, 0, list.count * ENTRY);
    for (let e = 0; e < entries.length; e += ENTRY) {
      const parent = entries[e]!;
      const range = rangeOf(parent);
      if (range === undefined) continue;
      let lo = range.first;
      let hi = range.end;
      while (lo < hi) {
        const mid = (lo + hi) >>> 1;
        if (ints[mid * stride + 2]! < parent) lo = mid + 1;
        else hi = mid;
      }
      for (let r = lo; r < range.end && ints[r * stride + 2] === parent; r++) {
        if (ints[r * stride] === entries[e + 1] && ints[r * stride + 1] === entries[e + 2]) {
          lost[r] = 1;
          break;
        }
      }
    }
  }
  return lost;
}
