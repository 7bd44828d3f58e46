/** The pool's name, whether it serves users, and its votes: one dot per voter, a bar at the majority. */
import type { PoolView } from '../../model/view.ts';
import { element, text, textWidth } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

const DOT = 18;

export function drawPoolHeader(pool: PoolView, changes: PoolChanges, top: number): Drawn {
  const nameWidth = Math.min(textWidth(pool.name, 'pool-title'), 360);
  const pillX = MARGIN + nameWidth + 14;
  const serving = pool.serving ? 'serving users' : 'NOT serving users';
  const { votes } = pool;
  const dotsX = WIDTH - MARGIN - votes.total * DOT - 190;
  const dots = Array.from({ length: votes.total }, (_, i) =>
    element('circle', { cx: dotsX + i * DOT + DOT / 2, cy: top + 16, r: 6.5, class: i < votes.up ? 'vote-dot vote-up' : 'vote-dot' }),
  );
  const barX = dotsX + votes.needed * DOT;
  return {
    svg: element(
      'g',
      { class: `pool-header${votes.functional ? '' : ' no-quorum'}` },
      text(MARGIN, top + 22, pool.name, 'pool-title', 360),
      element('rect', { x: pillX, y: top + 7, width: 132, height: 18, rx: 9, class: pool.serving ? 'pill-good' : 'pill-bad' }),
      text(pillX + 66, top + 20, serving, 'pill-text', undefined, 'middle'),
      element(
        'g',
        { class: `votes${changes.votes ? ' changed' : ''}` },
        element('rect', { x: dotsX - 8, y: top + 2, width: WIDTH - MARGIN - dotsX + 8, height: 28, rx: 14, class: 'votes-bg' }),
        ...dots,
        element('line', { x1: barX, x2: barX, y1: top + 5, y2: top + 27, class: 'majority-bar' }),
        text(dotsX + votes.total * DOT + 8, top + 20, `${votes.up} of ${votes.total} votes, need ${votes.needed}`, 'votes-text'),
      ),
    ),
    height: 32,
  };
}
