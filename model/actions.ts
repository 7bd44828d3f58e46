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
  inQuorumLoss,
  presentCount,
  service,
  upCount,
  upToDate,
  votes,
} from './facts.ts';
import { distinctArrangements, feClasses, placementChoices } from './choices.ts';
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
 * model/choices.ts). It only reconfigures in a pool that keeps its majority, and a group in quorum loss
 * only under `settings.groupInQuorumLoss: reconfigures` (it needs one up-to-date replica to copy from).
 */
function replacements(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (presentCount(s) <= 3 || s.phase !== 'running' || s.resetNeeded || !votes(ctx, s).functional) return [];
  const out: PoolAction[] = [];
  const classes = feClasses(ctx, s);
  const copiesNeeded = ctx.settings.groupInQuorumLoss === 'reconfigures' ? 1 : 2;
  s.rgs.forEach((rg, r) => {
    if (freshUp(ctx, s, rg) < copiesNeeded || rg.members.every((m) => feUp(ctx, s, m.fe))) return;
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

/**
 * QuorumLossRecovery is the recourse for a pool that is not running and for a routing group in quorum
 * loss (seed 004: two or three of its replicas lost); it needs the back end to reload from and an FE to
 * run on. The fabric places each reloaded group (model/choices.ts).
 */
function resetActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  const out: PoolAction[] = [];
  const up = upCount(ctx, s);
  const backend = backendAvailable(ctx, s);
  if (!s.resetNeeded && backend && up > 0) {
    const inLoss = s.rgs.flatMap((rg, r) => (inQuorumLoss(ctx, s, rg) ? [r] : []));
    if (s.phase !== 'running' || inLoss.length > 0) {
      for (const rebuilt of placementChoices(ctx, s, inLoss)) out.push({ kind: 'quorumLossRecovery', rebuilt });
    }
  }
  if (s.phase === 'stopped') out.push({ kind: 'serviceReset' });
  if (s.resetNeeded && backend && up >= Math.min(3, presentCount(s))) {
    const groups = presentCount(s) >= 3 ? s.rgs.map((_, r) => r) : [];
    for (const placed of placementChoices(ctx, s, groups)) out.push({ kind: 'fullReset', placed });
  }
  return out;
}

/** DOMAIN.md §5: publishing the topology with the FE added or removed; only from a running pool. */
function crossingActions(ctx: PoolContext, s: PoolState): PoolAction[] {
  if (ctx.crossing === null || s.resetNeeded || s.phase !== 'running') return [];
  const { fe } = ctx.crossing;
  return [{ kind: 'crossing', fe, joins: !s.present[fe] }];
}
