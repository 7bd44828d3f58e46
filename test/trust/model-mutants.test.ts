/**
 * Direct tests of the pool model (model/), written to kill the mutants the property suite let survive
 * (stryker.config.json; `npm run mutate`). Each states a published rule or a documented behaviour, not
 * the code's current output: DOMAIN.md's tables, the time rules, replica roles, the encoding contracts.
 */
import { produce } from 'immer';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { verifyFastPath } from '../../src/engine/verify-fast-path.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { poolContext } from '../../model/context.ts';
import { backendAvailable, everyoneFull, inQuorumLoss, service, sqlVoteEligible, votes, votesWithBackend } from '../../model/facts.ts';
import { designedSeedSets, initialStates } from '../../model/init.ts';
import { subsets } from '../../model/choices.ts';
import { settle } from '../../model/settle.ts';
import { canonicalizer } from '../../model/symmetry.ts';
import { poolModel } from '../../model/pool-model.ts';
import { coldStartBasis, coldStartMinimum, functionalRow, publishedColdStartTable, publishedFunctionalTable } from '../../model/published.ts';
import { firstSeeds, seedCount } from '../../model/seeds.ts';
import { viewOf } from '../../model/view-of.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Product } from '../../model/topology/types.ts';
import { canonicalJson } from './reference.ts';
import { reachable, symmetries } from './pool-symmetries.ts';
import { topologyOf, type Shape } from './small-topologies.ts';
import { topologyOf as fromFile } from '../model/helpers.ts';

const products: readonly Product[] = ['lync2013', 'sfb2015', 'sfb2019'];
const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Drives the model by action labels, as a trace reads; fails naming the actions that were offered. */
function walk(shape: Shape, labels: readonly string[], from = 0) {
  const topology = topologyOf(shape);
  const model = poolModel(topology);
  const ctx = poolContext(topology);
  let state = model.init()[from]!;
  for (const wanted of labels) {
    const offered = model.actions(state);
    const action = offered.find((a) => model.label(a) === wanted);
    if (action === undefined) throw new Error(`"${wanted}" is not offered; the model offers: ${offered.map((a) => model.label(a)).join(' | ')}`);
    state = model.next(state, action);
  }
  return { state, ctx, model, topology, offered: model.actions(state).map((a) => model.label(a)) };
}

const threeFe: Shape = { product: 'lync2013', hosts: [0, 1, 2], backend: 'mirror', maxFaults: 3 };
const fourFe: Shape = { product: 'sfb2015', hosts: [0, 1, 2, 3], backend: 'witness', maxFaults: 3 };
const twoFe: Shape = { product: 'sfb2015', hosts: [0, 1], backend: 'single', maxFaults: 2 };

