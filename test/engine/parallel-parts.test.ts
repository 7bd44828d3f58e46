/** The parallel search's parts that fix its order and its bookkeeping, without threads. */
import { describe, expect, it } from 'vitest';
import { FindingBoard } from '../../src/engine/parallel/finding-board.ts';
import { LabelTable, mergeCoverage } from '../../src/engine/parallel/coverage-table.ts';
import { Outbox } from '../../src/engine/parallel/outbox.ts';
import { FingerprintFilter } from '../../src/engine/parallel/fingerprint-filter.ts';
import { RefLinks } from '../../src/engine/parallel/ref-links.ts';
import { RECORD_HEADER } from '../../src/engine/parallel/protocol.ts';
import type { PropertyKind } from '../../src/engine/types.ts';

const kinds = (...list: PropertyKind[]) => list.map((kind) => ({ kind }));
const finding = (slot: number, id: number, seq: number, action = -1) => ({ slot, id, action, seq });

describe('FindingBoard', () => {
  it('takes the earliest round, then the lowest worker, then that worker’s first finding', () => {
    const board = new FindingBoard(kinds('always', 'sometimes'), false, false);
    board.absorb([[], [finding(1, 7, 0)]]);
    board.absorb([[finding(0, 3, 5), finding(0, 1, 6), finding(1, 2, 7)], [finding(0, 9, 0)]]);
    expect(board.picks).toEqual([{ worker: 0, id: 3, action: -1 }, { worker: 1, id: 7, action: -1 }, undefined]);
    expect(board.decided()).toEqual([0, 1]);
  });

  it('keeps one violation when stopping at the first, and stops', () => {
    const board = new FindingBoard(kinds('always', 'step', 'sometimes'), true, true);
    board.absorb([[finding(1, 4, 2, 3), finding(0, 5, 1)], [finding(3, 2, 0), finding(2, 6, 1)]]);
    expect(board.picks).toEqual([{ worker: 0, id: 5, action: -1 }, undefined, { worker: 1, id: 6, action: -1 }, undefined]);
    expect(board.mustStop()).toBe(true);
  });

  it('goes on after a violation until every property is decided, when not stopping at the first', () => {
    const board = new FindingBoard(kinds('always', 'sometimes', 'eventually'), true, false);
    board.absorb([[finding(0, 1, 0)], []]);
    expect(board.mustStop()).toBe(false);
    board.absorb([[finding(1, 2, 1)], [finding(3, 5, 0)]]);
    expect(board.mustStop()).toBe(true);
  });
});

describe('coverage across workers', () => {
  it('credits a new state to the label number the sending worker gave it', () => {
    const zero = new LabelTable<string>(2, (a) => a.toUpperCase());
    const one = new LabelTable<string>(2, (a) => a.toUpperCase());
    expect([zero.enable('a'), zero.enable('b'), zero.enable('a')]).toEqual([0, 1, 0]);
    expect([one.enable('b'), one.enable('c')]).toEqual([0, 1]);
    zero.newStates[1]!++;
    zero.receivedNew(1, 1);
    one.receivedNew(0, 0);
    one.receivedNew(0, 0);
    expect(mergeCoverage([zero.snapshot(), one.snapshot()])).toEqual({
      A: { enabled: 2, newStates: 2 },
      B: { enabled: 2, newStates: 1 },
      C: { enabled: 1, newStates: 1 },
    });
  });
});

describe('Outbox', () => {
  it('packs a level’s records into one buffer, and starts afresh once taken', () => {
    const outbox = new Outbox<unknown>(2, false);
    const words = new Int32Array([7, -8]);
    for (let i = 0; i < 1000; i++) outbox.push(0xffffffff, i, i, 1, 3, words, null);
    const parcel = outbox.take();
    const records = new Int32Array(parcel.records, 0, parcel.length);
    expect(parcel.length).toBe(1000 * (RECORD_HEADER + 2));
    expect([...records.subarray(999 * 7)]).toEqual([-1, 999, 999, 1, 3, 7, -8]);
    outbox.push(1, 2, 13, 0, 3, words, null);
    expect(outbox.take().length).toBe(RECORD_HEADER + 2);
  });

  it('sends a fingerprint once per level: the first record of it, with its parent and action', () => {
    const outbox = new Outbox<unknown>(1, false);
    outbox.push(5, 6, 10, 0, 0, new Int32Array([1]), null);
    outbox.push(5, 6, 11, 2, 1, new Int32Array([1]), null);
    outbox.push(5, 7, 12, 3, 1, new Int32Array([2]), null);
    const first = outbox.take();
    expect([...new Int32Array(first.records, 0, first.length)]).toEqual([5, 6, 10, 0, 0, 1, 5, 7, 12, 3, 1, 2]);
    outbox.push(5, 6, 13, 1, 0, new Int32Array([1]), null);
    expect(outbox.take().length).toBe(RECORD_HEADER + 1);
  });

  it('carries the states themselves for models without a codec', () => {
    const outbox = new Outbox<{ n: number }>(0, true);
    outbox.push(1, 1, 0, 0, 0, new Int32Array(0), { n: 1 });
    outbox.push(2, 2, 2, 1, 0, new Int32Array(0), { n: 2 });
    expect(outbox.take()).toMatchObject({ length: 2 * RECORD_HEADER, states: [{ n: 1 }, { n: 2 }] });
  });
});

describe('FingerprintFilter', () => {
  it('says whether a fingerprint is new, through growth, (0, 0) included', () => {
    const filter = new FingerprintFilter(16);
    const fresh = (i: number) => filter.add(Math.imul(i, 0x9e3779b1) >>> 0, i);
    expect(filter.add(0, 0)).toBe(true);
    for (let i = 1; i < 5000; i++) expect(fresh(i)).toBe(true);
    for (let i = 1; i < 5000; i++) expect(fresh(i)).toBe(false);
    expect([filter.add(0, 0), filter.add(0, 1), filter.size]).toEqual([false, false, 5000]);
  });

});

describe('RefLinks', () => {
  it('names each state’s parent by worker and id, or its initial index', () => {
    const links = new RefLinks();
    links.addInitial(2);
    for (let id = 1; id < 40_000; id++) links.add(id % 3, id - 1, id % 5);
    expect(links.link(0)).toEqual({ init: 2 });
    expect(links.link(39_999)).toEqual({ worker: 0, id: 39_998, action: 4 });
    expect(() => links.link(40_000)).toThrow(RangeError);
  });
});
