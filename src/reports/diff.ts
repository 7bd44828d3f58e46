/**
 * What changed between two consecutive states of a trace, in words: a report shows diffs, not dumps,
 * so that a reader follows the failure one event at a time.
 */
import type { BackupView, FabricView, FrontEndView, PoolView, RoutingGroupView, SqlView, TimerView } from '../../model/view.ts';
import { plural, replicasText, votesText } from './format.ts';

/** `bad` moves towards the violation (a failure, a lost vote), `good` away from it. */
export type Tone = 'bad' | 'good' | 'info';

export interface Change {
  readonly text: string;
  readonly tone: Tone;
}

/** `minutesElapsed` is the time the step's action let pass: it tells a timer that fired from one cancelled. */
export function diffViews(prev: FabricView, next: FabricView, minutesElapsed: number): Change[] {
  const prefix = next.pools.length > 1;
  const changes: Change[] = [];
  for (const pool of next.pools) {
    const before = prev.pools.find((p) => p.name === pool.name);
    if (before === undefined) {
      changes.push({ text: `pool ${pool.name} appears`, tone: 'info' });
      continue;
    }
    const poolChanges = diffPool(before, pool);
    changes.push(...(prefix ? poolChanges.map((c) => ({ ...c, text: `${pool.name}: ${c.text}` })) : poolChanges));
  }
  changes.push(...diffTimers(prev.timers, next.timers, minutesElapsed));
  return changes;
}

/** The notes that the previous state did not have. */
export function newNotes(prev: FabricView, next: FabricView): string[] {
  const old = new Set(prev.notes);
  return next.notes.filter((note) => !old.has(note));
}

function diffPool(prev: PoolView, next: PoolView): Change[] {
  return [
    ...diffHosts(prev, next),
    ...diffFrontEnds(prev, next),
    ...diffVotes(prev, next),
    ...diffSql(prev.sql, next.sql),
    ...flag(prev.backendAvailable, next.backendAvailable, 'back end available again', 'back end unavailable'),
    ...next.routingGroups.flatMap((rg) => diffRoutingGroup(prev.routingGroups.find((r) => r.id === rg.id), rg)),
    ...flag(prev.serving, next.serving, 'pool serves users again', 'pool no longer serves users'),
    ...diffBackup(prev.backup, next.backup),
  ];
}

function flag(before: boolean, after: boolean, onText: string, offText: string): Change[] {
  if (before === after) return [];
  return [after ? { text: onText, tone: 'good' } : { text: offText, tone: 'bad' }];
}

function diffHosts(prev: PoolView, next: PoolView): Change[] {
  return next.hosts.flatMap((host) => {
    const before = prev.hosts.find((h) => h.name === host.name);
    if (before === undefined || before.up === host.up) return [];
    const fes = host.frontEnds.length > 0 ? ` (${host.frontEnds.join(', ')})` : '';
    return [host.up ? { text: `host ${host.name} up${fes}`, tone: 'good' as const } : { text: `host ${host.name} down${fes}`, tone: 'bad' as const }];
  });
}

/** An FE whose host went down or up with it is already told by the host line. */
function diffFrontEnds(prev: PoolView, next: PoolView): Change[] {
  const hostFlipped = new Set(
    next.hosts.filter((h) => prev.hosts.some((p) => p.name === h.name && p.up !== h.up)).map((h) => h.name),
  );
  return next.frontEnds.flatMap((fe) => {
    const before = prev.frontEnds.find((f) => f.name === fe.name);
    if (before === undefined) return [];
    const changes: Change[] = [];
    const upTold = hostFlipped.has(fe.host);
    if (before.up !== fe.up && !upTold) {
      changes.push(fe.up ? { text: `${fe.name} up`, tone: 'good' } : { text: `${fe.name} down`, tone: 'bad' });
    }
    if (before.status !== fe.status && !(fe.status === 'down' && !fe.up)) changes.push(statusChange(before, fe));
    if (before.voter !== fe.voter) {
      changes.push({ text: fe.voter ? `${fe.name} becomes a voter` : `${fe.name} is no longer a voter`, tone: 'info' });
    }
    return changes;
  });
}

function statusChange(before: FrontEndView, fe: FrontEndView): Change {
  const tone = fe.status === 'running' ? 'good' : fe.status === 'starting' ? 'info' : 'bad';
  return { text: `${fe.name} Front End service ${before.status} → ${fe.status}`, tone };
}

function diffVotes(prev: PoolView, next: PoolView): Change[] {
  const a = prev.votes;
  const b = next.votes;
  if (a.up === b.up && a.total === b.total && a.needed === b.needed && a.functional === b.functional) return [];
  let text = `${votesText(a)} → ${votesText(b)}`;
  if (a.functional !== b.functional) text += b.functional ? ': pool functional again' : ': pool lost its majority';
  const worse = (a.functional && !b.functional) || (a.functional === b.functional && b.up - b.needed < a.up - a.needed);
  const better = !a.functional && b.functional;
  return [{ text, tone: worse ? 'bad' : better ? 'good' : 'info' }];
}