describe('the published tables (DOMAIN.md §2)', () => {
  it('seed FEs: all up to 7, the first 7 of 8–9, the first 9 of 10–12, the first 12 in SfB 2019 pools of 12–16', () => {
    const expected = (product: Product, n: number) => (n <= 7 ? n : n <= 9 ? 7 : n <= 11 ? 9 : n === 12 && product !== 'sfb2019' ? 9 : 12);
    for (const product of products) for (const n of range(1, 16)) expect(seedCount(product, n), `${product} ${n}`).toBe(expected(product, n));
  });

  it('the first seeds are the first present FEs in topology order', () => {
    expect(firstSeeds([true, false, true, true, true], 2)).toEqual([true, false, true, false, false]);
    expect(firstSeeds([true, true], 0)).toEqual([false, false]);
    expect(firstSeeds([false, true, true], 5)).toEqual([false, true, true]);
  });

  it('cold start: the published minimum for every pool size, 1 FE the whole pool, 13..15 between their neighbours', () => {
    // DOMAIN.md §2's cold-start table starts at 2 FEs: Microsoft publishes no row for a 1-FE pool, so it is
    // not in the published table; the model reads it as the whole pool (model/README.md "Cold start").
    const published = { 2: 1, 3: 3, 4: 3, 5: 4, 6: 5, 7: 5, 8: 6, 9: 7, 10: 8, 11: 9, 12: 10, 16: 12 };
    expect(publishedColdStartTable).toEqual(published);
    for (const [n, minimum] of Object.entries(published)) {
      expect(coldStartMinimum(Number(n))).toBe(minimum);
      expect(coldStartBasis(Number(n))).toBe('published');
    }
    expect(coldStartMinimum(1)).toBe(1);
    expect(coldStartBasis(1)).toBe('whole-pool');
    expect([13, 14, 15].map(coldStartMinimum)).toEqual([11, 11, 12]);
    expect([13, 14, 15].map(coldStartBasis)).toEqual(['interpolated', 'interpolated', 'interpolated']);
    for (const n of [0, 17, 100]) expect(() => coldStartBasis(n)).toThrow(RangeError);
    for (const n of [0, 17, 100]) expect(() => coldStartMinimum(n)).toThrow(new RangeError(`no cold-start minimum for a pool of ${n} front ends (1..16 are known)`));
  });

  it('the functional table rows, and which row a pool size reads', () => {
    expect(publishedFunctionalTable.map((r) => [r.from, r.to, r.mustRun, r.ofFirst ?? null, r.products.length])).toEqual([
      [2, 2, 1, null, 3],
      [3, 4, 2, null, 3],
      [5, 6, 3, null, 3],
      [7, 7, 4, null, 3],
      [8, 9, 4, 7, 3],
      [10, 12, 5, 9, 3],
      [12, 16, 7, 12, 1],
    ]);
    expect(functionalRow('sfb2019', 12)?.mustRun).toBe(7);
    expect(functionalRow('lync2013', 12)?.mustRun).toBe(5);
    expect(functionalRow('sfb2015', 16)).toBeNull();
    expect(functionalRow('lync2013', 1)).toBeNull();
    expect(functionalRow('sfb2019', 3)?.mustRun).toBe(2);
  });

  // The model must reproduce the table from its voting rule (back end up, serving from the principal).
  it.each(products)('%s: voting reproduces "any k of the first m" for every pool size', (product) => {
    for (const n of range(product === 'sfb2019' ? 3 : 2, product === 'sfb2019' ? 16 : 12)) {
      const row = functionalRow(product, n)!;
      const shape: Shape = { product, hosts: range(0, n - 1), backend: 'single', maxFaults: 0 };
      const topology = topologyOf(shape);
      const ctx = poolContext(topology);
      const base = initialStates(ctx)[0]!;
      const counted = row.ofFirst ?? n;
      const withUp = (up: number): PoolState => ({ ...base, feFailed: base.feFailed.map((_, fe) => fe < counted ? fe >= up : true) });
      expect(votes(ctx, withUp(row.mustRun)).functional, `${product} ${n}: ${row.mustRun} of the first ${counted}`).toBe(true);
      expect(votes(ctx, withUp(row.mustRun - 1)).functional, `${product} ${n}: ${row.mustRun - 1} of the first ${counted}`).toBe(false);
    }
  });
});

describe('time (DOMAIN.md §2, §4)', () => {
  it('quorum loss shuts services down after quorumLossShutdownMinutes', () => {
    const lost = walk({ ...threeFe, quorumLossShutdownMinutes: 7 }, ['fe1 fails', 'fe2 fails']);
    expect(lost.state.shutdownIn).toBe(7);
    expect(lost.offered).toContain('time passes 7 min: pool.contoso.com services shut down');
    const down = walk({ ...threeFe, quorumLossShutdownMinutes: 7 }, ['fe1 fails', 'fe2 fails', 'time passes 7 min: pool.contoso.com services shut down']);
    expect(down.state.phase).toBe('stopped');
    expect(down.offered).toContain('ServiceReset');
  });

  it('a recovery within the shutdown delay cancels it', () => {
    const back = walk(threeFe, ['fe1 fails', 'fe2 fails', 'fe2 recovers']);
    expect(back.state.shutdownIn).toBe(-1);
    expect(back.state.phase).toBe('running');
  });

  it('pools of 3+ FEs keep full service through a back-end outage until the threshold, then drop to limited', () => {
    const shape: Shape = { ...threeFe, backend: 'single', thresholdMinutes: 9 };
    const outage = walk(shape, ['SQL principal sql1 fails']);
    expect(backendAvailable(outage.ctx, outage.state)).toBe(false);
    expect(outage.state.backendIn).toBe(9);
    expect(service(outage.ctx, outage.state, outage.state.rgs[0]!)).toBe('full');
    const passed = walk(shape, ['SQL principal sql1 fails', 'time passes 9 min: back-end outage reaches the 9-minute BackupStoreUnavailableThreshold']);
    expect(passed.state.backendIn).toBe(0);
    expect(service(passed.ctx, passed.state, passed.state.rgs[0]!)).toBe('limited');
    expect(walk(shape, ['SQL principal sql1 fails', 'SQL principal sql1 recovers']).state.backendIn).toBe(-1);
  });

  it('pools of 1–2 FEs drop to limited the moment the back end goes', () => {
    const outage = walk(twoFe, ['SQL principal sql1 fails']);
    expect(service(outage.ctx, outage.state, outage.state.rgs[0]!)).toBe('limited');
  });
});

