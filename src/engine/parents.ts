/**
 * Parent links: for state id i, the id of the state it was first reached from and the index of the
 * action that reached it. Initial states have no parent (NO_PARENT) and keep their init index instead.
 * Eight bytes per state; a path is the action indices read back from a state to its initial state.
 */

export const NO_PARENT = 0xffffffff;

export interface PathIndices {
  readonly init: number;
  readonly actions: number[];
}

export class ParentLinks {
  private parents = new Uint32Array(1 << 14);
  private actions = new Uint32Array(1 << 14);
  private count = 0;

  get size(): number {
    return this.count;
  }

  /** Records an initial state (its id is the next one). */
  addInitial(initIndex: number): void {
    this.append(NO_PARENT, initIndex);
  }

  /** Records a state reached from `parent` by action number `actionIndex`. */
  add(parent: number, actionIndex: number): void {
    this.append(parent, actionIndex);
  }

  /** The initial-state index and action indices that lead to state `id`. */
  path(id: number): PathIndices {
    const actions: number[] = [];
    let at = id;
    for (;;) {
      if (at >= this.count) throw new RangeError(`no parent link for state ${at}`);
      const parent = this.parents[at]!;
      if (parent === NO_PARENT) return { init: this.actions[at]!, actions: actions.reverse() };
      actions.push(this.actions[at]!);
      at = parent;
    }
  }

  /** State `id`'s parent (NO_PARENT for an initial state) and action index (its init index then). */
  entry(id: number): { readonly parent: number; readonly action: number } {
    if (id >= this.count) throw new RangeError(`no parent link for state ${id}`);
    return { parent: this.parents[id]!, action: this.actions[id]! };
  }

  private append(parent: number, action: number): void {
    if (this.count === this.parents.length) {
      const parents = new Uint32Array(this.parents.length * 2);
      parents.set(this.parents);
      this.parents = parents;
      const actions = new Uint32Array(this.actions.length * 2);
      actions.set(this.actions);
      this.actions = actions;
    }
    this.parents[this.count] = parent;
    this.actions[this.count] = action;
    this.count++;
  }
}
