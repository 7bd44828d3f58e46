/** Pool sizes per product (DOMAIN.md §1): the range Microsoft documents, and the one the product accepts. */
import type { Product } from './types.ts';

export interface SizeRange {
  readonly min: number;
  readonly max: number;
}

export const documentedSizes: Readonly<Record<Product, SizeRange>> = {
  lync2013: { min: 1, max: 12 },
  sfb2015: { min: 1, max: 12 },
  sfb2019: { min: 2, max: 16 },
};

/** SfB 2019 documents 2..16 but "will not allow the topology to be published" with two FEs. */
export function acceptedSizes(product: Product): SizeRange {
  const documented = documentedSizes[product];
  return product === 'sfb2019' ? { ...documented, min: 3 } : documented;
}
