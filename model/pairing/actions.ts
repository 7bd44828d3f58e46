/** The events of the pairing model and their names in traces. */
import type { PairConfig, PoolIndex } from './config.ts';

export type PairAction =
  /** Time passes to the next SyncInterval deadline of the running Backup Services. */
  | { readonly kind: 'time' }
  /** A Backup Service's periodic export, at its deadline. */
  | { readonly kind: 'sync'; readonly pool: PoolIndex }
  /** `pool`'s Backup Service imports the files its partner left in its share, and writes the cookie back. */
  | { readonly kind: 'import'; readonly pool: PoolIndex }
  /** Invoke-CsBackupServiceSync -PoolFqdn: export now. */
  | { readonly kind: 'forceSync'; readonly pool: PoolIndex }
  /**
   * A change written to `pool`'s store: by its own users, its partner's after a failover, or (where the
   * pool hosts the CMS) an administrator's change to the Central Management Store.
   */
  | { readonly kind: 'change'; readonly pool: PoolIndex }
  | { readonly kind: 'stopService'; readonly pool: PoolIndex }
  | { readonly kind: 'startService'; readonly pool: PoolIndex }
  | { readonly kind: 'failPool'; readonly pool: PoolIndex }
  | { readonly kind: 'recoverPool'; readonly pool: PoolIndex }
  | { readonly kind: 'failBackend'; readonly pool: PoolIndex }
  | { readonly kind: 'recoverBackend'; readonly pool: PoolIndex }
  /** Invoke-CsPoolFailOver -PoolFqdn `pool`, with -DisasterMode when the pool or its back end is down. */
  | { readonly kind: 'failover'; readonly pool: PoolIndex; readonly disaster: boolean }
  | { readonly kind: 'failback'; readonly pool: PoolIndex }
  /**
   * Invoke-CsManagementServerFailover, run in the pool that takes the CMS over; with -Force (disaster
   * recovery mode) when the CMS is unavailable.
   */
  | { readonly kind: 'failoverCms'; readonly to: PoolIndex; readonly disaster: boolean };

export function minutesElapsed(config: PairConfig, action: PairAction): number {
  return action.kind === 'time' ? config.syncSeconds / 60 : 0;
}

function duration(seconds: number): string {
  return seconds % 60 === 0 ? `${seconds / 60} min` : `${seconds} s`;
}

export function labelOf(config: PairConfig, action: PairAction): string {
  if (action.kind === 'time') return `${duration(config.syncSeconds)} pass (SyncInterval)`;
  if (action.kind === 'failoverCms') {
    return `Invoke-CsManagementServerFailover${action.disaster ? ' -Force' : ''} to ${config.names[action.to]}`;
  }
  const name = config.names[action.pool];
  const partner = config.names[action.pool === 0 ? 1 : 0];
  switch (action.kind) {
    case 'sync':
      return `Backup Service on ${name} exports at its SyncInterval`;
    case 'import':
      return `Backup Service on ${name} imports ${partner}'s files`;
    case 'forceSync':
      return `Invoke-CsBackupServiceSync -PoolFqdn ${name}`;
    case 'change':
      return `a change is written to ${name}'s store`;
    case 'stopService':
      return `Backup Service on ${name} stops`;
    case 'startService':
      return `Backup Service on ${name} starts`;
    case 'failPool':
      return `${name} fails (disaster)`;
    case 'recoverPool':
      return `${name} recovers`;
    case 'failBackend':
      return `${name}'s back end fails`;
    case 'recoverBackend':
      return `${name}'s back end recovers`;
    case 'failover':
      return `Invoke-CsPoolFailOver -PoolFqdn ${name}${action.disaster ? ' -DisasterMode' : ''}`;
    case 'failback':
      return `Invoke-CsPoolFailBack -PoolFqdn ${name}`;
  }
}