describe('routing-group replicas (DOMAIN.md §3)', () => {
  it('settling ranks members up to date, hydrating, down, whatever order they were in', () => {
    const { state, ctx } = walk({ ...fourFe, hydrationMinutes: 20 }, []);
    const settled = produce(state, (d) => {
      d.feFailed[0] = true;
      d.rgs[0]!.members = [{ fe: 0, hydratingIn: 0 }, { fe: 3, hydratingIn: 10 }, { fe: 1, hydratingIn: 0 }];
      settle(ctx, d);
    });
    expect(settled.rgs[0]!.members).toEqual([{ fe: 1, hydratingIn: 0 }, { fe: 3, hydratingIn: 10 }, { fe: 0, hydratingIn: 0 }]);
  });

  // Placements start in topology order: the first RG sits on fe1 (primary), fe2, fe3.
  it('a failed primary: the active secondary takes over at once, a new idle secondary hydrates elsewhere', () => {
    const failed = walk({ ...fourFe, hydrationMinutes: 20 }, ['fe1 fails']);
    expect(failed.state.rgs[0]!.members.map((m) => [m.fe, m.hydratingIn])).toEqual([[1, 0], [2, 0], [0, 0]]);
    expect(failed.offered).toContain("fabric places RG1's new idle secondary on fe4 (hydrating)");
    const placed = walk({ ...fourFe, hydrationMinutes: 20 }, ['fe1 fails', "fabric places RG1's new idle secondary on fe4 (hydrating)"]);
    expect(placed.state.rgs[0]!.members.map((m) => [m.fe, m.hydratingIn])).toEqual([[1, 0], [2, 0], [3, 20]]);
    expect(placed.offered).toContain('time passes 20 min: RG1 replica on fe4 hydrated');
    const hydrated = walk({ ...fourFe, hydrationMinutes: 20 }, ['fe1 fails', "fabric places RG1's new idle secondary on fe4 (hydrating)", 'time passes 20 min: RG1 replica on fe4 hydrated']);
    expect(hydrated.state.rgs[0]!.members.map((m) => [m.fe, m.hydratingIn])).toEqual([[1, 0], [2, 0], [3, 0]]);
  });

  it('two of three replicas down: limited; all three: disconnected until QuorumLossRecovery, which loses unsynced changes', () => {
    const change = 'user change on RG1 (acknowledged by all three replicas)';
    const two = walk(fourFe, [change, 'fe1 fails', 'fe2 fails']);
    expect(service(two.ctx, two.state, two.state.rgs[0]!)).toBe('limited');
    const three = walk(fourFe, [change, 'fe1 fails', 'fe2 fails', 'fe3 fails']);
    expect(service(three.ctx, three.state, three.state.rgs[0]!)).toBe('disconnected');
    expect(three.state.rgs[0]!.dirty).toBe(true);
    const recovery = three.offered.find((label) => label.startsWith('QuorumLossRecovery: RG1 reloaded from the back end on'));
    expect(recovery, three.offered.join(' | ')).toBeDefined();
    const recovered = walk(fourFe, [change, 'fe1 fails', 'fe2 fails', 'fe3 fails', recovery!]);
    expect(recovered.state.rgs[0]!.lost).toBe(true);
    expect(recovered.state.rgs[0]!.dirty).toBe(false);
  });

  it('a change reaches the back end when it catches up, and is then safe', () => {
    const synced = walk(fourFe, ['user change on RG1 (acknowledged by all three replicas)', 'back end catches up with RG1']);
    expect(synced.state.rgs[0]!.dirty).toBe(false);
  });
});

