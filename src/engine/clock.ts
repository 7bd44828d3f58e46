/**
 * The search's clock: how often the synchronous search loop must give the event loop a turn (so a
 * SIGINT handler or an AbortSignal can run), when progress is due, and whether the time limit or the
 * signal has stopped the search. Searches call `due()` cheaply and `tick()` only when it says so.
 */
import type { CheckOptions, Progress } from './types.ts';

const YIELD_EVERY_MS = 50;

export interface ProgressCounts {
  readonly states: number;
  readonly transitions: number;
  readonly frontier: number;
  readonly depth: number;
}

export class SearchClock {
  readonly start = performance.now();
  private readonly deadline: number;
  private readonly progressEvery: number;
  private nextYield: number;
  private nextProgress: number;

  constructor(private readonly options: CheckOptions) {
    this.deadline = options.timeLimitMs === undefined ? Infinity : this.start + options.timeLimitMs;
    this.progressEvery = options.progressIntervalMs ?? 1000;
    this.nextYield = this.start + YIELD_EVERY_MS;
    this.nextProgress = this.start + this.progressEvery;
  }

  elapsed(): number {
    return performance.now() - this.start;
  }

  /** Whether it is time to call `tick` (or the search has been told to stop). */
  due(): boolean {
    return performance.now() >= this.nextYield || this.options.signal?.aborted === true;
  }

  /** Why the search must stop now, without yielding: the signal or the time limit. */
  stopped(): 'aborted' | 'time-limit' | null {
    if (this.options.signal?.aborted) return 'aborted';
    if (performance.now() >= this.deadline) return 'time-limit';
    return null;
  }

  /** Reports progress if due, yields to the event loop, and says whether the search must stop. */
  async tick(counts: ProgressCounts): Promise<'aborted' | 'time-limit' | null> {
    const now = performance.now();
    if (now >= this.nextProgress) {
      this.nextProgress = now + this.progressEvery;
      this.report(counts);
    }
    await new Promise<void>((resolve) => setImmediate(resolve));
    this.nextYield = performance.now() + YIELD_EVERY_MS;
    return this.stopped();
  }

  report(counts: ProgressCounts): void {
    const onProgress = this.options.onProgress;
    if (onProgress === undefined) return;
    const elapsedMs = this.elapsed();
    const progress: Progress = { ...counts, elapsedMs, rate: elapsedMs > 0 ? (counts.states * 1000) / elapsedMs : 0 };
    onProgress(progress);
  }
}
