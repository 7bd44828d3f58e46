/** `fabric-check rules`: each design rule's verdict on a topology, with one line of why. */
import type { Command } from 'commander';
import { table } from 'table';
import { ruleNames } from '../../../properties/index.ts';
import { plural } from '../../reports/format.ts';
import type { CommandContext } from '../command-context.ts';
import type { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { loadTopology } from '../load-topology.ts';
import { asExpected, exitCodeOf, resultRows, type ResultRow } from '../result-rows.ts';
import { runChecks } from '../run-checks.ts';
import { addSearchOptions, limitsOf, selectionOf, type SearchFlags } from '../search-options.ts';
import { selectChecks } from '../select-checks.ts';

const EXAMPLES = `
Examples:
  $ fabric-check rules topologies/four-fe-mirror-witness.json
  $ fabric-check rules my-pool.json --max-faults 1 --time-limit 60

Exit codes as for check.`;

export function defineRules(command: Command, context: CommandContext): void {
  addSearchOptions(
    command
      .description("run every design rule on a topology and say, rule by rule, the verdict and why")
      .argument('<topology>', 'topology file (JSON, see model/topology/schema.json)'),
    false,
  )
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: SearchFlags) => context.exit(await rules(file, flags, context.io)));
}

async function rules(file: string, flags: SearchFlags, io: CliIo): Promise<ExitCode> {
  const { topology, checks } = selectChecks(await loadTopology(file, io.cwd), selectionOf(flags));
  const rows = resultRows(topology, await runChecks(checks, limitsOf(flags), io));
  const checked = new Set(rows.map((row) => row.result.name));
  const body = [
    ...rows.map((row) => [row.result.name, row.result.status, row.expected?.verdict ?? '-', why(row)]),
    ...ruleNames.filter((name) => !checked.has(name)).map((name) => [name, 'n/a', '-', 'does not apply to this topology']),
  ];
  io.stdout.write(table([['Rule', 'Verdict', 'Expected', 'Why'], ...body], { columns: { 3: { width: 72, wrapWord: true } } }));
  return exitCodeOf(rows.map((row) => row.result.status));
}

function why(row: ResultRow): string {
  const trace = row.result.status === 'violated' ? row.result.trace : undefined;
  const parts = [
    asExpected(row) === false ? `Not as expected: the rule expects ${row.expected?.verdict}.` : undefined,
    row.expected?.why,
    row.result.reason === undefined ? undefined : `Search: ${row.result.reason}`,
    trace === undefined ? undefined : `Shortest counterexample: ${plural(trace.actions.length, 'step')}.`,
  ];
  return parts
    .filter((part) => part !== undefined)
    .map((part) => (/[.!?]$/.test(part) ? part : `${part}.`))
    .join(' ');
}
