/**
 * Runs the engine on each FabricCheck in turn, sharing one time budget and one interrupt, with every
 * property carried to a verdict (no early stop) so that the table has a row for each.
 */
import { check } from '../index.ts';
import type { CheckRun, AnyFabricCheck } from '../reports/report.ts';
import type { CliIo } from './io.ts';
import { progressReporter } from './progress.ts';

export interface SearchLimits {
  readonly maxStates?: number;
  readonly timeLimitSeconds?: number;
  readonly workers: number;
}

export async function runChecks(checks: readonly AnyFabricCheck[], limits: SearchLimits, io: CliIo): Promise<CheckRun[]> {
  const deadline = limits.timeLimitSeconds === undefined ? undefined : Date.now() + limits.timeLimitSeconds * 1000;
  const progress = progressReporter(io);
  const interrupts = io.interrupts();
  const runs: CheckRun[] = [];
  try {
    for (const fabricCheck of checks) {
      progress.start(fabricCheck.id, fabricCheck.maxDepth);
      try {
        const result = await check(fabricCheck.subject.model, fabricCheck.subject.properties, {
          maxDepth: fabricCheck.maxDepth,
          stopAtFirstViolation: false,
          workers: limits.workers,
          ...(limits.workers > 1 ? { source: fabricCheck.source } : {}),
          ...(limits.maxStates === undefined ? {} : { maxStates: limits.maxStates }),
          // At least 1 ms: a spent budget still gives each later check a run that reports `unknown`.
          ...(deadline === undefined ? {} : { timeLimitMs: Math.max(1, deadline - Date.now()) }),
          signal: interrupts.signal,
          onProgress: (report) => progress.update(report),
          progressIntervalMs: progress.intervalMs,
        });
        runs.push({ check: fabricCheck, result });
      } finally {
        progress.stop();
      }
    }
  } finally {
    interrupts.release();
  }
  return runs;
}
