/** One state of a trace as an SVG drawing: each pool with its votes, hosts, FEs, replicas and SQL. */
import type { FabricView } from '../../model/view.ts';
import { element } from './svg-build.ts';
import { drawBackend } from './svg-backend.ts';
import { poolChanges } from './svg-changes.ts';
import { drawRoutingGroups } from './svg-groups.ts';
import { drawHosts } from './svg-hosts.ts';
import { MARGIN, SECTION_GAP, WIDTH } from './svg-layout.ts';
import { drawNotes, drawPairing, notesByPool } from './svg-pairing.ts';
import { drawPoolHeader } from './svg-pool-header.ts';
import { drawTimers } from './svg-timers.ts';
import { drawVotes } from './svg-votes.ts';

/** `prev` is the previous step's view: what changed since then is outlined. */
export function renderViewSvg(view: FabricView, prev: FabricView | undefined, title: string): string {
  const parts: string[] = [];
  const notes = notesByPool(view.pools, view.notes);
  const notesBefore = prev === undefined ? new Map<string, readonly string[]>() : notesByPool(prev.pools, prev.notes);
  let y = MARGIN;
  for (const pool of view.pools) {
    const changes = poolChanges(prev, pool);
    const header = drawPoolHeader(pool, y);
    y += header.height + 6;
    const votes = drawVotes(pool, changes, y);
    y += votes.height + SECTION_GAP;
    const hosts = drawHosts(pool, changes, y);
    y += hosts.height + SECTION_GAP;
    const backend = drawBackend(pool, changes, y);
    y += backend.height + SECTION_GAP;
    // The pairing view keeps the changes in flight (how many, how old) in its notes: drawn in the box.
    const poolNotes = notes.get(pool.name) ?? [];
    const notesChanged = poolNotes.join('\n') !== (notesBefore.get(pool.name) ?? []).join('\n');
    const pairing = drawPairing(pool, poolNotes, prev !== undefined && (changes.backup || notesChanged), y);
    y += pairing.height + (pairing.height > 0 ? SECTION_GAP : 0);
    const groups = drawRoutingGroups(pool, changes, y);
    y += groups.height + (groups.height > 0 ? SECTION_GAP : 0);
    parts.push(element('g', { class: 'pool' }, header.svg, votes.svg, hosts.svg, backend.svg, pairing.svg, groups.svg));
    y += 8;
  }
  const timers = drawTimers(view.timers, prev?.timers, y);
  y += timers.height;
  // Notes naming no pool: in a pairing view they are state the drawing has no other place for.
  const pairingView = view.pools.some((pool) => pool.backup !== undefined);
  const general = drawNotes(pairingView ? (notes.get('') ?? []) : [], y + (timers.height > 0 ? SECTION_GAP : 0));
  y += general.height;
  return element(
    'svg',
    { xmlns: 'http://www.w3.org/2000/svg', viewBox: `0 0 ${WIDTH} ${Math.ceil(y + MARGIN)}`, role: 'img', 'aria-label': title, class: 'fabric' },
    ...parts,
    timers.svg,
    general.svg,
  );
}
