/**
 * The states one thread has claimed for the level being built, in the order it reached them: a record
 * of HEADER + words Int32 words each, [fingerprint hi, lo, parent's global id (-1 for an initial
 * state), action index (the init index for an initial state), label number, ...encoded state], in a
 * SharedArrayBuffer, so that once the level is settled every thread reads its states from there
 * without a copy. Models without a codec keep the states themselves beside the records.
 *
 * The records are in segments, one per chunk of parents the thread expanded (chunk-cursor.ts), in the
 * order it took them, which is increasing.
 */
import type { RecordRange } from './lost-claims.ts';
import { doubledShared } from './shared-ints.ts';

export const HEADER = 5;
const MIN_RECORDS = 1 << 10;

export class LevelRecords<S> {
  ints: Int32Array;
  count = 0;
  readonly objects: S[] | undefined;
  readonly stride: number;
  buffer: SharedArrayBuffer;
  /** Per segment: its chunk, and its first record. */
  private readonly chunks: number[] = [];
  private readonly firsts: number[] = [];

  constructor(words: number) {
    this.stride = HEADER + words;
    this.buffer = new SharedArrayBuffer(MIN_RECORDS * this.stride * 4);
    this.ints = new Int32Array(this.buffer);
    this.objects = words === 0 ? [] : undefined;
  }

  /** The records that follow are reached from chunk `chunk`. */
  open(chunk: number): void {
    this.chunks.push(chunk);
    this.firsts.push(this.count);
  }

  get segments(): number {
    return this.chunks.length;
  }

  chunkOf(segment: number): number {
    return this.chunks[segment]!;
  }

  /** Records [first, end) of segment `segment`. */
  range(segment: number): RecordRange {
    return { first: this.firsts[segment]!, end: this.firsts[segment + 1] ?? this.count };
  }

  /** The records reached from chunk `chunk`, if this thread expanded it. */
  rangeOfChunk(chunk: number): RecordRange | undefined {
    let lo = 0;
    let hi = this.chunks.length - 1;
    while (lo <= hi) {
      const mid = (lo + hi) >>> 1;
      const c = this.chunks[mid]!;
      if (c === chunk) return this.range(mid);
      if (c < chunk) lo = mid + 1;
      else hi = mid - 1;
    }
    return undefined;
  }

  push(hi: number, lo: number, parent: number, action: number, label: number, encoded: Int32Array, state: S): void {
    const stride = this.stride;
    if ((this.count + 1) * stride > this.ints.length) this.grow();
    const ints = this.ints;
    let at = this.count * stride;
    ints[at++] = hi;
    ints[at++] = lo;
    ints[at++] = parent;
    ints[at++] = action;
    ints[at++] = label;
    for (let w = HEADER; w < stride; w++) ints[at++] = encoded[w - HEADER]!;
    this.objects?.push(state);
    this.count++;
  }

  /** Moves record `from` to position `to` (< from), for settling in place. */
  move(from: number, to: number): void {
    const stride = this.stride;
    const ints = this.ints;
    for (let w = 0, a = from * stride, b = to * stride; w < stride; w++) ints[b + w] = ints[a + w]!;
    if (this.objects !== undefined) this.objects[to] = this.objects[from]!;
  }

  /**
   * Keeps the first `count` records only, out of segments (settled, or dropped by a rollback). With
   * none kept, the records are written over from the start, in the same buffer.
   */
  truncate(count: number): void {
    this.count = count;
    if (this.objects !== undefined) this.objects.length = count;
    this.chunks.length = 0;
    this.firsts.length = 0;
  }

  private grow(): void {
    const ints = doubledShared(this.ints, this.count * this.stride);
    this.buffer = ints.buffer;
    this.ints = ints;
  }
}
