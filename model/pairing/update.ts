/**
 * The reducer recipe: `next = produce(s, d => applyAction(config, d, a))`. It only mutates its argument,
 * so the engine's fast path can run it on a decoded copy. The flow of changes is in flow.ts, the
 * failover cmdlets in failover.ts; faults and recoveries are here.
 */
import { alive } from './facts.ts';
import { failBack, failOver, failOverCms } from './failover.ts';
import { exportChanges, importFiles, interruptUnexported, passSyncInterval, periodicExport, resume, writeChange } from './flow.ts';
import { exportStatus } from './status.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairAction } from './actions.ts';
import type { PairState } from './state.ts';

export function applyAction(config: PairConfig, s: PairState, a: PairAction): void {
  forgetLosses(s);
  switch (a.kind) {
    case 'time':
      return passSyncInterval(config, s);
    case 'sync':
      s.pools[a.pool].syncDue = false;
      return periodicExport(config, s, a.pool);
    case 'forceSync':
      return exportChanges(s, a.pool);
    case 'import':
      return importFiles(s, a.pool);
    case 'change':
      return writeChange(s.pools[a.pool]);
    case 'stopService':
      s.faults++;
      s.pools[a.pool].serviceStarted = false;
      s.pools[a.pool].syncDue = false;
      // Even if it starts again at once, its timer restarts: what waited for this export waits longer.
      return interruptUnexported(config, s.pools[a.pool]);
    case 'startService':
      // Its SyncInterval timer starts now; see passSyncInterval for why that keeps both timers in phase.
      s.pools[a.pool].serviceStarted = true;
      return;
    case 'failPool':
      disaster(config, s, a.pool);
      s.pools[a.pool].up = false;
      s.pools[a.pool].loaded = false;
      s.pools[a.pool].syncDue = false;
      return;
    case 'recoverPool':
      s.pools[a.pool].up = true;
      return resume(config, s.pools[a.pool]);
    case 'failBackend':
      disaster(config, s, a.pool);
      s.pools[a.pool].backendUp = false;
      return;
    case 'recoverBackend':
      s.pools[a.pool].backendUp = true;
      return resume(config, s.pools[a.pool]);
    case 'failover':
      return failOver(s, a.pool, a.disaster);
    case 'failback':
      return failBack(s, a.pool);
    case 'failoverCms':
      return failOverCms(s, a.to, a.disaster);
  }
}

/**
 * Only the failover step reports what it lost (the rules judge that step): kept on, a loss would
 * multiply every state after it.
 */
function forgetLosses(s: PairState): void {
  s.cmsLost = 0;
  for (const p of s.pools) {
    p.lost = 0;
    p.lostAge = 0;
    p.lostUninterruptedAge = 0;
  }
}

/** A fault on the pool or its back end; if the store was up, what its status read just before is kept. */
function disaster(config: PairConfig, s: PairState, pool: PoolIndex): void {
  s.faults++;
  const p = s.pools[pool];
  if (alive(p)) p.steadyAtDisaster = exportStatus(config, s, pool) === 'SteadyState';
}
