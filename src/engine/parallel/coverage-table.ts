/**
 * Coverage across workers. Each worker numbers labels in the order it meets them; a new state that
 * another worker generated is credited to that worker's label number, which travels with the state,
 * so no label string crosses threads per transition. The coordinator merges the tables by label.
 */
import type { Coverage } from '../types.ts';
import type { CoverageTable } from './protocol.ts';

/** Past this many distinct action values the model evidently makes fresh actions: stop caching. */
const ACTION_CACHE_LIMIT = 4096;

export class LabelTable<A> {
  readonly labels: string[] = [];
  readonly enabled: number[] = [];
  readonly newStates: number[] = [];
  /** received[s][j]: new states from worker s's label j. */
  readonly received: number[][];
  private readonly ids = new Map<string, number>();
  /** Label numbers by action value, as coverage.ts does: shared or primitive actions skip `label`. */
  private byAction: Map<A, number> | undefined = new Map();

  constructor(
    workers: number,
    private readonly label: (action: A) => string,
  ) {
    this.received = Array.from({ length: workers }, () => []);
  }

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

  receivedNew(source: number, label: number): void {
    const counts = this.received[source]!;
    while (counts.length <= label) counts.push(0);
    counts[label]!++;
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
      received: this.received.map((counts) => [...counts]),
    };
  }
}

/** One Coverage from every worker's table (tables[w] is worker w's), labels in worker-then-first-seen order. */
export function mergeCoverage(tables: readonly CoverageTable[]): Coverage {
  const out: Record<string, { enabled: number; newStates: number }> = {};
  const entry = (label: string) => (out[label] ??= { enabled: 0, newStates: 0 });
  for (const table of tables) {
    table.labels.forEach((label, j) => {
      const count = entry(label);
      count.enabled += table.enabled[j]!;
      count.newStates += table.newStates[j]!;
    });
  }
  for (const table of tables) {
    table.received.forEach((counts, source) => {
      counts.forEach((n, j) => {
        if (n > 0) entry(tables[source]!.labels[j]!).newStates += n;
      });
    });
  }
  return out;
}