describe('the back end (DOMAIN.md §1–2)', () => {
  it('with a witness, a failed principal fails over to the mirror at once, and only the mirror failure fails back', () => {
    const start = walk(fourFe, []);
    expect(start.offered).toContain('SQL principal sql1 fails (witness sqlw fails the back end over)');
    expect(start.offered).toContain('SQL mirror sql2 fails');
    expect(start.offered).toContain('SQL witness sqlw fails');
    const over = walk(fourFe, ['SQL principal sql1 fails (witness sqlw fails the back end over)']);
    expect(over.state.sql.onMirror).toBe(true);
    expect(over.offered).toContain('SQL principal sql1 recovers');
    const back = walk(fourFe, [
      'SQL principal sql1 fails (witness sqlw fails the back end over)',
      'SQL principal sql1 recovers',
      'SQL mirror sql2 fails (witness sqlw fails the back end over)',
    ]);
    expect(back.state.sql.onMirror).toBe(false);
    // The witness alone failing moves nothing.
    expect(walk(fourFe, ['SQL witness sqlw fails']).state.sql.onMirror).toBe(false);
    expect(backendAvailable(over.ctx, over.state)).toBe(true);
    // After a failover the mirror serves but does not take the vote.
    expect(votes(over.ctx, over.state).sqlVotes).toBe(false);
  });

  it('without a witness, the operator fails over and back', () => {
    const start = walk(threeFe, []);
    expect(start.offered).toContain('manual SQL failover to mirror sql2');
    expect(start.offered).not.toContain('manual SQL failback to principal sql1');
    const over = walk(threeFe, ['manual SQL failover to mirror sql2']);
    expect(over.offered).toContain('manual SQL failback to principal sql1');
    expect(over.offered).not.toContain('manual SQL failover to mirror sql2');
    expect(walk(threeFe, ['manual SQL failover to mirror sql2', 'manual SQL failback to principal sql1']).state.sql.onMirror).toBe(false);
  });
});

describe('the facts the rules read (model/facts.ts)', () => {
  it('a witnessed back end is down when its mirror and witness fail, though the principal runs', () => {
    const { state, ctx } = walk(fourFe, ['SQL mirror sql2 fails', 'SQL witness sqlw fails']);
    expect(state.sql.principalUp).toBe(true);
    expect(backendAvailable(ctx, state)).toBe(false);
    // Without a witness the serving principal alone decides.
    const single = walk(threeFe, ['SQL mirror sql2 fails']);
    expect(backendAvailable(single.ctx, single.state)).toBe(true);
  });

  it('a back-end outage is measured against the votes the pool has with its back end up', () => {
    const { state, ctx } = walk(fourFe, ['fe1 fails', 'SQL mirror sql2 fails', 'SQL witness sqlw fails']);
    // Four seeds: the serving principal votes, but only while the back end is available.
    expect(votes(ctx, state)).toMatchObject({ up: 3, total: 5, sqlEligible: true, sqlVotes: false });
    expect(votesWithBackend(ctx, state)).toMatchObject({ up: 4, total: 5, sqlEligible: true, sqlVotes: true, functional: true });
  });

  it('the SQL vote exists for even seed counts, and below 12 seeds only under even-seeds-below-12', () => {
    expect([2, 4, 6, 12].map((n) => sqlVoteEligible('even-seeds', n))).toEqual([true, true, true, true]);
    expect([3, 7, 9].map((n) => sqlVoteEligible('even-seeds', n))).toEqual([false, false, false]);
    expect([4, 10, 12, 7].map((n) => sqlVoteEligible('even-seeds-below-12', n))).toEqual([true, true, false, false]);
    expect([2, 4].map((n) => sqlVoteEligible('never', n))).toEqual([false, false]);
  });

  it('a 1–2 FE pool has no replicas to lose; its users are served while an FE runs, disconnected when none does', () => {
    const start = walk(twoFe, []);
    const rg = start.state.rgs[0]!;
    expect(inQuorumLoss(start.ctx, start.state, rg)).toBe(false);
    expect(service(start.ctx, start.state, rg)).toBe('full');
    const down = walk(twoFe, ['fe1 fails', 'fe2 fails']);
    // With no FE up no service runs anywhere, so the pool is starting and its next start is a full start
    // (model/README.md "Cold start"; DOMAIN.md §2, the cold-start table applies to every full start).
    expect(down.state.phase).toBe('starting');
    expect(service(down.ctx, down.state, down.state.rgs[0]!)).toBe('disconnected');
    expect(inQuorumLoss(down.ctx, down.state, down.state.rgs[0]!)).toBe(false);
    // DOMAIN.md §5: restart a two-FE pool in reverse order of shutdown. fe2 went down last, so fe1 alone
    // waits (settings.twoFeRestartOrder 'last-down-first'), though the cold-start minimum of 2 FEs is 1.
    expect(down.state.lastDown).toBe(1);
    const wrongOrder = walk(twoFe, ['fe1 fails', 'fe2 fails', 'fe1 recovers']);
    expect(wrongOrder.state.phase).toBe('starting');
    expect(service(wrongOrder.ctx, wrongOrder.state, wrongOrder.state.rgs[0]!)).toBe('disconnected');
    const both = walk(twoFe, ['fe1 fails', 'fe2 fails', 'fe1 recovers', 'fe2 recovers']);
    expect(both.state.phase).toBe('running');
    expect(both.state.lastDown).toBeNull();
    expect(service(both.ctx, both.state, both.state.rgs[0]!)).toBe('full');
    const rightOrder = walk(twoFe, ['fe1 fails', 'fe2 fails', 'fe2 recovers']);
    expect(rightOrder.state.phase).toBe('running');
    expect(service(rightOrder.ctx, rightOrder.state, rightOrder.state.rgs[0]!)).toBe('full');
    // A 1-FE pool (not published; the whole pool) starts again as soon as its FE is back.
    const single: Shape = { product: 'lync2013', hosts: [0], backend: 'single', maxFaults: 1 };
    expect(walk(single, ['fe1 fails']).state.phase).toBe('starting');
    expect(walk(single, ['fe1 fails', 'fe1 recovers']).state.phase).toBe('running');
  });

  it('everyone has full service only when every routing group has', () => {
    const shape: Shape = { product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 2, routingGroups: 2 };
    const model = poolModel(topologyOf(shape));
    const ctx = poolContext(topologyOf(shape));
    const from = model.init().findIndex((s) => s.rgs[0]!.members.map((m) => m.fe).join() === '0,1,2' && s.rgs[1]!.members.every((m) => m.fe >= 2));
    expect(from).toBeGreaterThanOrEqual(0);
    const { state } = walk(shape, ['fe1 fails', 'fe2 fails'], from);
    expect(state.rgs.map((rg) => service(ctx, state, rg))).toContain('full');
    expect(everyoneFull(ctx, state)).toBe(false);
    expect(everyoneFull(ctx, model.init()[from]!)).toBe(true);
  });
});

