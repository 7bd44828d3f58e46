/**
 * The seen-set: 64-bit fingerprints in an open-addressing table (linear probing) over a Uint32Array of
 * [hi, lo] pairs, with a parallel Uint32Array of ids. Ids are insertion order, so in a BFS the id of a
 * state is also its position in the frontier and in the parent links. Grows by rehash at half full.
 *
 * Fingerprints are taken modulo 2³² per half, as the Uint32Array stores them.
 * The pair (0, 0) marks an empty slot; a fingerprint that happens to be (0, 0) is stored as (0, 1),
 * which merges it with that one other fingerprint (a 2⁻⁶⁴ event).
 */
export class FingerprintSet {
  private table: Uint32Array;
  private ids: Uint32Array;
  private mask: number;
  private count = 0;

  constructor(initialCapacity = 1 << 14) {
    let capacity = 16;
    while (capacity < initialCapacity) capacity *= 2;
    this.table = new Uint32Array(capacity * 2);
    this.ids = new Uint32Array(capacity);
    this.mask = capacity - 1;
  }

  get size(): number {
    return this.count;
  }

  /** Adds a fingerprint: returns its new id (≥ 0), or `-1 - id` of the entry already there. */
  add(hi: number, lo: number): number {
    hi >>>= 0;
    lo >>>= 0;
    if ((hi | lo) === 0) lo = 1;
    const table = this.table;
    const mask = this.mask;
    // lo is the avalanche of an independent hash lane, so its low bits index well.
    let slot = lo & mask;
    for (;;) {
      const h = table[slot * 2]!;
      const l = table[slot * 2 + 1]!;
      if ((h | l) === 0) break;
      if (h === hi && l === lo) return -1 - this.ids[slot]!;
      slot = (slot + 1) & mask;
    }
    const id = this.count++;
    table[slot * 2] = hi;
    table[slot * 2 + 1] = lo;
    this.ids[slot] = id;
    if (this.count * 2 > mask + 1) this.grow();
    return id;
  }

  /** The id of a fingerprint, or -1 when absent. */
  get(hi: number, lo: number): number {
    hi >>>= 0;
    lo >>>= 0;
    if ((hi | lo) === 0) lo = 1;
    const table = this.table;
    const mask = this.mask;
    let slot = lo & mask;
    for (;;) {
      const h = table[slot * 2]!;
      const l = table[slot * 2 + 1]!;
      if ((h | l) === 0) return -1;
      if (h === hi && l === lo) return this.ids[slot]!;
      slot = (slot + 1) & mask;
    }
  }

  private grow(): void {
    const oldTable = this.table;
    const oldIds = this.ids;
    const capacity = (this.mask + 1) * 2;
    const table = new Uint32Array(capacity * 2);
    const ids = new Uint32Array(capacity);
    const mask = capacity - 1;
    for (let s = 0; s < oldIds.length; s++) {
      const hi = oldTable[s * 2]!;
      const lo = oldTable[s * 2 + 1]!;
      if ((hi | lo) === 0) continue;
      let slot = lo & mask;
      while ((table[slot * 2]! | table[slot * 2 + 1]!) !== 0) slot = (slot + 1) & mask;
      table[slot * 2] = hi;
      table[slot * 2 + 1] = lo;
      ids[slot] = oldIds[s]!;
    }
    this.table = table;
    this.ids = ids;
    this.mask = mask;
  }
}
