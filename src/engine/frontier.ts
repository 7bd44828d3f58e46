/**
 * The frontier: states in discovery order, addressed by id (a BFS dequeues ids in the order it adds
 * them, so the queue's head is just an id). Storage is chunked so it grows without copying and so the
 * chunks behind the head can be released. Encoded states live in Int32Array chunks; states of models
 * without a codec live in plain array chunks.
 */

const CHUNK_BITS = 16;
const CHUNK_STATES = 1 << CHUNK_BITS;
const CHUNK_MASK = CHUNK_STATES - 1;

/** Encoded states, `words` Int32 words each. */
export class WordFrontier {
  private readonly chunks: (Int32Array | undefined)[] = [];
  private count = 0;

  constructor(readonly words: number) {}

  get size(): number {
    return this.count;
  }

  /** Appends the words at `source[offset…]`; returns the new state's id. */
  push(source: Int32Array, offset: number): number {
    const id = this.count++;
    const c = id >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      chunk = new Int32Array(CHUNK_STATES * this.words);
      this.chunks[c] = chunk;
    }
    const base = (id & CHUNK_MASK) * this.words;
    for (let w = 0; w < this.words; w++) chunk[base + w] = source[offset + w]!;
    return id;
  }

  /** The chunk holding state `id` (read its words from `offsetOf(id)`). */
  chunkOf(id: number): Int32Array {
    const chunk = this.chunks[id >>> CHUNK_BITS];
    if (chunk === undefined) throw new RangeError(`state ${id} is not in the frontier (released or never added)`);
    return chunk;
  }

  offsetOf(id: number): number {
    return (id & CHUNK_MASK) * this.words;
  }

  /** Frees the chunks wholly before `id`; those states can no longer be read. */
  releaseBefore(id: number): void {
    for (let c = 0; c < id >>> CHUNK_BITS; c++) this.chunks[c] = undefined;
  }
}

/** States kept as objects (models without a codec). */
export class ObjectFrontier<S> {
  private readonly chunks: (S[] | undefined)[] = [];
  private count = 0;

  get size(): number {
    return this.count;
  }

  push(state: S): number {
    const id = this.count++;
    const c = id >>> CHUNK_BITS;
    let chunk = this.chunks[c];
    if (chunk === undefined) {
      chunk = [];
      this.chunks[c] = chunk;
    }
    chunk.push(state);
    return id;
  }

  get(id: number): S {
    const chunk = this.chunks[id >>> CHUNK_BITS];
    if (chunk === undefined) throw new RangeError(`state ${id} is not in the frontier (released or never added)`);
    return chunk[id & CHUNK_MASK]!;
  }

  releaseBefore(id: number): void {
    for (let c = 0; c < id >>> CHUNK_BITS; c++) this.chunks[c] = undefined;
  }
}
