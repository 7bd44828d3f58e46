/**
 * The canonical form (model/symmetry.ts) on any state, not only reachable ones: every relabelling symmetry
 * allows (pool-symmetries.ts, by brute force) maps a state to the same representative. The reachable-state
 * checks in model-mutants.test.ts meet few ties between FEs' replica codes; generated states, with every
 * hydration minute, role and group flag, meet them all, so a signature that confuses two FEs shows here.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { canonicalizer } from '../../model/symmetry.ts';
import { initialStates } from '../../model/init.ts';
import type { PoolState } from '../../model/state.ts';
import { canonicalJson } from './reference.ts';
import { symmetries } from './pool-symmetries.ts';
import { topologyOf, type Shape } from './small-topologies.ts';

const shapes: Shape[] = [
  { product: 'sfb2015', hosts: [0, 0, 1, 1], backend: 'witness', maxFaults: 2, routingGroups: 2, hydrationMinutes: 10 },
  { product: 'sfb2015', hosts: [0, 0, 1, 1], backend: 'single', maxFaults: 2, hydrationMinutes: 5 },
  { product: 'sfb2015', hosts: [0, 1, 2, 3], backend: 'single', maxFaults: 2, hydrationMinutes: 5 },
];

function states(base: PoolState, slots: number, hydration: number): fc.Arbitrary<PoolState> {
  const flags = fc.array(fc.boolean(), { minLength: slots, maxLength: slots });
  // The ends of the hydration range often: the largest replica code needs the longest hydration.
  const minutes = fc.oneof(fc.constantFrom(0, hydration), fc.integer({ min: 0, max: hydration }));
  const member = (fe: number) => minutes.map((hydratingIn) => ({ fe, hydratingIn }));
  const fes = fc.shuffledSubarray([...Array(slots).keys()], { minLength: 3, maxLength: 3 });
  const group = fc.record({
    members: fc.oneof(fc.constant([]), fes.chain((picked) => fc.tuple(...picked.map(member)))),
    dirty: fc.boolean(),
    lost: fc.boolean(),
  });
  return fc
    .record({
      feFailed: flags,
      present: flags,
      seed: flags,
      hostUp: fc.array(fc.boolean(), { minLength: base.hostUp.length, maxLength: base.hostUp.length }),
      rgs: fc.array(group, { minLength: base.rgs.length, maxLength: base.rgs.length }),
      lastDown: fc.option(fc.integer({ min: 0, max: slots - 1 }), { nil: null }),
    })
    .map((parts) => ({ ...base, ...parts }) as PoolState);
}

describe('the canonical form of any state', () => {
  it.each(shapes.map((shape) => [JSON.stringify(shape.hosts), `${shape.routingGroups ?? 1} group(s)`, shape]))('hosts %s, %s: every relabelling has the same representative', (_, _groups, shape) => {
    const ctx = poolContext(topologyOf(shape));
    const canonical = canonicalizer(ctx);
    const relabel = symmetries(ctx);
    const base = initialStates(ctx)[0]!;
    fc.assert(
      fc.property(states(base, ctx.feNames.length, ctx.settings.hydrationMinutes), (s) => {
        const expected = canonicalJson(canonical(s));
        for (const sigma of relabel) expect(canonicalJson(canonical(sigma(s)))).toBe(expected);
      }),
      { numRuns: 1000, seed: 20261202 },
    );
  });
});
