/**
 * The CLI as a function: `run(argv, io)` parses, runs one command and returns its exit code, so tests
 * drive it in-process; main.ts hands it the real process.
 */
import { Command, CommanderError } from 'commander';
import packageJson from '../../package.json' with { type: 'json' };
import type { CommandContext } from './command-context.ts';
import { defineCheck } from './commands/check.ts';
import { defineQuorumTable } from './commands/quorum-table.ts';
import { defineReplay } from './commands/replay.ts';
import { defineRules } from './commands/rules.ts';
import { defineSimulate } from './commands/simulate.ts';
import { exitCodes, type ExitCode } from './exit-codes.ts';
import type { CliIo } from './io.ts';
import { UsageError } from './usage-error.ts';

export async function run(argv: readonly string[], io: CliIo): Promise<ExitCode> {
  let exitCode: ExitCode = exitCodes.holds;
  const context: CommandContext = { io, exit: (code) => (exitCode = code) };
  try {
    await program(context).parseAsync([...argv], { from: 'user' });
    return exitCode;
  } catch (error) {
    return failure(error, io);
  }
}

function program(context: CommandContext): Command {
  const { io } = context;
  // Set before the subcommands are made: `command()` copies these settings into each.
  const root = new Command('fabric-check')
    .description('Model checker for Lync Server 2013 / Skype for Business front-end pools on Windows Fabric')
    .version(packageJson.version)
    .exitOverride()
    .showHelpAfterError('(add --help for usage)')
    .configureOutput({
      writeOut: (text) => io.stdout.write(text),
      writeErr: (text) => io.stderr.write(text),
      outputError: (text, write) => write(`fabric-check: ${text.replace(/^error: /, '')}`),
    });
  root.hook('preAction', (_, command) => {
    if (searchCommands.has(command.name())) return;
    const { signal, release } = io.interrupts();
    release();
    if (signal.aborted) throw new InterruptedBeforeStart();
  });
  defineCheck(root.command('check'), context);
  defineSimulate(root.command('simulate'), context);
  defineReplay(root.command('replay'), context);
  defineQuorumTable(root.command('quorum-table'), context);
  defineRules(root.command('rules'), context);
  return root;
}

/** The commands that stop cleanly on a signal; the others give signals their default effect. */
const searchCommands = new Set(['check', 'rules', 'simulate']);

class InterruptedBeforeStart extends Error {}

function failure(error: unknown, io: CliIo): ExitCode {
  if (error instanceof InterruptedBeforeStart) return exitCodes.incomplete;
  // Commander has already printed its message (or the help / version it was asked for).
  if (error instanceof CommanderError) return error.exitCode === 0 ? exitCodes.holds : exitCodes.usage;
  if (error instanceof UsageError) {
    for (const { path, message } of error.problems) io.stderr.write(`fabric-check: ${path}: ${message}\n`);
    return exitCodes.usage;
  }
  const detail = io.env.FABRIC_CHECK_DEBUG ? `\n${(error as Error).stack}` : ' (set FABRIC_CHECK_DEBUG=1 for the stack trace)';
  io.stderr.write(`fabric-check: internal error: ${(error as Error).message ?? String(error)}${detail}\n`);
  return exitCodes.internal;
}
