/** The routing groups as tiles: service level, replicas by role, changes not yet in the back end or lost. */
import type { PoolView, RoutingGroupView } from '../../model/view.ts';
import { byRole, replicaPlace, roleAbbreviation, roleName } from './format.ts';
import { shortNames } from './display-names.ts';
import { element, fit, text, tooltip } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';
import { escapeHtml } from './escape.ts';

const TILE_W = 236;
const TILE_H = 62;
const GAP = 8;
const PER_ROW = Math.floor((WIDTH - 2 * MARGIN + GAP) / (TILE_W + GAP));

export function drawRoutingGroups(pool: PoolView, changes: PoolChanges, top: number): Drawn {
  if (pool.routingGroups.length === 0) return { svg: '', height: 0 };
  const short = shortNames(pool.frontEnds.map((fe) => fe.name));
  const tiles = pool.routingGroups.map((rg, i) =>
    drawTile(rg, short, MARGIN + (i % PER_ROW) * (TILE_W + GAP), top + 20 + Math.floor(i / PER_ROW) * (TILE_H + GAP), changes.routingGroups.has(rg.id)),
  );
  const rows = Math.ceil(pool.routingGroups.length / PER_ROW);
  return {
    svg: element('g', {}, text(MARGIN, top + 12, 'Routing groups', 'section-title'), ...tiles),
    height: 20 + rows * (TILE_H + GAP) - GAP,
  };
}

function drawTile(rg: RoutingGroupView, short: (name: string) => string, x: number, y: number, changed: boolean): string {
  const replicas = byRole(rg.replicas).map((r, i) => {
    const state = !r.up ? 'rep-down' : !r.upToDate ? 'rep-hydrating' : 'rep-ok';
    const name = fit(short(r.fe), 48, 6.4) + (r.up && !r.upToDate ? ' …' : '');
    return element(
      'tspan',
      { class: state, dx: i === 0 ? undefined : 8 },
      element('tspan', { class: 'rep-role' }, `${roleAbbreviation(r.role)} `),
      escapeHtml(name),
    );
  });
  const counters = [`${rg.unsyncedChanges} unsynced`];
  if (rg.lostChanges > 0) counters.push(`${rg.lostChanges} LOST`);
  return element(
    'g',
    { class: `rg rg-${rg.service}${changed ? ' changed' : ''}`, 'data-rg': rg.id },
    tooltip(
      `RG ${rg.id}: ${rg.service} service; ` +
        (rg.replicas.length === 0 ? 'no replicas: its FEs read the back end directly' : byRole(rg.replicas).map((r) => `${roleName(r.role)} ${replicaPlace(r)}`).join(', ')),
    ),
    element('rect', { x, y, width: TILE_W, height: TILE_H, rx: 8 }),
    text(x + 10, y + 18, `RG ${rg.id}`, 'rg-name'),
    element('rect', { x: x + TILE_W - 100, y: y + 6, width: 92, height: 17, rx: 8.5, class: 'service-pill' }),
    text(x + TILE_W - 54, y + 18.5, rg.service, 'pill-text', undefined, 'middle'),
    // Pools of 1 or 2 FEs keep no replicas: every FE reads the back end (DOMAIN.md §4).
    replicas.length === 0
      ? text(x + 10, y + 38, 'no replicas (back end only)', 'small muted', TILE_W - 20)
      : element('text', { x: x + 10, y: y + 38, class: 'small' }, ...replicas),
    text(x + 10, y + 55, counters.join(' · '), rg.lostChanges > 0 ? 'small bad' : 'small muted'),
  );
}
