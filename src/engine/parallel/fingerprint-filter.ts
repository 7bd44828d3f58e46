/**
 * A worker's seen-set: 64-bit fingerprints that only say whether one is new, since a state's local id
 * is its insertion index and needs no storing. It is the engine's seen-set table (seen-set.ts) without
 * the ids, so a repeat, by far the common case, costs a probe into one array and nothing more, and a
 * slot takes 8 bytes instead of 12.
 *
 * The table lives in a SharedArrayBuffer so that the other workers can look a successor up before
 * sending it here (`foreignHas`): most successors are repeats, and one dropped at the sender costs
 * neither the copy into a parcel nor the second probe here. Only this worker writes its table, and
 * a reader can only miss, never invent, a fingerprint:
 * - a slot goes once from empty to its fingerprint, lo first, then hi with a sequentially consistent
 *   store, and a stored hi is never 0 (a fingerprint with hi 0 is kept as hi 1), so a half-written or
 *   empty slot never matches;
 * - growth copies into a new buffer and writes only there, so a reader holding the old one sees a
 *   subset of the fingerprints.
 * A miss only means the successor is sent and rejected here, as every repeat was before.
 */
export const ADMITTED = 1;
export const SEEN = 0;
export const FULL = -1;
export type Admission = typeof ADMITTED | typeof SEEN | typeof FULL;

export class FingerprintFilter {
  private table: Uint32Array;
  private mask: number;
  private count = 0;

  /** `shared`: in a SharedArrayBuffer, for other workers' `foreignHas`; else private to this thread. */
  constructor(
    initialCapacity = 1 << 14,
    private readonly isShared = true,
  ) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.table = newTable(capacity, isShared);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** The current table, for other workers' `foreignHas`; it changes when the table grows. */
  get shared(): SharedArrayBuffer {
    if (!this.isShared) throw new Error('this fingerprint filter is private to its thread');
    return this.table.buffer as SharedArrayBuffer;
  }

  /** Adds a fingerprint; says whether it was new. */
  add(hi: number, lo: number): boolean {
    return this.admit(hi, lo, Infinity) === ADMITTED;
  }

  /**
   * Adds a fingerprint unless it is new and the filter already holds `limit`: ADMITTED (new, added),
   * SEEN (already here), or FULL (new, refused), so a state cap never lets one more state in.
   */
  admit(hi: number, lo: number, limit: number): Admission {
    if (hi === 0) hi = 1;
    const table = this.table;
    const mask = this.mask;
    let slot = lo & mask;
    for (;;) {
      const h = table[slot * 2]!;
      if (h === 0) break;
      if (h === hi && table[slot * 2 + 1] === lo) return SEEN;
      slot = (slot + 1) & mask;
    }
    if (this.count >= limit) return FULL;
    table[slot * 2 + 1] = lo;
    Atomics.store(table, slot * 2, hi);
    if (++this.count * 2 > mask + 1) this.grow();
    return ADMITTED;
  }

  private grow(): void {
    const old = this.table;
    const mask = this.mask * 2 + 1;
    const table = newTable(mask + 1, this.isShared);
    for (let s = 0; s < old.length; s += 2) {
      const hi = old[s]!;
      if (hi === 0) continue;
      let slot = old[s + 1]! & mask;
      while (table[slot * 2] !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = hi;
      table[slot * 2 + 1] = old[s + 1]!;
    }
    this.table = table;
    this.mask = mask;
  }
}

/** Whether another worker's table (its `shared` buffer, viewed as a Uint32Array) holds a fingerprint. */
export function foreignHas(table: Uint32Array, hi: number, lo: number): boolean {
  if (hi === 0) hi = 1;
  const mask = (table.length >>> 1) - 1;
  let slot = lo & mask;
  for (;;) {
    const h = Atomics.load(table, slot * 2);
    if (h === 0) return false;
    if (h === hi && table[slot * 2 + 1] === lo) return true;
    slot = (slot + 1) & mask;
  }
}

function newTable(slots: number, shared: boolean): Uint32Array {
  return new Uint32Array(shared ? new SharedArrayBuffer(slots * 8) : new ArrayBuffer(slots * 8));
}
