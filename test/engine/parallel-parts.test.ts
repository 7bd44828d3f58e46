/** The parallel search's parts that fix its order and its bookkeeping, on one thread. */
import { describe, expect, it } from 'vitest';
import fc from 'fast-check';
import { FindingBoard } from '../../src/engine/parallel/finding-board.ts';
import type { PlacedFinding } from '../../src/engine/parallel/finding-board.ts';
import { LabelTable, mergeCoverage } from '../../src/engine/parallel/coverage-table.ts';
import { FULL, INITIAL_TAG, NEW, SEEN, SharedTable, TAKEN, claimTag, reserve } from '../../src/engine/parallel/shared-table.ts';
import { HEADER, LevelRecords } from '../../src/engine/parallel/level-records.ts';
import { SharedBudget } from '../../src/engine/parallel/shared-budget.ts';
import { LostClaims, markLost } from '../../src/engine/parallel/lost-claims.ts';
import { ChunkCursor } from '../../src/engine/parallel/chunk-cursor.ts';
import { StateDirectory, walkBack } from '../../src/engine/parallel/walk-back.ts';
import type { Link } from '../../src/engine/parallel/protocol.ts';
import type { PropertyKind } from '../../src/engine/types.ts';

const kinds = (...list: PropertyKind[]) => list.map((kind) => ({ kind }));
const finding = (slot: number, id: number, key: number, sub: number, action = -1): PlacedFinding => ({ slot, id, key, sub, action });

describe('FindingBoard', () => {
  it('takes the earliest round, then the first in one thread’s order, whichever thread found it', () => {
    const board = new FindingBoard(kinds('always', 'sometimes'), false, false);
    board.absorb([finding(1, 7, 0, 3)]);
    board.absorb([finding(0, 9, 5, 3), finding(0, 3, 4, 7), finding(1, 2, 0, 1), finding(0, 1, 4, 9)]);
    expect(board.picks).toEqual([{ id: 3, action: -1 }, { id: 7, action: -1 }, undefined]);
    expect(board.decided()).toEqual([0, 1]);
  });

  it('orders a step before the state it reaches, and a deadlock before both', () => {
    const board = new FindingBoard(kinds('step', 'always'), true, false);
    board.absorb([finding(0, 4, 4, 2, 1), finding(1, 9, 4, 3), finding(2, 4, 4, -1), finding(0, 4, 4, 0, 0)]);
    expect(board.picks).toEqual([{ id: 4, action: 0 }, { id: 9, action: -1 }, { id: 4, action: -1 }]);
  });

  it('keeps one violation when stopping at the first (the earliest), and stops', () => {
    const board = new FindingBoard(kinds('always', 'step', 'sometimes'), true, true);
    board.absorb([finding(1, 4, 2, 2, 1), finding(0, 5, 2, 3), finding(3, 2, 1, -1), finding(2, 6, 0, 1)]);
    expect(board.picks).toEqual([undefined, undefined, { id: 6, action: -1 }, { id: 2, action: -1 }]);
    expect(board.mustStop()).toBe(true);
  });

  it('goes on after a violation until every property is decided, when not stopping at the first', () => {
    const board = new FindingBoard(kinds('always', 'sometimes', 'eventually'), true, false);
    board.absorb([finding(0, 1, 0, 1)]);
    expect(board.mustStop()).toBe(false);
    board.absorb([finding(1, 2, 1, 1), finding(3, 5, 1, -1)]);
    expect(board.mustStop()).toBe(true);
  });
});

describe('coverage across threads', () => {
  it('merges the threads’ tables by label', () => {
    const zero = new LabelTable<string>((a) => a.toUpperCase());
    const one = new LabelTable<string>((a) => a.toUpperCase());
    expect([zero.enable('a'), zero.enable('b'), zero.enable('a')]).toEqual([0, 1, 0]);
    expect([one.enable('b'), one.enable('c')]).toEqual([0, 1]);
    zero.newStates[1]!++;
    one.newStates[0]!++;
    one.newStates[1]!++;
    expect(mergeCoverage([zero.snapshot(), one.snapshot()])).toEqual({
      A: { enabled: 2, newStates: 0 },
      B: { enabled: 2, newStates: 2 },
      C: { enabled: 1, newStates: 1 },
    });
  });

  it('undoes a dropped expansion’s counts, leaving out labels only it met', () => {
    const table = new LabelTable<string>((a) => a);
    table.enable('a');
    const before = [...table.enabled];
    table.enable('a');
    table.enable('b');
    table.restore(before);
    expect(table.enabled).toEqual([1, 0]);
    expect(mergeCoverage([table.snapshot()])).toEqual({ a: { enabled: 1, newStates: 0 } });
  });
});

