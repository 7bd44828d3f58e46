/**
 * Time as minutes against deadlines (README "Time"): the state keeps minutes left per timer, never a
 * clock, and one action lets time pass to the nearest deadline. States that differ only in the wall clock
 * are one state, and no path spends steps on minutes in which nothing can happen.
 */
import { feUp, freshUp } from './facts.ts';
import type { PoolContext } from './context.ts';
import type { Member, PoolAction, PoolState, RoutingGroup } from './state.ts';

/** A replica hydrates only while it is up and an up-to-date member of its group is there to copy from. */
function hydrating(ctx: PoolContext, s: PoolState, rg: RoutingGroup, m: Member): boolean {
  return s.phase === 'running' && m.hydratingIn > 0 && feUp(ctx, s, m.fe) && freshUp(ctx, s, rg) > 0;
}

function shutdownPending(s: PoolState): boolean {
  return s.phase === 'running' && s.shutdownIn > 0;
}

/** Minutes to the nearest deadline, or null when nothing is waiting on time. */
export function nextDeadline(ctx: PoolContext, s: PoolState): number | null {
  let next = Infinity;
  if (shutdownPending(s)) next = s.shutdownIn;
  if (s.backendIn > 0) next = Math.min(next, s.backendIn);
  for (const rg of s.rgs) {
    for (const m of rg.members) if (hydrating(ctx, s, rg, m)) next = Math.min(next, m.hydratingIn);
  }
  return next === Infinity ? null : next;
}

/** What reaching the deadline `minutes` from now brings, in words, for the action's label. */
export function dueEvents(ctx: PoolContext, s: PoolState, minutes: number): string[] {
  const events: string[] = [];
  if (shutdownPending(s) && s.shutdownIn === minutes) events.push(`${ctx.poolName} services shut down`);
  if (s.backendIn === minutes) {
    events.push(`back-end outage reaches the ${ctx.thresholdMinutes}-minute BackupStoreUnavailableThreshold`);
  }
  s.rgs.forEach((rg, r) => {
    for (const m of rg.members) {
      if (hydrating(ctx, s, rg, m) && m.hydratingIn === minutes) {
        events.push(`RG${r + 1} replica on ${ctx.feNames[m.fe]} hydrated`);
      }
    }
  });
  return events;
}

export function advance(ctx: PoolContext, s: PoolState, minutes: number): void {
  const ticking = s.rgs.map((rg) => rg.members.map((m) => hydrating(ctx, s, rg, m)));
  if (shutdownPending(s)) {
    s.shutdownIn -= minutes;
    if (s.shutdownIn === 0) s.phase = 'stopped';
  }
  if (s.backendIn > 0) s.backendIn -= minutes;
  s.rgs.forEach((rg, r) => {
    rg.members.forEach((m, i) => {
      if (ticking[r]?.[i]) m.hydratingIn -= minutes;
    });
  });
}

/** For reports: the model minutes an action lets pass. */
export function minutesElapsed(action: PoolAction): number {
  return action.kind === 'time' ? action.minutes : 0;
}
