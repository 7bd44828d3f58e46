/** The models the benchmark runs on both checkers, and the counts they must reach. */

export type BenchModelId = 'twophase-8' | 'updown-20';

export interface BenchModel {
  readonly id: BenchModelId;
  readonly title: string;
  /** Where worker threads rebuild the subject (ModelSource). */
  readonly module: string;
  readonly export: 'twoPhaseSubject' | 'upDownSubject';
  readonly args: readonly [number];
  /** The reachable-state count from the literature (2PC: TLA+/Stateright) or from the math (2^n). */
  readonly expectedStates: number;
  readonly expectedSource: string;
  readonly promela: string;
  /** SPIN's DFS depth bound (-m): up/down's DFS walks a Gray-code path through all 2^20 states. */
  readonly spinDepth: number;
}

const here = (path: string): string => new URL(path, import.meta.url).href;

export const benchModels: readonly BenchModel[] = [
  {
    id: 'twophase-8',
    title: '2PC, 8 RMs',
    module: here('../examples/two-phase-commit.ts'),
    export: 'twoPhaseSubject',
    args: [8],
    expectedStates: 1_745_408,
    expectedSource: 'published: TLA+ TwoPhase, Stateright',
    promela: here('promela/twophase8.pml'),
    spinDepth: 1_000,
  },
  {
    id: 'updown-20',
    title: 'up/down, 20 procs',
    module: here('../examples/updown.ts'),
    export: 'upDownSubject',
    args: [20],
    expectedStates: 2 ** 20,
    expectedSource: '2^20 by construction',
    promela: here('promela/updown20.pml'),
    spinDepth: 1_100_000,
  },
];

export function benchModel(id: string): BenchModel {
  const model = benchModels.find((m) => m.id === id);
  if (model === undefined) throw new Error(`no benchmark model '${id}'`);
  return model;
}
