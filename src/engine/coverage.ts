/** Action coverage: per action label, how often it was enabled and how many new states it produced. */
import type { Coverage } from './types.ts';

export interface LabelCount {
  enabled: number;
  newStates: number;
}

/** Past this many distinct action values the model evidently makes fresh actions: stop caching. */
const ACTION_CACHE_LIMIT = 4096;

export class CoverageCounter<A = unknown> {
  private readonly counts = new Map<string, LabelCount>();
  /**
   * Counter by action value, so a model whose actions are shared constants (or primitives) costs one
   * lookup per transition instead of a `label` call plus a lookup by label.
   */
  private byAction: Map<A, LabelCount> | undefined = new Map();

  constructor(private readonly label: (action: A) => string) {}

  /** The live counter for a label (callers increment it directly). */
  of(label: string): LabelCount {
    let count = this.counts.get(label);
    if (count === undefined) {
      count = { enabled: 0, newStates: 0 };
      this.counts.set(label, count);
    }
    return count;
  }

  /** The live counter for an action's label; this is on the hot path. */
  forAction(action: A): LabelCount {
    const cache = this.byAction;
    if (cache === undefined) return this.of(this.label(action));
    const hit = cache.get(action);
    if (hit !== undefined) return hit;
    const count = this.of(this.label(action));
    if (cache.size < ACTION_CACHE_LIMIT) cache.set(action, count);
    else this.byAction = undefined;
    return count;
  }

  /** A plain snapshot, labels in first-seen order. */
  snapshot(): Coverage {
    const out: Record<string, { enabled: number; newStates: number }> = {};
    for (const [label, count] of this.counts) out[label] = { ...count };
    return out;
  }
}
