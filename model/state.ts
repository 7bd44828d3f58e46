/**
 * The pool's state and the events that change it. Kept small on purpose (README "Keeping the state
 * small"): timers are minutes left, not a clock; the fault log is a count per kind; each routing group is
 * three (FE, minutes of hydration left) pairs and two flags.
 */

/** running: serving users. stopped: services shut down after quorum loss. starting: waiting for the
 * cold-start minimum (or a FullReset after the 2↔3 crossing). */
export type Phase = 'running' | 'stopped' | 'starting';

export interface SqlState {
  principalUp: boolean;
  mirrorUp: boolean;
  witnessUp: boolean;
  /** The mirror serves as principal (after an automatic or manual failover). */
  onMirror: boolean;
}

/** One replica of a routing group. Array position is the role: primary, active secondary, idle secondary. */
export interface Member {
  fe: number;
  /** Minutes of hydration left; 0 once up to date. */
  hydratingIn: number;
}

export interface RoutingGroup {
  /** Three members in pools of 3+ FEs; none in pools of 1–2 FEs (every FE reads the back end). */
  members: Member[];
  /** Acknowledged changes the back end does not have yet. */
  dirty: boolean;
  /** An acknowledged change was lost. */
  lost: boolean;
}

/** How many faults of each kind happened on this path: the rules' "after any one FE / host fails". */
export interface FaultLog {
  fe: number;
  host: number;
  sql: number;
}

export interface PoolState {
  /** Per FE slot. An FE is up when it is in the pool, has not failed and its host is up. */
  feFailed: boolean[];
  /** In the pool's topology (only the 2↔3 crossing changes it). */
  present: boolean[];
  /** A seed FE votes in the pool's fabric. */
  seed: boolean[];
  hostUp: boolean[];
  sql: SqlState;
  phase: Phase;
  /** The pool changed size across 2↔3 and waits for a FullReset. */
  resetNeeded: boolean;
  /** Minutes until services shut down after quorum loss; -1 when the pool has quorum. */
  shutdownIn: number;
  /** Minutes until a back-end outage passes BackupStoreUnavailableThreshold; 0 once passed; -1 when up. */
  backendIn: number;
  rgs: RoutingGroup[];
  faults: FaultLog;
  /**
   * A two-FE pool whose FEs both went down, one after the other: the one that went down last (Microsoft:
   * restart in reverse order of shutdown), until it is back or QuorumLossRecovery runs. Null otherwise,
   * and always with `settings.twoFeRestartOrder: any`.
   */
  lastDown: number | null;
}

export type SqlServer = 'principal' | 'mirror' | 'witness';

export const sqlUpKey = { principal: 'principalUp', mirror: 'mirrorUp', witness: 'witnessUp' } as const satisfies Record<
  SqlServer,
  keyof SqlState
>;

/** A routing group put on three FEs by the fabric; the order is the roles (primary first). */
export interface Placement {
  readonly rg: number;
  readonly fes: readonly number[];
}

export type PoolAction =
  | { readonly kind: 'feFail'; readonly fe: number }
  | { readonly kind: 'feRecover'; readonly fe: number }
  | { readonly kind: 'hostFail'; readonly host: number }
  | { readonly kind: 'hostRecover'; readonly host: number }
  /** `failover`: the witness fails the back end over as a result (model/witness.ts), for the label. */
  | { readonly kind: 'sqlFail'; readonly server: SqlServer; readonly failover: boolean }
  | { readonly kind: 'sqlRecover'; readonly server: SqlServer; readonly failover: boolean }
  | { readonly kind: 'manualFailover' }
  | { readonly kind: 'failback' }
  | { readonly kind: 'replace'; readonly rg: number; readonly fe: number }
  /** `direct`: a pool of 1–2 FEs writes the change straight to the back end. */
  | { readonly kind: 'userChange'; readonly rg: number; readonly direct: boolean }
  | { readonly kind: 'catchUp'; readonly rg: number }
  /** `events` says what the deadline brings, for the label (labels see only the action). */
  | { readonly kind: 'time'; readonly minutes: number; readonly events: readonly string[] }
  /** `rebuilt`: the routing groups rebuilt from the back end, each with the FEs the fabric puts it on. */
  | { readonly kind: 'quorumLossRecovery'; readonly rebuilt: readonly Placement[] }
  | { readonly kind: 'serviceReset' }
  /** `placed`: where the fabric puts each routing group on the resized pool (none in a pool of two). */
  | { readonly kind: 'fullReset'; readonly placed: readonly Placement[] }
  | { readonly kind: 'crossing'; readonly fe: number; readonly joins: boolean };
