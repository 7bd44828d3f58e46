/**
 * The enabled events of a state, in a fixed order: SQL operator actions, faults, recoveries, the fabric's
 * choices, users, time, then the operator's resets and the 2↔3 crossing. Breadth-first search keeps the
 * first path it finds to a state, so this order decides which of several equally short counterexamples
 * is shown (a mirror failover before the FE failures, as Microsoft tells the story).
 */
import {
  backendAvailable,
  feUp,
  freshUp,
  hasReplicas,
  presentCount,
  replicasLost,
  service,
  upCount,
  upToDate,
  votes,
} from './facts.ts';
import { distinctArrangements, feClasses } from './choices.ts';
import { dueEvents, nextDeadline } from './time.ts';
import { witnessFailsOver } from './witness.ts';
import type { PoolContext } from './context.ts';
import { sqlUpKey } from './state.ts';
import type { PoolAction, PoolState, SqlServer } from './state.ts';

export function enabledActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  return [
    ...sqlOperatorActions(ctx, s),
    ...faultActions(ctx, s),
    ...recoveryActions(ctx, s),
    ...replacements(ctx, s),
    ...userActions(ctx, s),
    ...timeActions(ctx, s),
    ...resetActions(ctx, s),
    ...crossingActions(ctx, s),
  ];
}

function sqlOperatorActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  const out: PoolAction[] = [];
  if (ctx.sqlNames.mirror !== null && !s.sql.onMirror && s.sql.mirrorUp) out.push({ kind: 'manualFailover' });
  if (s.sql.onMirror && s.sql.principalUp) out.push({ kind: 'failback' });
  return out;
}

function sqlServers(ctx: PoolContext): SqlServer[] {
  const servers: SqlServer[] = ['principal'];
  if (ctx.sqlNames.mirror !== null) servers.push('mirror');
  if (ctx.sqlNames.witness !== null) servers.push('witness');
  return servers;
}

export function faultsUsed(s: PoolState): number {
  return s.faults.fe + s.faults.host + s.faults.sql;
}

/** Faults count against `bounds.maxFaults`; beyond it no fault is enabled. */
function faultActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (faultsUsed(s) >= ctx.maxFaults) return [];
  const out: PoolAction[] = [];
  for (let fe = 0; fe < s.present.length; fe++) if (feUp(ctx, s, fe)) out.push({ kind: 'feFail', fe });
  ctx.fesOn.forEach((fes, host) => {
    if (s.hostUp[host] && fes.some((fe) => s.present[fe])) out.push({ kind: 'hostFail', host });
  });
  for (const server of sqlServers(ctx)) {
    if (s.sql[sqlUpKey[server]]) out.push({ kind: 'sqlFail', server, failover: failsOverAfter(ctx, s, server, false) });
  }
  return out;
}

/** Whether the witness fails the back end over once `server` is up or down, for the event's label. */
function failsOverAfter(ctx: PoolContext, s: PoolState, server: SqlServer, up: boolean): boolean {
  return witnessFailsOver(ctx, { ...s.sql, [sqlUpKey[server]]: up });
}

function recoveryActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  const out: PoolAction[] = [];
  for (let fe = 0; fe < s.present.length; fe++) {
    if (s.present[fe] && s.feFailed[fe]) out.push({ kind: 'feRecover', fe });
  }
  s.hostUp.forEach((up, host) => {
    if (!up) out.push({ kind: 'hostRecover', host });
  });
  for (const server of sqlServers(ctx)) {
    if (!s.sql[sqlUpKey[server]]) out.push({ kind: 'sqlRecover', server, failover: failsOverAfter(ctx, s, server, true) });
  }
  return out;
}

/**
 * DOMAIN.md §3: in pools of more than three FEs the fabric puts a new idle secondary on an FE that holds
 * no copy. Where is the fabric's choice, so every such FE is a branch (one per symmetry class,
 * model/choices.ts). It only reconfigures a group that keeps replica quorum, in a pool that keeps its own.
 */
