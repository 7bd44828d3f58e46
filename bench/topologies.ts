/**
 * The pools of the fabric scale target: every size the products allow up to 12 front ends, each front
 * end a physical server of its own (so its own host), behind a mirrored SQL back end with a witness,
 * checked up to 2 faults. sfb2015 admits 1 to 12 front ends.
 */
import type { TopologyFile } from '../model/topology/file.ts';

export const scaleSizes: readonly number[] = Array.from({ length: 12 }, (_, i) => i + 1);

export function scaleTopology(frontEnds: number): TopologyFile {
  const names = Array.from({ length: frontEnds }, (_, i) => `fe${String(i + 1).padStart(2, '0')}.contoso.com`);
  return {
    product: 'sfb2015',
    pool: {
      name: `pool${frontEnds}.contoso.com`,
      frontEnds: names.map((name) => ({ name, host: name })),
      backend: { principal: 'sql-a.contoso.com', mirror: 'sql-b.contoso.com', witness: 'sql-w.contoso.com' },
    },
    bounds: { maxFaults: 2 },
  };
}
