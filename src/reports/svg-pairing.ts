/**
 * The pool's side of the pairing: its Backup Service's status and, under it, what the view's notes say
 * about this pool (changes not yet exported, waiting at the partner, lost in a failover, with their
 * ages), so that a step that only moves those changes still changes the picture.
 */
import type { BackupView, PoolView } from '../../model/view.ts';
import { plural } from './format.ts';
import { element, lines, text, wrap } from './svg-build.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

const LINE = 17;

export function drawPairing(pool: PoolView, notes: readonly string[], changed: boolean, top: number): Drawn {
  const backup = pool.backup;
  if (backup === undefined) return { svg: '', height: 0 };
  const width = WIDTH - 2 * MARGIN;
  const status = [
    `Backup Service ${backup.serviceRunning ? 'running' : 'STOPPED'} · export ${backup.exportStatus} · import ${backup.importStatus}`,
    `${plural(backup.pendingAtPartner, 'change')} exported, waiting in the partner's share`,
  ];
  const detail = notes.flatMap((note) => wrap(`• ${note}`, width - 24, 'small'));
  const body = [...status, ...detail];
  const bad = isBad(backup);
  const height = 18 + body.length * LINE;
  return {
    svg: element(
      'g',
      { class: `backup${bad ? ' backup-bad' : ''}${changed ? ' changed' : ''}` },
      text(MARGIN, top + 12, 'Pool pairing: Backup Service', 'section-title'),
      element('rect', { x: MARGIN, y: top + 20, width, height, rx: 8 }),
      lines(MARGIN + 12, top + 20 + 21, body.slice(0, body.length - detail.length), bad ? 'small bad' : 'small', LINE),
      lines(MARGIN + 12, top + 20 + 21 + (body.length - detail.length) * LINE, detail, 'small pairing-note', LINE),
    ),
    height: 20 + height,
  };
}

function isBad(backup: BackupView): boolean {
  return !backup.serviceRunning || backup.exportStatus === 'ErrorState' || backup.importStatus === 'ErrorState';
}

/**
 * Which pool each note is about: the pool it names first (the pairing model words them so: "pool-a: 1
 * change(s) not exported yet", "the CMS is in pool-b"), without the name where a colon follows it. Notes
 * that name no pool come back under `''`.
 */
export function notesByPool(pools: readonly PoolView[], notes: readonly string[]): ReadonlyMap<string, readonly string[]> {
  const byPool = new Map<string, string[]>();
  for (const note of notes) {
    const named = pools
      .map((pool) => ({ name: pool.name, at: note.indexOf(pool.name) }))
      .filter(({ at }) => at >= 0)
      .sort((a, b) => a.at - b.at || b.name.length - a.name.length)[0];
    const key = named?.name ?? '';
    const shown = named !== undefined && note.startsWith(`${named.name}: `) ? note.slice(named.name.length + 2) : note;
    byPool.set(key, [...(byPool.get(key) ?? []), shown]);
  }
  return byPool;
}

/** Notes about no one pool, as a list under the timers. */
export function drawNotes(notes: readonly string[], top: number): Drawn {
  if (notes.length === 0) return { svg: '', height: 0 };
  const body = notes.flatMap((note) => wrap(`• ${note}`, WIDTH - 2 * MARGIN - 12, 'small'));
  return {
    svg: element('g', { class: 'notes' }, text(MARGIN, top + 12, 'Notes', 'section-title'), lines(MARGIN + 4, top + 32, body, 'small pairing-note', LINE)),
    height: 24 + body.length * LINE,
  };
}
