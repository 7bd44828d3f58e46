import { describe, expect, it } from 'vitest';
import { parseTopology } from '../../model/topology/validate.ts';
import type { TopologyProblem } from '../../model/topology/types.ts';
import { fourFrontEnds, frontEnds, paired, withPool } from './fixtures.ts';

function problems(json: unknown): readonly TopologyProblem[] {
  const result = parseTopology(json);
  if (result.ok) throw new Error('expected the topology to be refused');
  return result.problems;
}

function accepted(json: unknown) {
  const result = parseTopology(json);
  if (!result.ok) throw new Error(`expected the topology to be accepted: ${JSON.stringify(result.problems)}`);
  return result.topology;
}

describe('parseTopology: defaults', () => {
  it('fills every default a file may leave out', () => {
    const topology = accepted(fourFrontEnds());
    expect(topology.registrar).toEqual({ backupStoreUnavailableThresholdMinutes: 30 });
    expect(topology.settings).toEqual({
      seedOrder: 'topology',
      sqlWitnessVote: 'even-seeds',
      hydrationMinutes: 30,
      quorumLossShutdownMinutes: 5,
      groupInQuorumLoss: 'waits',
      twoFeRestartOrder: 'last-down-first',
    });
    // No depth cap unless the file sets one: each check has its own default (src/fabric).
    expect(topology.bounds).toEqual({ maxFaults: 2 });
    expect(topology.backupService).toBeUndefined();
  });

  it('gives SfB 2019 a SQL vote only below 12 seeds, and SfB 2015 the even-seeds rule', () => {
    expect(accepted({ ...withPool({ frontEnds: frontEnds(12), backend: { principal: 'sql1' } }), product: 'sfb2019' }).settings.sqlWitnessVote).toBe(
      'even-seeds-below-12',
    );
    expect(accepted({ ...fourFrontEnds(), product: 'sfb2015' }).settings.sqlWitnessVote).toBe('even-seeds');
  });

  it('keeps what the file says over the defaults, field by field', () => {
    const topology = accepted({
      ...fourFrontEnds(),
      settings: { seedOrder: 'first-start', sqlWitnessVote: 'never' },
      bounds: { maxDepth: 20 },
      registrar: { backupStoreUnavailableThresholdMinutes: 10 },
    });
    expect(topology.settings).toEqual({
      seedOrder: 'first-start',
      sqlWitnessVote: 'never',
      hydrationMinutes: 30,
      quorumLossShutdownMinutes: 5,
      groupInQuorumLoss: 'waits',
      twoFeRestartOrder: 'last-down-first',
    });
    expect(topology.bounds).toEqual({ maxFaults: 2, maxDepth: 20 });
    expect(topology.registrar.backupStoreUnavailableThresholdMinutes).toBe(10);
  });

  it('gives a paired pool a 2-minute Backup Service sync unless the file sets one', () => {
    expect(accepted(paired()).backupService).toEqual({ syncIntervalSeconds: 120 });
    expect(accepted({ ...paired(), backupService: { syncIntervalSeconds: 5 } }).backupService).toEqual({
      syncIntervalSeconds: 5,
    });
  });

  it('drops $schema, which is for editors', () => {
    expect('$schema' in accepted({ ...fourFrontEnds(), $schema: './schema.json' })).toBe(false);
  });

  it('accepts its own output, so saved reports can be re-read', () => {
    const topology = accepted(paired());
    expect(accepted(JSON.parse(JSON.stringify(topology)))).toEqual(topology);
  });

  it('accepts SQL instance names', () => {
    expect(accepted(withPool({ backend: { principal: 'sql1\\rtc', mirror: 'sql2\\rtc' } })).pool.backend.principal).toBe(
      'sql1\\rtc',
    );
  });
});