describe('the 2↔3 crossing (DOMAIN.md §5)', () => {
  it('names the added FE apart from every FE of the topology', () => {
    const ctx = poolContext(topologyOf(twoFe));
    expect(ctx.feNames[2]).toBe('added-fe');
    const taken = poolContext(
      fromFile({
        product: 'sfb2015',
        pool: { name: 'pool-a', frontEnds: [{ name: 'added-fe', host: 'h1' }, { name: 'added-fe-2', host: 'h2' }], backend: { principal: 'sql1' } },
      }),
    );
    expect(taken.feNames).toEqual(['added-fe', 'added-fe-2', 'added-fe-3']);
  });

  it('removing the third FE waits for a FullReset with every user disconnected, then runs as a 2-FE pool', () => {
    const removed = walk(threeFe, ['fe3 removed from pool.contoso.com (3 → 2 FEs)']);
    expect(removed.state.resetNeeded).toBe(true);
    expect(removed.state.phase).toBe('starting');
    expect(service(removed.ctx, removed.state, removed.state.rgs[0]!)).toBe('disconnected');
    const reset = walk(threeFe, ['fe3 removed from pool.contoso.com (3 → 2 FEs)', 'FullReset']);
    expect(reset.state.resetNeeded).toBe(false);
    expect(reset.state.rgs[0]!.members).toEqual([]);
    expect(reset.state.seed).toEqual([true, true, false]);
  });

  it('a 2-FE pool gains a third FE named added-fe on a host of its own', () => {
    const grown = walk(twoFe, ['added-fe added to pool.contoso.com (2 → 3 FEs)']);
    // FullReset rebuilds the routing group where the fabric places it (model/README.md "Growing and
    // shrinking"): on all three FEs of a 3-FE pool, in any roles. fe1 and fe2 sit alone on hosts symmetry
    // may swap, added-fe does not, so the classes are the role added-fe takes.
    expect(grown.offered.filter((label) => label.startsWith('FullReset'))).toEqual([
      'FullReset: RG1 on fe1, fe2, added-fe',
      'FullReset: RG1 on fe1, added-fe, fe2',
      'FullReset: RG1 on added-fe, fe1, fe2',
    ]);
    const added = walk(twoFe, ['added-fe added to pool.contoso.com (2 → 3 FEs)', 'FullReset: RG1 on fe1, fe2, added-fe']);
    expect(added.state.present).toEqual([true, true, true]);
    expect(added.state.resetNeeded).toBe(false);
    expect(added.state.rgs[0]!.members.map((m) => [m.fe, m.hydratingIn])).toEqual([[0, 0], [1, 0], [2, 0]]);
    expect(added.ctx.hostNames).toEqual(['host1', 'host2', 'added-host']);
    // The label is the placement: added-fe as primary puts it first.
    const primary = walk(twoFe, ['added-fe added to pool.contoso.com (2 → 3 FEs)', 'FullReset: RG1 on added-fe, fe1, fe2']);
    expect(primary.state.rgs[0]!.members.map((m) => m.fe)).toEqual([2, 0, 1]);
  });
});

