/** `fabric-check simulate`: random paths (fast-check), a shrunk counterexample and how to re-run it. */
import { randomInt } from 'node:crypto';
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { simulate } from '../../engine/simulate.ts';
import type { PropertyResult, SimulateResult, SimulateStop } from '../../engine/types.ts';
import { replay } from '../../index.ts';
import { plural } from '../../reports/format.ts';
import { buildReports, type AnyFabricCheck, type PropertyReport } from '../../reports/report.ts';
import { shellQuote } from '../../reports/shell-quote.ts';
import type { Topology } from '../../../model/topology/types.ts';
import type { CommandContext } from '../command-context.ts';
import { exitCodes, type ExitCode } from '../exit-codes.ts';
import { collectNames, positiveSeconds, replayPath, seed, wholeNumber } from '../flags.ts';
import type { CliIo } from '../io.ts';
import { loadTopology } from '../load-topology.ts';
import { writeReportDir } from '../report-output.ts';
import { selectChecks } from '../select-checks.ts';
import { topologyName } from '../topology-name.ts';
import { numberedLine, timedSteps } from '../trace-lines.ts';
import { usageError } from '../usage-error.ts';
import { assertWritableTarget } from '../write-files.ts';

interface SimulateFlags {
  readonly runs: number;
  readonly steps: number;
  readonly seed?: number;
  readonly path?: string;
  readonly check?: string;
  readonly property?: string[];
  readonly maxFaults?: number;
  readonly timeLimit?: number;
  readonly reportDir?: string;
}

const EXAMPLES = `
Examples:
  $ fabric-check simulate topologies/four-fe-mirror-witness.json --runs 2000 --steps 40
  $ fabric-check simulate my-pool.json --runs 500 --steps 30 --seed 42 --report-dir out
  $ fabric-check replay out/my-pool-pool-quorum.json
  $ fabric-check simulate my-pool.json --runs 500 --steps 30 --seed 42 --path 17:3:0 --check pool

Exit codes: 0 no run violated a property, 1 a run did (the shrunk path is printed, and saved with
--report-dir), 2 bad input or usage (nothing run, nothing written), 3 --time-limit or a signal (Ctrl-C)
stopped the runs before they were all done, without a violation. A violation found before the stop is
still printed and saved (exit 1), shrunk as far as it got.`;

export function defineSimulate(command: Command, context: CommandContext): void {
  command
    .description('walk random paths through the model and shrink the first one that violates a property')
    .argument('<topology>', 'topology file (JSON, see model/topology/schema.json)')
    .option('--runs <n>', 'random paths to try, 1 to 1000000', wholeNumber(1, 1_000_000), 1000)
    .option('--steps <m>', 'most steps per path, 1 to 10000', wholeNumber(1, 10_000), 50)
    .option('--seed <s>', 'random seed (default: a fresh one, printed)', seed)
    .option('--path <p>', 'with --seed: replay straight to a reported failure (printed by simulate)', replayPath)
    .option('--check <id>', "simulate only this check of the topology (its ids are in check's table)")
    .option('-p, --property <name>', 'only this property; repeat or comma-separate for more', collectNames)
    .option('--max-faults <k>', "most simultaneous faults, 0 to 8 (default: the topology's bounds.maxFaults)", wholeNumber(0, 8))
    .option('--time-limit <seconds>', 'stop after this many seconds in all (exit 3 unless a run failed)', positiveSeconds)
    .option('--report-dir <dir>', 'save the shrunk counterexample there as check does: Markdown, HTML and the JSON that replay reads')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SimulateFlags) => context.exit(await simulateCommand(file, flags, context.io)));
}

