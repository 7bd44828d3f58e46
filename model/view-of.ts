/** What a report draws of a pool state (model/view.ts). */
import { backendAvailable, feUp, service, upToDate, votes } from './facts.ts';
import { nextDeadline } from './time.ts';
import type { PoolContext } from './context.ts';
import type { PoolState } from './state.ts';
import type { FabricView, FrontEndStatus, PoolView, ReplicaRole, RoutingGroupView, TimerView } from './view.ts';

const roles: readonly ReplicaRole[] = ['primary', 'activeSecondary', 'idleSecondary'];

export function viewOf(ctx: PoolContext, s: PoolState): FabricView {
  const v = votes(ctx, s);
  const backend = backendAvailable(ctx, s);
  const routingGroups = s.rgs.map((rg, r): RoutingGroupView => ({
    id: r + 1,
    replicas: rg.members.map((m, i) => ({
      fe: ctx.feNames[m.fe]!,
      role: roles[i]!,
      up: feUp(ctx, s, m.fe),
      upToDate: upToDate(m),
    })),
    service: service(ctx, s, rg),
    unsyncedChanges: rg.dirty ? 1 : 0,
    lostChanges: rg.lost ? 1 : 0,
  }));
  const pool: PoolView = {
    name: ctx.poolName,
    hosts: ctx.hostNames.flatMap((name, h) => {
      const frontEnds = (ctx.fesOn[h] ?? []).filter((fe) => s.present[fe]).map((fe) => ctx.feNames[fe]!);
      return frontEnds.length === 0 ? [] : [{ name, up: s.hostUp[h] === true, frontEnds }];
    }),
    frontEnds: ctx.feNames.flatMap((name, fe) =>
      s.present[fe]
        ? [{ name, host: ctx.hostNames[ctx.hostOf[fe]!]!, up: feUp(ctx, s, fe), status: status(ctx, s, fe), voter: s.seed[fe] === true }]
        : [],
    ),
    votes: { up: v.up, total: v.total, needed: Math.floor(v.total / 2) + 1, functional: v.functional },
    sql: sqlView(ctx, s, backend, v.sqlVotes),
    backendAvailable: backend,
    routingGroups,
    serving: s.phase === 'running',
  };
  return { product: ctx.product, pools: [pool], timers: timers(ctx, s), notes: notes(ctx, s, pool) };
}

function status(ctx: PoolContext, s: PoolState, fe: number): FrontEndStatus {
  if (!feUp(ctx, s, fe)) return 'down';
  return s.phase;
}

function sqlView(ctx: PoolContext, s: PoolState, backend: boolean, sqlVotes: boolean): PoolView['sql'] {
  const { principal, mirror, witness } = ctx.sqlNames;
  const up: Record<string, boolean> = { [principal]: s.sql.principalUp };
  if (mirror !== null) up[mirror] = s.sql.mirrorUp;
  if (witness !== null) up[witness] = s.sql.witnessUp;
  return {
    principal,
    ...(mirror === null ? {} : { mirror }),
    ...(witness === null ? {} : { witness }),
    up,
    serving: backend ? (s.sql.onMirror ? mirror : principal) : null,
    votes: sqlVotes,
  };
}

function timers(ctx: PoolContext, s: PoolState): TimerView[] {
  const out: TimerView[] = [];
  if (s.phase === 'running' && s.shutdownIn > 0) {
    out.push({ name: `${ctx.poolName} services shut down (quorum loss)`, dueInMinutes: s.shutdownIn });
  }
  if (s.backendIn > 0) out.push({ name: 'BackupStoreUnavailableThreshold', dueInMinutes: s.backendIn });
  if (nextDeadline(ctx, s) !== null) {
    s.rgs.forEach((rg, r) => {
      for (const m of rg.members) {
        if (m.hydratingIn > 0 && feUp(ctx, s, m.fe)) {
          out.push({ name: `RG${r + 1} replica on ${ctx.feNames[m.fe]} hydrated`, dueInMinutes: m.hydratingIn });
        }
      }
    });
  }
  return out;
}

function notes(ctx: PoolContext, s: PoolState, pool: PoolView): string[] {
  const out: string[] = [];
  const { votes: v } = pool;
  if (!v.functional) out.push(`${ctx.poolName} lost quorum: ${v.up} of ${v.total} votes`);
  if (s.phase === 'stopped') out.push(`${ctx.poolName} services shut down after quorum loss`);
  if (s.phase === 'starting') {
    out.push(s.resetNeeded ? `${ctx.poolName} changed size across 2↔3: FullReset needed` : `${ctx.poolName} starting`);
  }
  if (s.lastDown !== null) {
    out.push(`${ctx.feNames[s.lastDown]} went down last: it must start first (or both together, or QuorumLossRecovery first)`);
  }
  if (!pool.backendAvailable) {
    out.push(s.backendIn === 0 ? 'back end unavailable past BackupStoreUnavailableThreshold' : 'back end unavailable');
  }
  for (const rg of pool.routingGroups) {
    const upToDateUp = rg.replicas.filter((r) => r.up && r.upToDate).length;
    if (rg.service !== 'full') {
      const replicas = rg.replicas.length > 0 ? ` (${upToDateUp} of 3 replicas up to date)` : '';
      out.push(`RG${rg.id}: ${rg.service}${replicas}`);
    }
    if (rg.lostChanges > 0) out.push(`RG${rg.id}: an acknowledged change was lost`);
  }
  return out;
}
