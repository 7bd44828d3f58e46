/** `fabric-check check`: every applicable design rule to a verdict, as a table or JSON. */
import { resolve } from 'node:path';
import type { Command } from 'commander';
import { plural } from '../../reports/format.ts';
import { buildReports } from '../../reports/report.ts';
import type { CommandContext } from '../command-context.ts';
import type { ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { loadTopology } from '../load-topology.ts';
import { writeJunit, writeReportDir } from '../report-output.ts';
import { resultsJson } from '../results-json.ts';
import { resultNotes, resultsTable } from '../results-table.ts';
import { exitCodeOf, resultRows } from '../result-rows.ts';
import { runChecks } from '../run-checks.ts';
import { addSearchOptions, limitsOf, selectionOf, type SearchFlags } from '../search-options.ts';
import { selectChecks } from '../select-checks.ts';
import { topologyName } from '../topology-name.ts';
import { assertWritableTarget } from '../write-files.ts';

interface CheckFlags extends SearchFlags {
  readonly json?: boolean;
  readonly junit?: string;
  readonly reportDir?: string;
}

const EXAMPLES = `
Examples:
  $ fabric-check check topologies/four-fe-mirror-witness.json
  $ fabric-check check my-pool.json --property single-host-failure,single-fe-failure --max-faults 1
  $ fabric-check check my-pool.json --json > verdicts.json
  $ fabric-check check my-pool.json --report-dir reports --junit reports/junit.xml --time-limit 300

Exit codes: 0 every property holds, 1 some property is violated (whatever the rule expects, and even
if others were left unknown), 2 bad input or usage (nothing searched, nothing written), 3 a bound
(--max-states, --time-limit, the depth bound for eventually-properties) or a signal left a verdict unknown.
A verdict "holds within depth D" exits 0: no path of up to D steps (--max-depth, or the topology's
bounds.maxDepth) breaks the property, but the search did not reach every state, so longer paths are
unchecked (bounded model checking, as TLC or SPIN with a depth limit); --json says "exhaustive": false.`;

export function defineCheck(command: Command, context: CommandContext): void {
  addSearchOptions(
    command
      .description('check the design rules on a topology: a verdict per property, a shortest counterexample per violation')
      .argument('<topology>', 'topology file (JSON, see model/topology/schema.json)'),
    true,
  )
    .option('--json', 'print the results as JSON on stdout (progress stays on stderr)')
    .option('--junit <file>', 'also write the results as JUnit XML to this file')
    .option('--report-dir <dir>', 'also write reports into this folder: per violation Markdown, HTML and a replayable JSON counterexample; an index and JUnit XML')
    .addHelpText('after', EXAMPLES)
    .action(async (file: string, flags: CheckFlags) => context.exit(await check(file, flags, context.io)));
}

async function check(file: string, flags: CheckFlags, io: CliIo): Promise<ExitCode> {
  const { topology, checks } = selectChecks(await loadTopology(file, io.cwd), selectionOf(flags));
  // As typed, for the replay commands inside the reports; resolved, for writing.
  const reportDir = flags.reportDir === undefined ? undefined : { typed: flags.reportDir, path: resolve(io.cwd, flags.reportDir) };
  const junit = flags.junit === undefined ? undefined : resolve(io.cwd, flags.junit);
  if (reportDir !== undefined) await assertWritableTarget('--report-dir', reportDir.path, 'directory');
  if (junit !== undefined) await assertWritableTarget('--junit', junit, 'file');

  const runs = await runChecks(checks, limitsOf(flags), io);
  const rows = resultRows(topology, runs);
  const reports = buildReports([{ name: topologyName(file), topology, checks: runs }]);
  if (flags.json) io.stdout.write(resultsJson(rows, runs, reports));
  else io.stdout.write([resultsTable(rows), ...resultNotes(rows, runs).map((note) => `${note}\n`)].join(''));

  if (reportDir !== undefined) {
    const written = await writeReportDir(reportDir.path, reportDir.typed, reports);
    io.stderr.write(`fabric-check: wrote ${plural(written, 'report file')} to ${reportDir.typed}\n`);
  }
  if (junit !== undefined) {
    await writeJunit(junit, reports, reportDir?.path);
    io.stderr.write(`fabric-check: wrote JUnit XML to ${flags.junit}\n`);
  }
  return exitCodeOf(rows.map((row) => row.result.status));
}
