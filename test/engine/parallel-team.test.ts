/**
 * The team's search (this thread and worker threads on every level) against the single-threaded
 * search, outcome for outcome. Claims in the shared table give every state the id, parent and action
 * one thread gives it, so the counts, the coverage and the very traces must agree.
 */
import { describe, expect, it } from 'vitest';
import { oneAndTeam } from './team.ts';
import type { SearchSettings } from '../../src/engine/bfs.ts';
import type { ModelSource, Subject } from '../../src/engine/types.ts';
import { twoPhaseSource, twoPhaseSubject } from '../../examples/two-phase-commit.ts';
import { upDownSubject } from '../../examples/updown.ts';

const both = <S, A>(subject: Subject<S, A>, source: ModelSource, over: Partial<SearchSettings> = {}, workers = 2) =>
  oneAndTeam(subject, source, over, { workers });

const upDown = (n: number) => ({
  subject: upDownSubject(n),
  source: { module: new URL('../../examples/updown.ts', import.meta.url).href, export: 'upDownSubject', args: [n] },
});

describe('the team on every level gives one thread’s outcome', () => {
  for (const symmetry of [false, true]) {
    it(`2PC with 5 RMs, symmetry ${symmetry ? 'on' : 'off'}: counts, coverage and traces`, async () => {
      const { one, team } = await both(twoPhaseSubject(5), twoPhaseSource(5), { symmetry });
      expect(team).toEqual(one);
      expect(team.stop).toBe('done');
    });
  }

  it('2PC with 7 RMs (296,448 states): the table grows while the threads claim', async () => {
    const { one, team } = await both(twoPhaseSubject(7), twoPhaseSource(7));
    expect(team.states).toBe(296_448);
    expect(team).toEqual(one);
  });

  it('up/down with 16 processes and three workers', async () => {
    const { subject, source } = upDown(16);
    const { one, team } = await both(subject, source, {}, 3);
    expect(team.states).toBe(65_536);
    expect(team).toEqual(one);
  });

  it('stops at the depth bound with the same unexpanded states', async () => {
    const { one, team } = await both(twoPhaseSubject(5), twoPhaseSource(5), { maxDepth: 6 });
    expect([team.depth, team.unexpanded]).toEqual([6, true]);
    expect(team).toEqual(one);
  });

  it.each([1, 2, 37, 500, 4000, 8831, 8832])('keeps to maxStates %i exactly (a level that would pass it is redone alone)', async (maxStates) => {
    const { one, team } = await both(twoPhaseSubject(5), twoPhaseSource(5), { maxStates });
    expect(team.states).toBe(Math.min(maxStates, 8832));
    expect(team).toEqual(one);
  });

  it('keeps to maxStates under symmetry and with three workers', async () => {
    const { one, team } = await both(twoPhaseSubject(6), twoPhaseSource(6), { maxStates: 20_000, symmetry: true }, 3);
    expect(team).toEqual(one);
  });

  it('decides every property of a broken model, with the same traces', async () => {
    const { one, team } = await both(twoPhaseSubject(4, 'eager-commit'), twoPhaseSource(4, 'eager-commit'), {}, 3);
    expect(team.findings.filter(Boolean).length).toBeGreaterThan(0);
    expect(team).toEqual(one);
  });

  it('stopping at the first violation, reports the one one thread reports (after the rest of its level)', async () => {
    const { one, team } = await both(twoPhaseSubject(4, 'eager-commit'), twoPhaseSource(4, 'eager-commit'), { stopAtFirstViolation: true });
    expect([one.stop, team.stop]).toEqual(['violation', 'violation']);
    const slot = one.findings.findIndex((f) => f !== undefined && f.actions.length > 0);
    expect(team.findings[slot]).toEqual(one.findings[slot]);
    expect(team.states).toBeGreaterThanOrEqual(one.states);
  });
});
