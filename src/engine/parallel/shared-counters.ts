/**
 * The little the coordinator and the workers share outside messages, so that a worker busy with a long
 * level can still be stopped and watched: a stop flag, and per worker its live progress counters.
 * Counters are plain writes (a torn read only blurs a progress report); the flag uses Atomics.
 */

/** Float64 slots per worker: three counters, padded to a 64-byte cache line so workers do not share one. */
const STRIDE = 8;

export interface SharedCounters {
  readonly control: SharedArrayBuffer;
  readonly progress: SharedArrayBuffer;
}

export function sharedCounters(workers: number): SharedCounters {
  return { control: new SharedArrayBuffer(4), progress: new SharedArrayBuffer(workers * STRIDE * 8) };
}

/** A worker's side: publish its counters, and see whether it is asked to stop. */
export class WorkerCounters {
  private readonly control: Int32Array;
  private readonly progress: Float64Array;

  constructor(shared: SharedCounters, index: number) {
    this.control = new Int32Array(shared.control);
    this.progress = new Float64Array(shared.progress, index * STRIDE * 8, 3);
  }

  publish(states: number, transitions: number, frontier: number): void {
    this.progress[0] = states;
    this.progress[1] = transitions;
    this.progress[2] = frontier;
  }

  get stopRequested(): boolean {
    return Atomics.load(this.control, 0) !== 0;
  }
}

/** The coordinator's side: the workers' counters summed, and the stop request. */
export class CrewCounters {
  private readonly control: Int32Array;
  private readonly progress: Float64Array;

  constructor(shared: SharedCounters) {
    this.control = new Int32Array(shared.control);
    this.progress = new Float64Array(shared.progress);
  }

  totals(): { states: number; transitions: number; frontier: number } {
    const p = this.progress;
    let states = 0;
    let transitions = 0;
    let frontier = 0;
    for (let at = 0; at < p.length; at += STRIDE) {
      states += p[at]!;
      transitions += p[at + 1]!;
      frontier += p[at + 2]!;
    }
    return { states, transitions, frontier };
  }

  requestStop(): void {
    Atomics.store(this.control, 0, 1);
  }
}
