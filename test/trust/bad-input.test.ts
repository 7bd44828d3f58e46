/**
 * Malformed topology files through the real CLI path: each is refused before any search with exit 2, a
 * message on stderr naming the field, no stack trace, nothing on stdout and no report written.
 */
import { existsSync, mkdirSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { crashTrace, runBin, runCli, tempDir, type Ran } from './cli.ts';
import { crafted, malformed, validBase, type Malformed } from './malformed.ts';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('bad-input');
});
afterAll(() => dir.remove());

/** A cap on the search, so that an input that wrongly passes validation ends fast (and fails the test). */
const guard = ['--max-states', '50'];
const outputs = ['--report-dir', 'reports', '--junit', 'out/junit.xml'];

function expectRefused(ran: Ran, fileName: string, path: string | null, what: string): void {
  const context = `${what}\n--- stderr:\n${ran.stderr.slice(0, 2000)}\n--- stdout:\n${ran.stdout.slice(0, 500)}`;
  expect(ran.code, context).toBe(2);
  expect(ran.stdout, context).toBe('');
  expect(ran.stderr, context).not.toMatch(crashTrace);
  const lines = ran.stderr.trimEnd().split('\n');
  expect(lines.length, context).toBeGreaterThan(0);
  for (const line of lines) expect(line, context).toMatch(/^fabric-check: \S/);
  const named = path ?? fileName;
  expect(lines.some((line) => line.startsWith(`fabric-check: ${named}: `)), `no message names ${named.slice(0, 80)}\n${context}`).toBe(true);
  expect(existsSync(join(dir.path, 'reports')), `${what}: report dir created`).toBe(false);
  expect(existsSync(join(dir.path, 'out')), `${what}: junit folder created`).toBe(false);
}

async function refusedInProcess(m: Malformed, json: boolean): Promise<void> {
  writeFileSync(join(dir.path, 'topology.json'), m.text);
  const ran = await runCli(['check', 'topology.json', ...guard, ...outputs, ...(json ? ['--json'] : [])], dir.path);
  expectRefused(ran, 'topology.json', m.path, m.what);
}

describe('malformed topology files, in-process', () => {
  it('the valid base they are made from is accepted (so every refusal below is for what was broken)', async () => {
    writeFileSync(join(dir.path, 'valid.json'), JSON.stringify(validBase()));
    const ran = await runCli(['check', 'valid.json', '--max-states', '1'], dir.path);
    expect(ran.code, ran.stderr).toBe(3);
  });

  it.each(crafted.map((m) => [m.what, m]))('refuses %s', async (_, m) => {
    await refusedInProcess(m, false);
  });

  it('refuses 3,000 generated ones: wrong types, out-of-range values, missing and unknown fields', async () => {
    await fc.assert(
      fc.asyncProperty(malformed, fc.boolean(), (m, json) => refusedInProcess(m, json)),
      { numRuns: 3000, seed: 20_260_601 },
    );
  });

  it('refuses bytes that are not UTF-8, a missing file and a directory, naming the file', async () => {
    writeFileSync(join(dir.path, 'latin1.json'), Buffer.from([0x7b, 0x22, 0xe9, 0xff, 0xfe, 0x22, 0x7d]));
    expectRefused(await runCli(['check', 'latin1.json', ...guard, ...outputs], dir.path), 'latin1.json', null, 'latin-1 bytes');
    expectRefused(await runCli(['check', 'missing.json', ...outputs], dir.path), 'missing.json', null, 'missing file');
    mkdirSync(join(dir.path, 'a-dir.json'), { recursive: true });
    expectRefused(await runCli(['check', 'a-dir.json', ...outputs], dir.path), 'a-dir.json', null, 'a directory');
  });

  it('refuses bad search flags before reading anything, naming the flag', async () => {
    writeFileSync(join(dir.path, 'valid.json'), JSON.stringify(validBase()));
    for (const [flag, value] of [
      ['--max-states', '0'],
      ['--max-states', '-5'],
      ['--max-states', '1e99'],
      ['--max-depth', '61'],
      ['--max-faults', '9'],
      ['--workers', '0'],
      ['--time-limit', '-1'],
      ['--time-limit', 'soon'],
      ['--property', 'no-such-rule'],
    ] as const) {
      const ran = await runCli(['check', 'valid.json', flag, value, ...outputs], dir.path);
      expect(ran.code, `${flag} ${value}: ${ran.stderr}`).toBe(2);
      expect(ran.stdout).toBe('');
      expect(ran.stderr).toContain(flag);
      expect(ran.stderr).not.toMatch(crashTrace);
      expect(existsSync(join(dir.path, 'reports'))).toBe(false);
    }
  });
});

describe('malformed topology files, through the real binary', () => {
  const picked = ['deeply nested top level', 'JavaScript', '17 front ends (sfb2019)', 'mirror equals principal', '__proto__ at the top level',
    'megabyte name', 'no front ends', 'duplicate front-end names'];

  it.each(picked)('refuses %s with exit 2, no stack trace and nothing written', (what) => {
    const m = crafted.find((c) => c.what === what)!;
    writeFileSync(join(dir.path, 'bin-topology.json'), m.text);
    expectRefused(runBin(['check', 'bin-topology.json', ...guard, ...outputs], dir.path), 'bin-topology.json', m.path, m.what);
  });
});
