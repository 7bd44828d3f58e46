/** Readable names for events: what coverage tables, traces and reports print. */
import type { PoolContext } from './context.ts';
import type { PoolAction, SqlServer } from './state.ts';

export function label(ctx: PoolContext, a: PoolAction): string {
  const fe = (i: number): string => ctx.feNames[i] ?? `fe#${i}`;
  const onHost = (h: number): string => (ctx.fesOn[h] ?? []).map(fe).join(', ');
  switch (a.kind) {
    case 'feFail':
      return `${fe(a.fe)} fails`;
    case 'feRecover':
      return `${fe(a.fe)} recovers`;
    case 'hostFail':
      return `${ctx.hostNames[a.host]} fails (${onHost(a.host)})`;
    case 'hostRecover':
      return `${ctx.hostNames[a.host]} recovers (${onHost(a.host)})`;
    case 'sqlFail':
      return `${sqlName(ctx, a.server)} fails${witnessNote(ctx, a.failover)}`;
    case 'sqlRecover':
      return `${sqlName(ctx, a.server)} recovers${witnessNote(ctx, a.failover)}`;
    case 'manualFailover':
      return `manual SQL failover to mirror ${ctx.sqlNames.mirror}`;
    case 'failback':
      return `manual SQL failback to principal ${ctx.sqlNames.principal}`;
    case 'replace':
      return `fabric places RG${a.rg + 1}'s new idle secondary on ${fe(a.fe)} (hydrating)`;
    case 'userChange':
      return `user change on RG${a.rg + 1} (${a.direct ? 'written to the back end' : 'acknowledged by all three replicas'})`;
    case 'catchUp':
      return `back end catches up with RG${a.rg + 1}`;
    case 'time':
      return `time passes ${a.minutes} min${a.events.length > 0 ? `: ${a.events.join('; ')}` : ''}`;
    case 'quorumLossRecovery':
      return a.rebuilt.length === 0
        ? 'QuorumLossRecovery'
        : `QuorumLossRecovery: ${a.rebuilt.map((r) => `RG${r.rg + 1} reloaded from the back end on ${r.fes.map(fe).join(', ')}`).join('; ')}`;
    case 'serviceReset':
      return 'ServiceReset';
    case 'fullReset':
      return a.placed.length === 0
        ? 'FullReset'
        : `FullReset: ${a.placed.map((r) => `RG${r.rg + 1} on ${r.fes.map(fe).join(', ')}`).join('; ')}`;
    case 'crossing':
      return a.joins
        ? `${fe(a.fe)} added to ${ctx.poolName} (2 → 3 FEs)`
        : `${fe(a.fe)} removed from ${ctx.poolName} (3 → 2 FEs)`;
  }
}

function sqlName(ctx: PoolContext, server: SqlServer): string {
  return `SQL ${server} ${ctx.sqlNames[server]}`;
}

function witnessNote(ctx: PoolContext, failover: boolean): string {
  return failover ? ` (witness ${ctx.sqlNames.witness} fails the back end over)` : '';
}
