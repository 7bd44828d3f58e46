/**
 * Child: one fabric-check run of one benchmark model with a given number of workers.
 *
 * Bytes per stored state: the engine reports progress once more when the search ends, while its
 * seen-set and parent links are still alive and its frontier is empty. With progress otherwise off,
 * that is the one moment we force a GC and read what the heap and typed arrays retain beyond the
 * baseline; the GC's pause is left out of the time. Only single-threaded: worker threads' heaps are
 * not this thread's to measure.
 */
import { benchModel } from './models.ts';
import type { BenchModelId } from './models.ts';
import { childInput, errorText, finish } from './child.ts';
import { peakRssBytes, retainedBytes, threadCount } from './memory.ts';
import type { Progress, Subject } from '../src/engine/types.ts';

export interface CheckRunInput {
  readonly model: BenchModelId;
  readonly workers: number;
  readonly timeLimitMs: number;
}

export interface CheckRun {
  readonly states: number;
  readonly transitions: number;
  readonly complete: boolean;
  readonly stopReason: string;
  /** Wall time of `check()`. */
  readonly ms: number;
  /** CPU time of the whole process (all threads) during `check()`: robust to a busy machine. */
  readonly cpuMs: number;
  readonly peakRssBytes: number;
  /** Properties whose verdict is not `holds` (all of them hold in both models). */
  readonly notHolding: readonly string[];
  /** From the end-of-search sample; absent when the engine gave none. */
  readonly retained?: { readonly bytesPerState: number; readonly states: number; readonly frontier: number };
  /** OS threads beyond the baseline seen during the run (worker threads show up here). */
  readonly extraThreads?: number;
}

export type CheckRunResult = CheckRun | { readonly unavailable: string };

/** States still in the frontier are not stored beyond it: take them out at their encoded size (none are left at the end). */
function retainedPerState(progress: Progress, bytes: number, words: number): NonNullable<CheckRun['retained']> {
  const { states, frontier } = progress;
  return { bytesPerState: (bytes - frontier * words * 4) / states, states, frontier };
}

async function measure(input: CheckRunInput): Promise<CheckRunResult> {
  const spec = benchModel(input.model);
  let engine: typeof import('../src/index.ts');
  let factory: (...args: unknown[]) => Subject<unknown, unknown>;
  try {
    engine = await import('../src/index.ts');
    factory = (await import(spec.module))[spec.export];
  } catch (error) {
    return { unavailable: `cannot load: ${errorText(error)}` };
  }
  const { model, properties } = factory(...spec.args);
  const words = model.codec?.words ?? 0;

  const baseThreads = threadCount();
  let maxThreads = baseThreads;
  const watchThreads = setInterval(() => (maxThreads = Math.max(maxThreads ?? 0, threadCount() ?? 0)), 100);

  const baseline = retainedBytes().bytes;
  let gcMs = 0;
  let last: { progress: Progress; bytes: number } | undefined;
  const onProgress = (progress: Progress): void => {
    const sample = retainedBytes();
    gcMs += sample.gcMs;
    last = { progress, bytes: sample.bytes - baseline };
  };

  const start = performance.now();
  const startCpu = process.cpuUsage();
  let result;
  try {
    result = await engine.check(model, properties, {
      workers: input.workers,
      source: { module: spec.module, export: spec.export, args: spec.args },
      // SPIN and the published counts do not reduce by symmetry; 2PC's model offers `canonical`.
      symmetry: false,
      timeLimitMs: input.timeLimitMs,
      ...(input.workers === 1 && { progressIntervalMs: 3_600_000, onProgress }),
    });
  } catch (error) {
    return { unavailable: errorText(error) };
  } finally {
    clearInterval(watchThreads);
  }
  const ms = performance.now() - start - gcMs;
  const cpu = process.cpuUsage(startCpu);
  const cpuMs = (cpu.user + cpu.system) / 1000 - gcMs;

  const retained = last && last.progress.states > 0 ? retainedPerState(last.progress, last.bytes, words) : undefined;
  return {
    states: result.states,
    transitions: result.transitions,
    complete: result.complete,
    stopReason: result.stopReason,
    ms,
    cpuMs,
    peakRssBytes: peakRssBytes(),
    notHolding: result.properties.filter((p) => p.status !== 'holds').map((p) => `${p.name}: ${p.status}`),
    ...(retained === undefined ? {} : { retained }),
    ...(baseThreads === undefined || maxThreads === undefined ? {} : { extraThreads: maxThreads - baseThreads }),
  };
}

finish(await measure(childInput<CheckRunInput>()));
