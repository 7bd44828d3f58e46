/** What the CLI touches of the process, injectable so that tests run it in-process. */

export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/**
 * SIGINT/SIGTERM as an AbortSignal. It may already be aborted when asked for (a signal during start-up);
 * `release` gives the signals back their default effect (exit at once).
 */
export interface Interrupts {
  readonly signal: AbortSignal;
  release(): void;
}

export interface CliIo {
  readonly stdout: Output;
  readonly stderr: Output;
  readonly env: Readonly<Record<string, string | undefined>>;
  /** Relative paths in arguments resolve against it. */
  readonly cwd: string;
  /** Asked for by the commands that search, when their search starts; released by every other command. */
  interrupts(): Interrupts;
}
