import { describe, expect, it } from 'vitest';
import { benchModels } from '../../bench/models.ts';
import { report } from '../../bench/report.ts';
import type { CheckRun } from '../../bench/measure-check.ts';
import type { BenchResults } from '../../bench/results.ts';
import type { SpinRun } from '../../bench/spin.ts';

const model = benchModels.find((m) => m.id === 'updown-20')!;

const fabric = (states: number, ms: number): CheckRun => ({
  states,
  transitions: 20 * states,
  complete: true,
  stopReason: 'done',
  ms,
  cpuMs: ms,
  peakRssBytes: 150 * 2 ** 20,
  notHolding: [],
  retained: { bytesPerState: 32, states, frontier: 0 },
  extraThreads: 0,
});

const spin = (states: number): SpinRun => ({
  version: 'Spin Version 6.5.2',
  compileMs: 1000,
  searchMs: 4000,
  searchCpuMs: 3000,
  states,
  transitions: 20 * states + 1,
  memoryBytes: 98 * 2 ** 20,
  bytesPerState: 48.2,
  errors: 0,
  depthTooSmall: false,
});

/**
 * Later rounds' 2-worker times, against one thread's 9 s each; per round from the first, the wall
 * times of the two 1-thread runs made at once.
 */
function results(
  fabricStates: number,
  spinStates: number,
  twoWorkers: CheckRun | { unavailable: string },
  later: readonly number[] = [],
  pairs: readonly (readonly [number, number])[] = [],
): BenchResults {
  return {
    date: '2026-01-01T00:00:00.000Z',
    machine: { cpu: 'test', cores: 2, memoryBytes: 2 ** 34, node: 'v20', loadBefore: 0.1, loadAfter: 1.2 },
    spinVersion: 'Spin Version 6.5.2',
    models: [
      {
        model,
        fabric: [fabric(fabricStates, 9000), twoWorkers],
        rounds: later.map((ms) => [fabric(fabricStates, 9000), fabric(fabricStates, ms)]),
        pairs: pairs.map((times) => times.map((ms) => fabric(fabricStates, ms))),
        spin: spin(spinStates),
      },
    ],
    micro: {
      model: 'twophase-8',
      variants: { produce: { unavailable: 'x' }, 'produce+encode': { unavailable: 'x' }, 'fast path': { unavailable: 'x' } },
    },
    scale: { unavailable: 'not wired yet' },
  };
}

describe('benchmark report', () => {
  it('agrees when every checker reaches the expected count, and judges the targets', () => {
    const { text, countsAgree } = report(results(2 ** 20, 2 ** 20, fabric(2 ** 20, 5000)));
    expect(countsAgree).toBe(true);
    expect(text).not.toContain('MISMATCH');
    expect(text).toMatch(/1 thread vs SPIN's search\s*│ ≤ 3x CPU time\s*│\s*3\.00x \(wall 2\.25x\) │ met/);
    expect(text).toMatch(/2 workers vs 1\s*│ ≥ 1\.7x faster \(wall, median of rounds\)\s*│\s*1\.80x \(rounds: 1\.80x\) │ met/);
    expect(text).not.toContain('already busy');
    expect(text).toMatch(/whole suite.*not available │ n\/a/);
  });

  it('judges the speed-up on the median of the rounds, each round one thread against 2 workers', () => {
    const met = report(results(2 ** 20, 2 ** 20, fabric(2 ** 20, 7500), [4000, 5000])).text;
    expect(met).toMatch(/2 workers vs 1\s*│ ≥ 1\.7x faster \(wall, median of rounds\)\s*│\s*1\.80x \(rounds: 1\.20x, 2\.25x, 1\.80x\) │ met/);
    const missed = report(results(2 ** 20, 2 ** 20, fabric(2 ** 20, 4000), [6000, 7500])).text;
    expect(missed).toMatch(/1\.50x \(rounds: 2\.25x, 1\.50x, 1\.20x\) │ MISSED/);
  });

  it('sets 2 workers against two 1-thread processes run at once, both with two cores busy', () => {
    // Rounds: 10 s / (2 × 7.5 s) = 67 %, 12 s / (2 × 4 s) = 150 %, 9 s / (2 × 5 s) = 90 %.
    const { text } = report(results(2 ** 20, 2 ** 20, fabric(2 ** 20, 7500), [4000, 5000], [[9500, 10500], [12000, 12000], [9000, 9000]]));
    expect(text).toMatch(/2 workers vs 2 processes of 1 thread at once\s*│ search per second per busy core \(median of rounds\)\s*│\s*90 % \(rounds: 67 %, 150 %, 90 %\) │ reference/);
    const none = report(results(2 ** 20, 2 ** 20, fabric(2 ** 20, 6000))).text;
    expect(none).toMatch(/2 workers vs 2 processes of 1 thread at once\s*│.*│\s*not available │ reference/);
  });

  it('says loudly when a count differs from SPIN or from the expected one', () => {
    const { text, countsAgree } = report(results(2 ** 20, 2 ** 20 - 1, { unavailable: 'no workers yet' }));
    expect(countsAgree).toBe(false);
    expect(text).toContain('✗✗ MISMATCH ✗✗');
    expect(text).toContain('STATE COUNTS DISAGREE');
  });

  it('prints an unavailable configuration as such, with its reason', () => {
    const { text } = report(results(2 ** 20, 2 ** 20, { unavailable: 'no workers yet' }));
    expect(text).toContain('fabric-check ×2: not available (no workers yet)');
    expect(text).toMatch(/2 workers vs 1\s*│ ≥ 1\.7x faster \(wall, median of rounds\)\s*│\s*not available │ n\/a/);
  });
});
