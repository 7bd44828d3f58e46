/** `npm run mutate -- --survivors`: which lines it retests, and how it folds the new verdicts in (scripts/mutation-retest.mjs). */
import { readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { scratchDir } from '../scratch-dir.ts';
// @ts-expect-error: a plain JavaScript script, without types
import { foldRetest, survivorRanges } from '../../scripts/mutation-retest.mjs';

const at = (line: number, column: number) => ({ start: { line, column }, end: { line, column: column + 3 } });
const mutant = (status: string, line: number, replacement: string) => ({ mutatorName: 'EqualityOperator', replacement, status, location: at(line, 5) });

async function files(report: object, retest: object): Promise<[string, string]> {
  const dir = await scratchDir('fabric-retest-');
  const paths: [string, string] = [join(dir, 'pool.json'), join(dir, 'pool-retest.json')];
  writeFileSync(paths[0], JSON.stringify(report));
  writeFileSync(paths[1], JSON.stringify(retest));
  return paths;
}

describe('retesting survivors', () => {
  const report = {
    files: {
      'model/a.ts': { mutants: [mutant('Killed', 3, 'a <= b'), mutant('Survived', 7, 'a >= b'), mutant('NoCoverage', 9, 'x')] },
      'model/b.ts': { mutants: [mutant('Timeout', 1, 'y'), mutant('Survived', 2, 'z')] },
    },
  };

  it('retests the lines of undetected mutants only', async () => {
    const [reportFile] = await files(report, { files: {} });
    expect(survivorRanges(reportFile)).toEqual(['model/a.ts:7-7', 'model/a.ts:9-9', 'model/b.ts:2-2']);
  });

  it('retests a file whose source changed since the report whole', async () => {
    const sources = { ...report, files: { ...report.files, 'model/a.ts': { ...report.files['model/a.ts'], source: 'old' } } };
    const [reportFile] = await files(sources, { files: {} });
    expect(survivorRanges(reportFile, (path: string) => (path === 'model/a.ts' ? 'new' : ''))).toEqual(['model/a.ts', 'model/b.ts:2-2']);
    expect(survivorRanges(reportFile, () => 'old')).toEqual(['model/a.ts:7-7', 'model/a.ts:9-9', 'model/b.ts:2-2']);
  });

  it("takes a changed file's verdicts from the retest whole", async () => {
    const sources = { ...report, files: { ...report.files, 'model/a.ts': { ...report.files['model/a.ts'], source: 'old' } } };
    const [reportFile, retestFile] = await files(sources, { files: { 'model/a.ts': { source: 'new', mutants: [mutant('Killed', 4, 'a <= b')] } } });
    // Two undetected mutants in the old a.ts, none in the new one.
    expect(foldRetest(reportFile, retestFile)).toBe(2);
    const folded = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(folded.files['model/a.ts']).toEqual({ source: 'new', mutants: [mutant('Killed', 4, 'a <= b')] });
    expect(folded.files['model/b.ts']).toEqual(report.files['model/b.ts']);
  });

  it('takes the new verdicts of undetected mutants, matched by file, mutator, replacement and place', async () => {
    const retest = {
      files: {
        // Killed now; a killed mutant on a retested line stays as it was; another replacement is another mutant.
        'model/a.ts': { mutants: [mutant('Killed', 7, 'a >= b'), mutant('Survived', 3, 'a <= b'), mutant('Killed', 9, 'other')] },
        'model/b.ts': { mutants: [mutant('Survived', 2, 'z')] },
      },
    };
    const [reportFile, retestFile] = await files(report, retest);
    expect(foldRetest(reportFile, retestFile)).toBe(1);
    const folded = JSON.parse(readFileSync(reportFile, 'utf8'));
    expect(folded.files['model/a.ts'].mutants.map((m: { status: string }) => m.status)).toEqual(['Killed', 'Killed', 'NoCoverage']);
    expect(folded.files['model/b.ts'].mutants.map((m: { status: string }) => m.status)).toEqual(['Timeout', 'Survived']);
  });
});
