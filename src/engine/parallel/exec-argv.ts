/**
 * Node options for the worker threads: only those of the parent's that change how a worker's modules
 * load or warn. Everything else stays behind: module preloads (`--import tsx`, vitest's `--require`
 * hooks), since a worker loads what it needs itself (worker-entry.cjs) and tsx's own preloads cost some
 * 100 ms each in a worker; and V8 options (`--expose-gc`, `--max-old-space-size`, …), which are
 * per process, so `new Worker` refuses them.
 */
const KEPT_WITH_VALUE = new Set(['--conditions', '-C']);
const KEPT = new Set(['--no-warnings', '--no-deprecation', '--trace-warnings', '--enable-source-maps']);

export function workerExecArgv(execArgv: readonly string[]): string[] {
  const kept: string[] = [];
  for (let i = 0; i < execArgv.length; i++) {
    const arg = execArgv[i]!;
    const name = arg.split('=')[0]!;
    if (KEPT_WITH_VALUE.has(arg) && i + 1 < execArgv.length) kept.push(arg, execArgv[++i]!);
    else if (KEPT.has(arg) || (KEPT_WITH_VALUE.has(name) && name !== arg)) kept.push(arg);
  }
  return kept;
}
