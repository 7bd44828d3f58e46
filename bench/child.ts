/**
 * Each measured configuration runs in a fresh Node process, so that peak memory belongs to that
 * configuration alone and no JIT warm-up carries over from the one before. A child prints one result
 * line on stdout; its stderr (progress) goes straight to the terminal.
 */
import { spawn } from 'node:child_process';
import { fileURLToPath } from 'node:url';

const RESULT = 'BENCH-RESULT ';

export type ChildOutcome<T> = { readonly ok: true; readonly value: T } | { readonly ok: false; readonly error: string };

/** Runs `script` (a bench/ file) under tsx with `input` as its one argument. */
export function runChild<T>(script: string, input: unknown, timeoutMs: number): Promise<ChildOutcome<T>> {
  const path = fileURLToPath(new URL(script, import.meta.url));
  const child = spawn(process.execPath, ['--import', 'tsx', '--expose-gc', path, JSON.stringify(input)], {
    // `--import tsx` resolves from the working directory: the project root has tsx installed.
    cwd: fileURLToPath(new URL('..', import.meta.url)),
    stdio: ['ignore', 'pipe', 'inherit'],
  });
  let stdout = '';
  child.stdout.setEncoding('utf8').on('data', (chunk: string) => (stdout += chunk));
  const timer = setTimeout(() => child.kill('SIGKILL'), timeoutMs);
  return new Promise((resolve) => {
    child.on('close', (code, signal) => {
      clearTimeout(timer);
      const line = stdout.split('\n').find((l) => l.startsWith(RESULT));
      if (line !== undefined) resolve({ ok: true, value: JSON.parse(line.slice(RESULT.length)) as T });
      else if (signal === 'SIGKILL') resolve({ ok: false, error: `killed after ${Math.round(timeoutMs / 1000)} s` });
      else resolve({ ok: false, error: `exited with ${signal ?? code} and no result` });
    });
  });
}

/** In a child: the input passed by `runChild`. */
export function childInput<T>(): T {
  const arg = process.argv[2];
  if (arg === undefined) throw new Error('bench children are started by bench/run.ts');
  return JSON.parse(arg) as T;
}

/** In a child: hands the result to the parent and exits (stdout to a pipe is synchronous on Linux). */
export function finish(value: unknown): never {
  process.stdout.write(`${RESULT}${JSON.stringify(value)}\n`);
  process.exit(0);
}

export function errorText(error: unknown): string {
  return error instanceof Error ? error.message.split('\n')[0]! : String(error);
}
