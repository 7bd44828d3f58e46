/** What the CLI touches of the process, injectable so that tests run it in-process. */

export interface Output {
  write(text: string): unknown;
  readonly isTTY?: boolean;
}

/** An AbortSignal that fires on SIGINT/SIGTERM while a search runs; `release` restores the defaults. */
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
  interrupts(): Interrupts;
}
