/** A growable array of 32-bit integers that doubles as a stack: plain numbers without a JS array's boxing. */
export class GrowableInts {
  private items = new Int32Array(1 << 10);
  private count = 0;

  get length(): number {
    return this.count;
  }

  get(i: number): number {
    return this.items[i]!;
  }

  set(i: number, value: number): void {
    this.items[i] = value;
  }

  push(value: number): void {
    if (this.count === this.items.length) this.items = withRoom(this.items, this.count, this.count + 1);
    this.items[this.count++] = value;
  }

  /** Appends `n` words of `source`. */
  pushAll(source: Int32Array, n: number): void {
    if (this.count + n > this.items.length) this.items = withRoom(this.items, this.count, this.count + n);
    this.items.set(source.subarray(0, n), this.count);
    this.count += n;
  }

  pop(): number {
    return this.items[--this.count]!;
  }

  /** Removes the last `n` words into `target`. */
  popInto(target: Int32Array, n: number): void {
    this.count -= n;
    target.set(this.items.subarray(this.count, this.count + n));
  }
}

/** `items` with room for `needed` words (doubling), its first `used` words kept. */
export function withRoom(items: Int32Array<ArrayBuffer>, used: number, needed: number): Int32Array<ArrayBuffer> {
  if (needed <= items.length) return items;
  let capacity = Math.max(1, items.length) * 2;
  while (capacity < needed) capacity *= 2;
  const bigger = new Int32Array(capacity);
  bigger.set(items.subarray(0, used));
  return bigger;
}
