/** The pool's name and whether it serves users; its votes are drawn below it (svg-votes.ts). */
import type { PoolView } from '../../model/view.ts';
import { element, text, textWidth } from './svg-build.ts';
import { MARGIN } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

const NAME_MAX = 460;

export function drawPoolHeader(pool: PoolView, top: number): Drawn {
  const nameWidth = Math.min(textWidth(pool.name, 'pool-title'), NAME_MAX);
  const pillX = MARGIN + nameWidth + 14;
  const serving = pool.serving ? 'serving users' : 'NOT serving users';
  const pillW = textWidth(serving, 'pill-text') + 20;
  return {
    svg: element(
      'g',
      { class: 'pool-header' },
      text(MARGIN, top + 22, pool.name, 'pool-title', NAME_MAX),
      element('rect', { x: pillX, y: top + 7, width: pillW, height: 20, rx: 10, class: pool.serving ? 'pill-good' : 'pill-bad' }),
      text(pillX + pillW / 2, top + 21, serving, 'pill-text', undefined, 'middle'),
    ),
    height: 32,
  };
}
