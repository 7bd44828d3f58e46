/**
 * The search over worker threads on small models written here: every property kind, deadlocks,
 * stuttering steps, a state constraint, models without a codec (states cross threads as objects), and
 * errors thrown inside a worker. Workers rebuild these models from their source text (a data: module),
 * so each factory must be self-contained.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { SearchSettings } from '../../src/engine/bfs.ts';
import { oneAndTeam } from './team.ts';
import type { CheckOptions, CheckResult, ModelSource, Property, Subject } from '../../src/engine/types.ts';

interface Point {
  readonly x: number;
  readonly y: number;
}
type Move = 'right' | 'up' | 'stay';

/**
 * From (0, 0), step right or up on a size × size grid; on the left edge a process may also stay put.
 * The far corner is a dead end. No codec: states are fingerprinted and sent as objects.
 */
function grid(size: number, shape: { limit: number; within?: number; explodeAt?: number }): Subject<Point, Move> {
  const properties: Property<Point, Move>[] = [
    { kind: 'always', name: 'near the start', check: (s) => s.x + s.y < shape.limit },
    { kind: 'sometimes', name: 'top edge', check: (s) => s.y === size - 1 },
    { kind: 'step', name: 'one square at a time', check: (p, _a, n) => Math.abs(n.x - p.x) + Math.abs(n.y - p.y) <= 1 },
    { kind: 'step', name: 'never up the left edge', check: (p, a) => !(p.x === 0 && p.y > 0 && a === 'up') },
    { kind: 'eventually', name: 'right edge', check: (s) => s.x === size - 1 },
  ];
  if (shape.explodeAt !== undefined) {
    const at = shape.explodeAt;
    properties.push({
      kind: 'always',
      name: 'explodes',
      check: (s) => {
        if (s.x + s.y === at) throw new Error(`boom at (${s.x}, ${s.y})`);
        return true;
      },
    });
  }
  const within = shape.within;
  return {
    model: {
      init: () => [{ x: 0, y: 0 }],
      actions: (s) => {
        const out: Move[] = [];
        if (s.x < size - 1) out.push('right');
        if (s.y < size - 1) out.push('up');
        if (s.x === 0) out.push('stay');
        return out;
      },
      next: (s, a) => (a === 'right' ? { x: s.x + 1, y: s.y } : a === 'up' ? { x: s.x, y: s.y + 1 } : s),
      label: (a) => a,
      ...(within !== undefined && { within: (s: Point) => s.x < within }),
    },
    properties,
  };
}

function inline<Args extends unknown[], S, A>(factory: (...args: Args) => Subject<S, A>, ...args: Args) {
  const code = `export const subject = ${factory.toString()};`;
  const source: ModelSource = { module: `data:text/javascript,${encodeURIComponent(code)}`, export: 'subject', args };
  return { subject: factory(...args), source };
}

const verdicts = (result: CheckResult<unknown>) =>
  result.properties.map((p) => ({ name: p.name, status: p.status, steps: p.trace?.actions.length }));

async function both<S, A>({ subject, source }: { subject: Subject<S, A>; source: ModelSource }, options: CheckOptions) {
  const one = await check(subject.model, subject.properties, options);
  const many = await check(subject.model, subject.properties, { ...options, workers: 2, source });
  return { one, many };
}

describe('check with worker threads, on toy models', () => {
  it('decides every kind of property as one thread does, each trace replaying to what it shows', async () => {
    const toy = inline(grid, 6, { limit: 7 });
    const { one, many } = await both(toy, { stopAtFirstViolation: false });
    expect(verdicts(many)).toEqual(verdicts(one));
    expect(verdicts(many).map((v) => [v.name, v.status, v.steps])).toEqual([
      ['near the start', 'violated', 7],
      ['top edge', 'holds', 5],
      ['one square at a time', 'holds', undefined],
      ['never up the left edge', 'violated', 2],
      ['right edge', 'violated', one.properties[4]!.trace!.actions.length],
      ['deadlock', 'violated', 10],
    ]);
    for (const [i, result] of many.properties.entries()) {
      const property = toy.subject.properties[i] ?? 'deadlock';
      if (result.trace !== undefined) expect(reproduces(toy.subject.model, result.trace, property)).toBe(true);
    }
    expect({ states: many.states, transitions: many.transitions, depth: many.depth }).toEqual({
      states: one.states,
      transitions: one.transitions,
      depth: 10,
    });
  });

  it('stops at the first violation, reporting one', async () => {
    const { one, many } = await both(inline(grid, 6, { limit: 3 }), {});
    expect(verdicts(many)).toEqual(verdicts(one));
    expect(many.properties.filter((p) => p.status === 'violated').map((p) => p.name)).toEqual(['never up the left edge']);
  });

  it('reports a deadlock with a shortest path to it', async () => {
    const toy = inline(grid, 4, { limit: 99 });
    const { one, many } = await both(toy, { stopAtFirstViolation: false });
    const deadlock = many.properties.find((p) => p.name === 'deadlock')!;
    expect(deadlock.status).toBe('violated');
    expect(deadlock.trace!.actions).toHaveLength(6);
    expect(deadlock.trace!.states!.at(-1)).toEqual({ x: 3, y: 3 });
    expect(reproduces(toy.subject.model, deadlock.trace!, 'deadlock')).toBe(true);
    expect(verdicts(many)).toEqual(verdicts(one));
  });

  it('keeps to the state constraint as one thread does', async () => {
    const { one, many } = await both(inline(grid, 6, { limit: 99, within: 3 }), { stopAtFirstViolation: false });
    expect(verdicts(many)).toEqual(verdicts(one));
    expect([many.states, many.transitions, many.exhaustive]).toEqual([one.states, one.transitions, false]);
    expect(many.properties.find((p) => p.name === 'deadlock')?.status).toBe('holds');
  });

  it('rethrows an error thrown by a property inside a worker', async () => {
    const toy = inline(grid, 6, { limit: 99, explodeAt: 4 });
    const options = { workers: 2, source: toy.source, stopAtFirstViolation: false };
    await expect(check(toy.subject.model, toy.subject.properties, options)).rejects.toThrow(/boom at \(\d, \d\)/);
  });

  it('refuses a source whose properties differ from the checked ones', async () => {
    const toy = inline(grid, 6, { limit: 99 });
    const renamed = toy.subject.properties.map((p) => (p.name === 'top edge' ? { ...p, name: 'top row' } : p));
    await expect(check(toy.subject.model, renamed, { workers: 2, source: toy.source })).rejects.toThrow(
      /no sometimes property 'top row'/,
    );
  });
});

