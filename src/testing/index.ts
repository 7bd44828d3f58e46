/**
 * fabric-check in a user's own vitest suite:
 *   import { checkTopology, fabricMatchers } from 'fabric-check/testing';
 *   expect.extend(fabricMatchers);
 *   const result = await checkTopology('topologies/my-pool.json');
 *   expect(result).toHold('single-host-failure');
 */
export { fabricMatchers } from './matchers.ts';
export type { Verdicts } from './matchers.ts';
export { checkTopology } from './topology.ts';
export type { TopologyCheck, TopologyCheckOptions, TopologyVerdict } from './topology.ts';