async function simulateCommand(file: string, flags: SimulateFlags, io: CliIo): Promise<ExitCode> {
  if (flags.path !== undefined && flags.seed === undefined)
    throw usageError('--path', 'needs the --seed it was printed with');
  const { topology, checks: all } = selectChecks(await loadTopology(file, io.cwd), {
    ...(flags.property === undefined ? {} : { properties: flags.property }),
    ...(flags.maxFaults === undefined ? {} : { maxFaults: flags.maxFaults }),
  });
  const checks = flags.check === undefined ? all : all.filter((check) => check.id === flags.check);
  if (checks.length === 0)
    throw usageError('--check', `no check ${JSON.stringify(flags.check)} in this topology; it has ${all.map((c) => c.id).join(', ')}`);
  if (flags.path !== undefined && checks.length > 1)
    throw usageError('--path', `belongs to one check: add the --check it was printed with (${checks.map((c) => c.id).join(' or ')})`);
  // As typed, for the replay command; resolved, for writing.
  const reportDir = flags.reportDir === undefined ? undefined : { typed: flags.reportDir, path: resolve(io.cwd, flags.reportDir) };
  if (reportDir !== undefined) await assertWritableTarget('--report-dir', reportDir.path, 'directory');

  const runSeed = flags.seed ?? randomInt(0, 2 ** 31);
  io.stdout.write(`seed ${runSeed}\n`);
  const deadline = flags.timeLimit === undefined ? undefined : Date.now() + flags.timeLimit * 1000;
  const interrupts = io.interrupts();
  try {
    for (const [i, check] of checks.entries()) {
      const result = await simulate(check.subject.model, check.subject.properties, {
        runs: flags.runs,
        maxSteps: flags.steps,
        seed: runSeed,
        ...(flags.path === undefined ? {} : { path: flags.path }),
        // At least 1 ms: a spent budget still gives each later check a run that reports the stop.
        ...(deadline === undefined ? {} : { timeLimitMs: Math.max(1, deadline - Date.now()) }),
        signal: interrupts.signal,
      });
      const failure = result.failure;
      if (failure !== undefined) {
        io.stdout.write(failureText(check, result, rerunCommand(file, flags, runSeed, failure.path, check.id)));
        if (reportDir !== undefined) {
          const report = simulatedReport(topologyName(file), topology, check, result);
          const written = await writeReportDir(reportDir.path, reportDir.typed, [report]);
          io.stderr.write(`fabric-check: wrote ${plural(written, 'report file')} to ${reportDir.typed}\n`);
          io.stdout.write(`Replay: fabric-check replay ${shellQuote(`${reportDir.typed.replace(/\/+$/, '')}/${report.stem}.json`)}\n`);
        }
        return exitCodes.violated;
      }
      if (result.stopped !== undefined) {
        const rest = checks.slice(i + 1).map((c) => `${c.id}: not simulated\n`);
        io.stdout.write(`${check.id}: ${stopText(result.stopped)} after ${plural(result.runs, 'run')} of ${flags.runs}: no violation so far\n${rest.join('')}`);
        return exitCodes.incomplete;
      }
      io.stdout.write(`${check.id}: no violation in ${plural(result.runs, 'run')} of up to ${plural(flags.steps, 'step')}\n`);
    }
  } finally {
    interrupts.release();
  }
  return exitCodes.holds;
}

function failureText(check: AnyFabricCheck, result: SimulateResult<unknown>, rerun: string): string {
  const failure = result.failure!;
  const steps = timedSteps(check, replay(check.subject.model, failure.trace));
  const shrunk = `shrunk ${plural(failure.shrinks, 'time')}${result.stopped === undefined ? '' : `, then ${stopText(result.stopped)}`}`;
  return (
    `${check.id}: ${failure.property} violated after ${plural(steps.length - 1, 'step')} (${shrunk}):\n` +
    steps.map((step, i) => `${numberedLine(i, step)}\n`).join('') +
    `Re-run: ${rerun}\n`
  );
}

function stopText(stop: SimulateStop): string {
  return stop === 'aborted' ? 'interrupted' : '--time-limit reached';
}

/** The failure as a report of its own, so that --report-dir writes what check writes for a violation. */
function simulatedReport(name: string, topology: Topology, check: AnyFabricCheck, result: SimulateResult<unknown>): PropertyReport {
  const failure = result.failure!;
  const kind = check.subject.properties.find((p) => p.name === failure.property)?.kind ?? 'deadlock';
  const violation: PropertyResult<unknown> = {
    name: failure.property,
    kind,
    status: 'violated',
    trace: failure.trace,
    reason: `a random path breaks it after ${plural(failure.trace.actions.length, 'step')} (simulate --seed ${result.seed} --path ${failure.path}; not necessarily a shortest path)`,
  };
  const [report] = buildReports([{ name, topology, checks: [{ check, result: { properties: [violation], exhaustive: false } }] }]);
  return report!;
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
