import { readdir, readFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';
import { scratchDir } from '../scratch-dir.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

const fixtures = join(import.meta.dirname, 'fixtures');

async function simulate(...args: string[]) {
  return simulateIn(fixtures, join(fixtures, 'three-fe.json'), ...args);
}

async function simulateIn(cwd: string, topology: string, ...args: string[]) {
  const io = memoryIo(cwd);
  const code = await run(['simulate', topology, ...args], io);
  return { code, out: io.out(), err: io.err() };
}

describe('simulate', () => {
  it('prints the seed, the shrunk counterexample as numbered labels and the command that re-runs it; exit 1', async () => {
    const { code, out } = await simulate('--runs', '200', '--steps', '20', '--seed', '42');
    expect(code).toBe(1);
    const lines = out.trimEnd().split('\n');
    expect(lines[0]).toBe('seed 42');
    expect(lines[1]).toMatch(/^pool: all-down-never violated after 3 steps \(shrunk \d+ times?\):$/);
    expect(lines.slice(2, 6).map((line) => line.trim())).toEqual([
      '0. [     0 min] initial state',
      '1. [     5 min] an FE fails',
      '2. [    10 min] an FE fails',
      '3. [    15 min] an FE fails',
    ]);
    expect(lines[6]).toMatch(/^Re-run: fabric-check simulate \S*three-fe\.json --runs 200 --steps 20 --seed 42 --path \d+(:\d+)* --check pool$/);
  });

  it('re-runs straight to the same counterexample with the printed --seed and --path', async () => {
    const first = await simulate('--runs', '200', '--steps', '20', '--seed', '42');
    const rerun = first.out.split('\n').find((line) => line.startsWith('Re-run: '))?.split(' ').slice(4) ?? [];
    const second = await simulate(...rerun);
    expect(second.code).toBe(1);
    const withoutShrinks = (out: string) => out.replace(/ \(shrunk \d+ times?\)/, '');
    expect(withoutShrinks(second.out)).toBe(withoutShrinks(first.out));
  });

  it('exits 0 when no run violates the selected properties', async () => {
    const { code, out } = await simulate('--runs', '50', '--steps', '10', '--seed', '1', '--property', 'count-in-range');
    expect(code).toBe(0);
    expect(out).toBe('seed 1\npool: no violation in 50 runs of up to 10 steps\n');
  });

  it('saves the shrunk counterexample with --report-dir, as check does, and replay reads it back', async () => {
    const dir = await scratchDir();
    const { code, out, err } = await simulateIn(dir, join(fixtures, 'three-fe.json'), '--runs', '200', '--steps', '20', '--seed', '42', '--report-dir', 'out');
    expect(code).toBe(1);
    const stem = 'three-fe-all-down-never';
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['README.md', 'index.html', 'junit.xml', `${stem}.html`, `${stem}.json`, `${stem}.md`].sort());
    expect(err).toContain('fabric-check: wrote 6 report files to out');
    expect(out).toContain(`Replay: fabric-check replay out/${stem}.json\n`);
    expect(await readFile(join(dir, 'out', `${stem}.md`), 'utf8')).toContain('simulate --seed 42 --path');

    const replayIo = memoryIo(dir);
    expect(await run(['replay', join('out', `${stem}.json`)], replayIo)).toBe(1);
    expect(replayIo.out()).toContain('3. [    15 min] an FE fails');
    expect(replayIo.out()).toContain('Still violates all-down-never.');
  });

  it('stops at --time-limit: exit 3, the runs done so far said', async () => {
    const { code, out } = await simulate('--runs', '1000000', '--steps', '10000', '--seed', '5', '-p', 'count-in-range', '--time-limit', '0.05');
    expect(code).toBe(3);
    expect(out).toMatch(/^seed 5\npool: --time-limit reached after \d+ runs? of 1000000: no violation so far\n$/);
  });

  it('stops cleanly on a signal in the middle of its runs: exit 3', async () => {
    const controller = new AbortController();
    const io = { ...memoryIo(fixtures), interrupts: () => (setTimeout(() => controller.abort(), 50), { signal: controller.signal, release() {} }) };
    const code = await run(['simulate', 'three-fe.json', '--runs', '1000000', '--steps', '10000', '--seed', '5', '-p', 'count-in-range'], io);
    expect(controller.signal.aborted).toBe(true);
    expect(code).toBe(3);
    expect(io.out()).toMatch(/pool: interrupted after \d+ runs? of 1000000: no violation so far\n$/);
  });

  it('documents its exit codes, 3 included, in --help', async () => {
    const { code, out } = await simulate('--help');
    expect(code).toBe(0);
    expect(out).toContain('3 --time-limit or a signal (Ctrl-C)');
    expect(out).toContain('--report-dir <dir>');
  });

  it.each([
    [['--time-limit', '0'], expect.stringContaining("argument '0' is invalid. It must be a number of seconds above 0.")],
    [['--path', '1:2'], 'fabric-check: --path: needs the --seed it was printed with\n'],
    [['--check', 'pairing'], 'fabric-check: --check: no check "pairing" in this topology; it has pool\n'],
    [['--runs', '0'], expect.stringContaining("option '--runs <n>' argument '0' is invalid. It must be a whole number from 1 to 1000000.")],
    [['--seed', 'x'], expect.stringContaining("argument 'x' is invalid. It must be a whole number (a 32-bit seed, as printed by simulate).")],
    [['--seed', '1', '--path', 'a:b'], expect.stringContaining('It must be colon-separated numbers, as printed by simulate.')],
  ])('refuses %j with exit 2', async (args, message) => {
    const { code, out, err } = await simulate(...args);
    expect(code).toBe(2);
    expect(err).toEqual(message);
    expect(out).toBe('');
  });
});
