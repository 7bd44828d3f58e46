/**
 * The state of two paired pools, abstracted to what the pairing rules need.
 *
 * Why the abstraction is sound: the pairing rules speak of whether a pool serves (and whose users), whether
 * its back end is up, and how changes flow between the two stores. Everything inside a pool (front ends,
 * hosts, votes, routing-group replicas, the SQL mirror) only decides whether the pool has quorum and whether
 * its back end is available, and the pool model checks those rules on its own. So each pool here is "up"
 * (functional: it has quorum) or down, with its back end up or down, and any combination the pool model can
 * reach is allowed here as a fault; the pool-internal paths between them add nothing the pairing rules
 * can see. Changes are counted where the Backup Service sees them: written to the pool's store. Changes an
 * FE holds while its back end is down never reach the store, so losing them is the pool model's rule
 * ("no acknowledged change lost"), not this one's.
 *
 * Changes in flight are relative counters, not sequence numbers: per pool, how many wait to be exported and
 * how many wait in the partner's share, each with the age of its oldest change. Two in flight suffice: the
 * rules compare which changes are lost (the un-imported ones) and how old the oldest is, and two let one
 * change wait un-exported while an older one waits in the partner's share.
 *
 * Time is relative: it only passes to the next Backup Service deadline (see update.ts), so ages are whole
 * sync intervals, saturated at the config's `ageCap`.
 */

export interface PairPool {
  /** The pool is functional (has quorum); down is a disaster for the pool and its site's file share. */
  up: boolean;
  backendUp: boolean;
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

  /** What the last Invoke-CsPoolFailOver of this pool lost (until the failback). */
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
   * Faults injected on this path, against bounds.maxFaults: a pool failing, a back end failing, a Backup
   * Service stopping. Counted per path like the pool model's fault log: a recovery does not give one back.
   * Administrator cmdlets (failover, failback, CMS failover, forced sync, starting a service) are not faults.
   */
  faults: number;
}