describe('parseTopology: shape problems name the field and what is allowed', () => {
  it('refuses a file that is not an object', () => {
    expect(problems(42)).toEqual([{ path: 'topology', message: expect.stringMatching(/^must be an object with the fields .*product \(required\), pool \(required\)/) }]);
  });

  it('names a missing required field and what it must be', () => {
    expect(problems({ pool: (fourFrontEnds() as { pool: unknown }).pool })).toEqual([
      { path: 'product', message: 'is required; it must be one of "lync2013", "sfb2015", "sfb2019"' },
    ]);
  });

  it('names an unknown field and lists the allowed ones, at any depth', () => {
    const found = problems(withPool({ backend: { principal: 'sql1', secondary: 'sql2' } }));
    expect(found).toEqual([
      {
        path: 'pool.backend.secondary',
        message: 'unknown field; the fields allowed in pool.backend are principal, mirror, witness',
      },
    ]);
    expect(problems({ ...fourFrontEnds(), colour: 'blue' })[0]).toEqual({
      path: 'colour',
      message: expect.stringContaining('unknown field; the fields allowed at the top level are $schema, product, pool,'),
    });
  });

  it('says which values an enum allows and what it got', () => {
    expect(problems({ ...fourFrontEnds(), product: 'sfb2016' })).toEqual([
      { path: 'product', message: 'must be one of "lync2013", "sfb2015", "sfb2019" (got "sfb2016")' },
    ]);
  });

  it('gives numeric ranges in words', () => {
    expect(problems({ ...fourFrontEnds(), bounds: { maxFaults: 9, maxDepth: 'abc' } })).toEqual([
      { path: 'bounds.maxFaults', message: 'must be a whole number from 0 to 8 (got 9)' },
      { path: 'bounds.maxDepth', message: 'must be a whole number from 1 to 60 (got "abc")' },
    ]);
    expect(problems({ ...paired(), backupService: { syncIntervalSeconds: 4 } })).toEqual([
      { path: 'backupService.syncIntervalSeconds', message: 'must be a whole number from 5 to 10800 (got 4)' },
    ]);
    expect(problems(withPool({ routingGroups: 5 }))[0]?.path).toBe('pool.routingGroups');
  });

  it('explains the name charset instead of showing a regular expression, once per field', () => {
    const found = problems(withPool({ frontEnds: [{ name: 'fe 1', host: '-'.repeat(70) }, ...frontEnds(3)] }));
    expect(found).toEqual([
      {
        path: 'pool.frontEnds[0].name',
        message:
          "must be a string of 1 to 64 characters: letters, digits, '.', '-' and '_', starting with a letter or digit (got \"fe 1\")",
      },
      {
        path: 'pool.frontEnds[0].host',
        message: expect.stringMatching(/^must be a string of 1 to 64 characters: letters.* \(got "-{30,}\.\.\.\)$/),
      },
    ]);
  });

  it('names a value nested deeper than JSON.stringify can go instead of printing it', () => {
    let deep: unknown = [];
    for (let i = 0; i < 100_000; i++) deep = [deep];
    expect(problems(withPool({ name: deep }))).toEqual([{ path: 'pool.name', message: expect.stringMatching(/^must be a string .* \(got a list\)$/) }]);
  });

  it('says $schema must be a string', () => {
    expect(problems({ ...fourFrontEnds(), $schema: 5 })).toEqual([{ path: '$schema', message: 'must be a string (got 5)' }]);
  });

  it('reports every problem, not just the first', () => {
    const found = problems({ product: 'x', pool: { name: 'p', frontEnds: [], backend: {} }, extra: 1 });
    expect(found.map((problem) => problem.path)).toEqual(['extra', 'product', 'pool.frontEnds', 'pool.backend.principal']);
    expect(found[2]?.message).toBe('must be a list of 1 to 16 entries (got [])');
  });
});

describe('parseTopology: semantic problems', () => {
  it('allows 1 to 12 front ends for Lync 2013 and SfB 2015', () => {
    expect(accepted(withPool({ frontEnds: frontEnds(1), backend: { principal: 'sql1' } })).pool.frontEnds).toHaveLength(1);
    expect(accepted(withPool({ frontEnds: frontEnds(12) })).pool.frontEnds).toHaveLength(12);
    expect(problems({ ...withPool({ frontEnds: frontEnds(13) }), product: 'sfb2015' })).toEqual([
      { path: 'pool.frontEnds', message: 'sfb2015 pools have 1 to 12 front ends; this one has 13' },
    ]);
  });

  it('allows 3 to 16 front ends for SfB 2019 and says why 2 is refused', () => {
    const sfb2019 = (count: number) => ({ ...withPool({ frontEnds: frontEnds(count), backend: { principal: 'sql1' } }), product: 'sfb2019' });
    expect(accepted(sfb2019(3)).pool.frontEnds).toHaveLength(3);
    expect(accepted(sfb2019(16)).pool.frontEnds).toHaveLength(16);
    expect(problems(sfb2019(2))).toEqual([
      {
        path: 'pool.frontEnds',
        message:
          'sfb2019 pools have 3 to 16 front ends (Microsoft documents 2 to 16, but SfB 2019 refuses a 2-front-end pool); this one has 2',
      },
    ]);
    expect(problems(sfb2019(1))[0]?.path).toBe('pool.frontEnds');
  });

  it('refuses a mirror or a witness in SfB 2019, which has no database mirroring', () => {
    const sfb2019 = { ...fourFrontEnds(), product: 'sfb2019' };
    expect(problems(sfb2019)).toEqual([
      { path: 'pool.backend.mirror', message: expect.stringMatching(/^sfb2019 pools have no mirror: SfB 2019 has no SQL database mirroring/) },
      { path: 'pool.backend.witness', message: expect.stringMatching(/^sfb2019 pools have no witness: SfB 2019 has no SQL database mirroring/) },
    ]);
    expect(problems(withPool({ backend: { principal: 'sql1', mirror: 'sql2' } }, sfb2019)).map((p) => p.path)).toEqual(['pool.backend.mirror']);
    expect(accepted(withPool({ backend: { principal: 'sql1' } }, sfb2019)).pool.backend).toEqual({ principal: 'sql1' });
  });

  it('checks the paired pool size too', () => {
    const base = paired();
    const found = problems({ ...base, pairedPool: { ...(base.pairedPool as object), frontEnds: frontEnds(13, 'b') } });
    expect(found).toEqual([{ path: 'pairedPool.frontEnds', message: 'lync2013 pools have 1 to 12 front ends; this one has 13' }]);
  });

  it('refuses duplicate front-end names, case-insensitively and across pools', () => {
    expect(problems(withPool({ frontEnds: [...frontEnds(3), { name: 'FE2', host: 'h9' }] }))).toEqual([
      { path: 'pool.frontEnds[3].name', message: '"FE2" is already the name of pool.frontEnds[1]; front-end names must be unique' },
    ]);
    const base = paired();
    const pairedPool = { ...(base.pairedPool as object), frontEnds: [{ name: 'fe1', host: 'host-b1' }, ...frontEnds(2, 'b')] };
    expect(problems({ ...base, pairedPool })).toEqual([
      { path: 'pairedPool.frontEnds[0].name', message: '"fe1" is already the name of pool.frontEnds[0]; front-end names must be unique' },
    ]);
  });

  it('lets a physical front end be its own host, and several front ends share one host', () => {
    expect(accepted(withPool({ frontEnds: [{ name: 'fe1', host: 'FE1' }, ...frontEnds(3, 'x')] })).pool.frontEnds[0]?.host).toBe('FE1');
    expect(accepted(withPool({ frontEnds: frontEnds(4).map((fe) => ({ ...fe, host: 'blade' })) })).pool.frontEnds).toHaveLength(4);
  });

  it('refuses two spellings of one host, which the model would fail independently', () => {
    expect(problems(withPool({ frontEnds: [{ name: 'fe1', host: 'blade' }, { name: 'fe2', host: 'BLADE' }, ...frontEnds(2, 'x')] }))).toEqual([
      { path: 'pool.frontEnds[1].host', message: '"BLADE" and "blade" (pool.frontEnds[0].host) name the same host (names are case-insensitive): spell it the same way' },
    ]);
  });

  it('refuses a front end hosted on another front end', () => {
    expect(problems(withPool({ frontEnds: [...frontEnds(3), { name: 'fe4', host: 'fe1' }] }))).toEqual([
      {
        path: 'pool.frontEnds[3].host',
        message: expect.stringContaining('"fe1" is front end pool.frontEnds[0]; a front end runs on a physical host, not on another front end'),
      },
    ]);
  });

  it('refuses a SQL Server that is also a front end, looking through the instance name', () => {
    expect(problems(withPool({ backend: { principal: 'fe2\\rtc' } }))).toEqual([
      { path: 'pool.backend.principal', message: '"fe2\\\\rtc" is front end pool.frontEnds[1]; the back end must be a separate SQL Server' },
    ]);
  });

  it('refuses a host that is also a SQL Server, once per host', () => {
    const found = problems(withPool({ frontEnds: frontEnds(4).map((fe) => ({ ...fe, host: 'sql2' })) }));
    expect(found).toEqual([
      { path: 'pool.frontEnds[0].host', message: expect.stringContaining('"sql2" is the SQL Server pool.backend.mirror; front ends cannot share a host with the back end') },
    ]);
  });

  it('refuses a mirror on the principal server', () => {
    expect(problems(withPool({ backend: { principal: 'sql1\\a', mirror: 'SQL1\\b' } }))).toEqual([
      { path: 'pool.backend.mirror', message: '"SQL1\\\\b" is on the principal\'s server; a mirror must be a different SQL Server' },
    ]);
  });

  it('refuses a witness on the principal or the mirror server', () => {
    expect(problems(withPool({ backend: { principal: 'sql1', mirror: 'sql2', witness: 'sql1' } }))).toEqual([
      { path: 'pool.backend.witness', message: '"sql1" is on the principal\'s server; a witness must be a third SQL Server' },
    ]);
    expect(problems(withPool({ backend: { principal: 'sql1', mirror: 'sql2', witness: 'sql2' } }))[0]?.message).toContain("on the mirror's server");
  });

  it('refuses a witness without a mirror', () => {
    expect(problems(withPool({ backend: { principal: 'sql1', witness: 'sqlw' } }))).toEqual([
      { path: 'pool.backend.witness', message: 'a witness needs a mirror (pool.backend.mirror): without one there is nothing to fail over to' },
    ]);
  });

  it('refuses routing groups in pools of 1 or 2 front ends, which keep no replicas', () => {
    expect(problems(withPool({ frontEnds: frontEnds(2), routingGroups: 2 }))).toEqual([
      { path: 'pool.routingGroups', message: expect.stringContaining('pools of 1 or 2 front ends keep no routing-group replicas') },
    ]);
    expect(accepted(withPool({ routingGroups: 2 })).pool.routingGroups).toBe(2);
    // A third group is out of reach (model/README.md "Routing groups"), so the schema stops at two.
    expect(problems(withPool({ routingGroups: 3 }))).toEqual([{ path: 'pool.routingGroups', message: 'must be a whole number from 1 to 2 (got 3)' }]);
  });

  it('refuses a CMS on a pool the topology does not have, naming the allowed ones', () => {
    expect(problems({ ...paired(), cms: 'pool-c' })).toEqual([
      { path: 'cms', message: '"pool-c" names no pool in this topology; it must be "pool-a.contoso.com" (pool.name) or "pool-b.contoso.com" (pairedPool.name)' },
    ]);
    // Only the pairing check reads `cms`, so without a paired pool it is refused whatever it names.
    expect(problems({ ...fourFrontEnds(), cms: 'pool-a.contoso.com' })[0]?.message).toBe(
      'the CMS location only matters between paired pools; add a pairedPool or remove cms',
    );
    expect(accepted({ ...paired(), cms: 'POOL-B.contoso.com' }).cms).toBe('POOL-B.contoso.com');
  });

  it('refuses a pool paired with itself', () => {
    const base = paired();
    expect(problems({ ...base, pairedPool: { ...(base.pairedPool as object), name: 'pool-a.contoso.com' } })).toEqual([
      { path: 'pairedPool.name', message: expect.stringContaining('is also pool.name; a pool cannot be paired with itself') },
    ]);
  });

  it('refuses a Backup Service without a paired pool', () => {
    expect(problems({ ...fourFrontEnds(), backupService: { syncIntervalSeconds: 60 } })).toEqual([
      { path: 'backupService', message: 'the Backup Service only runs between paired pools; add a pairedPool or remove backupService' },
    ]);
  });

  it('refuses paired pools that share a back end, but not a witness', () => {
    const base = paired();
    const pairedPool = (backend: object) => ({ ...base, pairedPool: { ...(base.pairedPool as object), backend } });
    expect(problems(pairedPool({ principal: 'sql-b1', mirror: 'sql2' }))).toEqual([
      { path: 'pairedPool.backend.mirror', message: '"sql2" is also pool.backend.mirror; paired pools need separate back-end SQL Servers (a witness may be shared)' },
    ]);
    expect(accepted(pairedPool({ principal: 'sql-b1', mirror: 'sql-b2', witness: 'sqlw' })).pairedPool?.backend.witness).toBe('sqlw');
  });

  it('refuses paired pools that share a physical host, once per host', () => {
    const base = paired();
    const shared = [1, 2, 3].map((i) => ({ name: `fe-b${i}`, host: 'host1' }));
    expect(problems({ ...base, pairedPool: { ...(base.pairedPool as object), frontEnds: shared } })).toEqual([
      { path: 'pairedPool.frontEnds[0].host', message: expect.stringContaining('"host1" is also pool.frontEnds[0].host; paired pools must not share a physical host') },
    ]);
  });

  it('reports semantic problems beside shape problems, for the fields that passed the schema', () => {
    const found = problems({ ...withPool({ backend: { principal: 'sql1', mirror: 'SQL1' } }), bounds: { maxFaults: 9 } });
    expect(found.map((problem) => problem.path)).toEqual(['bounds.maxFaults', 'pool.backend.mirror']);
    // A pool that fails the schema is not read, so its semantic problems wait until it passes.
    const broken = problems({ ...withPool({ backend: { principal: 'sql1', mirror: 'SQL1' }, name: 5 }), bounds: { maxFaults: 9 } });
    expect(broken.map((problem) => problem.path)).toEqual(['pool.name', 'bounds.maxFaults']);
    expect(problems({ ...fourFrontEnds(), product: 'sfb2016' }).map((problem) => problem.path)).toEqual(['product']);
  });

  it('still runs the semantic checks beside a missing or unknown top-level field', () => {
    const duplicate = withPool({ frontEnds: [{ name: 'fe1', host: 'host1' }, { name: 'FE1', host: 'host2' }, ...frontEnds(2, 'x')] });
    const { product: _product, ...withoutProduct } = duplicate;
    expect(problems(withoutProduct).map((problem) => problem.path)).toEqual(['product', 'pool.frontEnds[1].name']);
    expect(problems({ ...duplicate, colour: 'blue' }).map((problem) => problem.path)).toEqual(['colour', 'pool.frontEnds[1].name']);
  });

  it('describes a missing field through the schema definition it refers to', () => {
    expect(problems(withPool({ frontEnds: [{ host: 'host1' }, ...frontEnds(3, 'x')] }))).toEqual([
      {
        path: 'pool.frontEnds[0].name',
        message: "is required; it must be a string of 1 to 64 characters: letters, digits, '.', '-' and '_', starting with a letter or digit",
      },
    ]);
  });

  it('reads no pairing field that failed the schema', () => {
    const base = paired();
    const pairedPool = base.pairedPool as Record<string, unknown>;
    expect(problems({ ...base, pairedPool: { ...pairedPool, frontEnds: 'x' } }).map((problem) => problem.path)).toEqual(['pairedPool.frontEnds']);
    const { backend: _backend, ...noBackend } = pairedPool;
    expect(problems({ ...base, pairedPool: noBackend }).map((problem) => problem.path)).toEqual(['pairedPool.backend']);
    const { backend: _poolBackend, ...poolWithoutBackend } = base.pool as Record<string, unknown>;
    expect(problems({ ...base, pool: poolWithoutBackend }).map((problem) => problem.path)).toEqual(['pool.backend']);
    expect(problems({ ...base, cms: 5 }).map((problem) => problem.path)).toEqual(['cms']);
  });

  it('keeps a front end off the witness server too', () => {
    expect(problems(withPool({ frontEnds: [{ name: 'fe1', host: 'SQLW' }, ...frontEnds(3, 'x')] }))).toEqual([
      { path: 'pool.frontEnds[0].host', message: expect.stringContaining('"SQLW" is the SQL Server pool.backend.witness;') },
    ]);
  });

  it('lets either pool put its witness where the other keeps its database', () => {
    const base = paired();
    const withBackend = (backend: object) => ({ ...base, pairedPool: { ...(base.pairedPool as object), backend } });
    expect(accepted(withBackend({ principal: 'sqlw' })).pairedPool?.backend.principal).toBe('sqlw');
    expect(accepted(withBackend({ principal: 'sql-b1', mirror: 'sql-b2', witness: 'sql1' })).pairedPool?.backend.witness).toBe('sql1');
  });

  it('allows routing groups from 3 front ends', () => {
    expect(accepted(withPool({ frontEnds: frontEnds(3), routingGroups: 2 })).pool.routingGroups).toBe(2);
  });

  it('reports every semantic problem at once', () => {
    const found = problems({ ...withPool({ backend: { principal: 'sql1', witness: 'sql1' } }), backupService: { syncIntervalSeconds: 60 }, cms: 'x' });
    expect(found.map((problem) => problem.path)).toEqual(['pool.backend.witness', 'pool.backend.witness', 'cms', 'backupService']);
  });
});
