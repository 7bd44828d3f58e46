import { expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { exportStatus } from '../../model/pairing/status.ts';
import { describeVerdicts } from './verdict-table.ts';
import { pairedTopology } from './topologies.ts';
import type { PairState } from '../../model/pairing/state.ts';

const topology = () => pairedTopology('paired-lync2013');
const config = pairConfig(topology());

describeVerdicts(
  'paired-lync2013 (SyncInterval 2 min, RPO 30 min, CMS in pool A)',
  topology,
  {
    'failover-data-loss-bounded': 6,
    'status-both-pools': 3,
    'cms-before-pool-failover': 1,
    'failover-serves-users': 'holds',
    'failover-rpo': 'holds',
  },
  (found) => {
    it("shows the loss growing while the exporter reports SteadyState and the partner's service is stopped", () => {
      const trace = found().of('failover-data-loss-bounded').trace!;
      const states = trace.states as readonly PairState[];
      const failover = trace.labels!.length - 1;
      expect(trace.labels![failover]).toMatch(/^Invoke-CsPoolFailOver -PoolFqdn pool-a/);
      const before = states[failover]!;
      const after = states[failover + 1]!;
      expect(before.pools[1].serviceStarted).toBe(false);
      const firstExport = states.findIndex((s) => s.pools[0].initialized);
      const sinceExport = states.slice(firstExport, failover + 1);
      expect(sinceExport.every((s) => exportStatus(config, s, 0) === 'SteadyState')).toBe(true);
      const ages = sinceExport.map((s) => s.pools[0].pendingAge);
      expect(ages.every((age, i) => i === 0 || age >= ages[i - 1]!)).toBe(true);
      expect(ages[ages.length - 1]!).toBeGreaterThan(ages[0]!);
      expect(after.pools[0].lost).toBe(before.pools[0].pending + before.pools[0].unexported);
      expect(after.pools[0].lostAge).toBeGreaterThan(config.syncSeconds);
    });

    it('shows SteadyState on the exporter while its files wait unconsumed at the stopped partner', () => {
      const trace = found().of('status-both-pools').trace!;
      const end = (trace.states as readonly PairState[])[trace.actions.length]!;
      const [exporter, importer] = end.pools[0].pending > 0 ? ([0, 1] as const) : ([1, 0] as const);
      expect(exportStatus(config, end, exporter)).toBe('SteadyState');
      expect(end.pools[importer].serviceStarted).toBe(false);
      expect(trace.labels!.some((l) => /^Backup Service on .* stops$/.test(l))).toBe(true);
      expect(trace.labels!.some((l) => l.startsWith('Invoke-CsBackupServiceSync'))).toBe(true);
    });
  },
);
