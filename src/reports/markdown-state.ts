/** A compact full state in Markdown: shown at step 0 and at the violating step, around the diffs. */
import type { FabricView, FrontEndView, PoolView } from '../../model/view.ts';
import { escapeMarkdown as md } from './escape.ts';
import { clockText, plural, replicaPlace, sqlVote, votesText } from './format.ts';
import { markdownTable } from './markdown-table.ts';

export function stateMarkdown(view: FabricView): string {
  const parts = view.pools.map(poolMarkdown);
  if (view.timers.length > 0) {
    parts.push(`Timers: ${view.timers.map((t) => `${md(t.name)} fires in ${clockText(t.dueInMinutes)}`).join(' · ')}`);
  }
  if (view.notes.length > 0) parts.push(view.notes.map((n) => `- ${md(n)}`).join('\n'));
  return parts.join('\n\n');
}

function poolMarkdown(pool: PoolView): string {
  const headline = [
    `**${md(pool.name)}**`,
    pool.serving ? 'serving users' : '**not serving users**',
    `${votesText(pool.votes)}: ${pool.votes.functional ? 'functional' : '**no majority**'}`,
    pool.backendAvailable ? 'back end available' : '**back end unavailable**',
  ].join(' · ');
  const hosts = markdownTable(
    ['Host', 'Front ends'],
    pool.hosts.map((host) => [
      host.up ? md(host.name) : `${md(host.name)} (**down**)`,
      host.frontEnds.map((name) => frontEndMarkdown(pool.frontEnds.find((fe) => fe.name === name), name)).join(' · '),
    ]),
  );
  const lines = [headline, hosts, `SQL: ${sqlMarkdown(pool)}`];
  if (pool.routingGroups.length > 0) lines.push(routingGroupsMarkdown(pool));
  if (pool.backup !== undefined) {
    const b = pool.backup;
    lines.push(
      `Backup Service: ${b.serviceRunning ? 'running' : '**stopped**'} · export ${b.exportStatus} · import ${b.importStatus} · ${plural(b.pendingAtPartner, 'change')} waiting at the partner`,
    );
  }
  return lines.join('\n\n');
}

function frontEndMarkdown(fe: FrontEndView | undefined, name: string): string {
  if (fe === undefined) return md(name);
  const status = fe.up ? fe.status : '**down**';
  return `${md(fe.name)} (${status}${fe.voter ? ', voter' : ''})`;
}

const SQL_VOTE = { counts: 'holds the fabric vote', lost: '**fabric vote lost**', none: 'not a fabric voter' } as const;

function sqlMarkdown(pool: PoolView): string {
  const { sql } = pool;
  const server = (name: string, role: string): string => {
    const facts = [sql.up[name] === false ? '**down**' : 'up'];
    if (sql.serving === name) facts.push('serving');
    if (role === 'principal') facts.push(SQL_VOTE[sqlVote(pool)]);
    return `${role} ${md(name)} (${facts.join(', ')})`;
  };
  const servers = [server(sql.principal, 'principal')];
  if (sql.mirror !== undefined) servers.push(server(sql.mirror, 'mirror'));
  if (sql.witness !== undefined) servers.push(server(sql.witness, 'witness'));
  if (sql.serving === null) servers.push('**nobody serving**');
  return servers.join(' · ');
}

function routingGroupsMarkdown(pool: PoolView): string {
  return markdownTable(
    ['RG', 'Primary', 'Active secondary', 'Idle secondary', 'Users', 'Unsynced', 'Lost'],
    pool.routingGroups.map((rg) => {
      const place = (role: string): string =>
        rg.replicas
          .filter((r) => r.role === role)
          .map((r) => md(replicaPlace(r)))
          .join(', ') || '—';
      return [
        String(rg.id),
        place('primary'),
        place('activeSecondary'),
        place('idleSecondary'),
        rg.service === 'full' ? 'full' : `**${rg.service}**`,
        String(rg.unsyncedChanges),
        rg.lostChanges > 0 ? `**${rg.lostChanges}**` : '0',
      ];
    }),
  );
}
