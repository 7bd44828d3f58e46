/**
 * `ints` copied into a SharedArrayBuffer of twice its size, its first `used` words kept: how the lists
 * other threads read in place (level records, lost claims) grow.
 */
export function doubledShared(ints: Int32Array, used: number): Int32Array<SharedArrayBuffer> {
  const bigger = new Int32Array(new SharedArrayBuffer(ints.byteLength * 2));
  bigger.set(ints.subarray(0, used));
  return bigger;
}
