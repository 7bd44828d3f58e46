/**
 * What a report shows of one state: the contract between the model (which fills it, `viewOf`) and the
 * reports in src/reports (which draw it). Plain data, JSON-safe.
 */
import type { Product } from './topology/types.ts';

export type FrontEndStatus = 'running' | 'starting' | 'stopped' | 'down';
export type ReplicaRole = 'primary' | 'activeSecondary' | 'idleSecondary';
/** What a routing group's users get. */
export type ServiceLevel = 'full' | 'limited' | 'disconnected';

export interface FrontEndView {
  readonly name: string;
  readonly host: string;
  /** The server itself is up (its host is up and it has not failed). */
  readonly up: boolean;
  /** The Front End service on it. */
  readonly status: FrontEndStatus;
  readonly voter: boolean;
}

export interface ReplicaView {
  readonly fe: string;
  readonly role: ReplicaRole;
  readonly up: boolean;
  /** False while an idle secondary is still hydrating. */
  readonly upToDate: boolean;
}

export interface RoutingGroupView {
  readonly id: number;
  readonly replicas: readonly ReplicaView[];
  readonly service: ServiceLevel;
  /** Acknowledged changes not yet written to the back end. */
  readonly unsyncedChanges: number;
  /** Acknowledged changes that were lost. */
  readonly lostChanges: number;
}

export interface SqlView {
  readonly principal: string;
  readonly mirror?: string;
  readonly witness?: string;
  /** Which servers are up, by name. */
  readonly up: Readonly<Record<string, boolean>>;
  /** The server serving as principal now, or null when the back end is unavailable. */
  readonly serving: string | null;
  /** The topology's primary holds the fabric vote (only while it is up and serving). */
  readonly votes: boolean;
}

export interface VotesView {
  readonly up: number;
  readonly total: number;
  /** Strict majority of `total`. */
  readonly needed: number;
  readonly functional: boolean;
}

export interface BackupView {
  readonly serviceRunning: boolean;
  /** As Get-CsBackupServiceStatus reports it on this pool. */
  readonly exportStatus: 'SteadyState' | 'NonSteadyState' | 'FinalState' | 'NotInitialized' | 'ErrorState';
  readonly importStatus: 'NormalState' | 'ErrorState';
  /** Changes exported to the partner's share but not yet imported there. */
  readonly pendingAtPartner: number;
}

export interface PoolView {
  readonly name: string;
  readonly hosts: readonly { readonly name: string; readonly up: boolean; readonly frontEnds: readonly string[] }[];
  readonly frontEnds: readonly FrontEndView[];
  readonly votes: VotesView;
  readonly sql: SqlView;
  readonly backendAvailable: boolean;
  readonly routingGroups: readonly RoutingGroupView[];
  /** Serving users at all (after a pool failover, false for the failed pool). */
  readonly serving: boolean;
  readonly backup?: BackupView;
}

export interface TimerView {
  readonly name: string;
  /** Minutes until it fires. The model keeps timers relative, so that states differing only in the
   * wall clock are one state; reports add up `minutesElapsed` along a trace to show the clock. */
  readonly dueInMinutes: number;
}

export interface FabricView {
  readonly product: Product;
  readonly pools: readonly PoolView[];
  readonly timers: readonly TimerView[];
  /** One line each on what matters in this state ("pool-a lost quorum: 2 of 5 votes"). */
  readonly notes: readonly string[];
}
