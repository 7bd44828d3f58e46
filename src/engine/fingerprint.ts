/**
 * 64-bit state fingerprints, as two independent 32-bit lanes: a MurmurHash3 lane and an xxHash32 lane
 * (different algorithms and seeds, so their collisions do not line up). At 64 bits the chance that any
 * two of n states collide is about n² / 2⁶⁵: 1e-7 for 2 million states.
 *
 * Why not a library (the team rule is to prefer one): xxhash-wasm hashes strings or byte arrays through
 * a WASM call. Our keys are 1–20 Int32 words, so each call would pay the JS→WASM boundary and a copy into
 * WASM memory, which cost more than hashing a few words inline with Math.imul; and its 64-bit output
 * comes back as a BigInt that we would have to split again. The inline lanes below allocate nothing.
 */

const C1 = 0xcc9e2d51;
const C2 = 0x1b873593;
const P2 = 0x85ebca77;
const P3 = 0xc2b2ae3d;
const P4 = 0x27d4eb2f;
const P5 = 0x165667b1;
const SEED_MURMUR = 0x9747b28c;
const SEED_XX = 0x5bd1e995;

function fmix32(h: number): number {
  h ^= h >>> 16;
  h = Math.imul(h, 0x85ebca6b);
  h ^= h >>> 13;
  h = Math.imul(h, 0xc2b2ae35);
  h ^= h >>> 16;
  return h >>> 0;
}

function xxAvalanche(h: number): number {
  h ^= h >>> 15;
  h = Math.imul(h, P2);
  h ^= h >>> 13;
  h = Math.imul(h, P3);
  h ^= h >>> 16;
  return h >>> 0;
}

/** Fingerprints `length` words from `offset`; writes [hi, lo] into `out`. */
export function fingerprintWords(words: Int32Array, offset: number, length: number, out: Uint32Array): void {
  let h1 = SEED_MURMUR;
  let h2 = (SEED_XX + P5 + length * 4) | 0;
  for (let i = offset, end = offset + length; i < end; i++) {
    const w = words[i]!;
    let k = Math.imul(w, C1);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, C2);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (h2 + Math.imul(w, P3)) | 0;
    h2 = Math.imul((h2 << 17) | (h2 >>> 15), P4);
  }
  out[0] = fmix32(h1 ^ length);
  out[1] = xxAvalanche(h2);
}

/** Fingerprints a string's UTF-16 code units with the same two lanes. */
export function fingerprintString(text: string, out: Uint32Array): void {
  const length = text.length;
  let h1 = SEED_MURMUR;
  let h2 = (SEED_XX + P5 + length * 2) | 0;
  for (let i = 0; i < length; i++) {
    const c = text.charCodeAt(i);
    let k = Math.imul(c, C1);
    k = (k << 15) | (k >>> 17);
    h1 ^= Math.imul(k, C2);
    h1 = (h1 << 13) | (h1 >>> 19);
    h1 = (Math.imul(h1, 5) + 0xe6546b64) | 0;
    h2 = (h2 + Math.imul(c, P3)) | 0;
    h2 = Math.imul((h2 << 17) | (h2 >>> 15), P4);
  }
  out[0] = fmix32(h1 ^ length);
  out[1] = xxAvalanche(h2);
}

/**
 * A serialisation that is equal for equal values: object keys are sorted, Map entries and Set members
 * are sorted by their own serialisation, and every value carries a type tag so `1` and `"1"` differ.
 */
export function stableSerialize(value: unknown): string {
  switch (typeof value) {
    case 'number':
      return Object.is(value, -0) ? 'n0' : `n${value}`;
    case 'string':
      return JSON.stringify(value);
    case 'boolean':
      return value ? 't' : 'f';
    case 'undefined':
      return 'u';
    case 'bigint':
      return `b${value}`;
    case 'object': {
      if (value === null) return 'z';
      if (Array.isArray(value)) return `[${value.map(stableSerialize).join(',')}]`;
      if (value instanceof Map) {
        const entries = [...value].map(([k, v]) => `${stableSerialize(k)}=>${stableSerialize(v)}`);
        return `M{${entries.sort().join(',')}}`;
      }
      if (value instanceof Set) return `S{${[...value].map(stableSerialize).sort().join(',')}}`;
      const record = value as Record<string, unknown>;
      const keys = Object.keys(record).sort();
      return `{${keys.map((k) => `${JSON.stringify(k)}:${stableSerialize(record[k])}`).join(',')}}`;
    }
    default:
      throw new TypeError(`cannot fingerprint a ${typeof value}: states must be plain data`);
  }
}

/** Fingerprints any plain-data value (for models without a codec). */
export function fingerprintValue(value: unknown, out: Uint32Array): void {
  fingerprintString(stableSerialize(value), out);
}
