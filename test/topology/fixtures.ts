/** Topology files for the validation tests: a valid base, and a deep-merge to break one field at a time. */
export function fourFrontEnds(): Record<string, unknown> {
  return {
    product: 'lync2013',
    pool: {
      name: 'pool-a.contoso.com',
      frontEnds: [1, 2, 3, 4].map((i) => ({ name: `fe${i}`, host: `host${i}` })),
      backend: { principal: 'sql1', mirror: 'sql2', witness: 'sqlw' },
    },
  };
}

export function paired(): Record<string, unknown> {
  return {
    ...fourFrontEnds(),
    pairedPool: {
      name: 'pool-b.contoso.com',
      frontEnds: [1, 2, 3].map((i) => ({ name: `fe-b${i}`, host: `host-b${i}` })),
      backend: { principal: 'sql-b1' },
    },
    cms: 'pool-a.contoso.com',
  };
}

export function frontEnds(count: number, prefix = 'fe'): { name: string; host: string }[] {
  return Array.from({ length: count }, (_, i) => ({ name: `${prefix}${i + 1}`, host: `${prefix}${i + 1}` }));
}

/** The base with `pool` fields replaced. */
export function withPool(patch: Record<string, unknown>, base = fourFrontEnds()): Record<string, unknown> {
  return { ...base, pool: { ...(base.pool as object), ...patch } };
}
