import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { pairedPoolAsPool } from '../../src/fabric/paired-pool.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { Subject } from '../../src/engine/types.ts';
import type { FabricCheck } from '../../src/fabric/types.ts';

/** pool-b as two FEs on one SQL server: Microsoft's "never two servers" case, behind a healthy pool-a. */
const weakPartner = variant('paired-lync2013', {
  pairedPool: { name: 'pool-b.contoso.com', frontEnds: [{ name: 'fe-b1', host: 'host-b1' }, { name: 'fe-b2', host: 'host-b2' }], backend: { principal: 'sql-b1' } },
});

const byId = (checks: FabricCheck[], id: string) => checks.find((c) => c.id === id)!;

async function verdictOf(fabricCheck: FabricCheck, rule: string) {
  const property = fabricCheck.subject.properties.filter((p) => p.name === rule);
  const result = await check(fabricCheck.subject.model, property, { maxDepth: fabricCheck.maxDepth, stopAtFirstViolation: false });
  return result.properties[0]!;
}

describe('the paired-pool check', () => {
  it('runs the pool rules on the paired pool, next to the pool and pairing checks', () => {
    const checks = fabricChecks(pairedTopology('paired-lync2013'));
    expect(checks.map((c) => c.id)).toEqual(['pool', 'paired-pool', 'pairing']);
    expect(byId(checks, 'paired-pool').rules.map((r) => r.name)).toEqual(byId(checks, 'pool').rules.map((r) => r.name));
    expect(byId(checks, 'paired-pool').view(byId(checks, 'paired-pool').subject.model.init()[0]).pools[0]!.name).toBe('pool-b.contoso.com');
  });

  it('flags a paired pool of two FEs on one SQL server that the pool check, on pool-a, passes', async () => {
    const checks = fabricChecks(weakPartner);
    const [pool, paired] = [byId(checks, 'pool'), byId(checks, 'paired-pool')];
    expect((await verdictOf(pool, 'never-two-servers')).status).toBe('holds');
    expect((await verdictOf(paired, 'never-two-servers')).status).toBe('violated');
    // Callers pass the topology they checked; the paired-pool rules still judge pool-b.
    const rule = (c: FabricCheck) => c.rules.find((r) => r.name === 'never-two-servers')!;
    expect(rule(pool).expected(weakPartner).verdict).toBe('holds');
    expect(rule(paired).expected(weakPartner).verdict).toBe('violated');
    expect(paired.rules.map((r) => r.name)).toContain('two-three-reset');
  });

  it('names a source a worker thread rebuilds the same paired-pool subject from', async () => {
    const paired = byId(fabricChecks(weakPartner, ['never-two-servers']), 'paired-pool');
    const { module, export: name, args } = paired.source;
    const factory = (await import(module))[name] as (...a: unknown[]) => Subject<unknown, unknown>;
    const rebuilt = factory(...structuredClone(args));
    expect(rebuilt.properties.map((p) => p.name)).toEqual(['never-two-servers']);
    expect(rebuilt.model.init()).toEqual(paired.subject.model.init());
  });

  it('sees the paired pool alone, with the topology\'s product, settings and bounds', () => {
    const topology = pairedTopology('paired-lync2013');
    const view = pairedPoolAsPool(topology)!;
    expect(view).toEqual({ product: topology.product, pool: topology.pairedPool, registrar: topology.registrar, settings: topology.settings, bounds: topology.bounds });
    expect(pairedPoolAsPool(topology)).toBe(view);
    expect(pairedPoolAsPool(variant('paired-lync2013', { pairedPool: undefined, backupService: undefined, cms: undefined }))).toBeNull();
  });
});
