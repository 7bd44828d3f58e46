/**
 * The state of two paired pools, abstracted to what the pairing rules need (model/pairing/README.md says
 * why each abstraction is sound).
 *
 * Each pool is "up" (it has quorum) or down, its back end up or down, and its front ends have loaded their
 * routing groups from the back end since they last started, or not. Front ends, hosts, votes, replicas and
 * the SQL mirror only decide those facts, and the paired-pool check runs the pool model's rules on the
 * paired pool as the pool check does on the pool, so every pool-internal rule is checked for both.
 *
 * Changes in flight are relative counters, not sequence numbers: per pool, how many wait to be exported and
 * how many wait in the partner's share, each with the age of its oldest change. Two in flight suffice: the
 * rules compare which changes are lost (the un-imported ones) and how old the oldest is, and two let one
 * change wait un-exported while an older one waits in the partner's share. A change in the store of the
 * pool hosting the CMS stands for user data and CMS data alike: both go out in the same exports.
 *
 * Time is relative: it only passes to the next Backup Service deadline (see flow.ts), so ages are whole
 * sync intervals, saturated at the config's caps.
 */

export interface PairPool {
  /** The pool has quorum; down is a disaster for the pool and its site's file share. */
  up: boolean;
  backendUp: boolean;
  /**
   * The front ends loaded the routing groups they host from the back end since they last started (§3:
   * the primary hydrates from the back end at start). A pool that comes back while its back end is down
   * has quorum but cannot serve until the back end is back. False while the pool is down.
   */
  loaded: boolean;
  /** The Backup Service is started (it runs while the pool is up). Stopping it is a fault. */
  serviceStarted: boolean;
  /** Invoke-CsPoolFailOver ran on this pool: its users are on the partner, its own services stand down. */
  failedOver: boolean;
  /** The Backup Service has exported once (Get-CsBackupServiceStatus says NotInitialized before). */
  initialized: boolean;
  /** The SyncInterval deadline has come and this pool's periodic export has not run yet. */
  syncDue: boolean;

  /** Changes in this pool's store the Backup Service has not exported yet. */
  unexported: number;
  /** Seconds the oldest of them has been in flight while this pool could still export (see `outage`). */
  unexportedAge: number;
  /**
   * The flow to the partner was interrupted while they waited (a Backup Service stopped, a pool or back
   * end down, an export skipped), so their age is not what both services running would give.
   */
  unexportedInterrupted: boolean;
  /** Changes exported to the partner's file share that the partner has not imported. */
  pending: number;
  pendingAge: number;
  pendingInterrupted: boolean;
  /**
   * Seconds since this pool's store stopped being able to export (pool or back end down), while changes
   * are in flight. Ages stop at the outage: a failover loses what was written up to the disaster, so the
   * recovery point is measured to the disaster. If the pool comes back instead, the outage is added to the
   * ages, which then count as interrupted.
   */
  outage: number;

  /**
   * Ghost: changes written to this pool's store that the partner has not imported. Kept apart from the
   * export bookkeeping above (only a change adds to it, only an import takes from it), so that a rule can
   * compare a failover's loss with it.
   */
  unimported: number;
  /**
   * Ghost, while the pool's store is down: Get-CsBackupServiceStatus on this pool read export SteadyState
   * just before the disaster (what an operator checking one pool saw). False while the store is up.
   */
  steadyAtDisaster: boolean;

  /** What the Invoke-CsPoolFailOver of this pool that led to this state lost (0 after any other step). */
  lost: number;
  /** Age in seconds of the oldest change it lost. */
  lostAge: number;
  /** The same among the lost changes whose age grew only while both Backup Services ran (0 if none). */
  lostUninterruptedAge: number;
}

export interface PairState {
  /** [the topology's pool, its pairedPool]. */
  pools: [PairPool, PairPool];
  /** The pool hosting the Central Management Store, or -1 when it is outside this pair. */
  cmsAt: -1 | 0 | 1;
  /**
   * What the Invoke-CsManagementServerFailover that led to this state lost (0 after any other step): the
   * changes of the CMS pool its partner had not imported, each of which may carry CMS data
   * (model/pairing/README.md, "CMS data").
   */
  cmsLost: number;
  /**
   * Faults injected on this path, against bounds.maxFaults: a pool failing, a back end failing, a Backup
   * Service stopping. Counted per path like the pool model's fault log: a recovery does not give one back.
   * Administrator cmdlets (failover, failback, CMS failover, forced sync, starting a service) are not faults.
   */
  faults: number;
}