function replacements(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (presentCount(s) <= 3 || s.phase !== 'running' || s.resetNeeded || !votes(ctx, s).functional) return [];
  const out: PoolAction[] = [];
  const classes = feClasses(ctx, s);
  s.rgs.forEach((rg, r) => {
    if (freshUp(ctx, s, rg) < 2 || rg.members.every((m) => feUp(ctx, s, m.fe))) return;
    const candidates = s.present.flatMap((_, fe) => (feUp(ctx, s, fe) && !rg.members.some((m) => m.fe === fe) ? [fe] : []));
    for (const [fe] of distinctArrangements(candidates, 1, classes)) out.push({ kind: 'replace', rg: r, fe: fe! });
  });
  return out;
}

/**
 * A change is acknowledged once the primary has written it to both secondaries (DOMAIN.md §3), so only a
 * group with all three replicas up and up to date takes one. One outstanding change stands for any number:
 * the rules ask only whether one can be lost. A pool of 1–2 FEs writes changes straight to the back end,
 * so there they change nothing the model keeps (and users go on making them: the pool has no end state).
 */
function userActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (s.phase !== 'running' || s.resetNeeded) return [];
  const out: PoolAction[] = [];
  if (!hasReplicas(s)) {
    if (backendAvailable(ctx, s) && upCount(ctx, s) > 0) s.rgs.forEach((_, rg) => out.push({ kind: 'userChange', rg, direct: true }));
    return out;
  }
  s.rgs.forEach((rg, r) => {
    const allFresh = rg.members.every((m) => upToDate(m) && feUp(ctx, s, m.fe));
    if (!rg.dirty && allFresh && service(ctx, s, rg) === 'full') out.push({ kind: 'userChange', rg: r, direct: false });
  });
  s.rgs.forEach((rg, r) => {
    const primary = rg.members[0];
    const primaryServes = primary !== undefined && upToDate(primary) && feUp(ctx, s, primary.fe);
    if (rg.dirty && primaryServes && backendAvailable(ctx, s)) out.push({ kind: 'catchUp', rg: r });
  });
  return out;
}

function timeActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  const minutes = nextDeadline(ctx, s);
  return minutes === null ? [] : [{ kind: 'time', minutes, events: dueEvents(ctx, s, minutes) }];
}

function resetActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  const out: PoolAction[] = [];
  const up = upCount(ctx, s);
  const backend = backendAvailable(ctx, s);
  if (!s.resetNeeded && backend && up > 0) {
    const lost = s.rgs.flatMap((rg, r) => (replicasLost(ctx, s, rg) ? [r] : []));
    if (s.phase !== 'running' || lost.length > 0) {
      for (const rebuilt of rebuildChoices(ctx, s, lost)) out.push({ kind: 'quorumLossRecovery', rebuilt });
    }
  }
  if (s.phase === 'stopped') out.push({ kind: 'serviceReset' });
  if (s.resetNeeded && backend && up >= Math.min(3, presentCount(s))) out.push({ kind: 'fullReset' });
  return out;
}

/**
 * QuorumLossRecovery reloads from the back end every group with no replica available (the cmdlet
 * reference's definition of quorum loss) and places it on three FEs of the fabric's choosing, as many of
 * them up as there are, in roles of its choosing (one placement per symmetry class of choices,
 * model/choices.ts); the up ones take the first roles. Groups are placed
 * one after another, each with the classes refined by where the earlier ones went and in which role: FEs
 * alike before the first placement are not alike once one of them holds a reloaded group.
 */
function rebuildChoices(
  ctx: PoolContext,
  s: PoolState,
  lost: readonly number[],
): { rg: number; fes: number[] }[][] {
  const present = s.present.flatMap((inPool, fe) => (inPool ? [fe] : []));
  const up = present.filter((fe) => feUp(ctx, s, fe));
  const down = present.filter((fe) => !feUp(ctx, s, fe));
  const fromUp = Math.min(3, up.length);
  const classes = feClasses(ctx, s);
  let choices: { rg: number; fes: number[] }[][] = [[]];
  for (const rg of lost) {
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

/** DOMAIN.md §5: publishing the topology with the FE added or removed; only from a running pool. */
function crossingActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (ctx.crossing === null || s.resetNeeded || s.phase !== 'running') return [];
  const { fe } = ctx.crossing;
  return [{ kind: 'crossing', fe, joins: !s.present[fe] }];
}
