/**
 * Microsoft's published numbers (DOMAIN.md §2), as data. The model takes the cold-start table as its start
 * rule (it is a lookup table, not a formula); the functional table is what the voting rule must reproduce,
 * so the model never reads it: the quorum-table test and the even-pool rule compare against it.
 */
import type { Product } from './topology/types.ts';

/** "FEs that must run for the pool to be functional" (back end up): any `mustRun` of the first `ofFirst`. */
export interface FunctionalRow {
  readonly from: number;
  readonly to: number;
  readonly mustRun: number;
  /** Set where Microsoft says "of the first k"; otherwise any FEs of the pool count. */
  readonly ofFirst?: number;
  readonly products: readonly Product[];
}

const allProducts: readonly Product[] = ['lync2013', 'sfb2015', 'sfb2019'];

export const publishedFunctionalTable: readonly FunctionalRow[] = [
  { from: 2, to: 2, mustRun: 1, products: allProducts },
  { from: 3, to: 4, mustRun: 2, products: allProducts },
  { from: 5, to: 6, mustRun: 3, products: allProducts },
  { from: 7, to: 7, mustRun: 4, products: allProducts },
  { from: 8, to: 9, mustRun: 4, ofFirst: 7, products: allProducts },
  { from: 10, to: 12, mustRun: 5, ofFirst: 9, products: allProducts },
  { from: 12, to: 16, mustRun: 7, ofFirst: 12, products: ['sfb2019'] },
];

/**
 * The row for a pool size. 12 FEs appears in two rows; the SfB 2019-only row is the newer statement and
 * the only one that fits a 16-FE product, so SfB 2019 takes it and Lync 2013 / SfB 2015 keep "5 of 9".
 * Pools of 1 FE are not in the table.
 */
export function functionalRow(product: Product, frontEnds: number): FunctionalRow | null {
  const rows = publishedFunctionalTable.filter(
    (row) => row.products.includes(product) && frontEnds >= row.from && frontEnds <= row.to,
  );
  return rows.find((row) => row.products.length === 1) ?? rows[0] ?? null;
}

/** "The pool only starts when at least this many FEs run" (first start and every full start). */
export const publishedColdStartTable: Readonly<Record<number, number>> = {
  2: 1,
  3: 3,
  4: 3,
  5: 4,
  6: 5,
  7: 5,
  8: 6,
  9: 7,
  10: 8,
  11: 9,
  12: 10,
  16: 12,
};

/** Where the model's cold-start minimum for a pool size comes from. */
export type ColdStartBasis = 'published' | 'interpolated' | 'whole-pool';

/**
 * Two sizes are not published: a 1-FE pool, which can only start with its one FE (the model's reading),
 * and 13..15 FEs (SfB 2019 only), which the model interpolates.
 */
export function coldStartBasis(frontEnds: number): ColdStartBasis {
  if (publishedColdStartTable[frontEnds] !== undefined) return 'published';
  if (frontEnds === 1) return 'whole-pool';
  if (frontEnds > 12 && frontEnds < 16) return 'interpolated';
  throw new RangeError(`no cold-start minimum for a pool of ${frontEnds} front ends (1..16 are known)`);
}

/**
 * The cold-start minimum the model uses. Between 12:10 and 16:12 it interpolates linearly and rounds up
 * (13:11, 14:11, 15:12), so it never asks for fewer FEs than the published neighbour below nor more than
 * the one above.
 */
export function coldStartMinimum(frontEnds: number): number {
  switch (coldStartBasis(frontEnds)) {
    case 'published':
      return publishedColdStartTable[frontEnds]!;
    case 'whole-pool':
      return 1;
    case 'interpolated':
      return Math.ceil(10 + ((frontEnds - 12) * (12 - 10)) / (16 - 12));
  }
}
