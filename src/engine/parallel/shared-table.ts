/**
 * The seen-set every search thread probes: 64-bit fingerprints in an open-addressing table (linear
 * probing) over a SharedArrayBuffer, three Int32 words a slot, [hi, lo, tag].
 *
 * The tag says who holds the state: 0 for an empty slot, BUSY while a thread writes the fingerprint
 * into a slot it has just taken, else a claim, the global id of the state's parent + 2 (1 for an
 * initial state). A level's threads expand disjoint parts of it, and the claims of that level are the
 * tags ≥ its first state's id + 2. When several threads reach one new state in a level, the lowest
 * parent id keeps it: a thread that finds a later parent's claim takes the state over. The lowest parent
 * is the one a single-threaded BFS reaches the state from first, so, however a level is split, every
 * state gets the id, parent and action it gets on one thread. A thread that takes a state over learns
 * whose claim it took (`takenFrom`), so that the loser can be told (lost-claims.ts).
 *
 * A thread takes an empty slot by an atomic exchange of its tag, writes the fingerprint, then stores
 * the claim atomically; a thread that sees the claim with an atomic load sees the fingerprint.
 *
 * The table grows by doubling its buffer in place (a growable SharedArrayBuffer), the threads moving
 * the entries of disjoint ranges of clusters to their new places: fresh memory costs a page fault per
 * page at first write, so a copy into a new buffer would pay for every page of the old table again.
 *
 * Fresh pages are written before they are read (`touch`). A page first read maps the kernel's shared
 * zero page, and the first write to it then faults again and flushes the TLB of every core this
 * process runs on: with two search threads, an interrupt to the other one for each page of the table,
 * which then refills its TLB. Written first, 2-worker runs on 2PC-8 took 7–11 % less time and CPU
 * (ten interleaved runs each, 2026-12-03; sending the interrupts alone was 2 % of the CPU time).
 */

export const INITIAL_TAG = 1;
const EMPTY = 0;
const BUSY = -1;
const STRIDE = 3;
/**
 * Address space each table's buffer reserves to grow into (2²⁷ slots): only the pages written are
 * memory. A bigger table is copied into a new buffer.
 */
const RESERVED_BYTES = STRIDE * 4 * 2 ** 27;
/** Int32 words in a 4 KiB page. */
const PAGE_WORDS = 1024;

/** Slots [start, start + count) of a table, wrapping past its end: whole clusters, ending at an empty slot. */
export interface SlotRange {
  readonly start: number;
  readonly count: number;
}

/** What `claim` did: the state is new (a slot was taken), taken over from a later parent, or neither. */
export const NEW = 2;
export const TAKEN = 1;
export const SEEN = 0;
/** New, but refused: the caller may not insert (a state cap). */
export const FULL = -1;
export type Claim = typeof NEW | typeof TAKEN | typeof SEEN | typeof FULL;

/** The tag a state reached from `parent` (a global id) is claimed with. */
export const claimTag = (parent: number): number => parent + 2;

/**
 * A fingerprint word as stored: 0 is read as 1, so that 0 always means "not written yet". This merges
 * fingerprints that differ only there (as the single-threaded seen-set merges (0, 0) with (0, 1)).
 */
const key = (word: number): number => word | 0 || 1;

export class SharedTable {
  readonly slots: Int32Array;
  readonly capacity: number;
  private readonly mask: number;
  /** After a claim that returned TAKEN: the parent (a global id) of the claim it replaced. */
  takenFrom = 0;

  /**
   * A view of the table in `buffer` at its present size. The buffer grows in place (`double`), and a
   * view of a fixed length is as fast as a plain array's where one that tracks the length is several
   * times slower, so each thread takes a new view once it has grown.
   */
  constructor(readonly buffer: SharedArrayBuffer) {
    this.slots = new Int32Array(buffer, 0, buffer.byteLength / 4);
    this.capacity = this.slots.length / STRIDE;
    this.mask = this.capacity - 1;
  }

