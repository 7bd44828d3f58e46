/** Test helpers: topologies through the real validator, and walking the model by action labels. */
import { readFileSync } from 'node:fs';
import { parseTopology } from '../../model/topology/validate.ts';
import { poolModel, type PoolModel } from '../../model/pool-model.ts';
import type { TopologyFile } from '../../model/topology/file.ts';
import type { PoolAction, PoolState } from '../../model/state.ts';
import type { Topology } from '../../model/topology/types.ts';

export function topologyOf(file: TopologyFile): Topology {
  const parsed = parseTopology(file);
  if (!parsed.ok) throw new Error(parsed.problems.map((p) => `${p.path}: ${p.message}`).join('\n'));
  return parsed.topology;
}

/** A bundled topology file as written, before validation. */
export function bundledFile(name: string): TopologyFile {
  return JSON.parse(readFileSync(new URL(`../../topologies/${name}.json`, import.meta.url), 'utf8'));
}

export function bundled(name: string): Topology {
  return topologyOf(bundledFile(name));
}

/** A pool of `hosts.length` FEs named fe1..feN; `hosts[i]` is FE i+1's host. */
export function pool(
  hosts: readonly string[],
  backend: TopologyFile['pool']['backend'] = { principal: 'sql1' },
  extra: Partial<TopologyFile> = {},
): Topology {
  return topologyOf({
    product: 'sfb2015',
    pool: { name: 'pool-a', frontEnds: hosts.map((host, i) => ({ name: `fe${i + 1}`, host })), backend },
    ...extra,
  });
}

export class Walk {
  readonly model: PoolModel;
  state: PoolState;
  constructor(topology: Topology, init = 0) {
    this.model = poolModel(topology);
    this.state = this.model.init()[init]!;
  }
  labels(): string[] {
    return this.model.actions(this.state).map((a) => this.model.label(a));
  }
  find(label: string): PoolAction | undefined {
    return this.model.actions(this.state).find((a) => this.model.label(a) === label);
  }
  /** Takes the enabled action with exactly this label; fails with the labels there are. */
  do(...labels: string[]): this {
    for (const label of labels) {
      const action = this.find(label);
      if (action === undefined) throw new Error(`"${label}" is not enabled; enabled: ${this.labels().join(' | ')}`);
      this.state = this.model.next(this.state, action);
    }
    return this;
  }
}

/** States reachable from the initial ones by `next`, breadth first, up to `limit`. */
export function reachable(model: PoolModel, limit: number): PoolState[] {
  const seen = new Set<string>();
  const queue: PoolState[] = [];
  for (const s of model.init()) {
    const key = JSON.stringify(s);
    if (!seen.has(key)) {
      seen.add(key);
      queue.push(s);
    }
  }
  for (let i = 0; i < queue.length && queue.length < limit; i++) {
    for (const action of model.actions(queue[i]!)) {
      const next = model.next(queue[i]!, action);
      const key = JSON.stringify(next);
      if (!seen.has(key)) {
        seen.add(key);
        queue.push(next);
      }
    }
  }
  return queue;
}