/**
 * 4 × `width` states: `width` initial ones, each stepping once or twice to a dead end. Level 0 is
 * wide, so the workers are usually ready in the middle of it and take over the rest of it.
 */
function wide(width: number): Subject<{ i: number; n: number }, number> {
  return {
    model: {
      init: () => Array.from({ length: width }, (_, i) => ({ i, n: 0 })),
      actions: (s) => (s.n < 2 ? [1, 2] : []),
      next: (s, a) => ({ i: s.i, n: s.n + a }),
      update: (s, a) => void (s.n += a),
      label: (a) => `+${a}`,
      codec: {
        words: 2,
        encode: (s, out, offset) => void ((out[offset] = s.i), (out[offset + 1] = s.n)),
        decode: (words, offset) => ({ i: words[offset]!, n: words[offset + 1]! }),
      },
    },
    properties: [
      { kind: 'always', name: 'below 4', check: (s) => s.n < 4 },
      { kind: 'sometimes', name: 'a 3', check: (s) => s.n === 3 },
      { kind: 'step', name: 'up by one', check: (p, _a, n) => n.n === p.n + 1 },
    ],
  };
}

/**
 * One state with `width` actions, each to a dead end of its own. Level 1 is this thread's alone (the
 * workers cannot be ready before the search's first turn of the event loop), and its one state's
 * successors need more room than the first table has.
 */
function star(width: number): Subject<number, number> {
  return {
    model: {
      init: () => [0],
      actions: (s) => (s === 0 ? Array.from({ length: width }, (_, i) => i + 1) : []),
      next: (_s, a) => a,
      label: () => 'out',
    },
    properties: [{ kind: 'always', name: 'in range', check: (s) => s <= width }],
  };
}

describe('the team’s search, on toy models: one thread’s outcome, traces included', () => {
  const cases: [string, () => { subject: Subject<Point, Move>; source: ModelSource }, Partial<SearchSettings>][] = [
    ['a grid, every kind of property and a deadlock', () => inline(grid, 40, { limit: 50 }), {}],
    ['a grid within a state constraint', () => inline(grid, 40, { limit: 99, within: 12 }), {}],
    ['a grid under a state cap', () => inline(grid, 40, { limit: 99 }), { maxStates: 700 }],
    ['a grid stopping at the first violation', () => inline(grid, 40, { limit: 30 }), { stopAtFirstViolation: true }],
  ];

  it.each(cases)('%s (every level the team’s)', async (_, make, over) => {
    const { subject, source } = make();
    const { one, team } = await oneAndTeam(subject, source, over);
    if (over.stopAtFirstViolation) {
      expect(team.stop).toBe('violation');
      expect(team.findings.filter((f, i) => f !== undefined && subject.properties[i]!.kind !== 'sometimes')).toEqual(
        one.findings.filter((f, i) => f !== undefined && subject.properties[i]!.kind !== 'sometimes'),
      );
    } else {
      expect(team).toEqual(one);
    }
  });

  it('a level this thread expands alone, pausing to grow the table', async () => {
    const { subject, source } = inline(star, 40_000);
    const { one, team } = await oneAndTeam(subject, source, {}, { wait: false });
    expect(one.states).toBe(40_001);
    expect(team).toEqual(one);
  });

  it('a wide first level, which the workers join once they are ready', async () => {
    const { subject, source } = inline(wide, 150_000);
    const { one, team } = await oneAndTeam(subject, source, {}, { wait: false });
    expect(one.states).toBe(4 * 150_000);
    expect(team).toEqual(one);
  });
});
