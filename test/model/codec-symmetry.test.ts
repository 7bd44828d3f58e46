import { describe, expect, it } from 'vitest';
import { poolContext } from '../../model/context.ts';
import { poolModel } from '../../model/pool-model.ts';
import { update } from '../../model/update.ts';
import { poolRules } from '../../properties/index.ts';
import { bundled, reachable } from './helpers.ts';
import type { PoolContext } from '../../model/context.ts';
import type { PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

function withGroups(topology: Topology, routingGroups: number): Topology {
  return { ...topology, pool: { ...topology.pool, routingGroups } };
}

const topologies: [string, Topology][] = [
  ['four-fe-mirror-witness', bundled('four-fe-mirror-witness')],
  ['six-fe-shared-hosts, 2 routing groups', withGroups(bundled('six-fe-shared-hosts'), 2)],
  ['two-fe (crossing slot)', bundled('two-fe')],
  ['three-fe-three-hosts (crossing FE)', bundled('three-fe-three-hosts')],
];

/** Renames FEs and hosts: `feTo[old]` and `hostTo[old]` are the new indices. */
function permute(s: PoolState, feTo: readonly number[], hostTo: readonly number[]): PoolState {
  const byFe = <T>(xs: readonly T[]): T[] => xs.map((_, fe) => xs[feTo.indexOf(fe)]!);
  return {
    ...s,
    feFailed: byFe(s.feFailed),
    present: byFe(s.present),
    seed: byFe(s.seed),
    hostUp: s.hostUp.map((_, h) => s.hostUp[hostTo.indexOf(h)]!),
    rgs: s.rgs.map((rg) => ({ ...rg, members: rg.members.map((m) => ({ ...m, fe: feTo[m.fe]! })) })),
    lastDown: s.lastDown === null ? null : feTo[s.lastDown]!,
  };
}

/** The symmetries the model claims: swapping two FEs on one host, or two same-sized hosts FE by FE. */
function symmetries(ctx: PoolContext): { feTo: number[]; hostTo: number[] }[] {
  const identity = (n: number): number[] => Array.from({ length: n }, (_, i) => i);
  const out: { feTo: number[]; hostTo: number[] }[] = [];
  const crossing = ctx.crossing?.fe;
  ctx.fesOn.forEach((fes) => {
    if (fes.length >= 2 && !fes.includes(crossing ?? -1)) {
      const feTo = identity(ctx.feNames.length);
      feTo[fes[0]!] = fes[1]!;
      feTo[fes[1]!] = fes[0]!;
      out.push({ feTo, hostTo: identity(ctx.hostNames.length) });
    }
  });
  for (const group of ctx.hostGroups) {
    if (group.length < 2) continue;
    const [a, b] = [group[0]!, group[1]!];
    const feTo = identity(ctx.feNames.length);
    ctx.fesOn[a]!.forEach((fe, j) => {
      feTo[fe] = ctx.fesOn[b]![j]!;
      feTo[ctx.fesOn[b]![j]!] = fe;
    });
    const hostTo = identity(ctx.hostNames.length);
    hostTo[a] = b;
    hostTo[b] = a;
    out.push({ feTo, hostTo });
  }
  return out;
}

describe.each(topologies)('%s', (_, topology) => {
  const model = poolModel(topology);
  const ctx = poolContext(topology);
  // Explored inside the first test that needs it: mutation testing credits each test with the model code it runs.
  let explored: PoolState[] | undefined;
  const states = (): PoolState[] => (explored ??= reachable(model, 1500));

  it('encodes every reachable state in a fixed number of words and decodes it back', () => {
    const codec = model.codec!;
    const words = new Int32Array(codec.words);
    for (const s of states()) {
      codec.encode(s, words, 0);
      expect(codec.decode(words, 0)).toEqual(s);
    }
  });

  it('gives the same next state through update on a plain copy as through immer', () => {
    const codec = model.codec!;
    const words = new Int32Array(codec.words);
    for (const s of states().slice(0, 300)) {
      for (const action of model.actions(s)) {
        codec.encode(s, words, 0);
        const copy = codec.decode(words, 0);
        update(ctx, copy, action);
        expect(copy).toEqual(model.next(s, action));
      }
    }
  });

  it('has symmetries to reduce by', () => {
    expect(symmetries(ctx).length).toBeGreaterThan(0);
  });

  // With several routing groups the canonical form is a representative of the class but not always the
  // same one (ties between FEs of different groups): sound, just less reduction. With one group it is exact.
  const exact = ctx.routingGroups === 1;

  it(`maps a state to ${exact ? 'one canonical form per symmetry class' : 'a state of its own class'}, which every rule judges alike`, () => {
    const canonical = model.canonical!;
    const rules = poolRules.filter((rule) => rule.applies(topology)).map((rule) => rule.property(topology));
    const judge = (s: PoolState): boolean[] => rules.map((rule) => rule.kind !== 'always' || rule.check(s));
    for (const s of states()) {
      const c = canonical(s);
      expect(judge(c)).toEqual(judge(s));
      if (exact) expect(canonical(c)).toEqual(c);
      for (const { feTo, hostTo } of symmetries(ctx)) {
        const twin = permute(s, feTo, hostTo);
        expect(judge(twin)).toEqual(judge(s));
        if (exact) expect(canonical(twin)).toEqual(c);
      }
    }
  });
});

it('keeps the crossing FE in place', () => {
  const topology = bundled('three-fe-three-hosts');
  const model = poolModel(topology);
  const [s] = model.init();
  const removed = model.next(s!, model.actions(s!).find((a) => a.kind === 'crossing')!);
  expect(model.canonical!(removed).present).toEqual([true, true, false]);
});
