/**
 * Facts read off a state: who is up, the back end, the pool's votes, each routing group's service.
 * Read-only, so the reducer, the rules and the view all judge a state the same way.
 */
import { coldStartMinimum } from './published.ts';
import type { PoolContext } from './context.ts';
import type { Member, PoolState, RoutingGroup } from './state.ts';
import type { FabricSettings } from './topology/types.ts';
import type { ServiceLevel } from './view.ts';

export function feUp(ctx: PoolContext, s: PoolState, fe: number): boolean {
  return s.present[fe] === true && !s.feFailed[fe] && s.hostUp[ctx.hostOf[fe] ?? -1] === true;
}

export function presentCount(s: PoolState): number {
  return s.present.filter(Boolean).length;
}

export function upCount(ctx: PoolContext, s: PoolState): number {
  let up = 0;
  for (let fe = 0; fe < s.present.length; fe++) if (feUp(ctx, s, fe)) up++;
  return up;
}

/** The pool has the FEs the topology gives it (not in the middle of, or past, the 2↔3 crossing). */
export function atDesignedSize(ctx: PoolContext, s: PoolState): boolean {
  return !s.resetNeeded && presentCount(s) === ctx.designedSize;
}

/** Routing groups keep replicas on the FEs only in pools of three or more FEs (DOMAIN.md §3). */
export function hasReplicas(s: PoolState): boolean {
  return presentCount(s) >= 3;
}

/**
 * DOMAIN.md §1: a mirror pair without a witness serves from whichever partner is principal while it is up;
 * with a witness, the principal also needs one of the other two to keep quorum.
 */
export function backendAvailable(ctx: PoolContext, s: PoolState): boolean {
  const { principalUp, mirrorUp, witnessUp, onMirror } = s.sql;
  if (!(onMirror ? mirrorUp : principalUp)) return false;
  if (ctx.sqlNames.witness === null) return true;
  return Number(principalUp) + Number(mirrorUp) + Number(witnessUp) >= 2;
}

/** The SQL vote exists for this many seeds (the product-dependent witness rule, README "Settings"). */
export function sqlVoteEligible(rule: FabricSettings['sqlWitnessVote'], seeds: number): boolean {
  if (rule === 'never') return false;
  if (rule === 'even-seeds-below-12') return seeds % 2 === 0 && seeds < 12;
  return seeds % 2 === 0;
}

export interface Votes {
  readonly up: number;
  readonly total: number;
  readonly sqlEligible: boolean;
  /** The topology's primary holds the vote: up and serving as principal (seed 004, "IMPORTANT"). */
  readonly sqlVotes: boolean;
  readonly functional: boolean;
}

export function votes(ctx: PoolContext, s: PoolState): Votes {
  return votesGiven(ctx, s, backendAvailable(ctx, s));
}

/**
 * The votes the pool would have with the back end up as it is now set (the serving partner up): what a
 * back-end outage is measured against. The SQL vote still needs the topology's primary to be serving.
 */
export function votesWithBackend(ctx: PoolContext, s: PoolState): Votes {
  return votesGiven(ctx, s, true);
}

function votesGiven(ctx: PoolContext, s: PoolState, backend: boolean): Votes {
  let seeds = 0;
  let seedsUp = 0;
  for (let fe = 0; fe < s.seed.length; fe++) {
    if (!s.seed[fe] || !s.present[fe]) continue;
    seeds++;
    if (feUp(ctx, s, fe)) seedsUp++;
  }
  const sqlEligible = sqlVoteEligible(ctx.settings.sqlWitnessVote, seeds);
  const sqlVotes = sqlEligible && !s.sql.onMirror && backend;
  const up = seedsUp + (sqlVotes ? 1 : 0);
  const total = seeds + (sqlEligible ? 1 : 0);
  return { up, total, sqlEligible, sqlVotes, functional: 2 * up > total };
}

export function seedsUp(ctx: PoolContext, s: PoolState): number {
  let up = 0;
  for (let fe = 0; fe < s.seed.length; fe++) if (s.seed[fe] && feUp(ctx, s, fe)) up++;
  return up;
}

/** The cold-start rule: enough FEs run and the back end is there to hydrate from. */
export function coldStartMet(ctx: PoolContext, s: PoolState): boolean {
  return upCount(ctx, s) >= coldStartMinimum(presentCount(s)) && backendAvailable(ctx, s);
}

/**
 * A two-FE pool restarted in the wrong order (`settings.twoFeRestartOrder`): the FE that went down last is
 * still down, so the one up waits in starting whatever the cold-start table allows.
 */
export function waitsForLastDown(s: PoolState): boolean {
  return s.lastDown !== null;
}

export function upToDate(member: Member): boolean {
  return member.hydratingIn === 0;
}

/** Members that are up and up to date: what replica quorum counts. */
export function freshUp(ctx: PoolContext, s: PoolState, rg: RoutingGroup): number {
  let n = 0;
  for (const m of rg.members) if (upToDate(m) && feUp(ctx, s, m.fe)) n++;
  return n;
}

/**
 * A routing group in quorum loss: fewer than 2 of its 3 replicas up and up to date (seed 004, "two of the
 * three servers ... lost"). QuorumLossRecovery reloads exactly these from the back end.
 */
export function inQuorumLoss(ctx: PoolContext, s: PoolState, rg: RoutingGroup): boolean {
  return rg.members.length > 0 && freshUp(ctx, s, rg) < 2;
}

/**
 * What a routing group's users get. Pools of 1–2 FEs read the back end directly, so a back-end outage
 * limits them at once; pools of 3+ FEs need 2 of 3 replicas and keep full service through a back-end
 * outage until BackupStoreUnavailableThreshold (DOMAIN.md §3–4).
 */
export function service(ctx: PoolContext, s: PoolState, rg: RoutingGroup): ServiceLevel {
  return serviceGiven(ctx, s, rg, backendAvailable(ctx, s), s.backendIn === 0);
}

/** The service the FEs would give with the back end up: what a back-end outage is measured against. */
export function serviceWithBackend(ctx: PoolContext, s: PoolState, rg: RoutingGroup): ServiceLevel {
  return serviceGiven(ctx, s, rg, true, false);
}

function serviceGiven(
  ctx: PoolContext,
  s: PoolState,
  rg: RoutingGroup,
  backend: boolean,
  thresholdPassed: boolean,
): ServiceLevel {
  if (s.phase !== 'running') return 'disconnected';
  if (rg.members.length === 0) {
    if (upCount(ctx, s) === 0) return 'disconnected';
    return backend ? 'full' : 'limited';
  }
  const fresh = freshUp(ctx, s, rg);
  if (fresh === 0) return 'disconnected';
  if (fresh === 1 || thresholdPassed) return 'limited';
  return 'full';
}

export function everyoneFull(ctx: PoolContext, s: PoolState): boolean {
  return s.rgs.every((rg) => service(ctx, s, rg) === 'full');
}

const rank: Readonly<Record<ServiceLevel, number>> = { disconnected: 0, limited: 1, full: 2 };

export function serviceRank(level: ServiceLevel): number {
  return rank[level];
}
