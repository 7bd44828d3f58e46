/**
 * The SQL back end: for each server its role in the topology and, in a pill, its role now, so that after
 * a failover it is plain who is principal; the topology's principal carries the fabric vote badge.
 */
import type { PoolView, SqlView } from '../../model/view.ts';
import { sqlVote } from './format.ts';
import { element, text, textWidth, tooltip } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

const GAP = 10;
const BOX_H = 78;

type Role = 'principal' | 'mirror' | 'witness';

export function drawBackend(pool: PoolView, changes: PoolChanges, top: number): Drawn {
  const { sql } = pool;
  const servers: [string, Role][] = [[sql.principal, 'principal']];
  if (sql.mirror !== undefined) servers.push([sql.mirror, 'mirror']);
  if (sql.witness !== undefined) servers.push([sql.witness, 'witness']);
  const boxW = Math.floor((WIDTH - 2 * MARGIN - 2 * GAP) / 3);
  const boxes = servers.map(([name, role], i) => drawServer(pool, name, role, MARGIN + i * (boxW + GAP), top + 20, boxW, changes.sqlServers.has(name)));
  const available = pool.backendAvailable && sql.serving !== null;
  const caption = available ? 'SQL back end' : 'SQL back end: UNAVAILABLE';
  return {
    svg: element('g', {}, text(MARGIN, top + 12, caption, available ? 'section-title' : 'section-title bad'), ...boxes),
    height: BOX_H + 20,
  };
}

function drawServer(pool: PoolView, name: string, role: Role, x: number, y: number, w: number, changed: boolean): string {
  const { sql } = pool;
  const up = sql.up[name] !== false;
  const now = roleNow(sql, name, role, up);
  const classes = ['sql', up ? 'sql-up' : 'sql-down', now === 'principal' ? 'sql-serving' : '', changed ? 'changed' : ''];
  const pill = ROLE_PILLS[now];
  const pillW = textWidth(pill.label, 'pill-text') + 14;
  return element(
    'g',
    { class: classes.filter(Boolean).join(' '), 'data-sql': name },
    element('rect', { x, y, width: w, height: BOX_H, rx: 8 }),
    text(x + 10, y + 17, role === 'witness' ? 'witness' : `topology ${role}`, 'small muted', w - 20),
    text(x + 10, y + 39, name, 'sql-name', w - 20),
    element(
      'g',
      { class: pill.className },
      element('rect', { x: x + 10, y: y + 52, width: pillW, height: 18, rx: 9 }),
      text(x + 10 + pillW / 2, y + 65, pill.label, 'pill-text', undefined, 'middle'),
    ),
    role === 'principal' ? voteBadge(sqlVote(pool), x + 18 + pillW, y + 52, w - pillW - 28) : '',
  );
}

/** The server's role now, in the pill under its name; the line above gives its role in the topology. */
type Now = 'principal' | 'mirror' | 'witness' | 'down' | 'idle';

/** A mirroring partner that does not serve is the mirror now, whatever the topology calls it. */
function roleNow(sql: SqlView, name: string, role: Role, up: boolean): Now {
  if (!up) return 'down';
  if (role === 'witness') return 'witness';
  if (sql.serving === name) return 'principal';
  return sql.serving === null ? 'idle' : 'mirror';
}

const ROLE_PILLS: Readonly<Record<Now, { readonly label: string; readonly className: string }>> = {
  principal: { label: 'PRINCIPAL', className: 'role-pill role-principal' },
  mirror: { label: 'MIRROR', className: 'role-pill role-mirror' },
  witness: { label: 'WITNESS', className: 'role-pill role-mirror' },
  down: { label: 'DOWN', className: 'role-pill role-down' },
  idle: { label: 'NOT SERVING', className: 'role-pill role-idle' },
};

/** The fabric vote of the topology's principal: it stays with that server, whoever serves. */
const BADGES = {
  counts: { className: 'vote-counts', label: 'vote counts', tip: 'its tie-breaking fabric vote counts' },
  lost: { className: 'vote-lost', label: 'vote lost', tip: 'its fabric vote is lost while it does not serve as principal' },
  none: { className: 'vote-none', label: 'no vote seat', tip: 'an odd number of seed FEs: SQL has no fabric vote' },
} as const;

function voteBadge(vote: keyof typeof BADGES, x: number, y: number, room: number): string {
  const badge = BADGES[vote];
  const w = Math.min(room, textWidth(badge.label, 'pill-text') + 14);
  return element(
    'g',
    { class: badge.className },
    tooltip(badge.tip),
    element('rect', { x, y, width: w, height: 18, rx: 9 }),
    text(x + w / 2, y + 13, badge.label, 'pill-text', w - 8, 'middle'),
  );
}
