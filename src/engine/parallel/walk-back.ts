/**
 * Reads a path back across threads. A state's parent link lives with the thread that settled it; the
 * directory maps global ids to that thread and its local numbering, level part by level part.
 */
import type { PathIndices } from '../parents.ts';
import type { Link } from './protocol.ts';

export class StateDirectory {
  private readonly starts: number[] = [];
  private readonly threads: number[] = [];
  private readonly locals: number[] = [];

  /** States [start, start + count) were settled by `thread`, whose local numbers for them start at `local`. */
  add(start: number, count: number, thread: number, local: number): void {
    if (count === 0) return;
    this.starts.push(start);
    this.threads.push(thread);
    this.locals.push(local);
  }

  find(id: number): { readonly thread: number; readonly local: number } {
    let lo = 0;
    let hi = this.starts.length - 1;
    if (hi < 0 || id < this.starts[0]!) throw new RangeError(`no thread holds state ${id}`);
    while (lo < hi) {
      const mid = (lo + hi + 1) >>> 1;
      if (this.starts[mid]! <= id) lo = mid;
      else hi = mid - 1;
    }
    return { thread: this.threads[lo]!, local: this.locals[lo]! + id - this.starts[lo]! };
  }
}

export async function walkBack(directory: StateDirectory, linkOf: (thread: number, local: number) => Link | Promise<Link>, id: number): Promise<PathIndices> {
  const actions: number[] = [];
  for (;;) {
    const { thread, local } = directory.find(id);
    const link = await linkOf(thread, local);
    if ('init' in link) return { init: link.init, actions: actions.reverse() };
    actions.push(link.action);
    id = link.parent;
  }
}