function diffSql(prev: SqlView, next: SqlView): Change[] {
  const changes: Change[] = [];
  for (const server of [next.principal, next.mirror, next.witness]) {
    if (server === undefined) continue;
    const before = prev.up[server];
    const after = next.up[server];
    if (before === undefined || after === undefined || before === after) continue;
    changes.push(after ? { text: `SQL ${server} up`, tone: 'good' } : { text: `SQL ${server} down`, tone: 'bad' });
  }
  if (prev.serving !== next.serving) {
    if (next.serving === null) changes.push({ text: 'no SQL server serves the back end', tone: 'bad' });
    else if (prev.serving === null) changes.push({ text: `SQL ${next.serving} serves as principal`, tone: 'good' });
    else changes.push({ text: `SQL failover: ${prev.serving} → ${next.serving} serves as principal`, tone: 'info' });
  }
  changes.push(...flag(prev.votes, next.votes, `SQL ${next.principal} holds its fabric vote again`, `SQL ${next.principal} no longer holds its fabric vote`));
  return changes;
}

function diffRoutingGroup(prev: RoutingGroupView | undefined, next: RoutingGroupView): Change[] {
  const name = `RG ${next.id}`;
  if (prev === undefined) return [{ text: `${name} placed: ${replicasText(next.replicas)}`, tone: 'info' }];
  const changes: Change[] = [];
  const placeBefore = replicasText(prev.replicas);
  const placeAfter = replicasText(next.replicas);
  if (placeBefore !== placeAfter) {
    const lostReplicas = upToDateCount(next) < upToDateCount(prev);
    changes.push({ text: `${name}: ${placeBefore} → ${placeAfter}`, tone: lostReplicas ? 'bad' : 'info' });
  }
  if (prev.service !== next.service) {
    const rank = { full: 0, limited: 1, disconnected: 2 } as const;
    const tone = rank[next.service] > rank[prev.service] ? 'bad' : 'good';
    changes.push({ text: `${name} users: ${prev.service} → ${next.service} service`, tone });
  }
  if (prev.unsyncedChanges !== next.unsyncedChanges) {
    changes.push({ text: `${name}: ${plural(next.unsyncedChanges, 'acknowledged change')} not yet in the back end`, tone: 'info' });
  }
  if (prev.lostChanges !== next.lostChanges) {
    const tone = next.lostChanges > prev.lostChanges ? 'bad' : 'info';
    changes.push({ text: `${name}: ${plural(next.lostChanges, 'acknowledged change')} lost`, tone });
  }
  return changes;
}

function upToDateCount(rg: RoutingGroupView): number {
  return rg.replicas.filter((r) => r.up && r.upToDate).length;
}

function diffBackup(prev: BackupView | undefined, next: BackupView | undefined): Change[] {
  if (prev === undefined || next === undefined) return [];
  const changes: Change[] = [
    ...flag(prev.serviceRunning, next.serviceRunning, 'Backup Service started', 'Backup Service stopped'),
  ];
  if (prev.exportStatus !== next.exportStatus) {
    const tone = next.exportStatus === 'SteadyState' ? 'good' : next.exportStatus === 'NonSteadyState' || next.exportStatus === 'ErrorState' ? 'bad' : 'info';
    changes.push({ text: `backup export ${prev.exportStatus} → ${next.exportStatus}`, tone });
  }
  if (prev.importStatus !== next.importStatus) {
    const tone = next.importStatus === 'ErrorState' ? 'bad' : 'good';
    changes.push({ text: `backup import ${prev.importStatus} → ${next.importStatus}`, tone });
  }
  if (prev.pendingAtPartner !== next.pendingAtPartner) {
    changes.push({ text: `${plural(next.pendingAtPartner, 'change')} waiting at the partner's share`, tone: 'info' });
  }
  return changes;
}

function diffTimers(prev: readonly TimerView[], next: readonly TimerView[], minutesElapsed: number): Change[] {
  const changes: Change[] = [];
  for (const timer of prev) {
    const after = next.find((t) => t.name === timer.name);
    if (after === undefined) {
      const fired = timer.dueInMinutes <= minutesElapsed;
      changes.push({ text: `timer ${timer.name} ${fired ? 'fired' : 'cancelled'}`, tone: 'info' });
    } else if (after.dueInMinutes !== Math.max(0, timer.dueInMinutes - minutesElapsed)) {
      const paused = after.dueInMinutes === timer.dueInMinutes;
      const text = paused ? `timer ${timer.name} paused: ${after.dueInMinutes} min left` : `timer ${timer.name} now fires in ${after.dueInMinutes} min`;
      changes.push({ text, tone: 'info' });
    }
  }
  for (const timer of next) {
    if (!prev.some((t) => t.name === timer.name)) {
      changes.push({ text: `timer ${timer.name} started: fires in ${timer.dueInMinutes} min`, tone: 'info' });
    }
  }
  return changes;
}
