/**
 * The reducer's recipe: `next = produce(state, d => update(d, action))`. It only mutates its argument, so
 * the engine's fast path can run it on a plain decoded copy instead of an immer draft.
 */
import { feUp, presentCount } from './facts.ts';
import { firstSeeds } from './seeds.ts';
import { settle } from './settle.ts';
import { advance } from './time.ts';
import { witnessFailsOver } from './witness.ts';
import { sqlUpKey } from './state.ts';
import type { PoolContext } from './context.ts';
import type { Placement, PoolAction, PoolState, RoutingGroup } from './state.ts';

export function update(ctx: PoolContext, s: PoolState, a: PoolAction): void {
  // Only a two-FE pool keeps a restart order; the others skip the bookkeeping on this hot path.
  const upBefore = ctx.settings.twoFeRestartOrder === 'any' || presentCount(s) !== 2 ? null : upFes(ctx, s);
  apply(ctx, s, a);
  if (upBefore !== null) trackLastDown(ctx, s, upBefore);
  settle(ctx, s);
}

function upFes(ctx: PoolContext, s: PoolState): number[] {
  return s.present.flatMap((_, fe) => (feUp(ctx, s, fe) ? [fe] : []));
}

/**
 * DOMAIN.md §5, two-FE pools: "restart both together, or in reverse order of shutdown". When the second
 * FE goes down it is remembered as the one to start first; both going at once (one host) leave no order
 * to keep. It coming back ends the wait (the other one joining it is "both together").
 */
function trackLastDown(ctx: PoolContext, s: PoolState, upBefore: readonly number[]): void {
  if (s.lastDown !== null) {
    if (feUp(ctx, s, s.lastDown)) s.lastDown = null;
    return;
  }
  if (upBefore.length === 1 && upFes(ctx, s).length === 0) s.lastDown = upBefore[0]!;
}

function apply(ctx: PoolContext, s: PoolState, a: PoolAction): void {
  switch (a.kind) {
    case 'feFail':
      s.feFailed[a.fe] = true;
      s.faults.fe++;
      return;
    case 'feRecover':
      s.feFailed[a.fe] = false;
      return;
    case 'hostFail':
      s.hostUp[a.host] = false;
      s.faults.host++;
      return;
    case 'hostRecover':
      s.hostUp[a.host] = true;
      return;
    case 'sqlFail':
      s.sql[sqlUpKey[a.server]] = false;
      s.faults.sql++;
      if (witnessFailsOver(ctx, s.sql)) s.sql.onMirror = !s.sql.onMirror;
      return;
    case 'sqlRecover':
      s.sql[sqlUpKey[a.server]] = true;
      if (witnessFailsOver(ctx, s.sql)) s.sql.onMirror = !s.sql.onMirror;
      return;
    case 'manualFailover':
      s.sql.onMirror = true;
      return;
    case 'failback':
      s.sql.onMirror = false;
      return;
    case 'replace':
      replaceMember(ctx, s, s.rgs[a.rg]!, a.fe);
      return;
    case 'userChange':
      if (!a.direct) s.rgs[a.rg]!.dirty = true;
      return;
    case 'catchUp':
      s.rgs[a.rg]!.dirty = false;
      return;
    case 'time':
      advance(ctx, s, a.minutes);
      return;
    case 'quorumLossRecovery':
      s.phase = 'running';
      s.lastDown = null;
      for (const { rg, fes } of a.rebuilt) rebuildFromBackend(ctx, s, s.rgs[rg]!, fes);
      return;
    case 'serviceReset':
      s.phase = 'starting';
      return;
    case 'fullReset':
      fullReset(s, a.placed);
      return;
    case 'crossing':
      s.present[a.fe] = a.joins;
      s.resetNeeded = true;
      s.phase = 'starting';
      return;
  }
}

/** The new idle secondary takes the place of the lowest-ranked member that is down. */
function replaceMember(ctx: PoolContext, s: PoolState, rg: RoutingGroup, fe: number): void {
  for (let i = rg.members.length - 1; i >= 0; i--) {
    if (!feUp(ctx, s, rg.members[i]!.fe)) {
      rg.members[i] = { fe, hydratingIn: ctx.settings.hydrationMinutes };
      return;
    }
  }
}

/** Changes the back end had not received are gone; replicas on FEs that are down hydrate when they return. */
function rebuildFromBackend(ctx: PoolContext, s: PoolState, rg: RoutingGroup, fes: readonly number[]): void {
  if (rg.dirty) rg.lost = true;
  rg.dirty = false;
  rg.members = fes.map((fe) => ({ fe, hydratingIn: feUp(ctx, s, fe) ? 0 : ctx.settings.hydrationMinutes }));
}

/**
 * FullReset after the 2↔3 crossing: services stop gracefully (the model assumes pending changes reach the
 * back end first; the cmdlet needs it available), local databases are rebuilt, and the pool restarts with
 * its new size, each routing group where the fabric placed it. Only 2 and 3 FEs cross, so every FE left
 * is a seed.
 */
function fullReset(s: PoolState, placed: readonly Placement[]): void {
  s.resetNeeded = false;
  s.lastDown = null;
  s.seed = firstSeeds(s.present, s.present.length);
  for (const rg of s.rgs) {
    rg.dirty = false;
    rg.members = [];
  }
  for (const { rg, fes } of placed) s.rgs[rg]!.members = fes.map((fe) => ({ fe, hydratingIn: 0 }));
  s.phase = 'starting';
}
