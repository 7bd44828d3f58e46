/**
 * The reducer's recipe: `next = produce(state, d => update(d, action))`. It only mutates its argument, so
 * the engine's fast path can run it on a plain decoded copy instead of an immer draft.
 */
import { feUp } from './facts.ts';
import { firstSeeds } from './seeds.ts';
import { settle } from './settle.ts';
import { advance } from './time.ts';
import { witnessFailsOver } from './witness.ts';
import { sqlUpKey } from './state.ts';
import type { PoolContext } from './context.ts';
import type { PoolAction, PoolState, RoutingGroup } from './state.ts';

export function update(ctx: PoolContext, s: PoolState, a: PoolAction): void {
  apply(ctx, s, a);
  settle(ctx, s);
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
      for (const { rg, fes } of a.rebuilt) rebuildFromBackend(ctx, s, s.rgs[rg]!, fes);
      return;
    case 'serviceReset':
      s.phase = 'starting';
      return;
    case 'fullReset':
      fullReset(ctx, s);
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
 * its new size. Only 2 and 3 FEs cross, so every FE left is a seed and a 3-FE pool's groups sit on all three.
 */
function fullReset(ctx: PoolContext, s: PoolState): void {
  s.resetNeeded = false;
  s.seed = firstSeeds(s.present, s.present.length);
  const pool = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
  for (const rg of s.rgs) {
    rg.dirty = false;
    rg.members = pool.length >= 3 ? pool.slice(0, 3).map((fe) => ({ fe, hydratingIn: 0 })) : [];
  }
  s.phase = 'starting';
}