describe("the fabric's choices and the first-start seed sets (model/choices.ts, model/init.ts)", () => {
  const eight: Shape = { product: 'sfb2015', hosts: [0, 1, 2, 3, 4, 5, 6, 7], backend: 'single', maxFaults: 1 };

  it('lists subsets in lexicographic order', () => {
    expect(subsets([3, 5, 7, 9], 2)).toEqual([[3, 5], [3, 7], [3, 9], [5, 7], [5, 9], [7, 9]]);
    expect(subsets([3, 5], 0)).toEqual([[]]);
    expect(subsets([3], 2)).toEqual([]);
  });

  it('starts an 8-FE pool with any 7 of its FEs as seeds under first-start, with the first 7 otherwise', () => {
    const sets = designedSeedSets(poolContext(topologyOf({ ...eight, seedOrder: 'first-start' })));
    expect(sets).toHaveLength(8);
    for (const set of sets) expect(set.filter(Boolean)).toHaveLength(7);
    expect(new Set(sets.map((set) => set.indexOf(false)))).toEqual(new Set([0, 1, 2, 3, 4, 5, 6, 7]));
    expect(designedSeedSets(poolContext(topologyOf(eight)))).toEqual([[true, true, true, true, true, true, true, false]]);
    // Seven FEs are all seeds: there is nothing to choose.
    expect(designedSeedSets(poolContext(topologyOf({ ...eight, hosts: [0, 1, 2, 3, 4, 5, 6], seedOrder: 'first-start' })))).toHaveLength(1);
  });

  it('tells a seed from an FE that is not one when placing a new secondary', () => {
    const { offered } = walk(eight, ['fe1 fails']);
    expect(offered.filter((label) => label.startsWith('fabric places'))).toEqual([
      "fabric places RG1's new idle secondary on fe4 (hydrating)",
      "fabric places RG1's new idle secondary on fe8 (hydrating)",
    ]);
  });
});

