/**
 * A worker's parent links: for each of its states (by local id), the worker and local id of the state
 * it was first reached from and the index of the action taken. Parents may live on any worker, so a
 * path is read back one link at a time by the coordinator (see walk-back.ts).
 */
import type { Link } from './protocol.ts';

/** The parent id of an initial state, whose action field holds its init index instead. */
const INITIAL = 0xffffffff;

export class RefLinks {
  private workers = new Uint16Array(1 << 14);
  private ids = new Uint32Array(1 << 14);
  private actions = new Uint32Array(1 << 14);
  private count = 0;

  addInitial(initIndex: number): void {
    this.append(0, INITIAL, initIndex);
  }

  add(worker: number, id: number, action: number): void {
    this.append(worker, id, action);
  }

  link(id: number): Link {
    if (id >= this.count) throw new RangeError(`no parent link for local state ${id}`);
    const parent = this.ids[id]!;
    if (parent === INITIAL) return { init: this.actions[id]! };
    return { worker: this.workers[id]!, id: parent, action: this.actions[id]! };
  }

  private append(worker: number, id: number, action: number): void {
    if (this.count === this.ids.length) {
      const size = this.ids.length * 2;
      const workers = new Uint16Array(size);
      workers.set(this.workers);
      this.workers = workers;
      const ids = new Uint32Array(size);
      ids.set(this.ids);
      this.ids = ids;
      const actions = new Uint32Array(size);
      actions.set(this.actions);
      this.actions = actions;
    }
    this.workers[this.count] = worker;
    this.ids[this.count] = id;
    this.actions[this.count] = action;
    this.count++;
  }
}
