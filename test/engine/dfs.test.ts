/** The depth-first search: Stateright's order and counts, the same verdicts as the BFS, and traces that replay. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { checkOptions } from '../../src/engine/options.ts';
import { reproduces } from '../../src/engine/trace.ts';
import { twoPhaseSource, twoPhaseSubject } from '../../examples/two-phase-commit.ts';
import type { Model } from '../../src/engine/types.ts';
import { counter, mutex, stepper, type Count } from './toy-models.ts';

type Result = Awaited<ReturnType<typeof check>>;
const verdicts = (r: Result) => r.properties.map((p) => [p.name, p.status]);
const enabled = (r: Result) => Object.fromEntries(Object.entries(r.coverage).map(([label, c]) => [label, c.enabled]));
const newStates = (r: Result) => Object.values(r.coverage).reduce((n, c) => n + c.newStates, 0);

describe('two-phase commit in depth-first order', () => {
  it("reproduces Stateright's symmetry-reduced count: 665 for 5 RMs with its representative", async () => {
    const { model, properties } = twoPhaseSubject(5, 'correct', 'stateright');
    const r = await check(model, properties, checkOptions().strategy('dfs').build());
    expect([r.states, r.complete]).toEqual([665, true]);
    expect(r.properties.every((p) => p.status === 'holds')).toBe(true);
  });

  it('gets another count from the same representative breadth-first: it is not canonical', async () => {
    const { model } = twoPhaseSubject(5, 'correct', 'stateright');
    expect((await check(model, [], { strategy: 'bfs' })).states).toBe(508);
    // A canonical representative gives the number of classes in either order.
    const canonical = twoPhaseSubject(5).model;
    expect((await check(canonical, [], { strategy: 'dfs' })).states).toBe(314);
  });

  it.each([
    [3, 288],
    [5, 8_832],
  ])('%i RMs without symmetry: %i states, the same transitions and verdicts as breadth-first', async (rms, states) => {
    const { model, properties } = twoPhaseSubject(rms);
    const dfs = await check(model, properties, { strategy: 'dfs', symmetry: false });
    const bfs = await check(model, properties, { symmetry: false });
    expect(dfs.states).toBe(states);
    expect([dfs.transitions, enabled(dfs), verdicts(dfs)]).toEqual([bfs.transitions, enabled(bfs), verdicts(bfs)]);
    // Which action first reaches a state depends on the order; how many new states there are does not.
    expect(newStates(dfs)).toBe(states - 1);
  });

  it('finds the eager-commit violation with a trace that replays to it, longer than the shortest', async () => {
    const { model, properties } = twoPhaseSubject(4, 'eager-commit');
    const r = await check(model, properties, { strategy: 'dfs', symmetry: false });
    const consistent = r.properties.find((p) => p.name === 'consistent')!;
    expect(consistent.status).toBe('violated');
    expect(reproduces(model, consistent.trace!, properties[2]!)).toBe(true);
    expect(consistent.trace!.actions.length).toBeGreaterThan(5);
  });
});

describe('depth-first search with a depth bound', () => {
  it('covers exactly the states within the bound, re-expanding a state met again nearer the root', async () => {
    // +2 listed first, so +1 is pushed last and explored first: the stack walks 0, 1, 2, … and meets
    // n = 6 at depth 6, which the bound cuts, before meeting it at depth 3 by way of +2 steps.
    const base = stepper(12);
    const twoFirst: Model<Count, 1 | 2> = { ...base, actions: (s) => [...base.actions(s)].reverse() };
    for (const maxDepth of [1, 2, 3, 4, 6]) {
      // No deadlock check: 12 is a dead end, which would stop both searches early.
      const bfs = await check(twoFirst, [], { maxDepth, deadlock: false });
      const dfs = await check(twoFirst, [], { maxDepth, deadlock: false, strategy: 'dfs' });
      expect([dfs.states, dfs.transitions, dfs.exhaustive], `depth ${maxDepth}`).toEqual([bfs.states, bfs.transitions, bfs.exhaustive]);
    }
  });

  it('keeps traces replayable when a symmetric state is met again nearer the root', async () => {
    // Two interchangeable counters, +2 listed before +1: the stack first meets (0, 2) by two +1 steps on
    // y, then its mirror (2, 0) in one +2 step on x, another member of the same class, nearer the root.
    type Pair = { readonly x: number; readonly y: number };
    type Step = 'x+2' | 'y+2' | 'x+1' | 'y+1';
    const pairs: Model<Pair, Step> = {
      init: () => [{ x: 0, y: 0 }],
      actions: (s) => (['x+2', 'y+2', 'x+1', 'y+1'] as const).filter((a) => s[a[0] as 'x' | 'y'] + Number(a[2]) <= 5),
      next: (s, a) => (a[0] === 'x' ? { x: s.x + Number(a[2]), y: s.y } : { x: s.x, y: s.y + Number(a[2]) }),
      label: (a) => a,
      canonical: (s) => ({ x: Math.min(s.x, s.y), y: Math.max(s.x, s.y) }),
    };
    for (const maxDepth of [2, 3, 4, 5, 6, 7]) {
      const bfs = await check(pairs, [], { maxDepth, deadlock: false });
      const dfs = await check(pairs, [], { maxDepth, deadlock: false, strategy: 'dfs' });
      expect([dfs.states, dfs.transitions], `depth ${maxDepth}`).toEqual([bfs.states, bfs.transitions]);
      // A witness for each lopsided target (such a property breaks the symmetry, so which member is met,
      // and the verdict, depend on the order): replaying it must reach that member, not its mirror.
      for (let x = 0; x <= 5; x++) {
        for (let y = 0; y <= 5; y++) {
          if (x === y) continue;
          const target = { kind: 'sometimes' as const, name: `(${x}, ${y})`, check: (s: Pair) => s.x === x && s.y === y };
          const [found] = (await check(pairs, [target], { maxDepth, deadlock: false, strategy: 'dfs' })).properties;
          if (found!.trace !== undefined) expect(reproduces(pairs, found!.trace, target), `${target.name} within ${maxDepth}`).toBe(true);
        }
      }
    }
  });

  it('gives the same counts as breadth-first on 2PC within a bound, with and without symmetry', async () => {
    for (const symmetry of [false, true]) {
      const { model, properties } = twoPhaseSubject(5);
      const bfs = await check(model, properties, { maxDepth: 7, symmetry });
      const dfs = await check(model, properties, { maxDepth: 7, symmetry, strategy: 'dfs' });
      expect([dfs.states, dfs.transitions, dfs.exhaustive, verdicts(dfs)]).toEqual([bfs.states, bfs.transitions, bfs.exhaustive, verdicts(bfs)]);
    }
  });

  it('keeps traces replayable through re-expansions under symmetry', async () => {
    const { model, properties } = twoPhaseSubject(5, 'correct', 'stateright');
    const r = await check(model, properties, { maxDepth: 12, strategy: 'dfs', stopAtFirstViolation: false });
    const commit = r.properties.find((p) => p.name === 'commit agreement')!;
    const abort = r.properties.find((p) => p.name === 'abort agreement')!;
    expect([commit.status, abort.status]).toEqual(['unknown', 'holds']);
    expect(reproduces(model, abort.trace!, properties[0]!)).toBe(true);
  });
});

describe('depth-first search: the rest of the contract', () => {
  it('reports a deadlock and a mutual-exclusion violation with replayable traces', async () => {
    const dead = await check(counter(3, { incOnly: true }), [], { strategy: 'dfs' });
    expect(dead.properties.at(-1)).toMatchObject({ name: 'deadlock', status: 'violated' });
    expect(dead.properties.at(-1)!.trace!.actions).toHaveLength(3);
    const model = mutex(false);
    const exclusive = { kind: 'always' as const, name: 'exclusive', check: (s: { pc: readonly string[] }) => s.pc.filter((p) => p === 'critical').length < 2 };
    const r = await check(model, [exclusive], { strategy: 'dfs' });
    expect(r.properties[0]!.status).toBe('violated');
    expect(reproduces(model, r.properties[0]!.trace!, exclusive)).toBe(true);
  });

  it('stops at maxStates with the verdicts unknown', async () => {
    const { model, properties } = twoPhaseSubject(5);
    const r = await check(model, properties, { strategy: 'dfs', symmetry: false, maxStates: 1000 });
    expect([r.stopReason, r.complete, r.states]).toEqual(['max-states', false, 1000]);
    expect(r.properties.find((p) => p.name === 'consistent')!.status).toBe('unknown');
  });

  it('refuses workers and an unknown strategy', async () => {
    const { model } = twoPhaseSubject(3);
    await expect(check(model, [], { strategy: 'dfs', workers: 2, source: twoPhaseSource(3) })).rejects.toThrow(/runs on one thread/);
    await expect(check(model, [], { strategy: 'sideways' as 'dfs' })).rejects.toThrow(/strategy must be 'bfs' or 'dfs'/);
  });
});
