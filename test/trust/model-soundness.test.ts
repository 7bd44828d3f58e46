/**
 * The pool model offers the fabric's choices (where a new idle secondary goes, where QuorumLossRecovery
 * reloads a group, where a FullReset rebuilds one) one per symmetry class (model/choices.ts). That is sound only if every choice it
 * leaves out leads to a state symmetric to one it offers; otherwise the search never sees some
 * placements. Checked here against every choice, enumerated by brute force, and every relabelling
 * symmetry allows (pool-symmetries.ts), on all reachable states of small pools.
 */
import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { feUp } from '../../model/facts.ts';
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

/**
 * A routing group in quorum loss, as DOMAIN.md §3 and seed 004 define it, written out here rather than
 * read from model/facts.ts: fewer than 2 of its 3 replicas up and up to date.
 */
function inQuorumLoss(ctx: ReturnType<typeof poolContext>, s: PoolState, rg: PoolState['rgs'][number]): boolean {
  return rg.members.length > 0 && rg.members.filter((m) => feUp(ctx, s, m.fe) && m.hydratingIn === 0).length < 2;
}

/**
 * Every way the fabric may place `groups` (model/README.md "QuorumLossRecovery", "Growing and shrinking"):
 * each on three FEs of the pool in every order (the order is the roles), as many of them up as there are,
 * the up ones first; the groups independently of one another.
 */
function everyPlacement(ctx: ReturnType<typeof poolContext>, s: PoolState, groups: readonly number[]): { rg: number; fes: number[] }[][] {
  const present = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
  const up = present.filter((fe) => feUp(ctx, s, fe));
  const down = present.filter((fe) => !feUp(ctx, s, fe));
  const fromUp = Math.min(3, up.length);
  const placements = arrangements(up, fromUp).flatMap((ups) => arrangements(down, 3 - fromUp).map((downs) => [...ups, ...downs]));
  let choices: { rg: number; fes: number[] }[][] = [[]];
  for (const rg of groups) choices = choices.flatMap((chosen) => placements.map((fes) => [...chosen, { rg, fes }]));
  return choices;
}

/** Every choice the fabric has in `s`, as DOMAIN.md §3 and model/README.md state them: no symmetry applied. */
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
    // Start-CsPool -QuorumLossRecovery reloads "any routing groups currently in quorum loss": all of them.
    const inLoss = s.rgs.flatMap((rg, r) => (inQuorumLoss(ctx, s, rg) ? [r] : []));
    for (const rebuilt of everyPlacement(ctx, s, inLoss)) out.push({ kind: 'quorumLossRecovery', rebuilt });
  }
  if (offered.some((a) => a.kind === 'fullReset')) {
    // FullReset rebuilds every routing group of the resized pool; a pool of two has none (no replicas).
    const present = s.present.filter(Boolean).length;
    const groups = present >= 3 ? s.rgs.map((_, r) => r) : [];
    for (const placed of everyPlacement(ctx, s, groups)) out.push({ kind: 'fullReset', placed });
  }
  return out;
}

interface Soundness {
  /** The fabric choices whose successor is symmetric to no offered one. */
  readonly missed: string[];
  /** Which kinds of choice the brute force enumerated at all, so that an empty `missed` means something. */
  readonly kinds: Set<PoolAction['kind']>;
}

function checkChoices(shape: Shape, states: (model: ReturnType<typeof poolModel>) => PoolState[]): Soundness {
  const topology = topologyOf(shape);
  const model = poolModel(topology);
  const ctx = poolContext(topology);
  const images = symmetries(ctx);
  const missed: string[] = [];
  const kinds = new Set<PoolAction['kind']>();
  for (const s of states(model)) {
    const offered = model.actions(s);
    const chosen = offered.filter((a) => a.kind === 'replace' || a.kind === 'quorumLossRecovery' || a.kind === 'fullReset');
    if (chosen.length === 0) continue;
    const reached = new Set(chosen.map((a) => canonicalJson(model.next(s, a))));
    for (const choice of allChoices(ctx, s, offered)) {
      kinds.add(choice.kind);
      const next = model.next(s, choice);
      if (!images.some((image) => reached.has(canonicalJson(image(next))))) {
        missed.push(`${model.label(choice)} after ${JSON.stringify(s.rgs.map((rg) => rg.members.map((m) => m.fe)))}`);
      }
    }
  }
  return { missed, kinds };
}

function missedChoices(shape: Shape, states: (model: ReturnType<typeof poolModel>) => PoolState[]): string[] {
  return checkChoices(shape, states).missed;
}

describe('the fabric choices the model leaves out are symmetric to ones it offers', () => {
  it.each([
    ['5 FEs, one per host', { product: 'sfb2015', hosts: [0, 1, 2, 3, 4], backend: 'single', maxFaults: 3 }, ['replace', 'quorumLossRecovery']],
    ['6 FEs, two per host', { product: 'sfb2015', hosts: [0, 0, 1, 1, 2, 2], backend: 'single', maxFaults: 3 }, ['replace', 'quorumLossRecovery']],
    [
      '5 FEs, mixed hosts, hydrating',
      { product: 'lync2013', hosts: [0, 0, 1, 2, 3], backend: 'mirror', maxFaults: 3, hydrationMinutes: 1 },
      ['replace', 'quorumLossRecovery'],
    ],
    [
      '6 FEs, 2 routing groups',
      { product: 'sfb2015', hosts: [0, 1, 2, 3, 4, 5], backend: 'single', maxFaults: 3, routingGroups: 2 },
      ['replace', 'quorumLossRecovery'],
    ],
    // The 2 → 3 crossing: FullReset places the one routing group on fe1, fe2 and added-fe in any roles.
    ['2 FEs growing to 3', { product: 'sfb2015', hosts: [0, 1], backend: 'single', maxFaults: 2 }, ['quorumLossRecovery', 'fullReset']],
    ['3 FEs, two sharing a host', { product: 'lync2013', hosts: [0, 0, 1], backend: 'single', maxFaults: 2 }, ['quorumLossRecovery', 'fullReset']],
  ] as [string, Shape, PoolAction['kind'][]][])('%s: every reachable state within four steps', (_, shape, kinds) => {
    const { missed, kinds: seen } = checkChoices(shape, (model) => reachable(model, 4, 3000));
    expect(missed).toEqual([]);
    expect([...seen].sort()).toEqual([...kinds].sort());
  });

  it('FullReset after growing to 3 FEs: every placement of the group is offered up to symmetry', () => {
    const shape: Shape = { product: 'sfb2015', hosts: [0, 1], backend: 'single', maxFaults: 0 };
    const grown = (model: ReturnType<typeof poolModel>): PoolState[] => {
      const [start] = model.init();
      const crossing = model.actions(start!).find((a) => a.kind === 'crossing')!;
      return [model.next(start!, crossing)];
    };
    const model = poolModel(topologyOf(shape));
    const [after] = grown(model);
    // 3! = 6 role assignments on fe1, fe2, added-fe; fe1 and fe2 sit alone on swappable hosts, added-fe
    // does not, so the model needs 3 of them (where added-fe goes); the brute force tries all 6.
    expect(model.actions(after!).filter((a) => a.kind === 'fullReset')).toHaveLength(3);
    expect(missedChoices(shape, grown)).toEqual([]);
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
