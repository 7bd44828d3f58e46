/** The documented defaults (README "Settings"): what a topology file may leave out. */
import type { TopologyFile } from './file.ts';
import type { FabricSettings, Product, Topology } from './types.ts';

/**
 * DOMAIN.md §2: the published table's last row (SfB 2019, 12..16 FEs: any 7 of the first 12) only comes
 * out if the SQL principal stops voting once there are 12 seeds, so the witness rule depends on the product.
 */
const sqlWitnessVoteByProduct: Readonly<Record<Product, FabricSettings['sqlWitnessVote']>> = {
  lync2013: 'even-seeds',
  sfb2015: 'even-seeds',
  sfb2019: 'even-seeds-below-12',
};

export const defaults = {
  backupStoreUnavailableThresholdMinutes: 30,
  syncIntervalSeconds: 120,
  seedOrder: 'topology',
  hydrationMinutes: 30,
  quorumLossShutdownMinutes: 5,
  maxFaults: 2,
  maxDepth: 12,
} as const;

export function withDefaults(file: TopologyFile): Topology {
  const { $schema: _editorOnly, registrar, settings, bounds, backupService, ...rest } = file;
  return {
    ...rest,
    ...(file.pairedPool === undefined
      ? {}
      : { backupService: backupService ?? { syncIntervalSeconds: defaults.syncIntervalSeconds } }),
    registrar: registrar ?? {
      backupStoreUnavailableThresholdMinutes: defaults.backupStoreUnavailableThresholdMinutes,
    },
    settings: {
      seedOrder: settings?.seedOrder ?? defaults.seedOrder,
      sqlWitnessVote: settings?.sqlWitnessVote ?? sqlWitnessVoteByProduct[file.product],
      hydrationMinutes: settings?.hydrationMinutes ?? defaults.hydrationMinutes,
      quorumLossShutdownMinutes: settings?.quorumLossShutdownMinutes ?? defaults.quorumLossShutdownMinutes,
    },
    bounds: {
      maxFaults: bounds?.maxFaults ?? defaults.maxFaults,
      maxDepth: bounds?.maxDepth ?? defaults.maxDepth,
    },
  };
}