  /** An empty table of `capacity` slots (a power of two). */
  static create(capacity: number): SharedTable {
    if (!Number.isInteger(Math.log2(capacity))) throw new RangeError(`table capacity must be a power of two, got ${capacity}`);
    const bytes = capacity * STRIDE * 4;
    const table = new SharedTable(reserve(bytes, Math.max(bytes, RESERVED_BYTES)));
    touch(table.slots, 0, table.slots.length);
    return table;
  }

  /**
   * Claims the state with fingerprint (hi, lo) with `tag`; `levelTag` is the lowest tag of this level's
   * claims (older tags are states of earlier levels). `mayInsert` false refuses a state not yet in the
   * table (FULL) but still finds one that is.
   *
   * The walk reads the table with plain loads, which cost a third of atomic ones here: a fingerprint
   * word is written once per slot, so a plain read gives it or 0, and neither word of a stored
   * fingerprint is 0 (see `key`), so a match is never a stale read. A stale 0 takes the walk to
   * `insert`, which walks again with atomic loads before it takes a slot.
   */
  claim(hi: number, lo: number, tag: number, levelTag: number, mayInsert: boolean): Claim {
    hi = key(hi);
    lo = key(lo);
    const t = this.slots;
    const end = this.capacity * STRIDE;
    let at = (lo & this.mask) * STRIDE;
    for (;;) {
      const h = t[at]!;
      if (h === 0) return this.insert(hi, lo, tag, levelTag, mayInsert);
      if (h === hi && t[at + 1] === lo) {
        let held = t[at + 2]!;
        // The fingerprint can be seen before its tag: wait for the tag, with an atomic load.
        while (held === EMPTY || held === BUSY) held = Atomics.load(t, at + 2);
        return this.contest(at, held, tag, levelTag);
      }
      at += STRIDE;
      if (at === end) at = 0;
    }
  }

  /** `claim`'s walk with atomic loads, ending in the slot it takes if the state is not there. */
  private insert(hi: number, lo: number, tag: number, levelTag: number, mayInsert: boolean): Claim {
    const t = this.slots;
    const end = this.capacity * STRIDE;
    let at = (lo & this.mask) * STRIDE;
    for (;;) {
      let held = Atomics.load(t, at + 2);
      if (held === EMPTY) {
        if (!mayInsert) return FULL;
        held = Atomics.compareExchange(t, at + 2, EMPTY, BUSY);
        if (held === EMPTY) {
          t[at] = hi;
          t[at + 1] = lo;
          Atomics.store(t, at + 2, tag);
          return NEW;
        }
      }
      while (held === BUSY) held = Atomics.load(t, at + 2);
      if (t[at] === hi && t[at + 1] === lo) return this.contest(at, held, tag, levelTag);
      at += STRIDE;
      if (at === end) at = 0;
    }
  }

  /**
   * The state at `at` is held by claim `held` (possibly a stale, higher, value: claims only fall within
   * a level, and the exchange corrects it): take it over if this level's claim `tag` comes first.
   */
  private contest(at: number, held: number, tag: number, levelTag: number): Claim {
    while (held >= levelTag && held > tag) {
      const was = Atomics.compareExchange(this.slots, at + 2, held, tag);
      if (was === held) {
        this.takenFrom = held - 2;
        return TAKEN;
      }
      held = was;
    }
    return SEEN;
  }

  /**
   * A new table of `capacity` slots with this one's entries whose tag is below `keepBelow` (every
   * entry by default; a level's first tag drops that level's claims). Only while no thread probes.
   */
  rehash(capacity: number, keepBelow = Infinity): SharedTable {
    const next = SharedTable.create(capacity);
    const from = this.slots;
    const to = next.slots;
    const mask = capacity - 1;
    const wrap = capacity * STRIDE;
    for (let s = 0; s < from.length; s += STRIDE) {
      const tag = from[s + 2]!;
      if (tag === EMPTY || tag >= keepBelow) continue;
      let at = (from[s + 1]! & mask) * STRIDE;
      while (to[at + 2] !== EMPTY) {
        at += STRIDE;
        if (at === wrap) at = 0;
      }
      to[at] = from[s]!;
      to[at + 1] = from[s + 1]!;
      to[at + 2] = tag;
    }
    return next;
  }

