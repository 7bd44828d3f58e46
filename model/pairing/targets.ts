/** Microsoft's published pool-failover recovery point objectives (DOMAIN.md §6), as data. */
import type { Product } from '../topology/types.ts';

/** RPO of a pool failover, in minutes: Lync Server 2013 30; Skype for Business 2015 and 2019 5. */
export const publishedRpoMinutes: Readonly<Record<Product, number>> = {
  lync2013: 30,
  sfb2015: 5,
  sfb2019: 5,
};
