/** The SQL back end (principal, mirror, witness: who is up, who serves, whether the vote counts). */
import type { PoolView } from '../../model/view.ts';
import { sqlVote } from './format.ts';
import { element, text } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import type { Drawn } from './svg-layout.ts';

const BOX_W = 196;
const BOX_H = 74;
const GAP = 10;

/** Also gives its width: the pairing box goes to its right. */
export function drawBackend(pool: PoolView, changes: PoolChanges, left: number, top: number): Drawn & { readonly width: number } {
  const { sql } = pool;
  const servers: [string, string][] = [[sql.principal, 'principal (topology)']];
  if (sql.mirror !== undefined) servers.push([sql.mirror, 'mirror']);
  if (sql.witness !== undefined) servers.push([sql.witness, 'witness']);
  const boxes = servers.map(([name, role], i) => {
    const x = left + i * (BOX_W + GAP);
    const up = sql.up[name] !== false;
    const serving = sql.serving === name;
    const classes = ['sql', up ? 'sql-up' : 'sql-down', serving ? 'sql-serving' : '', changes.sqlServers.has(name) ? 'changed' : ''];
    const facts = [up ? 'up' : 'down'];
    if (serving) facts.push('serving');
    return element(
      'g',
      { class: classes.filter(Boolean).join(' '), 'data-sql': name },
      element('rect', { x, y: top + 20, width: BOX_W, height: BOX_H, rx: 8 }),
      text(x + 10, top + 36, role, 'small muted'),
      text(x + 10, top + 55, name, 'sql-name', BOX_W - 20),
      text(x + 10, top + 78, facts.join(' · '), 'small status-text'),
      i === 0 ? voteBadge(sqlVote(pool), x + BOX_W - 84, top + 66) : '',
    );
  });
  const width = servers.length * (BOX_W + GAP) - GAP;
  const caption = pool.backendAvailable && sql.serving !== null ? 'SQL back end' : 'SQL back end: UNAVAILABLE';
  return {
    svg: element('g', {}, text(left, top + 12, caption, pool.backendAvailable ? 'section-title' : 'section-title bad'), ...boxes),
    width,
    height: BOX_H + 20,
  };
}

const BADGES = {
  counts: { className: 'vote-counts', label: 'vote counts' },
  lost: { className: 'vote-lost', label: 'vote lost' },
  none: { className: 'vote-none', label: 'not a voter' },
} as const;

function voteBadge(vote: keyof typeof BADGES, x: number, y: number): string {
  const badge = BADGES[vote];
  return element(
    'g',
    { class: badge.className },
    element('rect', { x, y, width: 76, height: 16, rx: 8 }),
    text(x + 38, y + 12, badge.label, 'pill-text', undefined, 'middle'),
  );
}
