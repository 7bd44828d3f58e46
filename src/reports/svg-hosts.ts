/** The physical hosts as boxes holding their FE cards; each card shows the FE's replicas as chips. */
import type { FrontEndView, PoolView, ReplicaView } from '../../model/view.ts';
import { replicaPlace, roleAbbreviation, roleName } from './format.ts';
import { shortNames } from './display-names.ts';
import { element, shortenedText, text, tooltip } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import { CARD_GAP, CARD_HEAD, CARD_W, CHIP_GAP, CHIP_H, CHIP_W, CHIPS_PER_ROW, HOST_PAD, HOST_TITLE, MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

interface Held {
  readonly rg: number;
  readonly replica: ReplicaView;
}

const MAX_COLUMNS = Math.floor((WIDTH - 2 * MARGIN - 2 * HOST_PAD + CARD_GAP) / (CARD_W + CARD_GAP));

export function drawHosts(pool: PoolView, changes: PoolChanges, top: number): Drawn {
  const held = (fe: string): Held[] =>
    pool.routingGroups.flatMap((rg) => rg.replicas.filter((r) => r.fe === fe).map((replica) => ({ rg: rg.id, replica })));
  const chipRows = Math.max(0, ...pool.frontEnds.map((fe) => Math.ceil(held(fe.name).length / CHIPS_PER_ROW)));
  const short = shortNames(pool.frontEnds.map((fe) => fe.name));
  const cardH = CARD_HEAD + chipRows * (CHIP_H + CHIP_GAP) + (chipRows > 0 ? 6 : 0);
  const parts: string[] = [];
  let x = MARGIN;
  let y = top;
  let rowH = 0;
  for (const host of pool.hosts) {
    const columns = Math.max(1, Math.min(host.frontEnds.length, MAX_COLUMNS));
    const rows = Math.max(1, Math.ceil(host.frontEnds.length / columns));
    const w = columns * CARD_W + (columns - 1) * CARD_GAP + 2 * HOST_PAD;
    const h = HOST_TITLE + rows * cardH + (rows - 1) * CARD_GAP + HOST_PAD;
    if (x > MARGIN && x + w > WIDTH - MARGIN) {
      x = MARGIN;
      y += rowH + CARD_GAP * 2;
      rowH = 0;
    }
    const cards = host.frontEnds.map((name, i) => {
      const fe = pool.frontEnds.find((f) => f.name === name);
      const cx = x + HOST_PAD + (i % columns) * (CARD_W + CARD_GAP);
      const cy = y + HOST_TITLE + Math.floor(i / columns) * (cardH + CARD_GAP);
      return fe === undefined ? '' : drawCard(fe, short(fe.name), held(name), cx, cy, cardH, changes.frontEnds.has(name));
    });
    const state = host.up ? 'host' : 'host host-down';
    parts.push(
      element(
        'g',
        { class: changes.hosts.has(host.name) ? `${state} changed` : state },
        element('rect', { x, y, width: w, height: h, rx: 10 }),
        text(x + 12, y + 19, `host ${host.name}`, 'host-name', w - (host.up ? 24 : 80)),
        host.up ? '' : element('g', {}, element('rect', { x: x + w - 62, y: y + 7, width: 52, height: 16, rx: 8, class: 'pill-bad' }), text(x + w - 36, y + 19, 'DOWN', 'pill-text', undefined, 'middle')),
        ...cards,
      ),
    );
    x += w + CARD_GAP * 2;
    rowH = Math.max(rowH, h);
  }
  return { svg: parts.join(''), height: y + rowH - top };
}

function drawCard(fe: FrontEndView, shown: string, held: readonly Held[], x: number, y: number, h: number, changed: boolean): string {
  const status = fe.up ? fe.status : 'down';
  const chips = held.map((item, i) =>
    drawChip(item, x + 8 + (i % CHIPS_PER_ROW) * (CHIP_W + CHIP_GAP), y + CARD_HEAD + Math.floor(i / CHIPS_PER_ROW) * (CHIP_H + CHIP_GAP)),
  );
  return element(
    'g',
    { class: `fe fe-${status}${changed ? ' changed' : ''}`, 'data-fe': fe.name },
    element('rect', { x, y, width: CARD_W, height: h, rx: 8, class: 'fe-card' }),
    element('rect', { x, y, width: 5, height: h, rx: 2, class: 'fe-stripe' }),
    shortenedText(x + 12, y + 19, fe.name, shown, 'fe-name', CARD_W - 20),
    fe.voter
      ? element('g', { class: 'voter' }, element('rect', { x: x + CARD_W - 44, y: y + 27, width: 36, height: 15, rx: 7.5 }), text(x + CARD_W - 26, y + 38, 'vote', 'pill-text', undefined, 'middle'))
      : '',
    element('circle', { cx: x + 17, cy: y + 35, r: 4.5, class: 'status-dot' }),
    text(x + 27, y + 39, status, 'small status-text', CARD_W - 80),
    ...chips,
  );
}

function drawChip({ rg, replica }: Held, x: number, y: number): string {
  const state = !replica.up ? ' chip-down' : !replica.upToDate ? ' chip-hydrating' : '';
  const role = roleAbbreviation(replica.role);
  return element(
    'g',
    { class: `chip chip-${role}${state}` },
    tooltip(`RG ${rg}: ${roleName(replica.role)} on ${replicaPlace(replica)}`),
    element('rect', { x, y, width: CHIP_W, height: CHIP_H, rx: 4 }),
    text(x + CHIP_W / 2, y + 13, `RG${rg} ${role}`, 'chip-text', CHIP_W, 'middle'),
  );
}
