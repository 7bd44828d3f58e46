import { describe, expect, it } from 'vitest';
import { fingerprintValue, fingerprintWords, stableSerialize } from '../../src/engine/fingerprint.ts';
import { FingerprintSet } from '../../src/engine/seen-set.ts';
import { ObjectFrontier, WordFrontier } from '../../src/engine/frontier.ts';
import { ParentLinks } from '../../src/engine/parents.ts';

const fpOf = (value: unknown): string => {
  const out = new Uint32Array(2);
  fingerprintValue(value, out);
  return `${out[0]}:${out[1]}`;
};

describe('fingerprints', () => {
  it('ignore object key order but not array order, and tell types apart', () => {
    expect(fpOf({ a: 1, b: [true, null, 'x'] })).toBe(fpOf({ b: [true, null, 'x'], a: 1 }));
    expect(fpOf([1, 2])).not.toBe(fpOf([2, 1]));
    expect(fpOf({ a: 1 })).not.toBe(fpOf({ a: '1' }));
    expect(fpOf({ a: null })).not.toBe(fpOf({ a: undefined }));
    expect(fpOf({ a: { b: 1 } })).not.toBe(fpOf({ a: { c: 1 } }));
  });

  it('treat Maps and Sets as unordered', () => {
    expect(fpOf(new Set([1, 2, 3]))).toBe(fpOf(new Set([3, 1, 2])));
    expect(fpOf(new Map([['x', 1], ['y', 2]]))).toBe(fpOf(new Map([['y', 2], ['x', 1]])));
    expect(fpOf(new Set([1]))).not.toBe(fpOf([1]));
  });

  it('refuse values that are not plain data', () => {
    expect(() => stableSerialize({ f: () => 1 })).toThrow(/cannot fingerprint a function/);
  });

  it('over words: equal words give equal fingerprints, and 100,000 distinct keys do not collide', () => {
    const out = new Uint32Array(2);
    const words = new Int32Array(3);
    const seen = new Set<string>();
    for (let i = 0; i < 100_000; i++) {
      words[0] = i & 7;
      words[1] = i >> 3;
      words[2] = -i;
      fingerprintWords(words, 0, 3, out);
      seen.add(`${out[0]}:${out[1]}`);
    }
    expect(seen.size).toBe(100_000);
    const a = new Uint32Array(2);
    fingerprintWords(new Int32Array([9, 1, 2, 3]), 1, 3, a);
    fingerprintWords(new Int32Array([1, 2, 3]), 0, 3, out);
    expect([...a]).toEqual([...out]);
    // Each lane alone separates these too: they are independent, not copies.
    fingerprintWords(new Int32Array([1, 2, 4]), 0, 3, a);
    expect(a[0]).not.toBe(out[0]);
    expect(a[1]).not.toBe(out[1]);
  });
});

describe('FingerprintSet', () => {
  it('gives ids in insertion order, finds them again, and survives growth', () => {
    const set = new FingerprintSet(16);
    for (let i = 0; i < 50_000; i++) expect(set.add(i * 2654435761, i ^ 0x5bd1e995)).toBe(i);
    expect(set.size).toBe(50_000);
    for (let i = 0; i < 50_000; i += 997) {
      expect(set.add(i * 2654435761, i ^ 0x5bd1e995)).toBe(-1 - i);
      expect(set.get(i * 2654435761, i ^ 0x5bd1e995)).toBe(i);
    }
    expect(set.get(1, 2)).toBe(-1);
  });

  it('stores the all-zero fingerprint despite using it as the empty marker', () => {
    const set = new FingerprintSet();
    expect(set.add(0, 0)).toBe(0);
    expect(set.add(0, 0)).toBe(-1);
    expect(set.get(0, 0)).toBe(0);
  });
});

describe('frontiers', () => {
  it('store encoded states across chunks and release chunks behind the head', () => {
    const frontier = new WordFrontier(2);
    const words = new Int32Array(2);
    for (let i = 0; i < 70_000; i++) {
      words[0] = i;
      words[1] = -i;
      expect(frontier.push(words, 0)).toBe(i);
    }
    const chunk = frontier.chunkOf(69_999);
    expect(chunk[frontier.offsetOf(69_999) + 1]).toBe(-69_999);
    frontier.releaseBefore(69_999);
    expect(() => frontier.chunkOf(3)).toThrow(/released/);
    expect(frontier.size).toBe(70_000);
  });

  it('store objects by id', () => {
    const frontier = new ObjectFrontier<{ n: number }>();
    for (let i = 0; i < 70_000; i++) frontier.push({ n: i });
    expect(frontier.get(65_537)).toEqual({ n: 65_537 });
    frontier.releaseBefore(65_537);
    expect(() => frontier.get(0)).toThrow(/released/);
  });
});

describe('ParentLinks', () => {
  it('walk back to the initial state, which keeps its init index', () => {
    const links = new ParentLinks();
    links.addInitial(0); // 0
    links.addInitial(1); // 1
    links.add(1, 4); // 2
    links.add(2, 0); // 3
    links.add(0, 7); // 4
    expect(links.path(3)).toEqual({ init: 1, actions: [4, 0] });
    expect(links.path(4)).toEqual({ init: 0, actions: [7] });
    expect(links.path(1)).toEqual({ init: 1, actions: [] });
  });

  it('grow past their initial capacity', () => {
    const links = new ParentLinks();
    links.addInitial(0);
    for (let i = 1; i < 40_000; i++) links.add(i - 1, i % 3);
    const path = links.path(39_999);
    expect(path.actions).toHaveLength(39_999);
    expect(path.actions.slice(0, 3)).toEqual([1, 2, 0]);
  });
});
