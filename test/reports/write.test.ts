import { mkdtemp, readdir, readFile, rm } from 'node:fs/promises';
import { existsSync } from 'node:fs';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { parseCounterexample } from '../../src/reports/counterexample-file.ts';
import { writeReportFiles, writeReports } from '../../src/reports/write.ts';
import { HOSTILE, PLAIN, storyRun } from './fixtures.ts';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'fabric-check-write-'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('writeReports', () => {
  it('writes a Markdown, HTML and JSON report per violation, the index pages and JUnit, and nothing else', async () => {
    const dir = path.join(base, 'nested', 'reports');
    const written = await writeReports(dir, [storyRun(PLAIN)], { replayDir: 'out' });
    expect((await readdir(dir)).sort()).toEqual([
      'README.md',
      'four-fe-two-hosts-sql-vote-follows-failover.html',
      'four-fe-two-hosts-sql-vote-follows-failover.json',
      'four-fe-two-hosts-sql-vote-follows-failover.md',
      'four-fe-two-hosts-survive-host-failure.html',
      'four-fe-two-hosts-survive-host-failure.json',
      'four-fe-two-hosts-survive-host-failure.md',
      'index.html',
      'junit.xml',
    ]);
    expect(written.files).toHaveLength(9);
    expect(written.reports).toHaveLength(4);
    const md = await readFile(path.join(dir, 'four-fe-two-hosts-survive-host-failure.md'), 'utf8');
    expect(md).toContain('npx fabric-check replay out/four-fe-two-hosts-survive-host-failure.json');
  });

  it('writes JSON that the replay parser reads back', async () => {
    await writeReports(base, [storyRun(PLAIN)]);
    const json = JSON.parse(await readFile(path.join(base, 'four-fe-two-hosts-survive-host-failure.json'), 'utf8'));
    expect(parseCounterexample(json).trace.labels).toEqual(['fail over SQL to sql2', 'crash host host1', 'wait 5 min']);
  });

  it('keeps hostile topology names inside the folder', async () => {
    const dir = path.join(base, 'r');
    await writeReports(dir, [storyRun(HOSTILE, '../../escape/<script>')]);
    expect(await readdir(base)).toEqual(['r']);
    expect(await readdir(dir)).toContain('escape-script-survive-host-failure.html');
  });

  it('does not create the folder when there is nothing to write', async () => {
    const dir = path.join(base, 'empty');
    expect(await writeReports(dir, [])).toEqual({ reports: [], files: [] });
    expect(existsSync(dir)).toBe(false);
  });

  it('leaves no temporary files behind, and replaces an existing report whole', async () => {
    await writeReportFiles(base, [{ name: 'a.md', content: 'old' }]);
    await writeReportFiles(base, [{ name: 'a.md', content: 'new' }]);
    expect(await readdir(base)).toEqual(['a.md']);
    expect(await readFile(path.join(base, 'a.md'), 'utf8')).toBe('new');
  });

  it.each(['../a.md', 'sub/a.md', '.hidden', '..', ''])('refuses the file name %j before writing anything', async (name) => {
    const dir = path.join(base, 'x');
    await expect(writeReportFiles(dir, [{ name: 'ok.md', content: '' }, { name, content: '' }])).rejects.toThrow(/not a plain file name/);
    expect(existsSync(dir)).toBe(false);
  });
});