describe('SharedTable', () => {
  const level = claimTag(100);

  it('gives a state to its first claim, and to a claim from an earlier parent of the same level', () => {
    const table = SharedTable.create(16);
    expect(table.claim(7, 8, claimTag(120), level, true)).toBe(NEW);
    expect(table.claim(7, 8, claimTag(130), level, true)).toBe(SEEN);
    expect(table.claim(7, 8, claimTag(120), level, true)).toBe(SEEN);
    expect(table.claim(7, 8, claimTag(110), level, true)).toBe(TAKEN);
    expect(table.takenFrom).toBe(120);
    expect(table.claim(7, 8, claimTag(115), level, true)).toBe(SEEN);
    expect(table.claim(7, 8, claimTag(105), level, true)).toBe(TAKEN);
    expect(table.takenFrom).toBe(110);
    expect(table.claim(7, 9, claimTag(130), level, true)).toBe(NEW);
  });

  it('never takes a state of an earlier level, and refuses a new one when it may not insert', () => {
    const table = SharedTable.create(16);
    expect(table.claim(1, 2, INITIAL_TAG, INITIAL_TAG, true)).toBe(NEW);
    expect(table.claim(3, 4, claimTag(50), claimTag(40), true)).toBe(NEW);
    expect(table.claim(1, 2, claimTag(0), level, true)).toBe(SEEN);
    expect(table.claim(3, 4, claimTag(45), level, true)).toBe(SEEN);
    expect(table.claim(5, 6, claimTag(101), level, false)).toBe(FULL);
    expect(table.claim(3, 4, claimTag(101), level, false)).toBe(SEEN);
  });

  it('stores 0 in a fingerprint word as 1 (0 means not written), so those two are one state', () => {
    const table = SharedTable.create(16);
    expect(table.claim(0, 0, claimTag(101), level, true)).toBe(NEW);
    expect(table.claim(1, 1, claimTag(102), level, true)).toBe(SEEN);
    expect(table.claim(0, 5, claimTag(102), level, true)).toBe(NEW);
  });

  it('walks past collisions, wrapping round, and grows, copied or in place, with every entry and claim kept', () => {
    const filled = () => {
      const table = SharedTable.create(16);
      // Equal low bits: all probe from one slot, the last ones wrapping past the end.
      for (let i = 0; i < 8; i++) expect(table.claim(i + 1, 15 + 16 * i, claimTag(200 + i), level, true)).toBe(NEW);
      return table;
    };
    const copied = filled().rehash(64);
    const inPlace = filled().grown(64);
    expect([copied.capacity, inPlace.capacity, inPlace.buffer.byteLength]).toEqual([64, 64, 64 * 3 * 4]);
    for (const t of [copied, inPlace]) expect([...t.slots].filter((_, w) => w % 3 === 2 && t.slots[w] !== 0)).toHaveLength(8);
    for (const t of [filled(), copied, inPlace]) {
      for (let i = 0; i < 8; i++) {
        expect(t.claim(i + 1, 15 + 16 * i, claimTag(300), level, true)).toBe(SEEN);
        expect([t.claim(i + 1, 15 + 16 * i, claimTag(150), level, true), t.takenFrom]).toEqual([TAKEN, 200 + i]);
      }
    }
  });

  it('doubles any half-full table in place, a range of clusters at a time in any order, every entry still found', () => {
    fc.assert(
      fc.property(fc.array(fc.integer({ min: 0, max: 200 }), { maxLength: 32 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), (los, parts, reversed) => {
        const table = SharedTable.create(64);
        los.forEach((lo, i) => expect(table.claim(i + 1, lo, claimTag(1000 + i), level, true)).toBe(NEW));
        const { table: grown, ranges } = table.double(parts);
        expect(grown.capacity).toBe(128);
        const covered = ranges.flatMap((r) => Array.from({ length: r.count }, (_, k) => (r.start + k) % 64));
        expect(covered.sort((a, b) => a - b)).toEqual(Array.from({ length: 64 }, (_, i) => i));
        // The old view still shows the slots before redistribution.
        for (const r of ranges) expect(table.slots[((r.start + r.count - 1) % 64) * 3 + 2]).toBe(0);
        for (const r of reversed ? [...ranges].reverse() : ranges) grown.redistribute(r);
        expect([...grown.slots].filter((_, w) => w % 3 === 2 && grown.slots[w] !== 0)).toHaveLength(los.length);
        // Reachable from its home under the new mask, claim intact: else the claim would insert it again.
        los.forEach((lo, i) => expect([grown.claim(i + 1, lo, claimTag(900), level, true), grown.takenFrom]).toEqual([TAKEN, 1000 + i]));
      }),
      // A cluster wrapping past the end (both from slot 63): redistributed from slot 0, the entry in
      // slot 0 would land past the one in 63, which then moves away and leaves a hole.
      { examples: [[[127, 191], 1, false]], numRuns: 1000 },
    );
  });

  it('touches only pages of the new half that no other range moves entries to (tables of many pages)', () => {
    // Each range first writes a 0 into the new-half pages its entries may move to: reversed, a range
    // touching too far would wipe entries another range has already moved there.
    fc.assert(
      fc.property(fc.integer({ min: 1, max: 2048 }), fc.integer({ min: 1, max: 5 }), fc.boolean(), fc.integer(), (count, parts, reversed, seed) => {
        const table = SharedTable.create(4096);
        const los = Array.from({ length: count }, (_, i) => Math.imul(i + 1, 0x9e3779b1) ^ seed);
        los.forEach((lo, i) => expect(table.claim(i + 1, lo, claimTag(5000 + i), level, true)).toBe(NEW));
        const { table: grown, ranges } = table.double(parts);
        for (const r of reversed ? [...ranges].reverse() : ranges) grown.redistribute(r);
        // Read from the slots before any claim: a claim of an entry whose tag was wiped would wait for it forever.
        const stored = new Set(Array.from({ length: grown.capacity }, (_, s) => grown.slots.subarray(3 * s, 3 * s + 3).join()));
        // (A fingerprint word 0 is stored as 1.)
        expect(los.filter((lo, i) => !stored.has([i + 1, lo || 1, claimTag(5000 + i)].join()))).toEqual([]);
        los.forEach((lo, i) => expect(grown.claim(i + 1, lo, claimTag(4000), level, true)).toBe(TAKEN));
      }),
      { numRuns: 40 },
    );
  });

  it('drops the claims of a level when rehashed below its first tag', () => {
    const table = SharedTable.create(16);
    table.claim(1, 1, claimTag(10), claimTag(5), true);
    table.claim(2, 2, claimTag(120), level, true);
    const kept = table.rehash(16, level);
    expect(kept.claim(1, 1, claimTag(101), level, true)).toBe(SEEN);
    expect(kept.claim(2, 2, claimTag(130), level, true)).toBe(NEW);
  });

  it('reserves room to grow into, and where it cannot, grows by copying', () => {
    expect([SharedTable.create(16).buffer.growable, SharedTable.create(16).doubles]).toEqual([true, true]);
    // Past what V8 will reserve: a buffer that cannot grow, and a table that still grows, copied.
    const fixed = reserve(16 * 12, 2 ** 40);
    expect([fixed.growable, fixed.byteLength]).toEqual([false, 16 * 12]);
    const table = new SharedTable(fixed);
    expect(table.claim(1, 2, claimTag(10), claimTag(5), true)).toBe(NEW);
    const grown = table.grown(64);
    expect([table.doubles, grown.capacity, grown.buffer === fixed]).toEqual([false, 64, false]);
    expect(grown.claim(1, 2, claimTag(11), claimTag(5), true)).toBe(SEEN);
  });

  it('wants a power of two', () => {
    expect(() => SharedTable.create(24)).toThrow(/power of two/);
  });
});

describe('LevelRecords', () => {
  it('keeps records in a shared buffer, growing, and settles them in place', () => {
    const records = new LevelRecords<unknown>(2);
    for (let i = 0; i < 3000; i++) records.push(i, -i, i * 2, i % 7, i % 3, new Int32Array([i, 9]), undefined);
    expect(records.count).toBe(3000);
    expect(records.objects).toBeUndefined();
    records.move(2999, 1);
    records.truncate(2);
    expect([records.count, records.buffer.byteLength >= 3000 * (HEADER + 2) * 4]).toEqual([2, true]);
    expect([...new Int32Array(records.buffer, 0, 2 * (HEADER + 2))]).toEqual([0, 0, 0, 0, 0, 0, 9, 2999, -2999, 5998, 3, 2, 2999, 9]);
  });

  it('keeps the records in segments, one per chunk of parents, found by chunk', () => {
    const records = new LevelRecords<unknown>(0);
    records.open(2);
    for (let i = 0; i < 3; i++) records.push(i, i, 2048 + i, 0, 0, new Int32Array(0), undefined);
    records.open(5);
    records.open(9);
    records.push(7, 7, 9216, 0, 0, new Int32Array(0), undefined);
    expect(records.segments).toBe(3);
    expect([records.chunkOf(0), records.chunkOf(1), records.chunkOf(2)]).toEqual([2, 5, 9]);
    expect([2, 5, 9, 4, 0, 11].map((c) => records.rangeOfChunk(c))).toEqual([
      { first: 0, end: 3 },
      { first: 3, end: 3 },
      { first: 3, end: 4 },
      undefined,
      undefined,
      undefined,
    ]);
    records.truncate(0);
    expect([records.segments, records.count]).toEqual([0, 0]);
  });

  it('emptied, writes over its own buffer, and keeps the states of models without a codec', () => {
    const records = new LevelRecords<{ n: number }>(0);
    records.open(0);
    records.push(1, 1, 0, 0, 0, new Int32Array(0), { n: 1 });
    records.push(2, 2, 0, 1, 0, new Int32Array(0), { n: 2 });
    const { buffer, objects } = records;
    records.truncate(0);
    records.open(4);
    records.push(3, 3, 1, 0, 0, new Int32Array(0), { n: 3 });
    expect([records.buffer, records.count, records.objects, records.segments]).toEqual([buffer, 1, [{ n: 3 }], 1]);
    expect(records.objects).toBe(objects);
    expect(new Int32Array(buffer)[0]).toBe(3);
  });
});

describe('lost claims', () => {
  /** Records reached from parents 10–12 (chunk 2 of 5 positions, level from 0) and 25 (chunk 5), as [hi, lo, parent]. */
  const records = new LevelRecords<unknown>(0);
  records.open(2);
  for (const [hi, lo, parent] of [[1, 1, 10], [2, 2, 10], [3, 3, 11], [4, 4, 12], [5, 5, 12]] as const) records.push(hi, lo, parent, 0, 0, new Int32Array(0), undefined);
  records.open(5);
  records.push(6, 6, 25, 0, 0, new Int32Array(0), undefined);
  const rangeOf = (parent: number) => records.rangeOfChunk(Math.floor(parent / 5));

  it('marks the records the takers noted, by parent and fingerprint, and no other', () => {
    const a = new LostClaims();
    const b = new LostClaims();
    a.push(12, 5, 5);
    a.push(10, 1, 1);
    // A parent this thread did not expand, and a fingerprint its parent did not reach.
    b.push(30, 1, 1);
    b.push(11, 9, 9);
    b.push(25, 6, 6);
    expect([...markLost([a.list, b.list], records.ints, records.stride, records.count, rangeOf)]).toEqual([1, 0, 0, 0, 1, 1]);
  });

  it('grows its list past its first buffer, and starts each level empty', () => {
    const a = new LostClaims();
    for (let i = 0; i < 1000; i++) a.push(10, 2, 2);
    a.push(12, 4, 4);
    expect(a.list.count).toBe(1001);
    expect([...markLost([a.list], records.ints, records.stride, records.count, rangeOf)]).toEqual([0, 1, 0, 1, 0, 0]);
    a.clear();
    expect([...markLost([a.list], records.ints, records.stride, records.count, rangeOf)]).toEqual([0, 0, 0, 0, 0, 0]);
  });
});

describe('ChunkCursor', () => {
  it('hands each chunk out once, in order, across threads, and starts again at 0', () => {
    const buffer = ChunkCursor.allocate();
    const [a, b] = [new ChunkCursor(buffer, 4), new ChunkCursor(buffer, 4)];
    expect([a.take(), b.take(), a.take()]).toEqual([0, 1, 2]);
    expect([a.untaken(10), b.untaken(20)]).toEqual([0, 8]);
    b.reset();
    expect([a.untaken(10), a.take()]).toEqual([10, 0]);
  });
});

describe('SharedBudget', () => {
  it('hands out room in chunks up to the limit, then raises the pause flag for every thread', () => {
    const cells = SharedBudget.allocate();
    const a = new SharedBudget(cells, 2);
    const b = new SharedBudget(cells, 2);
    a.open(100, 100 + 2 * 4096 + 50);
    expect(a.ensure(10)).toBe(true);
    for (let i = 0; i < 10; i++) a.use();
    expect(b.ensure(4096)).toBe(true);
    expect(b.paused).toBe(false);
    // a holds 4086 unused; asking for more than that takes what is left in small shares, then fails.
    expect(a.ensure(5000)).toBe(false);
    expect([a.paused, b.paused]).toEqual([true, true]);
    a.open(4196, 10_000);
    a.forget();
    expect([a.paused, a.ensure(5000)]).toEqual([false, true]);
  });
});

describe('StateDirectory', () => {
  it('finds the thread holding a state’s link, and walks a path back across threads', async () => {
    const directory = new StateDirectory();
    directory.add(0, 1, 0, 0);
    directory.add(1, 3, 0, 1);
    directory.add(4, 0, 1, 0);
    directory.add(4, 2, 1, 0);
    expect([directory.find(0), directory.find(3), directory.find(5)]).toEqual([
      { thread: 0, local: 0 },
      { thread: 0, local: 3 },
      { thread: 1, local: 1 },
    ]);
    expect(() => directory.find(-1)).toThrow(RangeError);
    const links: Record<string, Link> = { '0:0': { init: 2 }, '0:2': { parent: 0, action: 4 }, '1:1': { parent: 2, action: 1 } };
    expect(await walkBack(directory, (thread, local) => links[`${thread}:${local}`]!, 5)).toEqual({ init: 2, actions: [4, 1] });
  });
});
