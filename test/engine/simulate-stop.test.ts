/** simulate's `signal` and `timeLimitMs`: a signal handler gets its turn between runs. */
import { describe, expect, it } from 'vitest';
import { simulate } from '../../src/engine/simulate.ts';
import { reproduces } from '../../src/engine/trace.ts';
import type { Property } from '../../src/engine/types.ts';
import { counter, mutex, mutualExclusion, type Count, type MutexAction, type MutexState } from './toy-models.ts';

const mutexProperty: Property<MutexState, MutexAction> = { kind: 'always', name: 'mutex', check: mutualExclusion };
const inRange: Property<Count, 'inc' | 'dec'> = { kind: 'always', name: 'in range', check: (s) => s.n <= 1000 };

describe('simulate between runs', () => {
  it('lets a signal fired from a timer stop the runs: stopped "aborted", fewer runs, no failure', async () => {
    const controller = new AbortController();
    setTimeout(() => controller.abort(), 50);
    const result = await simulate(counter(1000), [inRange], { runs: 1_000_000, maxSteps: 2000, seed: 3, signal: controller.signal });
    expect(result.stopped).toBe('aborted');
    expect(result.runs).toBeGreaterThan(0);
    expect(result.runs).toBeLessThan(1_000_000);
    expect(result.failure).toBeUndefined();
  });
});

describe('simulate stops', () => {
  it('before the first run when the signal has already fired', async () => {
    const controller = new AbortController();
    controller.abort();
    const result = await simulate(mutex(false), [mutexProperty], { runs: 300, maxSteps: 30, seed: 1, signal: controller.signal });
    expect(result).toEqual({ seed: 1, runs: 0, stopped: 'aborted' });
  });

  it('at the time limit', async () => {
    const result = await simulate(counter(1000), [inRange], { runs: 1_000_000, maxSteps: 2000, seed: 3, timeLimitMs: 30 });
    expect(result.stopped).toBe('time-limit');
    expect(result.runs).toBeLessThan(1_000_000);
  });

  it('while shrinking, keeping the failure found so far: a valid, replayable counterexample', async () => {
    const controller = new AbortController();
    // The first violation aborts: shrinking stops at its next step.
    const belowFive: Property<Count, 'inc' | 'dec'> = {
      kind: 'always',
      name: 'below five',
      check: (s) => s.n < 5 || (controller.abort(), false),
    };
    const result = await simulate(counter(20), [belowFive], { runs: 200, maxSteps: 60, seed: 7, signal: controller.signal });
    expect(result.stopped).toBe('aborted');
    expect(result.failure?.property).toBe('below five');
    expect(reproduces(counter(20), result.failure!.trace, belowFive)).toBe(true);
  });

  it('not at all without a signal or a time limit: the result has no `stopped`', async () => {
    expect(await simulate(mutex(false), [mutexProperty], { runs: 300, maxSteps: 30, seed: 1 })).not.toHaveProperty('stopped');
  });
});
