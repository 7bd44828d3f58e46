/**
 * The running timers, each as a pill sized to its whole text (time first), wrapping onto a second line
 * rather than cutting a name: "5 min · pool-a.contoso.com services shut down (quorum loss)".
 */
import type { TimerView } from '../../model/view.ts';
import { clockText } from './format.ts';
import { element, lines, text, textWidth, wrap } from './svg-build.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

const GAP = 10;
const LINE = 16;

export function drawTimers(timers: readonly TimerView[], prev: readonly TimerView[] | undefined, top: number): Drawn {
  if (timers.length === 0) return { svg: '', height: 0 };
  const right = WIDTH - MARGIN;
  const items: string[] = [];
  let x = MARGIN;
  let y = top + 20;
  let rowH = 0;
  for (const timer of timers) {
    const label = `in ${clockText(timer.dueInMinutes)} · ${timer.name}`;
    const textRoom = right - MARGIN - 40;
    const wrapped = textWidth(label, 'small') <= textRoom ? [label] : wrap(label, textRoom, 'small');
    const w = Math.min(right - MARGIN, Math.max(...wrapped.map((line) => textWidth(line, 'small'))) + 40);
    const h = 10 + wrapped.length * LINE;
    if (x > MARGIN && x + w > right) {
      x = MARGIN;
      y += rowH + GAP;
      rowH = 0;
    }
    const before = prev?.find((t) => t.name === timer.name);
    const changed = prev !== undefined && (before === undefined || before.dueInMinutes !== timer.dueInMinutes);
    items.push(
      element(
        'g',
        { class: `timer${changed ? ' changed' : ''}` },
        element('rect', { x, y, width: w, height: h, rx: 13 }),
        element('circle', { cx: x + 16, cy: y + 13, r: 6, class: 'timer-icon' }),
        lines(x + 30, y + 17, wrapped, 'small', LINE),
      ),
    );
    x += w + GAP;
    rowH = Math.max(rowH, h);
  }
  return { svg: element('g', {}, text(MARGIN, top + 12, 'Timers', 'section-title'), ...items), height: y + rowH - top };
}
