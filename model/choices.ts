/**
 * The fabric's choices up to symmetry. When the fabric picks FEs (a new idle secondary, the FEs a
 * QuorumLossRecovery reloads a group onto), FEs that the current state cannot tell apart give symmetric
 * successors, which the canonical form would merge anyway: enumerating one choice per class saves
 * computing them. Two FEs are interchangeable here when they share a host, or sit alone on hosts that
 * symmetry may swap, and agree on their own state, their host's and their replicas.
 */
import { feUp } from './facts.ts';
import type { PoolContext } from './context.ts';
import type { Placement, PoolState } from './state.ts';

/**
 * A class key per FE slot; equal keys are interchangeable in `s`. The FE a two-FE pool must restart first
 * (`lastDown`) is left out: it is set only in a two-FE pool that is not running, where nothing reads these
 * classes (no new secondaries below four FEs, and no groups for QuorumLossRecovery or a FullReset to place).
 */
export function feClasses(ctx: PoolContext, s: PoolState): string[] {
  return ctx.feNames.map((_, fe) => {
    const host = ctx.hostOf[fe]!;
    const group = ctx.hostGroups.findIndex((hosts) => hosts.includes(host));
    const alone = ctx.fesOn[host]!.length === 1 && ctx.hostGroups[group]!.length > 1;
    const replicas = s.rgs.map((rg) => rg.members.findIndex((m) => m.fe === fe)).join(',');
    const flags = `${s.present[fe]}${s.feFailed[fe]}${s.seed[fe]}${s.hostUp[host]}`;
    return `${alone ? `g${group}` : `h${host}`}|${flags}|${replicas}`;
  });
}

/**
 * Where the fabric may put each of `rgs` (QuorumLossRecovery, FullReset): three FEs of the pool, as many
 * of them up as there are (the up ones take the first roles), in roles of its choosing, one placement
 * per symmetry class of choices. Groups are placed one after another, each with the classes refined by
 * where the earlier ones went and in which role: FEs alike before the first placement are not alike
 * once one of them holds a group.
 */
export function placementChoices(ctx: PoolContext, s: PoolState, rgs: readonly number[]): Placement[][] {
  const present = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
  const up = present.filter((fe) => feUp(ctx, s, fe));
  const down = present.filter((fe) => !feUp(ctx, s, fe));
  const fromUp = Math.min(3, up.length);
  const classes = feClasses(ctx, s);
  let choices: Placement[][] = [[]];
  for (const rg of rgs) {
    choices = choices.flatMap((chosen) => {
      const refined = classes.map((cls, fe) => `${cls}|${chosen.map((c) => c.fes.indexOf(fe)).join(',')}`);
      const placements = distinctArrangements(up, fromUp, refined).flatMap((ups) =>
        distinctArrangements(down, 3 - fromUp, refined).map((downs) => [...ups, ...downs]),
      );
      return placements.map((fes) => [...chosen, { rg, fes }]);
    });
  }
  return choices;
}

/**
 * Ordered picks (a role per position) of `size` from `candidates`, one per way of choosing the class at
 * each position: within a class the earliest candidate not yet picked is taken, because the ones left in
 * a class are still interchangeable once one of them has a role.
 */
export function distinctArrangements(candidates: readonly number[], size: number, classOf: readonly string[]): number[][] {
  const out: number[][] = [];
  const picked: number[] = [];
  const walk = (): void => {
    if (picked.length === size) {
      out.push([...picked]);
      return;
    }
    const tried = new Set<string>();
    for (const fe of candidates) {
      const cls = classOf[fe]!;
      if (picked.includes(fe) || tried.has(cls)) continue;
      tried.add(cls);
      picked.push(fe);
      walk();
      picked.pop();
    }
  };
  walk();
  return out;
}

/** Every subset of `items` of `size`, in lexicographic order. */
export function subsets(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  const out: number[][] = [];
  items.forEach((item, i) => {
    for (const rest of subsets(items.slice(i + 1), size - 1)) out.push([item, ...rest]);
  });
  return out;
}

/** Every ordered pick of `size` distinct items, in lexicographic order. */
export function arrangements(items: readonly number[], size: number): number[][] {
  if (size === 0) return [[]];
  return items.flatMap((item) => arrangements(items.filter((other) => other !== item), size - 1).map((rest) => [item, ...rest]));
}
