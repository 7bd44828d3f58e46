/** Bad input: one message per problem, printed without a stack, exit 2. */
export interface Problem {
  /** The field or argument at fault (`pool.frontEnds[2].host`, `--workers`, a file name). */
  readonly path: string;
  readonly message: string;
}

export class UsageError extends Error {
  readonly problems: readonly Problem[];

  constructor(problems: readonly Problem[]) {
    super(problems.map(({ path, message }) => `${path}: ${message}`).join('\n'));
    this.name = 'UsageError';
    this.problems = problems;
  }
}

export function usageError(path: string, message: string): UsageError {
  return new UsageError([{ path, message }]);
}
