/**
 * The arithmetic behind the rules' expected verdicts: which FEs a given number of FE and host faults can
 * take down, and what that leaves of the pool's votes. It knows the voting rule but not the reducer, so a
 * verdict the search finds and the verdict worked out here are two views of one design that must agree.
 */
import { sqlVoteEligible } from '../model/facts.ts';
import { designedPresent, designedSeedSets } from '../model/init.ts';
import type { PoolContext } from '../model/context.ts';

export interface DownSet {
  /** Bit mask of FE slots that are down. */
  readonly down: number;
  /** The fewest faults that take exactly these FEs down. */
  readonly faults: number;
  /** Those faults, in words ("host1 fails (fe1, fe2)"). */
  readonly how: string;
}

/** Every set of designed FEs up to `maxFaults` FE or host faults can take down, fewest faults first. */
export function downSets(ctx: PoolContext, maxFaults: number): DownSet[] {
  const present = designedPresent(ctx);
  const hits = [
    ...present.flatMap((p, fe) => (p ? [{ mask: 1 << fe, how: `${ctx.feNames[fe]} fails` }] : [])),
    ...ctx.fesOn.flatMap((fes, host) => {
      const mask = fes.filter((fe) => present[fe]).reduce((m, fe) => m | (1 << fe), 0);
      const names = fes.filter((fe) => present[fe]).map((fe) => ctx.feNames[fe]).join(', ');
      return mask === 0 ? [] : [{ mask, how: `${ctx.hostNames[host]} fails (${names})` }];
    }),
  ];
  const found = new Map<number, DownSet>([[0, { down: 0, faults: 0, how: 'no fault' }]]);
  let level = [...found.values()];
  for (let faults = 1; faults <= maxFaults; faults++) {
    const nextLevel: DownSet[] = [];
    for (const from of level) {
      for (const hit of hits) {
        const down = from.down | hit.mask;
        if (found.has(down)) continue;
        const set = { down, faults, how: from.faults === 0 ? hit.how : `${from.how}, ${hit.how}` };
        found.set(down, set);
        nextLevel.push(set);
      }
    }
    level = nextLevel;
  }
  return [...found.values()];
}

export function designedFrontEnds(ctx: PoolContext): number {
  return designedPresent(ctx).filter(Boolean).length;
}

export function countDown(ctx: PoolContext, down: number): number {
  return designedPresent(ctx).filter((p, fe) => p && (down & (1 << fe)) !== 0).length;
}

export interface VoteCount {
  readonly up: number;
  readonly total: number;
  readonly seedsUp: number;
  readonly majority: boolean;
}

/** The pool's votes with `down` FEs down, with or without the SQL principal's vote. */
export function votesWith(ctx: PoolContext, seeds: readonly boolean[], down: number, sqlVotes: boolean): VoteCount {
  const seedCount = seeds.filter(Boolean).length;
  const seedsUp = seeds.filter((seed, fe) => seed && (down & (1 << fe)) === 0).length;
  const eligible = sqlVoteEligible(ctx.settings.sqlWitnessVote, seedCount);
  const up = seedsUp + (eligible && sqlVotes ? 1 : 0);
  const total = seedCount + (eligible ? 1 : 0);
  return { up, total, seedsUp, majority: 2 * up > total };
}

export function seedSets(ctx: PoolContext): boolean[][] {
  return designedSeedSets(ctx);
}

/**
 * Faults it takes to lose the SQL vote while the back end stays up: none with a mirror (a manual failover
 * is an operator action, not a fault), otherwise it cannot be done (the principal is the back end).
 */
export function sqlVoteFreeToLose(ctx: PoolContext): boolean {
  return ctx.sqlNames.mirror !== null;
}

/** SQL faults that take the back end down: the principal alone, or with a witness two of the three. */
export function backendOutageFaults(ctx: PoolContext): number {
  return ctx.sqlNames.witness === null ? 1 : 2;
}

export function plural(n: number, word: string): string {
  return `${n} ${word}${n === 1 ? '' : 's'}`;
}

export function poolOf(n: number): string {
  return `${n}-FE pool`;
}
