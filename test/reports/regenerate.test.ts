import { copyFile, mkdir, mkdtemp, readdir, readFile, rm, writeFile } from 'node:fs/promises';
import { tmpdir } from 'node:os';
import path from 'node:path';
import { afterEach, beforeEach, describe, expect, it } from 'vitest';
import { regenerate, REPO_ROOT } from '../../src/reports/regenerate.ts';

let base: string;
beforeEach(async () => {
  base = await mkdtemp(path.join(tmpdir(), 'fabric-check-regenerate-'));
  await mkdir(path.join(base, 'topologies'));
  await copyFile(path.join(REPO_ROOT, 'topologies', 'two-fe.json'), path.join(base, 'topologies', 'two-fe.json'));
});
afterEach(async () => {
  await rm(base, { recursive: true, force: true });
});

describe('regenerate', () => {
  it('removes reports of an earlier run, keeps other files, and writes the same bytes twice', async () => {
    const out = path.join(base, 'reports');
    await mkdir(out);
    await writeFile(path.join(out, 'two-fe-gone.md'), 'from an earlier run');
    await writeFile(path.join(out, 'notes.txt'), 'not a report');
    const names = await regenerate(out, path.join(base, 'topologies'));
    expect((await readdir(out)).sort()).toEqual([...names, 'notes.txt'].sort());
    expect(names).toContain('index.html');
    expect(names.some((name) => name.startsWith('two-fe-') && name.endsWith('.html'))).toBe(true);

    const first = await Promise.all(names.map((name) => readFile(path.join(out, name), 'utf8')));
    await regenerate(out, path.join(base, 'topologies'));
    expect(await Promise.all(names.map((name) => readFile(path.join(out, name), 'utf8')))).toEqual(first);
  });

  it('names a topology file that does not validate', async () => {
    await writeFile(path.join(base, 'topologies', 'broken.json'), JSON.stringify({ product: 'lync2013' }));
    await expect(regenerate(path.join(base, 'out'), path.join(base, 'topologies'))).rejects.toThrow(/^broken\.json is not a valid topology: /);
  });
});