describe('encodings and symmetry', () => {
  const shapes: Shape[] = [
    threeFe,
    fourFe,
    twoFe,
    { product: 'sfb2015', hosts: [0, 0, 1, 1, 2], backend: 'witness', maxFaults: 2, routingGroups: 2, hydrationMinutes: 15 },
    // SfB 2019 has no database mirroring (DOMAIN.md §1–2; the validator refuses a mirror there), so its
    // shape has a single back end; threeFe and fourFe still encode a mirror and a witness.
    { product: 'sfb2019', hosts: [0, 1, 1, 2], backend: 'single', maxFaults: 2, seedOrder: 'first-start' },
  ];

  it.each(shapes.map((s) => [JSON.stringify(s.hosts), s]))('hosts %s: the fast path and codec agree with next on every reachable state', async (_, shape) => {
    const report = await verifyFastPath(poolModel(topologyOf({ ...shape, maxFaults: Math.min(shape.maxFaults, 2) })), { maxStates: 1500 });
    expect(report.states).toBeGreaterThan(10);
  });

  it.each(shapes.map((s) => [JSON.stringify(s.hosts), s]))('hosts %s: codec round trip; the canonical form is a symmetric image', async (_, shape) => {
    const topology = topologyOf({ ...shape, maxFaults: Math.min(shape.maxFaults, 2) });
    const model = poolModel(topology);
    const ctx = poolContext(topology);
    const images = symmetries(ctx);
    const properties = fabricChecks(topology).flatMap((c) => c.subject.properties);
    const words = new Int32Array(model.codec!.words);
    const states = reachable(model, 3, 300);
    for (const state of states) {
      const key = canonicalJson(state);
      model.codec!.encode(state, words, 0);
      expect(canonicalJson(model.codec!.decode(words, 0))).toBe(key);
      const canonical = canonicalJson(model.canonical!(state));
      const variants = images.map((image) => image(state));
      expect(variants.map(canonicalJson), 'the representative is the state under some symmetry').toContain(canonical);
      // With one routing group the representative is the same for every member of the class.
      if (ctx.routingGroups === 1) for (const variant of variants) expect(canonicalJson(model.canonical!(variant))).toBe(canonical);
      for (const p of properties) if (p.kind === 'always') expect(p.check(model.canonical!(state)), p.name).toBe(p.check(state));
    }
    expect(states.length).toBeGreaterThan(5);
  });

  it.each([
    ['[0,0,1,1]', { product: 'sfb2015', hosts: [0, 0, 1, 1], backend: 'witness', maxFaults: 2, hydrationMinutes: 15 }],
    ['[0,0,1,1,2,2]', { product: 'lync2013', hosts: [0, 0, 1, 1, 2, 2], backend: 'mirror', maxFaults: 2 }],
  ] as [string, Shape][])('hosts %s, two FEs a host: every member of a class has one representative, itself canonical', (_, shape) => {
    const topology = topologyOf(shape);
    const model = poolModel(topology);
    const images = symmetries(poolContext(topology));
    const states = reachable(model, 5, 400);
    for (const state of states) {
      const canonical = canonicalJson(model.canonical!(state));
      for (const image of images) expect(canonicalJson(model.canonical!(image(state)))).toBe(canonical);
      expect(canonicalJson(model.canonical!(model.canonical!(state)))).toBe(canonical);
    }
    expect(states.length).toBe(400);
  });

  it("a two-FE pool's last FE down survives the codec and moves with its FE under symmetry", () => {
    const oneWay = walk(twoFe, ['fe1 fails', 'fe2 fails']);
    const otherWay = walk(twoFe, ['fe2 fails', 'fe1 fails']);
    expect([oneWay.state.lastDown, otherWay.state.lastDown]).toEqual([1, 0]);
    const codec = oneWay.model.codec!;
    const words = new Int32Array(codec.words);
    codec.encode(oneWay.state, words, 0);
    expect(codec.decode(words, 0).lastDown).toBe(1);
    // host1 and host2 carry one FE each, so swapping them maps one order of shutdown onto the other.
    const canonical = (state: PoolState) => canonicalJson(oneWay.model.canonical!(state));
    expect(canonical(oneWay.state)).toBe(canonical(otherWay.state));
    // Which FE waits is part of the state: fe1 back first (waits) is not fe2 back first (runs).
    const waits = walk(twoFe, ['fe1 fails', 'fe2 fails', 'fe1 recovers']).state;
    const runs = walk(twoFe, ['fe1 fails', 'fe2 fails', 'fe2 recovers']).state;
    expect(canonical(waits)).not.toBe(canonical(runs));
    expect(canonical(waits)).toBe(canonical(walk(twoFe, ['fe2 fails', 'fe1 fails', 'fe2 recovers']).state));
  });

  it('symmetric states share a canonical form; others do not', () => {
    const five: Shape = { product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 2 };
    const canonical = (labels: string[]) => {
      const { model, state } = walk(five, labels);
      return canonicalJson(model.canonical!(state));
    };
    // RG1 starts on fe1, fe2, fe3: fe4 and fe5 hold nothing, so either failing is the same state.
    expect(canonical(['fe4 fails'])).toBe(canonical(['fe5 fails']));
    expect(canonical(['fe1 fails'])).not.toBe(canonical(['fe4 fails']));
    // Roles follow availability, so which replica holder failed does not matter either.
    expect(canonical(['fe1 fails'])).toBe(canonical(['fe3 fails']));
  });

  it('refuses to build signatures that would not fit a double exactly', () => {
    // The schema allows at most 2 groups and 120-minute hydration, far inside the bound; a context built
    // past the schema shows the guard that keeps signatures exact if those limits are ever raised.
    const ctx = poolContext(topologyOf({ ...fourFe, hydrationMinutes: 120 }));
    expect(() => canonicalizer({ ...ctx, routingGroups: 4 })).not.toThrow();
    expect(() => canonicalizer({ ...ctx, routingGroups: 5 })).toThrow(
      new RangeError('symmetry signatures overflow with 5 routing groups and 120-minute hydration'),
    );
  });
});

