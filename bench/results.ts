/** What one `npm run bench` measures, as it is written to bench/last-run.json. */
import type { BenchModel } from './models.ts';
import type { CheckRunResult } from './measure-check.ts';
import type { MicroOutcome } from './micro.ts';
import type { ScaleOutcome } from './scale.ts';
import type { SpinOutcome } from './spin.ts';

export const workerCounts = [1, 2] as const;
/**
 * Runs of every worker count per model, interleaved (1, 2, pair, 1, 2, pair, …): this VM's speed
 * drifts by a quarter between minutes, so the speed-up is judged on the median of the rounds' ratios.
 */
export const ROUNDS = 5;

/** The micro-benchmark's ways of taking one transition (see micro.ts). */
export const microVariants = ['produce', 'produce+encode', 'fast path'] as const;
export type MicroVariant = (typeof microVariants)[number];

export interface ModelResults {
  readonly model: BenchModel;
  /** One run per entry of `workerCounts`, in that order: the first round, which the tables show. */
  readonly fabric: readonly CheckRunResult[];
  /** The later rounds, each as `fabric`. */
  readonly rounds: readonly (readonly CheckRunResult[])[];
  /**
   * Per round, two single-threaded runs in two processes at once: what this machine gives two
   * threads that share nothing, the ceiling for 2 workers.
   */
  readonly pairs: readonly (readonly CheckRunResult[])[];
  readonly spin: SpinOutcome;
}

export interface BenchResults {
  readonly date: string;
  readonly machine: {
    readonly cpu: string;
    readonly cores: number;
    readonly memoryBytes: number;
    readonly node: string;
    /** 1-minute load averages when the run started and ended: other work inflates wall times. */
    readonly loadBefore: number;
    readonly loadAfter: number;
  };
  readonly spinVersion: string | null;
  readonly models: readonly ModelResults[];
  readonly micro: { readonly model: string; readonly variants: Readonly<Record<MicroVariant, MicroOutcome>> };
  readonly scale: ScaleOutcome;
}

type Unavailable = { readonly unavailable: string };

export function isAvailable<T extends object>(outcome: T): outcome is Exclude<T, Unavailable> {
  return !('unavailable' in outcome);
}
