/**
 * Brute-force views of the pool model's state space, independent of model/symmetry.ts and model/choices.ts:
 * reachable states, and every relabelling that the README's symmetry argument allows.
 */
import type { poolContext } from '../../model/context.ts';
import type { poolModel } from '../../model/pool-model.ts';
import type { PoolState } from '../../model/state.ts';
import { canonicalJson } from './reference.ts';

const range = (from: number, to: number) => Array.from({ length: to - from + 1 }, (_, i) => from + i);

/** Breadth first, up to `depth` steps and `limit` states. */
export function reachable(model: ReturnType<typeof poolModel>, depth: number, limit: number): PoolState[] {
  const seen = new Map<string, PoolState>();
  let frontier = [...model.init()];
  for (let d = 0; d <= depth && frontier.length > 0; d++) {
    const next: PoolState[] = [];
    for (const state of frontier) {
      const key = canonicalJson(state);
      if (seen.has(key) || seen.size >= limit) continue;
      seen.set(key, state);
      for (const action of model.actions(state)) next.push(model.next(state, action));
    }
    frontier = next;
  }
  return [...seen.values()];
}

export function permutations<T>(items: readonly T[]): T[][] {
  if (items.length <= 1) return [[...items]];
  return items.flatMap((item, i) => permutations([...items.slice(0, i), ...items.slice(i + 1)]).map((rest) => [item, ...rest]));
}

/**
 * Every relabelling symmetry.ts may apply (README "Symmetry"), written out by brute force: hosts swapped
 * within a group of same-sized hosts, FEs swapped within their host, routing groups reordered. Every
 * field that names an FE slot (replica members, `lastDown`) is relabelled with it.
 */
export function symmetries(ctx: ReturnType<typeof poolContext>): ((s: PoolState) => PoolState)[] {
  let hostMaps: number[][] = [ctx.hostNames.map((_, h) => h)];
  for (const group of ctx.hostGroups) {
    hostMaps = hostMaps.flatMap((map) => permutations(group).map((order) => map.map((to, h) => (group.includes(h) ? order[group.indexOf(h)]! : to))));
  }
  let feMaps: number[][] = [];
  for (const hostMap of hostMaps) {
    let maps: number[][] = [ctx.feNames.map((_, fe) => fe)];
    ctx.fesOn.forEach((fes, host) => {
      const target = ctx.fesOn[hostMap[host]!]!;
      maps = maps.flatMap((map) => permutations(target).map((order) => map.map((to, fe) => (fes.includes(fe) ? order[fes.indexOf(fe)]! : to))));
    });
    feMaps = feMaps.concat(maps.map((map) => [...map, ...hostMap.map((h) => -1 - h)]));
  }
  const rgOrders = permutations(range(0, ctx.routingGroups - 1));
  return feMaps.flatMap((combined) => {
    const feMap = combined.filter((x) => x >= 0);
    const hostMap = combined.filter((x) => x < 0).map((x) => -1 - x);
    return rgOrders.map((order) => (s: PoolState): PoolState => {
      const byFe = <T>(values: readonly T[]) => { const out = [...values]; values.forEach((v, fe) => (out[feMap[fe]!] = v)); return out; };
      const hostUp = [...s.hostUp];
      s.hostUp.forEach((up, h) => (hostUp[hostMap[h]!] = up));
      const rgs = s.rgs.map((rg) => ({ ...rg, members: rg.members.map((m) => ({ ...m, fe: feMap[m.fe]! })) }));
      // `lastDown` names an FE slot (a two-FE pool's last FE down), so it moves with the FEs.
      const lastDown = s.lastDown === null ? null : feMap[s.lastDown]!;
      return { ...s, feFailed: byFe(s.feFailed), present: byFe(s.present), seed: byFe(s.seed), hostUp, rgs: order.map((r) => rgs[r]!), lastDown };
    });
  });
}
