import { expect, it } from 'vitest';
import { pairConfig } from '../../model/pairing/config.ts';
import { describeVerdicts } from './verdict-table.ts';
import { pairedTopology } from './topologies.ts';
import type { PairState } from '../../model/pairing/state.ts';

const topology = () => pairedTopology('paired-sfb2015-slow-sync');
const config = pairConfig(topology());

describeVerdicts(
  'paired-sfb2015-slow-sync (SyncInterval 10 min, RPO 5 min)',
  topology,
  {
    'failover-data-loss-bounded': 7,
    'status-both-pools': 3,
    'cms-before-pool-failover': 1,
    'failover-serves-users': 4,
    'failover-rpo': 4,
  },
  (found) => {
    it('loses, in a disaster, a change one SyncInterval old that aged while both Backup Services ran', () => {
      const trace = found().of('failover-rpo').trace!;
      expect(trace.labels!.at(-1)).toMatch(/-DisasterMode$/);
      const end = (trace.states as readonly PairState[])[trace.actions.length]!;
      const failed = end.pools.find((p) => p.failedOver)!;
      expect(failed.lostUninterruptedAge).toBe(config.syncSeconds);
      expect(failed.lostUninterruptedAge).toBeGreaterThan(config.rpoSeconds);
    });
  },
);
