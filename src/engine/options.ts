/**
 * A Stateright-style builder for CheckOptions:
 * `checkOptions().maxDepth(12).maxStates(1e6).workers(2).symmetry(false).build()`.
 * Immutable: every call returns a new builder, so a base configuration can be shared and varied.
 */
import type { CheckOptions, ModelSource, Progress } from './types.ts';

type Mutable<T> = { -readonly [K in keyof T]: T[K] };

export class CheckOptionsBuilder {
  constructor(private readonly options: CheckOptions = {}) {}

  private with<K extends keyof CheckOptions>(key: K, value: CheckOptions[K]): CheckOptionsBuilder {
    const next: Mutable<CheckOptions> = { ...this.options };
    next[key] = value;
    return new CheckOptionsBuilder(next);
  }

  maxDepth(depth: number): CheckOptionsBuilder {
    return this.with('maxDepth', depth);
  }
  maxStates(states: number): CheckOptionsBuilder {
    return this.with('maxStates', states);
  }
  timeLimit(ms: number): CheckOptionsBuilder {
    return this.with('timeLimitMs', ms);
  }
  stopAtFirstViolation(stop = true): CheckOptionsBuilder {
    return this.with('stopAtFirstViolation', stop);
  }
  deadlock(check = true): CheckOptionsBuilder {
    return this.with('deadlock', check);
  }
  /** 'bfs' (default, shortest counterexamples) or 'dfs' (Stateright's and SPIN's order, one thread). */
  strategy(order: NonNullable<CheckOptions['strategy']>): CheckOptionsBuilder {
    return this.with('strategy', order);
  }
  symmetry(on = true): CheckOptionsBuilder {
    return this.with('symmetry', on);
  }
  /** More than one worker needs a `source` the worker threads can rebuild the model from. */
  workers(count: number, source?: ModelSource): CheckOptionsBuilder {
    const withCount = this.with('workers', count);
    return source === undefined ? withCount : withCount.with('source', source);
  }
  source(source: ModelSource): CheckOptionsBuilder {
    return this.with('source', source);
  }
  fastPath(mode: NonNullable<CheckOptions['fastPath']>): CheckOptionsBuilder {
    return this.with('fastPath', mode);
  }
  onProgress(listener: (progress: Progress) => void, intervalMs?: number): CheckOptionsBuilder {
    const withListener = this.with('onProgress', listener);
    return intervalMs === undefined ? withListener : withListener.with('progressIntervalMs', intervalMs);
  }
  signal(signal: AbortSignal): CheckOptionsBuilder {
    return this.with('signal', signal);
  }
  build(): CheckOptions {
    return { ...this.options };
  }
}

export function checkOptions(base: CheckOptions = {}): CheckOptionsBuilder {
  return new CheckOptionsBuilder(base);
}
