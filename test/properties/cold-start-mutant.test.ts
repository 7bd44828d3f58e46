/**
 * Part 1 of cold-start can only fail if the reducer strays from the published table, so a passing run
 * says little on its own. Here the reducer is made to stray on purpose (it starts the pool one FE short
 * of the minimum), and the rule must catch it with a counterexample that ends on that start.
 */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { replay } from '../../src/engine/trace.ts';
import { poolContext } from '../../model/context.ts';
import { backendAvailable, presentCount, upCount } from '../../model/facts.ts';
import { poolModel, type PoolModel } from '../../model/pool-model.ts';
import { coldStartMinimum } from '../../model/published.ts';
import { update } from '../../model/update.ts';
import { coldStart } from '../../properties/cold-start.ts';
import { bundled } from '../model/helpers.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

/** The pool model with a reducer that starts a waiting pool with one FE fewer than the table asks. */
function oneShort(topology: Topology): PoolModel {
  const ctx = poolContext(topology);
  const model = poolModel(topology);
  const mutant = (d: PoolState, a: PoolAction): void => {
    update(ctx, d, a);
    const up = upCount(ctx, d);
    if (d.phase === 'starting' && !d.resetNeeded && backendAvailable(ctx, d) && up > 0 && up === coldStartMinimum(presentCount(d)) - 1) {
      d.phase = 'running';
    }
  };
  return { ...model, next: (s, a) => produce(s, (d) => mutant(d, a)), update: mutant };
}

describe('cold-start against a reducer that starts one FE short', () => {
  const topology = bundled('three-fe-three-hosts');
  const property = coldStart.property(topology);

  it('holds on the real reducer', async () => {
    const result = await check(poolModel(topology), [property], { stopAtFirstViolation: false });
    expect(result.exhaustive).toBe(true);
    expect(result.properties[0]!.status).toBe('holds');
  });

  it('is violated on the mutant, by the start with two of the three FEs the table asks for', async () => {
    const mutant = oneShort(topology);
    const result = await check(mutant, [property], {});
    const trace = result.properties[0]!.trace!;
    expect(result.properties[0]!.status).toBe('violated');
    expect(trace.labels).toEqual([
      'fe1.contoso.com fails',
      'fe2.contoso.com fails',
      'time passes 5 min: pool-a.contoso.com services shut down',
      'fe1.contoso.com recovers',
      'ServiceReset',
    ]);
    const { states } = replay(mutant, trace);
    const [before, last] = states.slice(-2) as [PoolState, PoolState];
    expect([before.phase, last.phase]).toEqual(['stopped', 'running']);
    expect(upCount(poolContext(topology), last)).toBe(coldStartMinimum(3) - 1);
  });
});
