/** One state of a trace as an SVG drawing: each pool with its hosts, FEs, replicas, SQL and votes. */
import type { BackupView, FabricView, TimerView } from '../../model/view.ts';
import { clockText } from './format.ts';
import { element, text } from './svg-build.ts';
import { drawBackend } from './svg-backend.ts';
import { poolChanges } from './svg-changes.ts';
import { drawRoutingGroups } from './svg-groups.ts';
import { drawHosts } from './svg-hosts.ts';
import { MARGIN, SECTION_GAP, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';
import { drawPoolHeader } from './svg-pool-header.ts';

/** `prev` is the previous step's view: what changed since then is outlined. */
export function renderViewSvg(view: FabricView, prev: FabricView | undefined, title: string): string {
  const parts: string[] = [];
  let y = MARGIN;
  for (const pool of view.pools) {
    const changes = poolChanges(prev, pool);
    const header = drawPoolHeader(pool, changes, y);
    y += header.height + 10;
    const hosts = drawHosts(pool, changes, y);
    y += hosts.height + SECTION_GAP;
    const backend = drawBackend(pool, changes, MARGIN, y);
    const side = drawSide(pool.backup, MARGIN + backend.width + 24, y, changes.backup);
    y += Math.max(backend.height, side.height) + SECTION_GAP;
    const groups = drawRoutingGroups(pool, changes, y);
    y += groups.height + (groups.height > 0 ? SECTION_GAP : 0);
    parts.push(element('g', { class: 'pool' }, header.svg, hosts.svg, backend.svg, side.svg, groups.svg));
    y += 8;
  }
  const timers = drawTimers(view.timers, y);
  y += timers.height;
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${Math.ceil(y + MARGIN)}`, role: 'img', 'aria-label': title, class: 'fabric' },
    ...parts,
    timers.svg,
  );
}

function drawSide(backup: BackupView | undefined, left: number, top: number, changed: boolean): Drawn {
  if (backup === undefined) return { svg: '', height: 0 };
  const lines = [
    `Backup Service ${backup.serviceRunning ? 'running' : 'STOPPED'}`,
    `export ${backup.exportStatus}`,
    `import ${backup.importStatus}`,
    `${backup.pendingAtPartner} waiting at the partner`,
  ];
  const bad = !backup.serviceRunning || backup.exportStatus === 'ErrorState' || backup.importStatus === 'ErrorState';
  return {
    svg: element(
      'g',
      { class: `backup${bad ? ' backup-bad' : ''}${changed ? ' changed' : ''}` },
      text(left, top + 12, 'Pool pairing', 'section-title'),
      element('rect', { x: left, y: top + 20, width: 230, height: 74, rx: 8 }),
      ...lines.map((line, i) => text(left + 10, top + 36 + i * 16, line, 'small', 210)),
    ),
    height: 94,
  };
}

const TIMER_W = 320;
const TIMERS_PER_ROW = Math.floor((WIDTH - 2 * MARGIN + 10) / (TIMER_W + 10));

function drawTimers(timers: readonly TimerView[], top: number): Drawn {
  if (timers.length === 0) return { svg: '', height: 0 };
  const items = timers.map((t, i) => {
    const x = MARGIN + (i % TIMERS_PER_ROW) * (TIMER_W + 10);
    const y = top + 20 + Math.floor(i / TIMERS_PER_ROW) * 34;
    return element(
      'g',
      { class: 'timer' },
      element('rect', { x, y, width: TIMER_W, height: 26, rx: 13 }),
      element('circle', { cx: x + 16, cy: y + 13, r: 6, class: 'timer-icon' }),
      text(x + 30, y + 17, `${t.name}: ${clockText(t.dueInMinutes)}`, 'small', TIMER_W - 40),
    );
  });
  const rows = Math.ceil(timers.length / TIMERS_PER_ROW);
  return { svg: element('g', {}, text(MARGIN, top + 12, 'Timers', 'section-title'), ...items), height: 20 + rows * 34 };
}
