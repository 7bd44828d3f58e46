/** Which FEs vote in the pool's fabric (DOMAIN.md §2). */
import type { Product } from './topology/types.ts';

/**
 * All FEs up to 7; the first 7 of 8–9; the first 9 of 10–12; the first 12 of 12–16 in SfB 2019. 12 FEs
 * sit in two published rows: SfB 2019 takes its own row (12 seeds), the older products "5 of the first 9".
 */
export function seedCount(product: Product, frontEnds: number): number {
  if (frontEnds <= 7) return frontEnds;
  if (frontEnds <= 9) return 7;
  if (frontEnds <= 11) return 9;
  if (frontEnds === 12) return product === 'sfb2019' ? 12 : 9;
  return 12;
}

/** The first `count` present FEs in topology order. */
export function firstSeeds(present: readonly boolean[], count: number): boolean[] {
  let left = count;
  return present.map((inPool) => {
    if (!inPool || left === 0) return false;
    left--;
    return true;
  });
}
