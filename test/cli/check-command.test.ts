import { readdir, readFile, copyFile, stat, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { beforeEach, describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';
import { scratchDir } from '../scratch-dir.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

const fixtures = join(import.meta.dirname, 'fixtures');
let io = memoryIo(fixtures);
beforeEach(() => {
  io = memoryIo(fixtures);
});

describe('check', () => {
  it('prints a table with verdict, expectation, states, time and counterexample length, and exits 1 on a violation', async () => {
    expect(await run(['check', 'three-fe.json'], io)).toBe(1);
    const lines = io.out().split('\n');
    const row = (name: string) => lines.find((line) => line.includes(` ${name} `))?.split(/[│║]/).map((cell) => cell.trim());
    expect(lines.find((line) => line.includes('Property'))?.split(/[│║]/).map((cell) => cell.trim())).toEqual([
      '', 'Property', 'Verdict', 'Expected', 'As expected', 'States (search)', 'Time (search)', 'Counterexample', '',
    ]);
    expect(row('all-down-never')).toEqual(['', 'all-down-never', 'violated', 'holds', 'NO', '4', expect.stringMatching(/^\d+\.\d s$/), '3 steps', '']);
    expect(row('count-in-range')).toEqual(['', 'count-in-range', 'holds', 'holds', 'yes', '4', expect.any(String), '-', '']);
    expect(io.out()).toContain('Not the verdict the rule expects: all-down-never.');
    expect(io.out()).toContain('all-down-never: a state breaks it after 3 steps');
  });

  it('exits 0 when every selected property holds', async () => {
    expect(await run(['check', 'three-fe.json', '--property', 'count-in-range'], io)).toBe(0);
    expect(io.out()).toContain('count-in-range');
    expect(io.out()).not.toContain('all-down-never');
  });

  it('exits 3 when --max-states stops the search before a verdict', async () => {
    expect(await run(['check', 'three-fe.json', '--max-states', '2'], io)).toBe(3);
    expect(io.out()).toContain('The pool search stopped early (--max-states reached): its open verdicts are unknown.');
  });

  it('exits 3 when a signal stops the search', async () => {
    const controller = new AbortController();
    controller.abort();
    io = memoryIo(fixtures, { signal: controller.signal });
    expect(await run(['check', 'three-fe.json'], io)).toBe(3);
    expect(io.out()).toContain('(interrupted)');
  });

  it('prints only JSON on stdout with --json, in the documented shape', async () => {
    expect(await run(['check', 'three-fe.json', '--json'], io)).toBe(1);
    const document = JSON.parse(io.out());
    expect(Object.keys(document)).toEqual(['complete', 'results']);
    expect(document.complete).toBe(true);
    expect(document.results.map((r: { property: string; status: string }) => [r.property, r.status])).toEqual([
      ['all-down-never', 'violated'],
      ['count-in-range', 'holds'],
      ['deadlock', 'holds'],
    ]);
    const [violated, holds, deadlock] = document.results;
    expect(Object.keys(violated)).toEqual(['property', 'check', 'status', 'exhaustive', 'maxDepth', 'expected', 'states', 'counterexample']);
    expect([violated.check, violated.exhaustive, violated.maxDepth]).toEqual(['pool', true, 12]);
    expect(violated.expected).toBe('holds');
    expect(violated.states).toBe(4);
    expect(violated.counterexample.steps.map((s: { action: number | null; label: string }) => [s.action, s.label])).toEqual([
      [null, 'initial state'],
      [0, 'an FE fails'],
      [0, 'an FE fails'],
      [0, 'an FE fails'],
    ]);
    expect(violated.counterexample.steps[3].minute).toBe(15);
    expect(holds.counterexample).toBeNull();
    expect(deadlock.expected).toBeNull();
  });

  it('says "holds within depth D" when the depth bound cut the search, exits 0, and says so in --json', async () => {
    expect(await run(['check', 'three-fe.json', '-p', 'count-in-range', '--max-depth', '2'], io)).toBe(0);
    expect(io.out()).toMatch(/count-in-range\s+│ holds within depth 2\s+│ holds\s+│ yes/);
    expect(io.out()).toContain('"holds within depth 2": no path of up to 2 steps breaks it, and longer paths were not searched');
    io = memoryIo(fixtures);
    expect(await run(['check', 'three-fe.json', '-p', 'count-in-range', '--max-depth', '2', '--json'], io)).toBe(0);
    const [result] = JSON.parse(io.out()).results;
    expect([result.status, result.exhaustive, result.maxDepth]).toEqual(['holds', false, 2]);
  });

  it('tells the results of two checks apart: a Check column, a "check" field in --json', async () => {
    expect(await run(['check', 'paired.json', '--json'], io)).toBe(1);
    const results = JSON.parse(io.out()).results.map((r: { check: string; property: string }) => `${r.check}/${r.property}`);
    expect(results.filter((name: string) => name.endsWith('/deadlock'))).toEqual(['pool/deadlock', 'pairing/deadlock']);
    io = memoryIo(fixtures);
    await run(['check', 'paired.json'], io);
    expect(io.out()).toMatch(/deadlock\s+│ pairing\s+│ holds/);
  });

  it('refuses an unknown property, listing the allowed names, before searching', async () => {
    expect(await run(['check', 'three-fe.json', '--property', 'count-in-range,nope'], io)).toBe(2);
    expect(io.err()).toBe(
      'fabric-check: --property: unknown property "nope"; the properties are all-down-never, count-in-range, pairing-only\n',
    );
    expect(io.out()).toBe('');
  });

  it('refuses a property that does not apply to the topology, before searching', async () => {
    expect(await run(['check', 'three-fe.json', '--property', 'pairing-only'], io)).toBe(2);
    expect(io.err()).toBe('fabric-check: --property: "pairing-only" does not apply to this topology; the properties that do are all-down-never, count-in-range\n');
  });

  it.each([
    [['--workers', '0'], "option '--workers <n>' argument '0' is invalid. It must be a whole number from 1 to 64."],
    [['--max-depth', 'abc'], "option '--max-depth <d>' argument 'abc' is invalid. It must be a whole number from 1 to 60."],
    [['--max-faults', '9'], 'It must be a whole number from 0 to 8.'],
    [['--max-states', '-5'], 'It must be a whole number of at least 1.'],
    [['--time-limit', '0'], 'It must be a number of seconds above 0.'],
    [['--frobnicate'], "unknown option '--frobnicate'"],
  ])('refuses bad flags %j with exit 2 and one message', async (flags, message) => {
    expect(await run(['check', 'three-fe.json', ...flags], io)).toBe(2);
    expect(io.err().startsWith('fabric-check: ')).toBe(true);
    expect(io.err()).toContain(message);
    expect(io.err()).not.toMatch(/\n\s+at /);
    expect(io.out()).toBe('');
  });

  it('names each problem of a bad topology file on its own line, with the field path', async () => {
    expect(await run(['check', 'bad-topology.json'], io)).toBe(2);
    expect(io.err().trimEnd().split('\n')).toEqual([
      'fabric-check: pool.frontEnds[1].rack: unknown field; the fields allowed in pool.frontEnds[1] are name, host',
      'fabric-check: bounds.maxFaults: must be a whole number from 0 to 8 (got 12)',
    ]);
    expect(await run(['check', 'semantic-problems.json'], (io = memoryIo(fixtures)))).toBe(2);
    // SfB 2019 has no database mirroring (DOMAIN.md §1–2): a witness there is refused as such, naming what
    // is allowed (the principal alone), not as "a witness needs a mirror", which would invite a mirror the
    // product does not have.
    expect(io.err().trimEnd().split('\n')).toEqual([
      'fabric-check: pool.frontEnds: sfb2019 pools have 3 to 16 front ends (Microsoft documents 2 to 16, but SfB 2019 refuses a 2-front-end pool); this one has 2',
      'fabric-check: pool.backend.witness: sfb2019 pools have no witness: SfB 2019 has no SQL database mirroring (it uses AlwaysOn, which the model does not cover); give the back end as its principal alone',
    ]);
  });

  it('reports a schema problem and the semantic problems of the fields that passed the schema at once', async () => {
    const dir = await scratchDir();
    const frontEnds = [1, 2].map((i) => ({ name: `fe${i}`, host: `host${i}` }));
    const pool = { name: 'pool-a', frontEnds, backend: { principal: 'sql1', witness: 'sqlw' }, routingGroups: 2 };
    await writeFile(join(dir, 'mixed.json'), JSON.stringify({ product: 'lync2013', pool, bounds: { maxFaults: 12 } }));
    expect(await run(['check', 'mixed.json'], (io = memoryIo(dir)))).toBe(2);
    expect(io.err().trimEnd().split('\n')).toEqual([
      'fabric-check: bounds.maxFaults: must be a whole number from 0 to 8 (got 12)',
      'fabric-check: pool.routingGroups: pools of 1 or 2 front ends keep no routing-group replicas (every front end reads the back end directly); remove the field or give the pool 3 or more front ends',
      'fabric-check: pool.backend.witness: a witness needs a mirror (pool.backend.mirror): without one there is nothing to fail over to',
    ]);
    expect(io.out()).toBe('');
  });

  it('says when the file is missing or not JSON', async () => {
    expect(await run(['check', 'missing.json'], io)).toBe(2);
    expect(io.err()).toBe('fabric-check: missing.json: cannot read the file: no such file\n');
    expect(await run(['check', 'not-json.json'], (io = memoryIo(fixtures)))).toBe(2);
    expect(io.err()).toMatch(/^fabric-check: not-json\.json: is not valid JSON: .+\n$/);
  });

  it('writes nothing on bad input', async () => {
    const dir = await scratchDir();
    for (const args of [['bad-topology.json'], ['three-fe.json', '--property', 'nope'], ['three-fe.json', '--workers', 'x']]) {
      const code = await run(['check', ...args, '--report-dir', join(dir, 'reports'), '--junit', join(dir, 'junit.xml')], io);
      expect(code).toBe(2);
    }
    expect(await readdir(dir)).toEqual([]);
  });

  it('refuses a --report-dir that is a file before searching', async () => {
    expect(await run(['check', 'three-fe.json', '--report-dir', 'three-fe.json'], io)).toBe(2);
    expect(io.err()).toMatch(/^fabric-check: --report-dir: .*three-fe\.json exists and is not a directory\n$/);
    expect(io.out()).toBe('');
  });
});

describe('check --report-dir and --junit', () => {
  it('writes the reports inside the folder only, with names safe for any topology file name', async () => {
    const dir = await scratchDir();
    const hostile = join(dir, '..evil; rm -rf $HOME.json');
    await copyFile(join(fixtures, 'three-fe.json'), hostile);
    io = memoryIo(dir);
    expect(await run(['check', hostile, '--report-dir', 'out'], io)).toBe(1);
    const stem = 'evil-rm-rf-HOME-all-down-never';
    expect((await readdir(join(dir, 'out'))).sort()).toEqual(['README.md', 'index.html', 'junit.xml', `${stem}.html`, `${stem}.json`, `${stem}.md`].sort());
    expect((await readdir(dir)).sort()).toEqual(['..evil; rm -rf $HOME.json', 'out']);
    expect(io.err()).toContain('fabric-check: wrote 6 report files to out');
    const saved = JSON.parse(await readFile(join(dir, 'out', `${stem}.json`), 'utf8'));
    expect([saved.check, saved.property, saved.trace.actions]).toEqual(['pool', 'all-down-never', [0, 0, 0]]);
    expect(await readFile(join(dir, 'out', `${stem}.md`), 'utf8')).toContain(`fabric-check replay out/${stem}.json`);
  });

  it('writes JUnit XML with a failure per violation, creating its folder', async () => {
    const dir = await scratchDir();
    expect(await run(['check', join(fixtures, 'three-fe.json'), '--junit', join(dir, 'ci', 'junit.xml')], io)).toBe(1);
    const xml = await readFile(join(dir, 'ci', 'junit.xml'), 'utf8');
    expect(xml).toMatch(/<testcase classname="three-fe\/pool" name="all-down-never">\s*<failure /);
    expect(xml).toContain('<testcase classname="three-fe/pool" name="count-in-range"/>');
    // No report folder, so no report to point at.
    expect(xml).not.toContain('Report:');
    expect(await readdir(join(dir, 'ci'))).toEqual(['junit.xml']);
  });

  it('points JUnit failures at the reports written with --report-dir, from where the XML is', async () => {
    const dir = await scratchDir();
    io = memoryIo(dir);
    expect(await run(['check', join(fixtures, 'three-fe.json'), '--report-dir', 'out', '--junit', join('ci', 'junit.xml')], io)).toBe(1);
    const xml = await readFile(join(dir, 'ci', 'junit.xml'), 'utf8');
    expect(xml).toContain('Report: ../out/three-fe-all-down-never.md</failure>');
    expect(await readFile(join(dir, 'out', 'junit.xml'), 'utf8')).toContain('Report: three-fe-all-down-never.md</failure>');
    await stat(join(dir, 'out', 'three-fe-all-down-never.md'));
  });
});
