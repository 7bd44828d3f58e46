/**
 * Small topologies for tests that search many of them: a compact description turned into a validated
 * Topology, and a fast-check generator over the choices that change the rules' verdicts.
 */
import fc from 'fast-check';
import { parseTopology } from '../../model/topology/validate.ts';
import type { Product, Topology } from '../../model/topology/types.ts';

export interface Shape {
  readonly product: Product;
  /** Host index per FE, in topology order: FEs with the same index share a physical host. */
  readonly hosts: readonly number[];
  readonly backend: 'single' | 'mirror' | 'witness';
  readonly maxFaults: number;
  readonly maxDepth?: number;
  readonly routingGroups?: number;
  readonly seedOrder?: 'topology' | 'first-start';
  readonly sqlWitnessVote?: 'even-seeds' | 'never' | 'even-seeds-below-12';
  readonly hydrationMinutes?: number;
  readonly quorumLossShutdownMinutes?: number;
  readonly thresholdMinutes?: number;
}

export function topologyOf(shape: Shape): Topology {
  const json = {
    product: shape.product,
    pool: {
      name: 'pool.contoso.com',
      frontEnds: shape.hosts.map((host, i) => ({ name: `fe${i + 1}`, host: `host${host + 1}` })),
      backend: {
        principal: 'sql1',
        ...(shape.backend === 'single' ? {} : { mirror: 'sql2' }),
        ...(shape.backend === 'witness' ? { witness: 'sqlw' } : {}),
      },
      ...(shape.routingGroups === undefined ? {} : { routingGroups: shape.routingGroups }),
    },
    ...(shape.thresholdMinutes === undefined ? {} : { registrar: { backupStoreUnavailableThresholdMinutes: shape.thresholdMinutes } }),
    settings: {
      ...(shape.seedOrder === undefined ? {} : { seedOrder: shape.seedOrder }),
      ...(shape.sqlWitnessVote === undefined ? {} : { sqlWitnessVote: shape.sqlWitnessVote }),
      ...(shape.hydrationMinutes === undefined ? {} : { hydrationMinutes: shape.hydrationMinutes }),
      ...(shape.quorumLossShutdownMinutes === undefined ? {} : { quorumLossShutdownMinutes: shape.quorumLossShutdownMinutes }),
    },
    bounds: { maxFaults: shape.maxFaults, maxDepth: shape.maxDepth ?? 12 },
  };
  const parsed = parseTopology(json);
  if (!parsed.ok) throw new Error(`not a valid shape: ${JSON.stringify(parsed.problems)}`);
  return parsed.topology;
}

export function describeShape(shape: Shape): string {
  const settings = [
    shape.routingGroups && `${shape.routingGroups} RGs`,
    shape.seedOrder,
    shape.sqlWitnessVote && `vote ${shape.sqlWitnessVote}`,
    shape.hydrationMinutes && `hydration ${shape.hydrationMinutes}`,
    shape.quorumLossShutdownMinutes && `shutdown ${shape.quorumLossShutdownMinutes}`,
    shape.thresholdMinutes && `threshold ${shape.thresholdMinutes}`,
  ].filter(Boolean);
  return `${shape.product}, hosts ${shape.hosts.join('')}, ${shape.backend}, ${shape.maxFaults} faults${settings.length > 0 ? `, ${settings.join(', ')}` : ''}`;
}

/** Valid pools of up to five FEs: each search stays well under a second. */
export const smallShape: fc.Arbitrary<Shape> = fc
  .record({
    product: fc.constantFrom<Product>('lync2013', 'sfb2015', 'sfb2019'),
    hosts: fc.array(fc.integer({ min: 0, max: 4 }), { minLength: 1, maxLength: 5 }),
    backend: fc.constantFrom('single' as const, 'mirror' as const, 'witness' as const),
    maxFaults: fc.integer({ min: 0, max: 2 }),
    routingGroups: fc.option(fc.integer({ min: 1, max: 2 }), { nil: undefined }),
    seedOrder: fc.option(fc.constantFrom('topology' as const, 'first-start' as const), { nil: undefined }),
    sqlWitnessVote: fc.option(fc.constantFrom('even-seeds' as const, 'never' as const, 'even-seeds-below-12' as const), { nil: undefined }),
    hydrationMinutes: fc.option(fc.constantFrom(1, 15), { nil: undefined }),
    quorumLossShutdownMinutes: fc.option(fc.constantFrom(1, 40), { nil: undefined }),
    thresholdMinutes: fc.option(fc.constantFrom(1, 5), { nil: undefined }),
  })
  .map((shape) => ({
    ...shape,
    // SfB 2019 has no pools under three FEs; routing groups only exist from three.
    hosts: shape.product === 'sfb2019' && shape.hosts.length < 3 ? [...shape.hosts, 3, 4].slice(0, 3) : shape.hosts,
    // SfB 2019 has no database mirroring (DOMAIN.md §1–2, the validator refuses a mirror or witness):
    // its back end is one server. Lync 2013 and SfB 2015 still draw all three back ends.
    backend: shape.product === 'sfb2019' ? ('single' as const) : shape.backend,
  }))
  .map((shape) => (shape.hosts.length < 3 ? { ...shape, routingGroups: undefined } : shape));
