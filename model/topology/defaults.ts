/** The documented defaults (README "Settings"): what a topology file may leave out. */
import { defaultSettings } from '../settings.ts';
import type { TopologyFile } from './file.ts';
import type { Topology } from './types.ts';

export const defaults = {
  backupStoreUnavailableThresholdMinutes: 30,
  syncIntervalSeconds: 120,
  maxFaults: 2,
  /**
   * The depth bound of the pairing check when the file sets none: its state space (ages, counters, two
   * pools) is too large to exhaust. The pool check has no default bound: its space is finite and small.
   */
  pairingMaxDepth: 12,
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
    // The product's settings, so that the model's probes and checked topologies agree on every default.
    settings: { ...defaultSettings(file.product), ...settings },
    bounds: {
      maxFaults: bounds?.maxFaults ?? defaults.maxFaults,
      ...(bounds?.maxDepth === undefined ? {} : { maxDepth: bounds.maxDepth }),
    },
  };
}
