import { describe, expect, it } from 'vitest';
import { pairingCheck } from '../../src/fabric/pairing.ts';
import { variant } from './topologies.ts';
import { verdicts } from './verdicts.ts';
import type { PairedFile } from './topologies.ts';

/** The engine's verdict for one rule on a variant, next to what the rule expects there. */
async function judged(file: PairedFile, patch: Record<string, unknown>, rule: string, maxDepth?: number) {
  const topology = variant(file, patch);
  const found = await verdicts(topology, [rule], maxDepth);
  const expected = pairingCheck(topology)!.rules.find((r) => r.name === rule)!.expected(topology);
  return { result: found.of(rule), expected };
}

describe('failover-rpo: the bound is SyncInterval <= RPO', () => {
  it.each([
    ['paired-sfb2015-slow-sync', 300, 'holds'],
    ['paired-sfb2015-slow-sync', 360, 'violated'],
    ['paired-lync2013', 1800, 'holds'],
    ['paired-lync2013', 10800, 'violated'],
  ] as const)('%s with a %i s SyncInterval: %s', async (file, seconds, verdict) => {
    const { result, expected } = await judged(file, { backupService: { syncIntervalSeconds: seconds } }, 'failover-rpo', 6);
    expect(result.status).toBe(verdict);
    expect(expected.verdict).toBe(verdict);
    if (verdict === 'violated') expect(result.trace!.actions.length).toBe(4);
  });
});

describe('failover-rpo at the boundary, SyncInterval = RPO, over the full depth', () => {
  it('holds: restarts and outages only delay changes the rule does not constrain', async () => {
    const { result, expected } = await judged('paired-sfb2015-slow-sync', { backupService: { syncIntervalSeconds: 300 } }, 'failover-rpo');
    expect(result.status).toBe('holds');
    expect(expected.verdict).toBe('holds');
  });
});

describe('without faults', () => {
  const noFaults = { bounds: { maxFaults: 0, maxDepth: 12 } };
  it.each(['failover-data-loss-bounded', 'status-both-pools', 'failover-serves-users'])('%s holds', async (rule) => {
    const { result, expected } = await judged('paired-lync2013', noFaults, rule);
    expect(result.status).toBe('holds');
    expect(expected.verdict).toBe('holds');
  });

  it('failover-rpo holds even with a slow SyncInterval: there is no disaster, and a planned failover syncs first', async () => {
    const { result, expected } = await judged('paired-sfb2015-slow-sync', noFaults, 'failover-rpo');
    expect(result.status).toBe('holds');
    expect(expected.verdict).toBe('holds');
  });
});

describe('with one fault', () => {
  const oneFault = { bounds: { maxFaults: 1, maxDepth: 12 } };
  const twoFeBackup = {
    pairedPool: { name: 'pool-b.contoso.com', frontEnds: [{ name: 'fe-b1', host: 'host-b1' }, { name: 'fe-b2', host: 'host-b2' }], backend: { principal: 'sql-b1' } },
  };

  it('failover-data-loss-bounded holds: the disaster is the only fault, so both Backup Services ran before it', async () => {
    const { result, expected } = await judged('paired-lync2013', oneFault, 'failover-data-loss-bounded');
    expect(result.status).toBe('holds');
    expect(expected.verdict).toBe('holds');
  });

  it('failover-serves-users holds with 3-FE pools, and is violated in 2 steps with a 2-FE backup pool', async () => {
    const big = await judged('paired-lync2013', oneFault, 'failover-serves-users');
    expect([big.result.status, big.expected.verdict]).toEqual(['holds', 'holds']);
    const small = await judged('paired-lync2013', { ...oneFault, ...twoFeBackup }, 'failover-serves-users');
    expect([small.result.status, small.expected.verdict]).toEqual(['violated', 'violated']);
    expect(small.result.trace!.labels).toEqual(['Invoke-CsPoolFailOver -PoolFqdn pool-a.contoso.com', "pool-b.contoso.com's back end fails"]);
  });
});

describe('cms-before-pool-failover', () => {
  it('holds when the CMS is outside the pair', async () => {
    const { result, expected } = await judged('paired-lync2013', { cms: undefined }, 'cms-before-pool-failover');
    expect(result.status).toBe('holds');
    expect(expected.verdict).toBe('holds');
  });

  it('flags failing over the paired pool when it hosts the CMS', async () => {
    const { result, expected } = await judged('paired-lync2013', { cms: 'pool-b.contoso.com' }, 'cms-before-pool-failover');
    expect(result.status).toBe('violated');
    expect(expected.verdict).toBe('violated');
    expect(result.trace!.labels).toEqual(['Invoke-CsPoolFailOver -PoolFqdn pool-b.contoso.com']);
  });
});
