/**
 * Successors bound for one other worker during a level, packed into one flat Int32Array (see
 * `Parcel`), so a whole level crosses threads as one transferred buffer instead of a message each.
 *
 * A successor already sent in this level is dropped (the owner would reject it, and only the first
 * record of a state counts there, for its parent link and its coverage credit): in models whose paths
 * to a state all have one length, 2PC's, nearly every repeat is of a state of the same level. Older
 * repeats are sent: looking them up in the owner's table before sending (shared memory) was measured
 * no faster, as each lookup misses the cache as the owner's own probe does.
 */
import type { Parcel } from './protocol.ts';
import { RECORD_HEADER } from './protocol.ts';
import { FingerprintFilter } from './fingerprint-filter.ts';
import { withRoom } from '../growable-ints.ts';

// Small at first: a worker has an outbox per other worker, and each level sizes the next one's.
const MIN_WORDS = 1 << 12;
const MIN_SENT = 1 << 10;

export class Outbox<S> {
  private records: Int32Array<ArrayBuffer>;
  private length = 0;
  private states: S[] = [];
  private sent = new FingerprintFilter(MIN_SENT);

  constructor(
    private readonly words: number,
    /** Objects travel with the records only for models without a codec. */
    private readonly withStates: boolean,
  ) {
    this.records = new Int32Array(MIN_WORDS);
  }

  /** Adds a record unless this level already has one for the fingerprint. */
  push(hi: number, lo: number, parent: number, action: number, label: number, encoded: Int32Array, state: S): void {
    if (!this.sent.add(hi, lo)) return;
    const words = this.words;
    this.records = withRoom(this.records, this.length, this.length + RECORD_HEADER + words);
    const records = this.records;
    let at = this.length;
    records[at++] = hi;
    records[at++] = lo;
    records[at++] = parent;
    records[at++] = action;
    records[at++] = label;
    for (let w = 0; w < words; w++) records[at++] = encoded[w]!;
    this.length = at;
    if (this.withStates) this.states.push(state);
  }

  /** Hands over what was collected (its buffer is then the receiver's) and starts afresh. */
  take(): Parcel {
    const parcel: Parcel = {
      records: this.records.buffer as ArrayBuffer,
      length: this.length,
      ...(this.withStates && { states: this.states }),
    };
    // The next level is usually of a similar size: start at this one's capacity to skip regrowing.
    this.records = new Int32Array(Math.max(MIN_WORDS, this.length));
    this.sent = new FingerprintFilter(Math.max(MIN_SENT, 2 * this.sent.size));
    this.length = 0;
    this.states = [];
    return parcel;
  }
}
