/**
 * While the workers search, this thread is free: a timer gives the search clock its turns (progress
 * reports, the time limit, the signal) and turns a stop, or an error thrown by a progress listener,
 * into an interruption of the workers.
 */
import type { ProgressCounts, SearchClock } from '../clock.ts';

/** How often the clock gets a turn; the single-threaded search yields as often. */
const TICK_MS = 50;

export type Interruption = 'aborted' | 'time-limit';

export class ClockWatch {
  private readonly timer: NodeJS.Timeout;
  /** Why the search must stop, once it must. */
  interruption: Interruption | null = null;
  /** An error from a progress listener, to rethrow from the search. */
  failure: unknown;

  constructor(clock: SearchClock, counts: () => ProgressCounts, onInterrupt: () => void) {
    const interrupt = (why: Interruption): void => {
      this.interruption ??= why;
      onInterrupt();
    };
    this.timer = setInterval(() => {
      clock.tick(counts()).then(
        (stop) => stop !== null && interrupt(stop),
        (error: unknown) => {
          this.failure ??= error;
          interrupt('aborted');
        },
      );
    }, TICK_MS);
  }

  /** Rethrows a progress listener's error. */
  check(): void {
    if (this.failure !== undefined) throw this.failure;
  }

  stop(): void {
    clearInterval(this.timer);
  }
}
