import type { CliIo } from './io.ts';
import type { ExitCode } from './exit-codes.ts';

/** What a command's action gets: the process it talks to, and where its exit code goes. */
export interface CommandContext {
  readonly io: CliIo;
  exit(code: ExitCode): void;
}
