/**
 * The documented defaults of the uncertain points (README "Settings"), per product. The topology validator
 * fills the same values; the quorum-table probes use these directly.
 */
import type { FabricSettings, Product } from './topology/types.ts';

export function defaultSettings(product: Product): FabricSettings {
  return {
    seedOrder: 'topology',
    // SfB 2019's "any 7 of the first 12" only comes out if the SQL principal stops voting at 12 seeds.
    sqlWitnessVote: product === 'sfb2019' ? 'even-seeds-below-12' : 'even-seeds',
    hydrationMinutes: 30,
    quorumLossShutdownMinutes: 5,
    // Seed 004's rule ("the only recourse"), over its one observation of a returning FE reconfiguring.
    groupInQuorumLoss: 'waits',
    // The conservative reading of Microsoft's advice: the order it asks for is the one that works.
    twoFeRestartOrder: 'last-down-first',
  };
}
