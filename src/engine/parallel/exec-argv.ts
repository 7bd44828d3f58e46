/**
 * Node options for the worker threads: the parent's, less the flags that preload modules (`--import
 * tsx`, vitest's `--require` hooks). A worker loads what it needs itself (worker-entry.cjs), and tsx's
 * own preloads skip worker threads after costing some 100 ms each to load there.
 */
const PRELOADS = new Set(['--require', '-r', '--import', '--loader', '--experimental-loader']);

export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    if (PRELOADS.has(arg)) i++;
    else if (!PRELOADS.has(arg.split('=')[0]!)) kept.push(arg);
  }
  return kept;
}
