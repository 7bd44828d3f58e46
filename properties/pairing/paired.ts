/** The pairing rules speak only about a topology with a paired pool. */
import type { Topology } from '../../model/topology/types.ts';

export const isPaired = (topology: Topology): boolean => topology.pairedPool !== undefined;
