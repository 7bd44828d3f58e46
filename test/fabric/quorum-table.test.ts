/**
 * Microsoft's published quorum tables (DOMAIN.md §2), reproduced row by row by searching the pool model:
 * the voting rule and the cold-start rule as the reducer applies them, not as a formula restated.
 */
import { describe, expect, it } from 'vitest';
import { deriveQuorumTable, poolSizes, publishedQuorumTable } from '../../src/fabric/quorum-table.ts';
import type { QuorumRow } from '../../src/fabric/quorum-table.ts';
import { coldStartBasis } from '../../model/published.ts';
import type { Product } from '../../model/topology/types.ts';

// Each product's table is a search per pool size: derive it once for the whole file.
const derivedTables = new Map<Product, Promise<QuorumRow[]>>();
function derived(product: Product): Promise<QuorumRow[]> {
  if (!derivedTables.has(product)) derivedTables.set(product, deriveQuorumTable(product));
  return derivedTables.get(product)!;
}

describe.each<Product>(['lync2013', 'sfb2015', 'sfb2019'])('%s', (product) => {
  it('derives Microsoft’s table on every published row', async () => {
    const rows = await derived(product);
    const published = publishedQuorumTable(product);
    expect(rows.map((row) => row.frontEnds)).toEqual(poolSizes(product));
    const asPublished = rows.map((row, i) => ({
      frontEnds: row.frontEnds,
      mustRun: published[i]!.mustRun === null ? null : row.mustRun,
      ofFirst: row.ofFirst,
      coldStart: row.coldStartPublished ? row.coldStart : null,
    }));
    expect(asPublished).toEqual(published);
  });
});

describe('who votes', () => {
  it('gives the SQL vote to even seed counts, except SfB 2019 with 12 seeds', async () => {
    const lync = await derived('lync2013');
    expect(lync.filter((row) => row.sqlVotes).map((row) => row.frontEnds)).toEqual([2, 4, 6]);
    expect(lync.map((row) => row.voters.length)).toEqual([1, 2, 3, 4, 5, 6, 7, 7, 7, 9, 9, 9]);
    const sfb2019 = await derived('sfb2019');
    expect(sfb2019.find((row) => row.frontEnds === 12)).toMatchObject({ sqlVotes: false, mustRun: 7, ofFirst: null });
    expect(sfb2019.find((row) => row.frontEnds === 16)!.voters).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('follows the witness setting: with no SQL vote a 4-FE pool needs 3 FEs, not Microsoft’s 2', async () => {
    const rows = await deriveQuorumTable('sfb2015', { sqlWitnessVote: 'never' });
    expect(rows.find((row) => row.frontEnds === 4)).toMatchObject({ sqlVotes: false, mustRun: 3 });
  });

  it('lists the sizes Microsoft documents: SfB 2019 from 2 (a pool it refuses to build), the others from 1', () => {
    expect(poolSizes('sfb2019')[0]).toBe(2);
    expect(poolSizes('lync2013')).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });

  it('publishes no cold start for a 1-FE pool: the model reads it as the whole pool', async () => {
    const [one] = await derived('lync2013');
    expect(one).toMatchObject({ frontEnds: 1, coldStart: 1, coldStartPublished: false, coldStartBasis: 'whole-pool' });
    expect(publishedQuorumTable('lync2013')[0]).toMatchObject({ frontEnds: 1, coldStart: null });
    expect(coldStartBasis(1)).toBe('whole-pool');
  });

  it('interpolates the unpublished SfB 2019 cold starts of 13–15 FEs between 12:10 and 16:12', async () => {
    const rows = await derived('sfb2019');
    expect(rows.filter((row) => !row.coldStartPublished).map((row) => [row.frontEnds, row.coldStart])).toEqual([
      [13, 11],
      [14, 11],
      [15, 12],
    ]);
    expect([13, 14, 15].map(coldStartBasis)).toEqual(['interpolated', 'interpolated', 'interpolated']);
  });
});
