/**
 * What follows at once from any event, applied at the end of every update: replica roles, the timers a
 * new condition starts or cancels, a pool with no FE left up, and the cold start. Keeping these out of
 * the actions means no path can skip them.
 */
import { backendAvailable, coldStartMet, feUp, upCount, upToDate, votes, waitsForLastDown } from './facts.ts';
import type { PoolContext } from './context.ts';
import type { Member, PoolState } from './state.ts';

export function settle(ctx: PoolContext, s: PoolState): void {
  for (const rg of s.rgs) settleMembers(ctx, s, rg.members);
  if (!backendAvailable(ctx, s)) {
    if (s.backendIn < 0) s.backendIn = ctx.thresholdMinutes;
  } else if (s.backendIn >= 0) {
    s.backendIn = -1;
  }
  // With no FE up no service runs anywhere: the pool's next start is a full start (cold-start table).
  if (upCount(ctx, s) === 0) s.phase = 'starting';
  if (s.phase === 'starting' && !s.resetNeeded && coldStartMet(ctx, s) && !waitsForLastDown(s)) s.phase = 'running';
  settleQuorum(ctx, s);
}

/**
 * A hydrating replica that goes down starts over when it comes back. Roles follow availability: up-to-date
 * members first (the first is primary, so a failed primary's active secondary is promoted without
 * hydration), then hydrating ones, then those that are down, each group in its previous order.
 */
function settleMembers(ctx: PoolContext, s: PoolState, members: Member[]): void {
  const rankOf = (m: Member): number => (!feUp(ctx, s, m.fe) ? 2 : upToDate(m) ? 0 : 1);
  let sorted = true;
  for (let i = 0; i < members.length; i++) {
    const m = members[i]!;
    if (m.hydratingIn > 0 && !feUp(ctx, s, m.fe) && m.hydratingIn !== ctx.settings.hydrationMinutes) {
      m.hydratingIn = ctx.settings.hydrationMinutes;
    }
    if (i > 0 && rankOf(members[i - 1]!) > rankOf(m)) sorted = false;
  }
  if (sorted) return;
  const reordered = [0, 1, 2].flatMap((rank) => members.filter((m) => rankOf(m) === rank));
  members.splice(0, members.length, ...reordered);
}

/** Seed 004: on losing the majority, services on the remaining FEs shut down after 5 minutes. */
function settleQuorum(ctx: PoolContext, s: PoolState): void {
  if (s.phase !== 'running' || votes(ctx, s).functional) {
    s.shutdownIn = -1;
    return;
  }
  if (s.shutdownIn < 0) s.shutdownIn = ctx.settings.quorumLossShutdownMinutes;
}
