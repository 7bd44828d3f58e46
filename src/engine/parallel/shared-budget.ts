/**
 * Room in the shared table, reserved by the threads in chunks so that no level overfills it: before a
 * thread expands a state it makes sure it holds room for as many new states as the state has actions.
 * When the room is gone it raises the pause flag; every thread then stops at its next state and the
 * coordinator grows the table (or, when the room was the state cap's, redoes the level alone). The
 * cells are [pause flag, states used or reserved, limit].
 */
const PAUSE = 0;
const RESERVED = 1;
const LIMIT = 2;
/** The most a thread reserves at once, far from the limit; nearer, a share of what is left. */
const CHUNK = 4096;

export class SharedBudget {
  private readonly cells: Int32Array;
  /** Room this thread has reserved and not used. */
  private left = 0;

  constructor(
    readonly buffer: SharedArrayBuffer,
    private readonly threads: number,
  ) {
    this.cells = new Int32Array(buffer);
  }

  static allocate(): SharedArrayBuffer {
    return new SharedArrayBuffer(3 * 4);
  }

  /** The coordinator, while no thread expands: `used` states are in the table, and at most `limit` may be. */
  open(used: number, limit: number): void {
    Atomics.store(this.cells, RESERVED, used);
    Atomics.store(this.cells, LIMIT, limit);
    Atomics.store(this.cells, PAUSE, 0);
  }

  /** A thread, when it starts or resumes expanding: what it reserved before was given back by `open`. */
  forget(): void {
    this.left = 0;
  }

  get paused(): boolean {
    return Atomics.load(this.cells, PAUSE) !== 0;
  }

  /** Makes sure this thread holds room for `k` new states; false, with the pause flag raised, when there is none. */
  ensure(k: number): boolean {
    if (this.left >= k) return true;
    const cells = this.cells;
    const limit = Atomics.load(cells, LIMIT);
    const share = Math.floor((limit - Atomics.load(cells, RESERVED)) / (4 * this.threads));
    const chunk = Math.max(k - this.left, Math.min(CHUNK, share));
    if (Atomics.add(cells, RESERVED, chunk) + chunk > limit) {
      Atomics.sub(cells, RESERVED, chunk);
      Atomics.store(cells, PAUSE, 1);
      return false;
    }
    this.left += chunk;
    return true;
  }

  /** One reserved state taken. */
  use(): void {
    this.left--;
  }
}
