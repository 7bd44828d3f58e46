import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { QuorumRow } from '../../src/fabric/quorum-table.ts';
import type { FabricSettings, Product } from '../../model/topology/types.ts';
import { memoryIo } from './memory-io.ts';

/**
 * The real derivation is one exhaustive search per pool size (minutes for large pools); this stand-in
 * answers with the published numbers, except where DOMAIN.md §2 says the even-seeds rule goes wrong:
 * SfB 2019 pools of 12+ FEs, where a voting SQL principal would make it "any 6 of the first 12".
 */
vi.mock('../../src/fabric/quorum-table.ts', async (importOriginal) => {
  const real = await importOriginal<typeof import('../../src/fabric/quorum-table.ts')>();
  const deriveQuorumTable = async (product: Product, settings: Partial<FabricSettings> = {}): Promise<QuorumRow[]> =>
    real.publishedQuorumTable(product).map((row) => {
      const evenSeedsAt12 = product === 'sfb2019' && row.frontEnds >= 12 && settings.sqlWitnessVote === 'even-seeds';
      const voters = Array.from({ length: row.ofFirst ?? row.frontEnds }, (_, i) => i + 1);
      return {
        frontEnds: row.frontEnds,
        voters,
        sqlVotes: voters.length % 2 === 0 && (voters.length < 12 || evenSeedsAt12),
        mustRun: evenSeedsAt12 ? 6 : (row.mustRun ?? 1),
        ofFirst: row.ofFirst,
        // Unpublished cold starts (DOMAIN.md §2 has no row for them): a 1-FE pool needs its one FE (the
        // whole pool); 13..15 FEs are interpolated between 12:10 and 16:12.
        coldStart: row.coldStart ?? (row.frontEnds === 1 ? 1 : Math.ceil(10 + (row.frontEnds - 12) / 2)),
        coldStartPublished: row.coldStart !== null,
        coldStartBasis: row.coldStart !== null ? 'published' : row.frontEnds === 1 ? 'whole-pool' : 'interpolated',
      };
    });
  return { ...real, deriveQuorumTable };
});

describe('quorum-table', () => {
  it("prints each row with Microsoft's published row and whether they match; exit 0 when all do", async () => {
    const io = memoryIo('.');
    expect(await run(['quorum-table', '--product', 'lync2013'], io)).toBe(0);
    const rows = io.out().split('\n').map((line) => line.split(/[║│]/).map((cell) => cell.trim()).filter((cell) => cell !== ''));
    expect(io.out().startsWith('Lync Server 2013\n')).toBe(true);
    // Microsoft publishes neither a functional nor a cold-start row for a 1-FE pool (DOMAIN.md §2's tables
    // start at 2): the model's cold start is its one FE, the whole pool, not an interpolation, and with
    // nothing published to compare there is no match to claim.
    expect(rows.find((cells) => cells[0] === '1')).toEqual(['1', '1 FE', 'any 1', 'not published', '1 (whole pool)', 'not published', 'n/a']);
    expect(rows.find((cells) => cells[0] === '2')).toEqual(['2', '2 FEs + SQL', 'any 1', 'any 1', '1', '1', 'yes']);
    expect(rows.find((cells) => cells[0] === '8')).toEqual(['8', '7 FEs', 'any 4 of the first 7', 'any 4 of the first 7', '6', '6', 'yes']);
    expect(rows.find((cells) => cells[0] === '10')).toEqual(['10', '9 FEs', 'any 5 of the first 9', 'any 5 of the first 9', '8', '8', 'yes']);
    expect(io.err()).toBe('fabric-check: deriving the lync2013 table (one exhaustive search per pool size)\n');
  });

  it('exits 1 and marks the rows that differ from the published ones', async () => {
    const io = memoryIo('.');
    expect(await run(['quorum-table', '--product', 'sfb2019', '--sql-witness-vote', 'even-seeds'], io)).toBe(1);
    const row13 = io.out().split('\n').find((line) => /^║ 13 /.test(line));
    expect(row13?.split(/[║│]/).map((cell) => cell.trim())).toEqual(['', '13', '12 FEs + SQL', 'any 6 of the first 12', 'any 7 of the first 12', '11 (interpolated)', 'not published', 'NO', '']);
  });

  it('prints JSON only on stdout with --json, every product by default', async () => {
    const io = memoryIo('.');
    expect(await run(['quorum-table', '--json'], io)).toBe(0);
    const document = JSON.parse(io.out());
    expect(document.matches).toBe(true);
    expect(document.tables.map((t: { product: string }) => t.product)).toEqual(['lync2013', 'sfb2015', 'sfb2019']);
    // 1 FE: no published cold start (so no match to claim), the whole pool in the model.
    expect(document.tables[0].rows[0]).toMatchObject({
      frontEnds: 1,
      coldStart: 1,
      coldStartPublished: false,
      coldStartBasis: 'whole-pool',
      published: { mustRun: null, ofFirst: null, coldStart: null },
      matches: null,
    });
    expect(document.tables[2].rows.at(-1)).toEqual({
      frontEnds: 16,
      voters: Array.from({ length: 12 }, (_, i) => i + 1),
      sqlVotes: false,
      mustRun: 7,
      ofFirst: 12,
      coldStart: 12,
      coldStartPublished: true,
      coldStartBasis: 'published',
      published: { mustRun: 7, ofFirst: 12, coldStart: 12 },
      matches: true,
    });
  });

  it('refuses an unknown product with the allowed ones, exit 2', async () => {
    const io = memoryIo('.');
    expect(await run(['quorum-table', '--product', 'lync2010'], io)).toBe(2);
    expect(io.err()).toContain("fabric-check: option '--product <product>' argument 'lync2010' is invalid. Allowed choices are lync2013, sfb2015, sfb2019.");
    expect(io.out()).toBe('');
  });
});
