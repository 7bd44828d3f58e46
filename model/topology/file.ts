/** A topology file as schema.json admits it: what users write, before defaults are filled in. */
import type { FabricSettings, PoolSpec, Product } from './types.ts';

export interface TopologyFile {
  readonly $schema?: string;
  readonly product: Product;
  readonly pool: PoolSpec;
  readonly pairedPool?: PoolSpec;
  readonly backupService?: { readonly syncIntervalSeconds: number };
  readonly cms?: string;
  readonly registrar?: { readonly backupStoreUnavailableThresholdMinutes: number };
  readonly settings?: Partial<FabricSettings>;
  readonly bounds?: { readonly maxFaults?: number; readonly maxDepth?: number };
}
