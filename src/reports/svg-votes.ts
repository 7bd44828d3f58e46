/**
 * The pool's fabric votes, one token per voter: each seed FE by name, and the SQL principal's seat as a
 * diamond, so that a reader sees whose votes are left. Without a majority the remaining votes turn amber
 * ("up, but not enough"), never the grey of a vote that is down.
 */
import type { PoolView } from '../../model/view.ts';
import { shortNames } from './display-names.ts';
import { sqlVote } from './format.ts';
import { element, text, textWidth, tooltip } from './svg-build.ts';
import type { PoolChanges } from './svg-changes.ts';
import { MARGIN, WIDTH } from './svg-layout.ts';
import type { Drawn } from './svg-layout.ts';

interface Voter {
  readonly label: string;
  readonly tip: string;
  readonly up: boolean;
  readonly sql: boolean;
}

const TOKEN_H = 22;
const TOKEN_GAP = 6;
const ROW_GAP = 6;
const MAX_TOKEN_W = 120;

export function drawVotes(pool: PoolView, changes: PoolChanges, top: number): Drawn {
  const { votes } = pool;
  const voters = votersOf(pool);
  const right = WIDTH - MARGIN;
  const summary = summaryText(pool);
  const summaryWidth = textWidth(summary, 'votes-text');
  const tokens: string[] = [];
  let x = MARGIN;
  let y = top + 20;
  for (const voter of voters) {
    const w = Math.min(MAX_TOKEN_W, textWidth(voter.label, 'vote-name') + 30);
    if (x > MARGIN && x + w > right) {
      x = MARGIN;
      y += TOKEN_H + ROW_GAP;
    }
    tokens.push(drawToken(voter, x, y, w));
    x += w + TOKEN_GAP;
  }
  // The summary goes after the tokens when it fits there, else on a line of its own.
  const inline = x + 8 + summaryWidth <= right;
  const summaryX = inline ? x + 8 : MARGIN;
  const summaryY = inline ? y + 15 : y + TOKEN_H + 16;
  const bottom = inline ? y + TOKEN_H : y + TOKEN_H + 22;
  return {
    svg: element(
      'g',
      { class: `votes${votes.functional ? '' : ' no-quorum'}${changes.votes ? ' changed' : ''}` },
      element('rect', { x: MARGIN - 6, y: top + 14, width: right - MARGIN + 12, height: bottom - top - 8, rx: 10, class: 'votes-bg' }),
      text(MARGIN, top + 10, 'Fabric votes', 'section-title'),
      ...tokens,
      text(summaryX, summaryY, summary, 'votes-text'),
    ),
    height: bottom - top + 2,
  };
}

/** `3 of 5 votes up, 3 needed: a majority` / `2 of 5 votes up, 3 needed: not enough, quorum lost`. */
function summaryText(pool: PoolView): string {
  const { up, total, needed, functional } = pool.votes;
  return `${up} of ${total} votes up, ${needed} needed: ${functional ? 'a majority' : 'not enough, quorum lost'}`;
}

/**
 * Who holds each vote, from the FEs' voter flags and the SQL seat. Should the view's counts not match
 * them, the tokens are left unnamed rather than naming the wrong voters.
 */
function votersOf(pool: PoolView): Voter[] {
  const short = shortNames(pool.frontEnds.map((fe) => fe.name));
  const seat = sqlVote(pool);
  const named: Voter[] = [
    ...pool.frontEnds
      .filter((fe) => fe.voter)
      .map((fe) => ({ label: short(fe.name), tip: `${fe.name}: seed FE, its vote is ${fe.up ? 'up' : 'down'}`, up: fe.up, sql: false })),
    ...(seat === 'none'
      ? []
      : [
          {
            label: `SQL ${short(pool.sql.principal)}`,
            tip:
              seat === 'counts'
                ? `SQL ${pool.sql.principal}, the topology's principal: its tie-breaking vote counts`
                : `SQL ${pool.sql.principal}, the topology's principal: its vote is lost while it does not serve as principal`,
            up: seat === 'counts',
            sql: true,
          },
        ]),
  ];
  const { up, total } = pool.votes;
  if (named.length === total && named.filter((v) => v.up).length === up) return named;
  return Array.from({ length: total }, (_, i) => ({ label: `vote ${i + 1}`, tip: `one of ${total} votes`, up: i < up, sql: false }));
}

function drawToken(voter: Voter, x: number, y: number, w: number): string {
  const cy = y + TOKEN_H / 2;
  const mark = voter.sql
    ? element('rect', { x: x + 6, y: cy - 5, width: 10, height: 10, transform: `rotate(45 ${x + 11} ${cy})`, class: 'vote-mark' })
    : element('circle', { cx: x + 11, cy, r: 5.5, class: 'vote-mark' });
  return element(
    'g',
    { class: `voter-token${voter.up ? ' vote-up' : ' vote-down'}${voter.sql ? ' vote-sql' : ''}` },
    tooltip(voter.tip),
    element('rect', { x, y, width: w, height: TOKEN_H, rx: TOKEN_H / 2 }),
    mark,
    text(x + 21, cy + 4, voter.label, 'vote-name', w - 28),
  );
}
