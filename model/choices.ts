/**
 * The fabric's choices up to symmetry. When the fabric picks FEs (a new idle secondary, the FEs a
 * QuorumLossRecovery reloads a group onto), FEs that the current state cannot tell apart give symmetric
 * successors, which the canonical form would merge anyway: enumerating one choice per class saves
 * computing them. Two FEs are interchangeable here when they share a host, or sit alone on hosts that
 * symmetry may swap, and agree on their own state, their host's and their replicas.
 */
import type { PoolContext } from './context.ts';
import type { PoolState } from './state.ts';

/** A class key per FE slot; equal keys are interchangeable in `s`. */
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
 * Subsets of `candidates` of `size`, one per way of choosing how many of each class: within a class
 * the earliest candidates are taken.
 */
export function distinctChoices(candidates: readonly number[], size: number, classOf: readonly string[]): number[][] {
  const out: number[][] = [];
  const picked: number[] = [];
  const walk = (start: number, skipped: ReadonlySet<string>): void => {
    if (picked.length === size) {
      out.push([...picked]);
      return;
    }
    let banned = skipped;
    for (let i = start; i < candidates.length; i++) {
      const fe = candidates[i]!;
      const cls = classOf[fe]!;
      if (banned.has(cls)) continue;
      picked.push(fe);
      walk(i + 1, banned);
      picked.pop();
      banned = new Set(banned).add(cls);
    }
  };
  walk(0, new Set());
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
