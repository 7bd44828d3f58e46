import { describe, expect, it } from 'vitest';
import { parseTopology } from '../../model/topology/validate.ts';
import { scaleSizes, scaleTopology } from '../../bench/topologies.ts';

describe('the scale target topologies', () => {
  it.each(scaleSizes)('are valid pools of %i front ends, each its own host, mirrored with a witness, 2 faults', (n) => {
    const parsed = parseTopology(scaleTopology(n));
    if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
    const { pool, bounds } = parsed.topology;
    expect(pool.frontEnds).toHaveLength(n);
    expect(new Set(pool.frontEnds.map((fe) => fe.host)).size).toBe(n);
    expect(pool.backend.mirror).toBeDefined();
    expect(pool.backend.witness).toBeDefined();
    expect(bounds.maxFaults).toBe(2);
  });

  it('cover every pool size from 1 to 12', () => {
    expect(scaleSizes).toEqual([1, 2, 3, 4, 5, 6, 7, 8, 9, 10, 11, 12]);
  });
});
