/** Memory figures for a child process. Needs `--expose-gc` (bench/child.ts passes it). */
import { readFileSync } from 'node:fs';

type Gc = () => void;

/** Bytes the JS heap and ArrayBuffers (typed arrays: seen-set, parents, frontier) hold after a full GC. */
export function retainedBytes(): { bytes: number; gcMs: number } {
  const gc = (globalThis as { gc?: Gc }).gc;
  if (gc === undefined) throw new Error('run with --expose-gc');
  const start = performance.now();
  // Twice: some runs read 24 MiB more on 2PC-8 (52.7 B/state, not 38.9), the size of its seen-set's
  // table before the last growth. V8 frees dead ArrayBuffers' memory on a background thread after a
  // full GC; a second collection waits for that sweep.
  gc();
  gc();
  const gcMs = performance.now() - start;
  const { heapUsed, arrayBuffers } = process.memoryUsage();
  return { bytes: heapUsed + arrayBuffers, gcMs };
}

/** Peak resident set of the whole process (all threads) so far. */
export function peakRssBytes(): number {
  return process.resourceUsage().maxRSS * 1024;
}

/** OS threads of this process (Linux), or undefined elsewhere: shows whether worker threads ran. */
export function threadCount(): number | undefined {
  try {
    const match = /^Threads:\s+(\d+)$/m.exec(readFileSync('/proc/self/status', 'utf8'));
    return match ? Number(match[1]) : undefined;
  } catch {
    return undefined;
  }
}
