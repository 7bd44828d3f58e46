/** The exit codes users script against (README "CLI"). */
export const exitCodes = {
  /** Every property holds (or, for replay, the model no longer violates it). */
  holds: 0,
  /** Some property is violated: a fact about the topology, whether or not the rule expects it. */
  violated: 1,
  /** Bad input or usage: nothing was checked and nothing written. */
  usage: 2,
  /** A bound (max states, time limit) or a signal stopped the search before every verdict was in. */
  incomplete: 3,
  /** A bug in fabric-check itself. */
  internal: 4,
} as const;

export type ExitCode = (typeof exitCodes)[keyof typeof exitCodes];