describe('what reports see of a state (model/view-of.ts)', () => {
  it('names every group a QuorumLossRecovery or a FullReset places, in order', () => {
    const { model } = walk({ ...fourFe, routingGroups: 2 }, []);
    const placed = [{ rg: 0, fes: [0, 1, 2] }, { rg: 1, fes: [3, 2, 1] }];
    expect(model.label({ kind: 'quorumLossRecovery', rebuilt: placed })).toBe(
      'QuorumLossRecovery: RG1 reloaded from the back end on fe1, fe2, fe3; RG2 reloaded from the back end on fe4, fe3, fe2',
    );
    expect(model.label({ kind: 'fullReset', placed })).toBe('FullReset: RG1 on fe1, fe2, fe3; RG2 on fe4, fe3, fe2');
  });

  it('votes, SQL, timers and notes after a failover and a lost FE', () => {
    const { state, ctx } = walk({ ...fourFe, hydrationMinutes: 20 }, ['SQL principal sql1 fails (witness sqlw fails the back end over)', 'fe1 fails', "fabric places RG1's new idle secondary on fe4 (hydrating)"]);
    const view = viewOf(ctx, state);
    const pool = view.pools[0]!;
    expect(pool.votes).toEqual({ up: 3, total: 5, needed: 3, functional: true });
    expect(pool.sql).toEqual({ principal: 'sql1', mirror: 'sql2', witness: 'sqlw', up: { sql1: false, sql2: true, sqlw: true }, serving: 'sql2', votes: false });
    expect(pool.frontEnds.map((fe) => [fe.name, fe.host, fe.up, fe.status, fe.voter])).toEqual([
      ['fe1', 'host1', false, 'down', true],
      ['fe2', 'host2', true, 'running', true],
      ['fe3', 'host3', true, 'running', true],
      ['fe4', 'host4', true, 'running', true],
    ]);
    expect(pool.routingGroups[0]).toEqual({
      id: 1,
      replicas: [
        { fe: 'fe2', role: 'primary', up: true, upToDate: true },
        { fe: 'fe3', role: 'activeSecondary', up: true, upToDate: true },
        { fe: 'fe4', role: 'idleSecondary', up: true, upToDate: false },
      ],
      service: 'full',
      unsyncedChanges: 0,
      lostChanges: 0,
    });
    expect(view.timers).toEqual([{ name: 'RG1 replica on fe4 hydrated', dueInMinutes: 20 }]);
    expect(view.notes).toEqual([]);
  });

  it('notes on quorum loss, a back-end outage and disconnected users', () => {
    const { state, ctx } = walk({ ...threeFe, backend: 'single' }, ['SQL principal sql1 fails', 'fe1 fails', 'fe2 fails']);
    const view = viewOf(ctx, state);
    expect(view.notes).toEqual(['pool.contoso.com lost quorum: 1 of 3 votes', 'back end unavailable', 'RG1: limited (1 of 3 replicas up to date)']);
    expect(view.timers).toEqual([
      { name: 'pool.contoso.com services shut down (quorum loss)', dueInMinutes: 5 },
      { name: 'BackupStoreUnavailableThreshold', dueInMinutes: 30 },
    ]);
  });
});

describe('rule expectations agree with the search on fixed topologies', () => {
  const shapes: Shape[] = [
    { product: 'lync2013', hosts: [0], backend: 'single', maxFaults: 2 },
    { product: 'sfb2015', hosts: [0, 1], backend: 'mirror', maxFaults: 2 },
    { product: 'sfb2015', hosts: [0, 0], backend: 'witness', maxFaults: 2 },
    { product: 'lync2013', hosts: [0, 1, 2], backend: 'single', maxFaults: 1 },
    // SfB 2019 has no database mirroring: its shapes have a single back end (mirror and witness are
    // covered by the lync2013 and sfb2015 shapes).
    { product: 'sfb2019', hosts: [0, 1, 1], backend: 'single', maxFaults: 2 },
    { product: 'lync2013', hosts: [0, 1, 2, 3], backend: 'mirror', maxFaults: 1 },
    { product: 'sfb2015', hosts: [0, 0, 1, 1], backend: 'witness', maxFaults: 1, seedOrder: 'first-start' },
    { product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 2, hydrationMinutes: 1 },
    { product: 'lync2013', hosts: [0, 1, 2, 3], backend: 'single', maxFaults: 2, routingGroups: 2, thresholdMinutes: 1 },
    { product: 'sfb2019', hosts: [0, 1, 2, 3], backend: 'single', maxFaults: 2, quorumLossShutdownMinutes: 40 },
  ];

  it.each(shapes.map((s) => [`${s.product} ${s.hosts.join('')} ${s.backend} k=${s.maxFaults}`, s]))('%s', async (_, shape) => {
    const topology = topologyOf(shape);
    for (const fabricCheck of fabricChecks(topology)) {
      const result = await check(fabricCheck.subject.model, fabricCheck.subject.properties, { maxDepth: fabricCheck.maxDepth, stopAtFirstViolation: false });
      expect(result.complete).toBe(true);
      const got = Object.fromEntries(result.properties.filter((p) => p.name !== 'deadlock').map((p) => [p.name, p.status]));
      const want = Object.fromEntries(fabricCheck.rules.map((r) => [r.name, r.expected(topology).verdict]));
      expect(got).toEqual(want);
      expect(result.properties.find((p) => p.name === 'deadlock')?.status).toBe('holds');
    }
  });
});
