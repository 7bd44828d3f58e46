/**
 * Coverage across threads. Each thread numbers labels in the order it meets them and credits a new
 * state to the label of the action it claimed the state by, so no label string crosses threads per
 * transition; a record carries its label number until the thread settles it. The coordinator merges
 * the tables by label.
 */
import type { Coverage } from '../types.ts';
import type { CoverageTable } from './protocol.ts';

/** Past this many distinct action values the model evidently makes fresh actions: stop caching. */
const ACTION_CACHE_LIMIT = 4096;

export class LabelTable<A> {
  readonly labels: string[] = [];
  readonly enabled: number[] = [];
  readonly newStates: number[] = [];
  private readonly ids = new Map<string, number>();
  /** Label numbers by action value, as coverage.ts does: shared or primitive actions skip `label`. */
  private byAction: Map<A, number> | undefined = new Map();

  constructor(private readonly label: (action: A) => string) {}

  /** The action's label number, counting one more enabled transition for it. */
  enable(action: A): number {
    const cache = this.byAction;
    let id = cache?.get(action);
    if (id === undefined) {
      id = this.idOf(this.label(action));
      if (cache !== undefined) {
        if (cache.size < ACTION_CACHE_LIMIT) cache.set(action, id);
        else this.byAction = undefined;
      }
    }
    this.enabled[id]!++;
    return id;
  }

  /** Undoes the counts of an expansion that is dropped: `enabled` as it was then (labels met since keep none). */
  restore(enabled: readonly number[]): void {
    for (let j = 0; j < this.enabled.length; j++) this.enabled[j] = enabled[j] ?? 0;
  }

  private idOf(label: string): number {
    let id = this.ids.get(label);
    if (id === undefined) {
      id = this.labels.length;
      this.ids.set(label, id);
      this.labels.push(label);
      this.enabled.push(0);
      this.newStates.push(0);
    }
    return id;
  }

  snapshot(): CoverageTable {
    return {
      labels: [...this.labels],
      enabled: [...this.enabled],
      newStates: [...this.newStates],
    };
  }
}

/**
 * One Coverage from every thread's table, labels in thread-then-first-seen order. A label left with
 * nothing enabled (met only in a dropped expansion) is left out, as one thread never lists it.
 */
export function mergeCoverage(tables: readonly CoverageTable[]): Coverage {
  const out: Record<string, { enabled: number; newStates: number }> = {};
  for (const table of tables) {
    table.labels.forEach((label, j) => {
      if (table.enabled[j] === 0) return;
      const count = (out[label] ??= { enabled: 0, newStates: 0 });
      count.enabled += table.enabled[j]!;
      count.newStates += table.newStates[j]!;
    });
  }
  return out;
}
