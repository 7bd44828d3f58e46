/** A validated topology: what users write in a topology file, with every default filled in. */

export type Product = 'lync2013' | 'sfb2015' | 'sfb2019';

export interface FrontEndSpec {
  readonly name: string;
  readonly host: string;
}

export interface BackendSpec {
  readonly principal: string;
  readonly mirror?: string;
  readonly witness?: string;
}

export interface PoolSpec {
  readonly name: string;
  /** Topology order is array order. */
  readonly frontEnds: readonly FrontEndSpec[];
  readonly backend: BackendSpec;
  /** 1 (the default: one group realises every placement a rule can tell apart) or 2 (model/README.md). */
  readonly routingGroups?: number;
}

/** The points DOMAIN.md calls uncertain, as documented settings (README: "Settings"). */
export interface FabricSettings {
  /** Which FEs are "the first" seeds: topology order (default) or the order they first started. */
  readonly seedOrder: 'topology' | 'first-start';
  /** When the SQL principal votes. Default by product; see README. */
  readonly sqlWitnessVote: 'even-seeds' | 'never' | 'even-seeds-below-12';
  /** Minutes for a new idle secondary to hydrate (field: 15–30). Default 30. */
  readonly hydrationMinutes: number;
  /** Minutes after pool quorum loss before services on the remaining FEs shut down. Default 5. */
  readonly quorumLossShutdownMinutes: number;
  /**
   * A routing group down to one up-to-date replica: it waits for a second replica or QuorumLossRecovery
   * (`waits`, default), or the fabric gives it new members itself (`reconfigures`). Seed 004 says both.
   */
  readonly groupInQuorumLoss: 'waits' | 'reconfigures';
  /**
   * Both FEs of a two-FE pool went down: the one that went down first, started alone, waits in starting
   * until the other is back or QuorumLossRecovery runs (`last-down-first`, default), or the order does not
   * matter (`any`). Microsoft says what to do, not what goes wrong otherwise.
   */
  readonly twoFeRestartOrder: 'last-down-first' | 'any';
}

export interface Topology {
  readonly product: Product;
  readonly pool: PoolSpec;
  readonly pairedPool?: PoolSpec;
  readonly backupService?: { readonly syncIntervalSeconds: number };
  /** The name of the pool that hosts the Central Management Store. */
  readonly cms?: string;
  readonly registrar: { readonly backupStoreUnavailableThresholdMinutes: number };
  readonly settings: FabricSettings;
  /** `maxDepth` caps the steps on a path; without it each check uses its own default (src/fabric). */
  readonly bounds: { readonly maxFaults: number; readonly maxDepth?: number };
}

/** One problem in a topology file: where, and what is allowed there. */
export interface TopologyProblem {
  /** JSON path of the field, e.g. `pool.frontEnds[2].host`. */
  readonly path: string;
  readonly message: string;
}
