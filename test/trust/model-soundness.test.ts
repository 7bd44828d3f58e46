/**
 * The pool model offers the fabric's choices (where a new idle secondary goes, where QuorumLossRecovery
 * reloads a group) one per symmetry class (model/choices.ts). That is sound only if every choice it
 * leaves out leads to a state symmetric to one it offers; otherwise the search never sees some
 * placements. Checked here against every choice, enumerated by brute force, and every relabelling
 * symmetry allows (pool-symmetries.ts), on all reachable states of small pools.
 */
import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { feUp, replicasLost } from '../../model/facts.ts';
import { poolModel } from '../../model/pool-model.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import { canonicalJson } from './reference.ts';
import { permutations, reachable, symmetries } from './pool-symmetries.ts';
import { topologyOf, type Shape } from './small-topologies.ts';

/** Ordered picks: the position in a placement is the replica's role. */
function arrangements(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  return items.flatMap((item) => arrangements(items.filter((other) => other !== item), size - 1).map((rest) => [item, ...rest]));
}

/** Every choice the fabric has in `s`, as DOMAIN.md §3 states them: no symmetry applied. */
function allChoices(ctx: ReturnType<typeof poolContext>, s: PoolState, offered: readonly PoolAction[]): PoolAction[] {
  const out: PoolAction[] = [];
  for (const action of offered) {
    if (action.kind !== 'replace' || out.some((a) => a.kind === 'replace' && a.rg === action.rg)) continue;
    const rg = s.rgs[action.rg]!;
    s.present.forEach((_, fe) => {
      if (feUp(ctx, s, fe) && !rg.members.some((m) => m.fe === fe)) out.push({ kind: 'replace', rg: action.rg, fe });
    });
  }
  if (offered.some((a) => a.kind === 'quorumLossRecovery')) {
    const lost = s.rgs.flatMap((rg, r) => (replicasLost(ctx, s, rg) ? [r] : []));
    const present = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
    const up = present.filter((fe) => feUp(ctx, s, fe));
    const down = present.filter((fe) => !feUp(ctx, s, fe));
    const fromUp = Math.min(3, up.length);
    const placements = arrangements(up, fromUp).flatMap((ups) => arrangements(down, 3 - fromUp).map((downs) => [...ups, ...downs]));
    let choices: { rg: number; fes: number[] }[][] = [[]];
    for (const rg of lost) choices = choices.flatMap((chosen) => placements.map((fes) => [...chosen, { rg, fes }]));
    for (const rebuilt of choices) out.push({ kind: 'quorumLossRecovery', rebuilt });
  }
  return out;
}

/** The fabric choices in `s` whose successor is symmetric to no offered one. */
function missedChoices(shape: Shape, states: (model: ReturnType<typeof poolModel>) => PoolState[]): string[] {
  const topology = topologyOf(shape);
  const model = poolModel(topology);
  const ctx = poolContext(topology);
  const images = symmetries(ctx);
  const missed: string[] = [];
  for (const s of states(model)) {
    const offered = model.actions(s);
    const chosen = offered.filter((a) => a.kind === 'replace' || a.kind === 'quorumLossRecovery');
    if (chosen.length === 0) continue;
    const reached = new Set(chosen.map((a) => canonicalJson(model.next(s, a))));
    for (const choice of allChoices(ctx, s, offered)) {
      const next = model.next(s, choice);
      if (!images.some((image) => reached.has(canonicalJson(image(next))))) {
        missed.push(`${model.label(choice)} after ${JSON.stringify(s.rgs.map((rg) => rg.members.map((m) => m.fe)))}`);
      }
    }
  }
  return missed;
}

describe('the fabric choices the model leaves out are symmetric to ones it offers', () => {
  it.each([
    ['5 FEs, one per host', { product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 3 }],
    ['6 FEs, two per host', { product: 'sfb2015', hosts: [0, 0, 1, 1, 2, 2], backend: 'single', maxFaults: 3 }],
    ['5 FEs, mixed hosts, hydrating', { product: 'lync2013', hosts: [0, 0, 1, 2, 3], backend: 'mirror', maxFaults: 3, hydrationMinutes: 1 }],
    ['6 FEs, 2 routing groups', { product: 'sfb2015', hosts: [0, 1, 2, 3, 4, 5], backend: 'single', maxFaults: 3, routingGroups: 2 }],
  ] as [string, Shape][])('%s: every reachable state within four steps', (_, shape) => {
    expect(missedChoices(shape, (model) => reachable(model, 4, 3000))).toEqual([]);
  });

  // Was a bug (model/actions.ts rebuildChoices): each lost group's placement was reduced by the classes
  // of the state before any was placed, so two groups reloaded at once always landed on the same three
  // FEs; placements that overlap in two FEs were never explored.
  it('QuorumLossRecovery of two routing groups at once, seven FEs', () => {
    const shape: Shape = { product: 'sfb2015', hosts: [0, 1, 2, 3, 4, 5, 6], backend: 'single', maxFaults: 3, routingGroups: 2 };
    const bothOnFirstThree = (model: ReturnType<typeof poolModel>): PoolState[] => {
      const start = model.init().find((s) => s.rgs.every((rg) => rg.members.map((m) => m.fe).join() === '0,1,2'))!;
      const after = ['fe1 fails', 'fe2 fails', 'fe3 fails'].reduce((s, label) => model.next(s, model.actions(s).find((a) => model.label(a) === label)!), start);
      return [after];
    };
    expect(missedChoices(shape, bothOnFirstThree)).toEqual([]);
  });

  it('the brute-force symmetries are what they claim: 5 lone hosts give 5! relabellings', () => {
    const ctx = poolContext(topologyOf({ product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 1 }));
    expect(symmetries(ctx)).toHaveLength(permutations([0, 1, 2, 3, 4]).length);
  });
});
