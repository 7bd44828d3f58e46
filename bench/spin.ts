/**
 * SPIN's side: make sure spin and a C compiler are there (installing spin with apt-get when it is
 * missing), then for a Promela model time `spin -a` + gcc apart from the search itself.
 *
 * pan is built for an exhaustive safety search with full state storage: -DSAFETY (no cycle
 * detection), -DNOREDUCE (no partial-order reduction; one process, so it would not reduce anyway).
 * -w21 gives 2^21 hash slots, the next power of two above the larger model's 1.75 M states, so
 * neither chains run long nor does pan's default (-w24, 128 MB) charge SPIN for an empty table.
 */
import { spawnSync } from 'node:child_process';
import { copyFileSync, mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { basename, join } from 'node:path';
import { fileURLToPath } from 'node:url';

export interface SpinRun {
  readonly version: string;
  readonly compileMs: number;
  readonly searchMs: number;
  /** pan's user + system CPU time: unlike wall time, barely moved by other processes on the machine. */
  readonly searchCpuMs: number;
  readonly states: number;
  /** pan's "transitions (= stored+matched)": one more than the edges, as the initial state is stored too. */
  readonly transitions: number;
  /** pan's "total actual memory usage". */
  readonly memoryBytes: number;
  /** Hash table and stored state vectors per stored state. */
  readonly bytesPerState: number;
  readonly errors: number;
  readonly depthTooSmall: boolean;
}

export type SpinOutcome = SpinRun | { readonly unavailable: string };

const MB = 1024 * 1024;

function run(command: string, args: readonly string[], cwd?: string): { ok: boolean; output: string; ms: number } {
  const start = performance.now();
  const result = spawnSync(command, args, { cwd, encoding: 'utf8', maxBuffer: 64 * MB });
  const ms = performance.now() - start;
  const output = `${result.stdout ?? ''}${result.stderr ?? ''}${result.error?.message ?? ''}`;
  return { ok: result.status === 0, output, ms };
}

function spinVersion(): string | undefined {
  const { ok, output } = run('spin', ['-V']);
  return ok ? /Spin Version [^ ]+/.exec(output)?.[0] : undefined;
}

/** The SPIN version, or why SPIN cannot run here. */
export function ensureSpin(log: (line: string) => void): { version: string } | { unavailable: string } {
  if (!run('gcc', ['--version']).ok) return { unavailable: 'gcc not found' };
  const present = spinVersion();
  if (present !== undefined) return { version: present };
  log('SPIN is not installed: installing it with `apt-get update && apt-get install -y spin` …');
  const update = run('apt-get', ['update']);
  const install = update.ok ? run('apt-get', ['install', '-y', 'spin']) : update;
  const installed = spinVersion();
  if (installed !== undefined) return { version: installed };
  const why = install.output.trim().split('\n').at(-1) ?? 'no output';
  return { unavailable: `apt-get install spin failed (${why})` };
}

function figure(output: string, pattern: RegExp): number {
  const match = pattern.exec(output);
  if (match === null) throw new Error(`pan's output has no ${pattern.source}`);
  return Number(match[1]);
}

export function runSpin(version: string, promela: string, maxDepth: number): SpinOutcome {
  const dir = mkdtempSync(join(tmpdir(), 'fabric-check-spin-'));
  try {
    const file = basename(fileURLToPath(promela));
    copyFileSync(fileURLToPath(promela), join(dir, file));
    const generate = run('spin', ['-a', file], dir);
    if (!generate.ok) return { unavailable: `spin -a failed: ${generate.output.trim()}` };
    const compile = run('gcc', ['-O2', '-DNOREDUCE', '-DSAFETY', '-DMEMLIM=8000', '-o', 'pan', 'pan.c'], dir);
    if (!compile.ok) return { unavailable: `gcc failed: ${compile.output.trim().split('\n')[0]}` };
    // The shell's `times` prints its children's CPU time last.
    const search = run('sh', ['-c', `./pan -m${maxDepth} -c1 -w21; times`], dir);
    const out = search.output;
    const stored = figure(out, /(\d+) states, stored/);
    const cpu = [...out.matchAll(/(\d+)m([\d.]+)s (\d+)m([\d.]+)s/g)].at(-1);
    if (cpu === undefined) throw new Error(`no CPU times after pan's output: ${out.slice(-200)}`);
    const [minutesUser, user, minutesSystem, system] = cpu.slice(1).map(Number) as [number, number, number, number];
    return {
      version,
      compileMs: generate.ms + compile.ms,
      searchMs: search.ms,
      searchCpuMs: (minutesUser * 60 + user + minutesSystem * 60 + system) * 1000,
      states: stored,
      transitions: figure(out, /(\d+) transitions \(= stored\+matched\)/),
      memoryBytes: figure(out, /([\d.]+)\s+total actual memory usage/) * MB,
      bytesPerState:
        ((figure(out, /([\d.]+)\s+actual memory usage for states/) +
          figure(out, /([\d.]+)\s+memory used for hash table/)) *
          MB) /
        stored,
      errors: figure(out, /errors: (\d+)/),
      depthTooSmall: out.includes('max search depth too small'),
    };
  } catch (error) {
    return { unavailable: error instanceof Error ? error.message : String(error) };
  } finally {
    rmSync(dir, { recursive: true, force: true });
  }
}
