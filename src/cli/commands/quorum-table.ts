/** `fabric-check quorum-table`: Microsoft's quorum tables derived from the model, beside the published ones. */
import { Option, type Command } from 'commander';
import { table } from 'table';
import { deriveQuorumTable } from '../../fabric/quorum-table.ts';
import { productName } from '../../reports/format.ts';
import type { ColdStartBasis } from '../../../model/published.ts';
import type { FabricSettings, Product } from '../../../model/topology/types.ts';
import type { CommandContext } from '../command-context.ts';
import { exitCodes, type ExitCode } from '../exit-codes.ts';
import type { CliIo } from '../io.ts';
import { compareWithPublished, functionalText, type ComparedRow } from '../quorum-rows.ts';

interface QuorumTableFlags {
  readonly product?: Product;
  readonly sqlWitnessVote?: FabricSettings['sqlWitnessVote'];
  readonly json?: boolean;
}

const products: readonly Product[] = ['lync2013', 'sfb2015', 'sfb2019'];

const EXAMPLES = `
Examples:
  $ fabric-check quorum-table --product lync2013
  $ fabric-check quorum-table --product sfb2019 --sql-witness-vote even-seeds
  $ fabric-check quorum-table --json > quorum.json

Each pool size is one exhaustive search of a probe pool, so large pools take a while.
Exit codes: 0 every row matches Microsoft's published row (where there is one), 1 some row differs,
2 bad usage.`;

export function defineQuorumTable(command: Command, context: CommandContext): void {
  command
    .description("derive the pool quorum and cold-start tables from the model and compare them with Microsoft's")
    .addOption(new Option('--product <product>', 'only this product (default: all three)').choices(products))
    .addOption(
      new Option('--sql-witness-vote <rule>', "when the SQL principal votes (default: the product's)").choices([
        'even-seeds',
        'never',
        'even-seeds-below-12',
      ]),
    )
    .option('--json', 'print the tables as JSON on stdout')
    .addHelpText('after', EXAMPLES)
    .action(async (flags: QuorumTableFlags) => context.exit(await quorumTable(flags, context.io)));
}

async function quorumTable(flags: QuorumTableFlags, io: CliIo): Promise<ExitCode> {
  const settings = flags.sqlWitnessVote === undefined ? {} : { sqlWitnessVote: flags.sqlWitnessVote };
  const tables: { product: Product; rows: ComparedRow[] }[] = [];
  for (const product of flags.product === undefined ? products : [flags.product]) {
    io.stderr.write(`fabric-check: deriving the ${product} table (one exhaustive search per pool size)\n`);
    tables.push({ product, rows: compareWithPublished(product, await deriveQuorumTable(product, settings)) });
  }
  const matches = tables.every(({ rows }) => rows.every((row) => row.matches !== false));
  if (flags.json) io.stdout.write(`${JSON.stringify({ matches, settings, tables }, null, 2)}\n`);
  else io.stdout.write(tables.map(({ product, rows }) => `${productName(product)}\n${textTable(rows)}`).join('\n'));
  return matches ? exitCodes.holds : exitCodes.violated;
}

/**
 * How the model came by a cold start Microsoft does not publish: a 1-FE pool is the whole pool, 13–15 FEs
 * are interpolated (model/published.ts `coldStartBasis`). The Published column says "not published".
 */
const coldStartNote: Readonly<Record<ColdStartBasis, string>> = {
  published: '',
  'whole-pool': ' (whole pool)',
  interpolated: ' (interpolated)',
};

function textTable(rows: readonly ComparedRow[]): string {
  const header = ['FEs', 'Voters', 'Functional while (model)', 'Published', 'Cold start (model)', 'Published', 'Matches'];
  const body = rows.map((row) => [
    String(row.frontEnds),
    `${row.voters.length} FE${row.voters.length === 1 ? '' : 's'}${row.sqlVotes ? ' + SQL' : ''}`,
    functionalText(row.mustRun, row.ofFirst),
    functionalText(row.published.mustRun, row.published.ofFirst),
    `${row.coldStart}${coldStartNote[row.coldStartBasis]}`,
    row.published.coldStart === null ? 'not published' : String(row.published.coldStart),
    row.matches === null ? 'n/a' : row.matches ? 'yes' : 'NO',
  ]);
  return table([header, ...body], { drawHorizontalLine: (line, size) => line <= 1 || line === size });
}
