/** The search over worker threads: what it needs, how it stops, and that it leaves no thread behind. */
import { execFileSync } from 'node:child_process';
import { readdirSync } from 'node:fs';
import { fileURLToPath } from 'node:url';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { workerExecArgv } from '../../src/engine/parallel/exec-argv.ts';
import type { Progress } from '../../src/engine/types.ts';
import { twoPhaseSource, twoPhaseSubject } from '../../examples/two-phase-commit.ts';

const threads = (): number => readdirSync('/proc/self/task').length;
const { model, properties } = twoPhaseSubject(5);
const source = twoPhaseSource(5);

describe('check with worker threads: requirements and stops', () => {
  it('needs a source to rebuild the model from', async () => {
    await expect(check(model, properties, { workers: 2 })).rejects.toThrow(/workers: 2 needs options\.source/);
  });

  it('needs a whole number of workers', async () => {
    await expect(check(model, properties, { workers: 2.5, source })).rejects.toThrow(/whole number/);
  });

  it('names a source without the exported factory, and stops its workers', async () => {
    const before = threads();
    const missing = { ...source, export: 'noSuchSubject' };
    await expect(check(model, properties, { workers: 2, source: missing })).rejects.toThrow(/no exported function 'noSuchSubject'/);
    expect(threads()).toBe(before);
  });

  it('takes the module as a path too, absolute or relative to src/engine', async () => {
    const small = twoPhaseSubject(3);
    const plain = await check(small.model, small.properties);
    for (const module of [fileURLToPath(twoPhaseSource(3).module), '../../examples/two-phase-commit.ts']) {
      const result = await check(small.model, small.properties, { workers: 2, source: { ...twoPhaseSource(3), module } });
      expect([result.states, result.transitions]).toEqual([plain.states, plain.transitions]);
    }
  });

  it('searches on this thread with one worker, source or not', async () => {
    const plain = await check(model, properties);
    const one = await check(model, properties, { workers: 1, source });
    expect({ ...one, elapsedMs: 0 }).toEqual({ ...plain, elapsedMs: 0 });
  });

  it('stops when aborted, keeping its counts, and stops its workers', async () => {
    const big = twoPhaseSubject(8);
    const controller = new AbortController();
    const before = threads();
    const result = await check(big.model, big.properties, {
      workers: 2,
      source: twoPhaseSource(8),
      symmetry: false,
      signal: controller.signal,
      progressIntervalMs: 0,
      onProgress: () => controller.abort(),
    });
    expect(result.stopReason).toBe('aborted');
    expect(result.complete).toBe(false);
    expect(result.states).toBeGreaterThan(0);
    expect(result.states).toBeLessThan(1_745_408);
    expect(result.properties.find((p) => p.name === 'consistent')?.status).toBe('unknown');
    expect(threads()).toBe(before);
  });

  it('starts no worker when the signal is already aborted', async () => {
    const before = threads();
    const result = await check(model, properties, { workers: 2, source, signal: AbortSignal.abort() });
    expect([result.stopReason, result.states]).toEqual(['aborted', 0]);
    expect(threads()).toBe(before);
  });

  it('keeps to maxStates exactly as one thread does, the same on every run', async () => {
    const options = { symmetry: false, maxStates: 1000 };
    const one = await check(model, properties, options);
    const first = await check(model, properties, { ...options, workers: 2, source });
    const second = await check(model, properties, { ...options, workers: 2, source });
    expect([first.stopReason, first.complete, first.states]).toEqual(['max-states', false, 1000]);
    expect({ ...first, elapsedMs: 0 }).toEqual({ ...one, elapsedMs: 0 });
    expect({ ...second, elapsedMs: 0 }).toEqual({ ...first, elapsedMs: 0 });
  });

  it('completes a space of exactly maxStates states, as one thread does', async () => {
    const result = await check(model, properties, { workers: 2, source, symmetry: false, maxStates: 8832 });
    expect([result.stopReason, result.complete, result.states]).toEqual(['done', true, 8832]);
  });

  it('reports progress once more at the end, with the final counts', async () => {
    const reports: Progress[] = [];
    const result = await check(model, properties, { workers: 2, source, onProgress: (p) => reports.push(p) });
    expect(reports.at(-1)).toMatchObject({ states: result.states, transitions: result.transitions, depth: result.depth, frontier: 0 });
  });
});

describe('worker thread options', () => {
  it('keep the parent’s module-resolution and warning options, not its preloads or V8 options', () => {
    const parent = ['--require', '/t/preflight.cjs', '--import', 'file:///t/loader.mjs', '--conditions', 'node', '-r', 'x', '--import=tsx', '--no-warnings', '--experimental-loader=y', '--expose-gc', '--max-old-space-size=4096', '-C=dev'];
    expect(workerExecArgv(parent)).toEqual(['--conditions', 'node', '--no-warnings', '-C=dev']);
  });

  it('start a search from a process run with V8 options', () => {
    const script = `import { check } from './src/engine/check.ts';
      import { twoPhaseSubject } from './examples/two-phase-commit.ts';
      const { model, properties } = twoPhaseSubject(3);
      const source = { module: new URL('./examples/two-phase-commit.ts', import.meta.url).href, export: 'twoPhaseSubject', args: [3] };
      const r = await check(model, properties, { workers: 2, source, symmetry: false });
      console.log(r.states);`;
    const out = execFileSync(process.execPath, ['--import', 'tsx', '--expose-gc', '--max-old-space-size=2048', '--input-type=module', '-e', script], { encoding: 'utf8' });
    expect(out.trim()).toBe('288');
  });
});