  /** Whether the buffer can double in place. */
  get doubles(): boolean {
    return this.buffer.maxByteLength >= this.buffer.byteLength * 2;
  }

  /**
   * Doubles the buffer in place, the new half empty (only while no thread probes), and gives a view
   * of the doubled table with this one cut into at most `parts` ranges of whole clusters, for as many
   * threads to `redistribute`: each range ends at an empty slot (the table is at most half full, so
   * there are some), and the last wraps past the end. Every thread then takes a new view.
   */
  double(parts: number): { readonly table: SharedTable; readonly ranges: SlotRange[] } {
    const c = this.capacity;
    const ends = [...new Set(Array.from({ length: parts }, (_, t) => this.emptyFrom(Math.floor((t * c) / parts))))].sort((a, b) => a - b);
    const ranges = ends.map((end, i) => {
      const next = ends[(i + 1) % ends.length]!;
      return { start: (end + 1) % c, count: ((next - end + c - 1) % c) + 1 };
    });
    this.buffer.grow(this.buffer.byteLength * 2);
    return { table: new SharedTable(this.buffer), ranges };
  }

  /**
   * On a view of the doubled table: moves the entries of `range` (of the table before it doubled) to
   * their places under the new mask, each cluster from its start. An entry stays in its cluster's
   * slots or moves to the same slots of the new half, and the cluster that wraps past the end keeps to
   * the slots it wrapped into and their copies in the new half, so threads may redistribute disjoint
   * ranges at once, and each first touches the pages of the new half that its range's entries may move
   * to. Only while no thread probes.
   */
  redistribute(range: SlotRange): void {
    const t = this.slots;
    const before = this.capacity / 2;
    const last = range.start + range.count;
    touch(t, (range.start + before) * STRIDE, (Math.min(last, before) + before) * STRIDE);
    if (last > before) touch(t, before * STRIDE, last * STRIDE);
    const mask = this.mask;
    const wrap = this.capacity * STRIDE;
    for (let k = 0, p = range.start; k < range.count; k++, p = p + 1 === before ? 0 : p + 1) {
      const s = p * STRIDE;
      const tag = t[s + 2]!;
      if (tag === EMPTY) continue;
      const hi = t[s]!;
      const lo = t[s + 1]!;
      t[s] = t[s + 1] = t[s + 2] = EMPTY;
      let at = (lo & mask) * STRIDE;
      while (t[at + 2] !== EMPTY) {
        at += STRIDE;
        if (at === wrap) at = 0;
      }
      t[at] = hi;
      t[at + 1] = lo;
      t[at + 2] = tag;
    }
  }

  /** This table grown to `capacity` slots by one thread: in place while the buffer can double, else copied. */
  grown(capacity: number): SharedTable {
    let table: SharedTable = this;
    while (table.capacity < capacity && table.doubles) {
      const doubled = table.double(1);
      table = doubled.table;
      table.redistribute(doubled.ranges[0]!);
    }
    return table.capacity < capacity ? table.rehash(capacity) : table;
  }

  /** The first empty slot from `slot` on, wrapping. */
  private emptyFrom(slot: number): number {
    while (this.slots[slot * STRIDE + 2] !== EMPTY) slot = (slot + 1) & this.mask;
    return slot;
  }
}

/**
 * Writes a 0 at the start of each page that begins within words [from, to) of `slots`, which are
 * empty and no other thread's to write: so that the page is first written, not first read.
 */
function touch(slots: Int32Array, from: number, to: number): void {
  for (let w = Math.ceil(from / PAGE_WORDS) * PAGE_WORDS; w < to; w += PAGE_WORDS) slots[w] = 0;
}

/** A buffer of `bytes` that can grow to `most`, or, where the address space cannot be reserved (a ulimit), one that cannot. */
export function reserve(bytes: number, most: number): SharedArrayBuffer {
  try {
    return new SharedArrayBuffer(bytes, { maxByteLength: most });
  } catch (error) {
    if (error instanceof RangeError) return new SharedArrayBuffer(bytes);
    throw error;
  }
}
