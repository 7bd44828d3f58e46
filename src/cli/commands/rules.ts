/** `fabric-check rules`: each design rule's verdict on a topology, with one line of why and details under it. */
import type { Command } from 'commander';
import { getBorderCharacters, table } from 'table';
import { ruleNames } from '../../../properties/index.ts';
import { plural } from '../../reports/format.ts';
import { verdictText } from '../../reports/verdict.ts';
import type { CommandContext } from '../command-context.ts';
import type { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { loadTopology } from '../load-topology.ts';
import { asExpected, exitCodeOf, missedBeyondDepth, resultRows, verdictOf, type ResultRow } from '../result-rows.ts';
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
  const showCheck = new Set(rows.map((row) => row.check.id)).size > 1;
  const checked = new Set(rows.map((row) => row.result.name));
  const body = [
    ...rows.map((row) => [
      row.result.name,
      ...(showCheck ? [row.check.id] : []),
      verdictText(verdictOf(row)),
      row.expected?.verdict ?? '-',
      [why(row), ...details(row).map((line) => `  ${line}`)].join('\n'),
    ]),
    ...ruleNames
      .filter((name) => !checked.has(name))
      .map((name) => [name, ...(showCheck ? ['-'] : []), 'n/a', '-', 'does not apply to this topology']),
  ];
  const header = ['Rule', ...(showCheck ? ['Check'] : []), 'Verdict', 'Expected', 'Why'];
  // No borders and no wrapping: each rule's first line is its whole why, its details follow indented.
  const text = table([header, ...body], {
    border: getBorderCharacters('void'),
    columnDefault: { paddingLeft: 0, paddingRight: 2 },
    drawHorizontalLine: () => false,
  });
  io.stdout.write(text.replace(/ +$/gm, ''));
  return exitCodeOf(rows.map((row) => row.result.status));
}

/** The rule's own line of why; the engine's reason for a result that is no design rule (deadlock). */
function why(row: ResultRow): string {
  return row.expected?.why ?? row.result.reason ?? '';
}

function details(row: ResultRow): string[] {
  const trace = row.result.status === 'violated' ? row.result.trace : undefined;
  return [
    ...(asExpected(row) === false ? [`NOT AS EXPECTED: the rule expects ${row.expected?.verdict}`] : []),
    ...(missedBeyondDepth(row) ? ['the rule expects a violation, which no path within the depth bound reaches (raise --max-depth)'] : []),
    ...(row.expected !== undefined && row.result.reason !== undefined ? [`search: ${row.result.reason}`] : []),
    ...(trace === undefined ? [] : [`shortest counterexample: ${plural(trace.actions.length, 'step')}`]),
  ];
}
