/**
 * A worker's seen-set: 64-bit fingerprints that only say whether one is new, since a state's local id
 * is its insertion index and needs no storing. It is the engine's seen-set table (seen-set.ts) without
 * the ids, so a repeat, by far the common case, costs a probe into one array and nothing more, and a
 * slot takes 8 bytes instead of 12. (0, 0) marks an empty slot and is stored as (0, 1), as there.
 */
export const ADMITTED = 1;
export const SEEN = 0;
export const FULL = -1;
export type Admission = typeof ADMITTED | typeof SEEN | typeof FULL;

export class FingerprintFilter {
  private table: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 14) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.table = new Uint32Array(capacity * 2);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
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
    if ((hi | lo) === 0) lo = 1;
    const table = this.table;
    const mask = this.mask;
    let slot = lo & mask;
    for (;;) {
      const h = table[slot * 2]!;
      const l = table[slot * 2 + 1]!;
      if ((h | l) === 0) break;
      if (h === hi && l === lo) return SEEN;
      slot = (slot + 1) & mask;
    }
    if (this.count >= limit) return FULL;
    table[slot * 2] = hi;
    table[slot * 2 + 1] = lo;
    if (++this.count * 2 > mask + 1) this.grow();
    return ADMITTED;
  }

  private grow(): void {
    const old = this.table;
    const mask = this.mask * 2 + 1;
    const table = new Uint32Array((mask + 1) * 2);
    for (let s = 0; s < old.length; s += 2) {
      const hi = old[s]!;
      const lo = old[s + 1]!;
      if ((hi | lo) === 0) continue;
      let slot = lo & mask;
      while ((table[slot * 2]! | table[slot * 2 + 1]!) !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = hi;
      table[slot * 2 + 1] = lo;
    }
    this.table = table;
    this.mask = mask;
  }
}
