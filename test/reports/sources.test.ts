import { existsSync, readFileSync } from 'node:fs';
import { readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { writeReportDir } from '../../src/cli/report-output.ts';
import { buildReports } from '../../src/reports/report.ts';
import { REPO_ROOT } from '../../src/reports/regenerate.ts';
import { citations, SPEC_FILE } from '../../src/reports/sources.ts';
import { PLAIN, storyRun } from './fixtures.ts';
import { scratchDir } from '../scratch-dir.ts';

describe('citations', () => {
  it('spells out DOMAIN.md and each seed the source names, once each, in order', () => {
    expect(citations('DOMAIN.md §2; seed 004 "Even Number of Servers"; seed 000; seed 004 again').map((c) => c.key)).toEqual([
      'DOMAIN.md',
      'seed 004',
      'seed 000',
    ]);
    expect(citations('seed 000 ("run get-csbackupservicestatus on both pools")')[0]?.text).toMatch(/^"Understanding how the Backup Service Works"/);
    expect(citations('Microsoft, "Failing over a pool"')).toEqual([]);
    expect(citations('seed 123')[0]?.text).toBe('a source article the project does not list');
  });

  it('ships the spec it cites in the repository, under docs/', () => {
    expect(SPEC_FILE).toBe(path.join(REPO_ROOT, 'docs', 'DOMAIN.md'));
    expect(readFileSync(SPEC_FILE, 'utf8')).toMatch(/^# The domain: /);
    expect(existsSync(path.join(REPO_ROOT, 'reports', '../docs/DOMAIN.md'))).toBe(true);
  });

  it('links the spec from a --report-dir anywhere, relative to it', async () => {
    const dir = await scratchDir('fabric-check-sources-');
    await writeReportDir(dir, 'out', buildReports([storyRun(PLAIN)]));
    const md = await readFile(path.join(dir, 'four-fe-two-hosts-survive-host-failure.md'), 'utf8');
    const href = /- DOMAIN\.md: \[[^\]]*\]\(([^)]+)\)/.exec(md)?.[1];
    expect(href).toBeDefined();
    expect(path.resolve(dir, decodeURIComponent(href!))).toBe(SPEC_FILE);
  });
});
