import { expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { exportStatus } from '../../model/pairing/status.ts';
import { describeVerdicts } from './verdict-table.ts';
import { pairedTopology } from './topologies.ts';
import type { PairState } from '../../model/pairing/state.ts';

const topology = () => pairedTopology('paired-lync2013');
const config = pairConfig(topology());

/** What a disaster would lose of pool A now: the age of its oldest change in flight (0 with none). */
const atStake = (s: PairState): number => Math.max(s.pools[0].unexported > 0 ? s.pools[0].unexportedAge : 0, s.pools[0].pending > 0 ? s.pools[0].pendingAge : 0);

describeVerdicts(
  'paired-lync2013 (SyncInterval 2 min, RPO 30 min, CMS in pool A)',
  topology,
  {
    'failover-data-loss-bounded': 7,
    'status-both-pools': 3,
    'cms-before-pool-failover': 1,
    'failover-serves-users': 4,
    'failover-rpo': 'holds',
  },
  (found) => {
    it("shows the loss growing past one interval while pool A reports SteadyState and pool B's service is stopped", () => {
      const trace = found().of('failover-data-loss-bounded').trace!;
      const states = trace.states as readonly PairState[];
      const failover = trace.labels!.length - 1;
      expect(trace.labels![failover]).toBe('Invoke-CsPoolFailOver -PoolFqdn pool-a.contoso.com -DisasterMode');
      const beforeDisaster = states.slice(0, failover);
      expect(beforeDisaster.every((s) => exportStatus(config, s, 0) === 'SteadyState')).toBe(true);
      expect(states[failover]!.pools[1].serviceStarted).toBe(false);
      // 0, then one interval, then two: the would-be loss grows twice, and the second time B's service is down.
      const ages = [...new Set(beforeDisaster.map(atStake))];
      expect(ages).toEqual([0, config.syncSeconds, 2 * config.syncSeconds]);
      const after = states[failover + 1]!.pools[0];
      expect(after).toMatchObject({ lost: 1, lostAge: 2 * config.syncSeconds });
      expect(after.lostUninterruptedAge).toBeLessThanOrEqual(config.syncSeconds);
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

    it('fails over users to a backup pool that then comes back with quorum but without its back end', () => {
      const trace = found().of('failover-serves-users').trace!;
      expect(trace.labels).toEqual([
        'Invoke-CsPoolFailOver -PoolFqdn pool-a.contoso.com',
        'pool-b.contoso.com fails (disaster)',
        "pool-b.contoso.com's back end fails",
        'pool-b.contoso.com recovers',
      ]);
    });
  },
);
