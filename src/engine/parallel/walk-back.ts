/** Reads a path back across workers: each link names the worker holding the parent. */
import type { PathIndices } from '../parents.ts';
import type { Crew } from './crew.ts';

export async function walkBack(crew: Crew, worker: number, id: number): Promise<PathIndices> {
  const actions: number[] = [];
  for (;;) {
    const link = await crew.link(worker, id);
    if ('init' in link) return { init: link.init, actions: actions.reverse() };
    actions.push(link.action);
    worker = link.worker;
    id = link.id;
  }
}
