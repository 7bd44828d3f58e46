/** A CliIo that records what the CLI prints, for in-process runs. */
import type { CliIo, Interrupts } from '../../src/cli/io.ts';

export interface MemoryIo extends CliIo {
  readonly out: () => string;
  readonly err: () => string;
}

export function memoryIo(cwd: string, options: { signal?: AbortSignal; env?: Record<string, string> } = {}): MemoryIo {
  let out = '';
  let err = '';
  const interrupts = (): Interrupts => ({ signal: options.signal ?? new AbortController().signal, release() {} });
  return {
    stdout: { write: (text: string) => (out += text) },
    stderr: { write: (text: string) => (err += text) },
    env: options.env ?? {},
    cwd,
    interrupts,
    out: () => out,
    err: () => err,
  };
}
