/** The CLI in-process (`run(argv, io)`) and as the real binary, with what it printed and where it wrote. */
import { spawn, spawnSync } from 'node:child_process';
import { mkdtempSync, rmSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { run } from '../../src/cli/run.ts';
import type { CliIo, Interrupts } from '../../src/cli/io.ts';
import { root } from './subjects.ts';

export const bin = join(root, 'bin', 'fabric-check.js');

export interface Ran {
  readonly code: number | null;
  readonly stdout: string;
  readonly stderr: string;
}

export interface InProcessOptions {
  /** The CLI's interrupt hook (main.ts wires SIGINT/SIGTERM to it); default: never fires. */
  readonly interrupts?: () => Interrupts;
  readonly env?: Record<string, string>;
}

export async function runCli(argv: readonly string[], cwd: string, options: InProcessOptions = {}): Promise<Ran> {
  let stdout = '';
  let stderr = '';
  const interrupts = options.interrupts ?? ((): Interrupts => ({ signal: new AbortController().signal, release() {} }));
  const io: CliIo = {
    stdout: { write: (text: string) => (stdout += text) },
    stderr: { write: (text: string) => (stderr += text) },
    env: options.env ?? {},
    cwd,
    interrupts,
  };
  const code = await run(argv, io);
  return { code, stdout, stderr };
}

export function runBin(argv: readonly string[], cwd: string): Ran {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...argv], {
    cwd,
    encoding: 'utf8',
    env: { ...process.env, CI: 'true', FABRIC_CHECK_DEBUG: '' },
  });
  return { code: status, stdout, stderr };
}

/** Starts the binary; the caller sends signals and awaits `done`. */
export function startBin(argv: readonly string[], cwd: string) {
  const child = spawn(process.execPath, [bin, ...argv], { cwd, env: { ...process.env, CI: 'true' } });
  let stdout = '';
  let stderr = '';
  child.stdout.on('data', (chunk) => (stdout += chunk));
  child.stderr.on('data', (chunk) => (stderr += chunk));
  const done = new Promise<Ran & { signal: NodeJS.Signals | null }>((resolve) =>
    child.on('close', (code, signal) => resolve({ code, signal, stdout, stderr })),
  );
  return { child, done, stderr: () => stderr };
}

export function tempDir(prefix: string): { path: string; remove(): void } {
  const path = mkdtempSync(join(tmpdir(), `fabric-check-trust-${prefix}-`));
  return { path, remove: () => rmSync(path, { recursive: true, force: true }) };
}

/** Lines that betray an uncaught error: stack frames, `SomethingError:` dumps, Node's own crash banner. */
export const crashTrace = /^\s+at |\b\w*Error:|node:internal|triggerUncaughtException|^Node\.js v\d/m;
