/**
 * The level's positions, handed out in chunks to whichever thread asks next: a thread done with a
 * chunk takes the next one, so the threads end a level together whatever each one's speed, and a
 * thread that becomes ready mid-level just starts taking chunks. Chunks are taken in increasing order,
 * so each thread expands its parents in increasing order, and chunk 0 is expanded before any other
 * (by whichever thread took it first, before it took any other).
 */

/** Positions per chunk by default: few enough that threads end a level within a chunk's time of each other. */
export const CHUNK = 1024;

export class ChunkCursor {
  private readonly cell: Int32Array;

  constructor(
    buffer: SharedArrayBuffer,
    /** Positions per chunk. */
    readonly size: number,
  ) {
    this.cell = new Int32Array(buffer);
  }

  static allocate(): SharedArrayBuffer {
    return new SharedArrayBuffer(4);
  }

  /** The coordinator, while no thread expands: the next level starts at chunk 0. */
  reset(): void {
    Atomics.store(this.cell, 0, 0);
  }

  /** The next chunk's index (past the level's end once every chunk is taken). */
  take(): number {
    return Atomics.add(this.cell, 0, 1);
  }

  /** Positions of a level of `levelSize` not yet handed out. */
  untaken(levelSize: number): number {
    return Math.max(0, levelSize - Atomics.load(this.cell, 0) * this.size);
  }
}
