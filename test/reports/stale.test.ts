/** The committed reports/ must be what `npm run reports` writes today; otherwise they describe an old model. */
import { readdir, readFile } from 'node:fs/promises';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { regenerate, REPO_ROOT, REPORTS_DIR_NAME } from '../../src/reports/regenerate.ts';
import { scratchDir } from '../scratch-dir.ts';

async function contents(dir: string, names: readonly string[]): Promise<Map<string, string>> {
  return new Map(await Promise.all(names.map(async (name) => [name, await readFile(path.join(dir, name), 'utf8').catch(() => '(missing)')] as const)));
}

describe('reports/', () => {
  it('is up to date with the model and the bundled topologies', async () => {
    const fresh = await scratchDir('fabric-check-reports-');
    const names = await regenerate(fresh, path.join(REPO_ROOT, 'topologies'));
    const committedDir = path.join(REPO_ROOT, REPORTS_DIR_NAME);
    const committedNames = (await readdir(committedDir).catch(() => [] as string[])).filter((n) => /\.(md|html|json|xml)$/.test(n));
    const all = [...new Set([...names, ...committedNames])].sort();
    const expected = await contents(fresh, all);
    const committed = await contents(committedDir, all);
    const stale = all.filter((name) => expected.get(name) !== committed.get(name));
    expect(stale, `reports/ is stale (${stale.join(', ')}): run npm run reports`).toEqual([]);
  }, 900_000);
});
