// `npm run mutate [part …]`: Stryker over all of model/, one part at a time (scripts/mutation-parts.mjs), then
// one score for the whole. `--summary` only reads the parts' last reports; `--survivors` retests only what the
// last reports left undetected (scripts/mutation-retest.mjs). Fails when the score is under stryker.config.json's
// break threshold.
import { spawnSync } from 'node:child_process';
import { existsSync, readFileSync, writeFileSync } from 'node:fs';
import { table } from 'table';
import { baseConfig, parts, reportFile, undetected } from './mutation-parts.mjs';
import { foldRetest, survivorRanges } from './mutation-retest.mjs';

const flags = new Set(['--summary', '--survivors']);
const summaryOnly = process.argv.includes('--summary');
const retest = process.argv.includes('--survivors');
const asked = process.argv.slice(2).filter((arg) => !flags.has(arg));
const unknown = asked.filter((name) => !parts.some((part) => part.name === name));
if (unknown.length > 0) {
  console.error(`unknown part ${unknown.join(', ')}: allowed are ${parts.map((p) => p.name).join(', ')}`);
  process.exit(2);
}

for (const part of summaryOnly ? [] : parts.filter((p) => asked.length === 0 || asked.includes(p.name))) {
  const report = reportFile(part.name);
  if (retest && !existsSync(report)) {
    console.error(`--survivors: ${part.name} has no report yet (${report}); run npm run mutate ${part.name} first`);
    process.exit(2);
  }
  const ranges = retest ? survivorRanges(report) : [];
  if (retest && ranges.length === 0) continue;
  console.log(`\n== mutating ${part.name}: ${retest ? `${ranges.length} ranges: the lines with survivors, and changed files whole` : part.mutate.join(' ')} against ${part.tests}`);
  const run = spawnSync('npx', ['stryker', 'run', 'scripts/stryker-part.config.mjs', ...(retest ? ['--mutate', ranges.join(',')] : [])], {
    stdio: 'inherit',
    env: { ...process.env, MUTATE_PART: part.name, ...(retest && { MUTATE_RETEST: '1' }) },
  });
  const written = reportFile(part.name, retest);
  // Stryker exits non-zero when a part alone is under the threshold; the verdict is the whole's.
  if (run.status !== 0 && !existsSync(written)) process.exit(run.status ?? 1);
  if (retest) console.log(`${part.name}: ${foldRetest(report, written)} survivors now detected`);
}

// Mutation score as Stryker defines it: detected (killed, timed out) over valid (detected, survived, no coverage).
const rows = [['part', 'mutants', 'killed', 'timeout', 'survived', 'no coverage', 'score']];
const survivors = [];
let totalDetected = 0;
let totalValid = 0;
for (const part of parts) {
  const file = reportFile(part.name);
  if (!existsSync(file)) {
    rows.push([part.name, 'not run', '', '', '', '', '']);
    continue;
  }
  const report = JSON.parse(readFileSync(file, 'utf8'));
  const count = { Killed: 0, Timeout: 0, Survived: 0, NoCoverage: 0 };
  for (const [path, { mutants }] of Object.entries(report.files)) {
    for (const mutant of mutants) {
      if (mutant.status in count) count[mutant.status] += 1;
      if (undetected.has(mutant.status)) {
        survivors.push(`${path}:${mutant.location.start.line} ${mutant.mutatorName} ${mutant.status} ${mutant.replacement ?? ''}`);
      }
    }
  }
  const found = count.Killed + count.Timeout;
  const valid = found + count.Survived + count.NoCoverage;
  totalDetected += found;
  totalValid += valid;
  rows.push([part.name, valid, count.Killed, count.Timeout, count.Survived, count.NoCoverage, percent(found, valid)]);
}
rows.push(['model/', totalValid, '', '', '', '', percent(totalDetected, totalValid)]);
console.log(`\n${table(rows)}`);
writeFileSync('reports-tmp/mutation/survivors.txt', survivors.join('\n') + '\n');
console.log(`${survivors.length} survivors listed in reports-tmp/mutation/survivors.txt (equivalent ones: test/trust/EQUIVALENT-MUTANTS.md)`);
const score = totalValid === 0 ? 0 : (100 * totalDetected) / totalValid;
process.exit(score < baseConfig.thresholds.break ? 1 : 0);

function percent(found, valid) {
  return valid === 0 ? '-' : `${((100 * found) / valid).toFixed(2)}%`;
}
