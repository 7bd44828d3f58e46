/** Test helper: one search on one thread and the same search by a team of threads, at the engine's level. */
import { breadthFirst } from '../../src/engine/bfs.ts';
import type { SearchSettings } from '../../src/engine/bfs.ts';
import { SearchClock } from '../../src/engine/clock.ts';
import { parallelBreadthFirst } from '../../src/engine/parallel/search.ts';
import type { ModelSource, Subject } from '../../src/engine/types.ts';

export const searchSettings = (over: Partial<SearchSettings> = {}): SearchSettings => ({
  symmetry: false,
  fastPath: 'auto',
  maxDepth: Infinity,
  maxStates: Infinity,
  deadlock: true,
  stopAtFirstViolation: false,
  ...over,
});

/**
 * `wait` (the default here) makes every level the team's; without it the workers join when ready.
 * Chunks of 3 positions (unless `chunk` says otherwise) share even a toy's small levels among the
 * threads, claim against claim.
 */
export async function oneAndTeam<S, A>(
  subject: Subject<S, A>,
  source: ModelSource,
  over: Partial<SearchSettings> = {},
  { workers = 2, wait = true, chunk = 3 } = {},
) {
  const s = searchSettings(over);
  const one = await breadthFirst(subject.model, subject.properties, s, new SearchClock({}));
  const team = await parallelBreadthFirst(subject.model, subject.properties, s, new SearchClock({}), { workers, source, wait, chunk });
  return { one, team };
}
