/** A state's key facts as terminal lines, for `replay`: FEs, votes, SQL, routing groups, timers. */
import type { FabricView, FrontEndView, PoolView, SqlView } from '../../model/view.ts';
import { clockText, plural, replicasText, votesText } from '../reports/format.ts';

export function stateFacts(view: FabricView): string[] {
  return [
    ...view.pools.flatMap(poolFacts),
    ...(view.timers.length === 0
      ? []
      : [`timers: ${view.timers.map((timer) => `${timer.name} in ${clockText(timer.dueInMinutes)}`).join(', ')}`]),
    ...view.notes.map((note) => `note: ${note}`),
  ];
}

function poolFacts(pool: PoolView): string[] {
  const headline = [
    pool.serving ? 'serving users' : 'NOT serving users',
    `${votesText(pool.votes)}: ${pool.votes.functional ? 'functional' : 'NO MAJORITY'}`,
    pool.backendAvailable ? 'back end available' : 'back end UNAVAILABLE',
  ].join(', ');
  return [
    `${pool.name}: ${headline}`,
    `  FEs: ${pool.frontEnds.map(frontEndFact).join(', ')}`,
    `  SQL: ${sqlFact(pool.sql)}`,
    ...pool.routingGroups.map(
      (rg) =>
        `  RG ${rg.id}: ${replicasText(rg.replicas)}; ${rg.service} service` +
        (rg.unsyncedChanges > 0 ? `; ${plural(rg.unsyncedChanges, 'change')} not in the back end` : '') +
        (rg.lostChanges > 0 ? `; ${plural(rg.lostChanges, 'change')} LOST` : ''),
    ),
    ...(pool.backup === undefined
      ? []
      : [
          `  Backup Service: ${pool.backup.serviceRunning ? 'running' : 'STOPPED'}, export ${pool.backup.exportStatus}, import ${pool.backup.importStatus}, ${plural(pool.backup.pendingAtPartner, 'change')} waiting at the partner`,
        ]),
  ];
}

function frontEndFact(fe: FrontEndView): string {
  return `${fe.name} ${fe.up ? fe.status : 'DOWN'}${fe.voter ? ' (voter)' : ''}`;
}

function sqlFact(sql: SqlView): string {
  const down = Object.entries(sql.up)
    .filter(([, up]) => !up)
    .map(([name]) => name);
  return [
    sql.serving === null ? 'NOBODY serving' : `${sql.serving} serving`,
    sql.votes ? `${sql.principal} holds the fabric vote` : `${sql.principal} has no fabric vote`,
    ...(down.length === 0 ? [] : [`down: ${down.join(', ')}`]),
  ].join('; ');
}
