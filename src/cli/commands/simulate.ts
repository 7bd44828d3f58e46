/** `fabric-check simulate`: random paths (fast-check), a shrunk counterexample and how to re-run it. */
import { randomInt } from 'node:crypto';
import type { Command } from 'commander';
import { replay, simulate } from '../../index.ts';
import { plural } from '../../reports/format.ts';
import type { CommandContext } from '../command-context.ts';
import { exitCodes, type ExitCode } from '../exit-codes.ts';
import { collectNames, replayPath, seed, wholeNumber } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { loadTopology } from '../load-topology.ts';
import { selectChecks } from '../select-checks.ts';
import { shellQuote } from '../../reports/shell-quote.ts';
import { numberedLine, timedSteps } from '../trace-lines.ts';
import { usageError } from '../usage-error.ts';

interface SimulateFlags {
  readonly runs: number;
  readonly steps: number;
  readonly seed?: number;
  readonly path?: string;
  readonly check?: string;
  readonly property?: string[];
  readonly maxFaults?: number;
}

const EXAMPLES = `
Examples:
  $ fabric-check simulate topologies/four-fe-mirror-witness.json --runs 2000 --steps 40
  $ fabric-check simulate my-pool.json --runs 500 --steps 30 --seed 42
  $ fabric-check simulate my-pool.json --runs 500 --steps 30 --seed 42 --path 17:3:0 --check pool

Exit codes: 0 no run violated a property, 1 a run did (the shrunk path is printed), 2 bad input or usage.`;

export function defineSimulate(command: Command, context: CommandContext): void {
  command
    .description('walk random paths through the model and shrink the first one that violates a property')
    .argument('<topology>', 'topology file (JSON, see model/topology/schema.json)')
    .option('--runs <n>', 'random paths to try, 1 to 1000000', wholeNumber(1, 1_000_000), 1000)
    .option('--steps <m>', 'most steps per path, 1 to 10000', wholeNumber(1, 10_000), 50)
    .option('--seed <s>', 'random seed (default: a fresh one, printed)', seed)
    .option('--path <p>', 'with --seed: replay straight to a reported failure (printed by simulate)', replayPath)
    .option('--check <id>', 'simulate only this check of the topology (pool, pairing)')
    .option('-p, --property <name>', 'only this property; repeat or comma-separate for more', collectNames)
    .option('--max-faults <k>', "most simultaneous faults, 0 to 8 (default: the topology's bounds.maxFaults)", wholeNumber(0, 8))
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SimulateFlags) => context.exit(await simulateCommand(file, flags, context.io)));
}

async function simulateCommand(file: string, flags: SimulateFlags, io: CliIo): Promise<ExitCode> {
  if (flags.path !== undefined && flags.seed === undefined)
    throw usageError('--path', 'needs the --seed it was printed with');
  const { checks: all } = selectChecks(await loadTopology(file, io.cwd), {
    ...(flags.property === undefined ? {} : { properties: flags.property }),
    ...(flags.maxFaults === undefined ? {} : { maxFaults: flags.maxFaults }),
  });
  const checks = flags.check === undefined ? all : all.filter((check) => check.id === flags.check);
  if (checks.length === 0)
    throw usageError('--check', `no check ${JSON.stringify(flags.check)} in this topology; it has ${all.map((c) => c.id).join(', ')}`);
  if (flags.path !== undefined && checks.length > 1)
    throw usageError('--path', `belongs to one check: add the --check it was printed with (${checks.map((c) => c.id).join(' or ')})`);

  const runSeed = flags.seed ?? randomInt(0, 2 ** 31);
  io.stdout.write(`seed ${runSeed}\n`);
  for (const check of checks) {
    const result = await simulate(check.subject.model, check.subject.properties, {
      runs: flags.runs,
      maxSteps: flags.steps,
      seed: runSeed,
      ...(flags.path === undefined ? {} : { path: flags.path }),
    });
    const failure = result.failure;
    if (failure === undefined) {
      io.stdout.write(`${check.id}: no violation in ${result.runs} runs of up to ${flags.steps} steps\n`);
      continue;
    }
    const steps = timedSteps(check, replay(check.subject.model, failure.trace));
    io.stdout.write(
      `${check.id}: ${failure.property} violated after ${plural(steps.length - 1, 'step')} (shrunk ${plural(failure.shrinks, 'time')}):\n` +
        steps.map((step, i) => `${numberedLine(i, step)}\n`).join('') +
        `Re-run: ${rerunCommand(file, flags, runSeed, failure.path, check.id)}\n`,
    );
    return exitCodes.violated;
  }
  return exitCodes.holds;
}

function rerunCommand(file: string, flags: SimulateFlags, runSeed: number, path: string, check: string): string {
  return [
    'fabric-check simulate',
    shellQuote(file),
    `--runs ${flags.runs} --steps ${flags.steps} --seed ${runSeed} --path ${path} --check ${shellQuote(check)}`,
    ...(flags.property ?? []).map((name) => `--property ${shellQuote(name)}`),
    ...(flags.maxFaults === undefined ? [] : [`--max-faults ${flags.maxFaults}`]),
  ].join(' ');
}
