import { describe, expect, it } from 'vitest';
import { checkOptions } from '../../src/engine/options.ts';
import { check } from '../../src/engine/check.ts';
import { counter } from './toy-models.ts';

describe('checkOptions', () => {
  it('builds CheckOptions Stateright-style', () => {
    const source = { module: 'file:///m.ts', export: 'subject', args: [3] };
    const options = checkOptions().maxDepth(12).maxStates(1e6).workers(2, source).symmetry(false).deadlock(false).build();
    expect(options).toEqual({ maxDepth: 12, maxStates: 1e6, workers: 2, source, symmetry: false, deadlock: false });
  });

  it('is immutable, so a base can be shared', () => {
    const base = checkOptions().maxDepth(3);
    const wide = base.maxStates(10);
    expect(base.build()).toEqual({ maxDepth: 3 });
    expect(wide.build()).toEqual({ maxDepth: 3, maxStates: 10 });
  });

  it('feeds check', async () => {
    const r = await check(counter(10), [], checkOptions().maxDepth(2).stopAtFirstViolation(false).timeLimit(60_000).build());
    expect(r.states).toBe(3);
  });
});
