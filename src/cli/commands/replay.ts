/** `fabric-check replay`: re-runs a saved counterexample against today's model, state by state. */
import type { Command } from 'commander';
import { replay, reproduces } from '../../index.ts';
import { CounterexampleFileError, parseCounterexample, type CounterexampleFile } from '../../reports/counterexample-file.ts';
import type { AnyFabricCheck } from '../../reports/report.ts';
import type { CommandContext } from '../command-context.ts';
import { exitCodes, type ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { topologyOrThrow } from '../load-topology.ts';
import { readJsonFile } from '../read-json.ts';
import { selectChecks } from '../select-checks.ts';
import { stateFacts } from '../state-facts.ts';
import { numberedLine, timedSteps } from '../trace-lines.ts';
import { usageError } from '../usage-error.ts';

const EXAMPLES = `
Examples:
  $ fabric-check replay reports/six-fe-shared-hosts-single-host-failure.json
  $ fabric-check check my-pool.json --json | jq '[.results[] | select(.status == "violated")][0].counterexample' > ce.json
  $ fabric-check replay ce.json

Exit codes: 1 the model still violates the property along the trace, 0 it no longer does,
2 the trace no longer replays (the model offers other actions) or the file is not a counterexample.`;

export function defineReplay(command: Command, context: CommandContext): void {
  command
    .description('re-run a saved counterexample (from --report-dir or check --json) step by step')
    .argument('<counterexample>', 'counterexample file (JSON)')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string) => context.exit(await replayCommand(file, context.io)));
}

async function replayCommand(file: string, io: CliIo): Promise<ExitCode> {
  const saved = readCounterexample(await readJsonFile(file, io.cwd));
  const topology = topologyOrThrow(saved.topology, 'topology');
  const isDeadlock = saved.property === 'deadlock';
  const { checks } = selectChecks(topology, isDeadlock ? {} : { properties: [saved.property] });
  const check = checks.find((candidate) => candidate.id === saved.check);
  if (check === undefined)
    throw usageError('check', `no check ${JSON.stringify(saved.check)} for this topology and property; there is ${checks.map((c) => c.id).join(', ')}`);
  const property = isDeadlock ? 'deadlock' : check.subject.properties.find((p) => p.name === saved.property);
  if (property === undefined) throw usageError('property', `the ${check.id} check has no property ${JSON.stringify(saved.property)}`);

  timedSteps(check, replayOrThrow(check, saved)).forEach((step, i) => {
    io.stdout.write(`${numberedLine(i, step)}\n${stateFacts(check.view(step.state)).map((line) => `       ${line}\n`).join('')}`);
  });
  if (reproduces(check.subject.model, saved.trace, property)) {
    io.stdout.write(`Still violates ${saved.property}.\n`);
    return exitCodes.violated;
  }
  io.stdout.write(`The model no longer violates ${saved.property} along this trace.\n`);
  return exitCodes.holds;
}

function replayOrThrow(check: AnyFabricCheck, saved: CounterexampleFile) {
  try {
    return replay(check.subject.model, saved.trace);
  } catch (error) {
    throw usageError('trace', `no longer replays: ${(error as Error).message}`);
  }
}

function readCounterexample(json: unknown): CounterexampleFile {
  try {
    return parseCounterexample(json);
  } catch (error) {
    if (error instanceof CounterexampleFileError) throw usageError(error.path, error.problem);
    throw error;
  }
}
