import { readdir, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { parseTopology } from '../../model/topology/validate.ts';
import { memoryIo } from '../cli/memory-io.ts';
import { pairedJson } from './topologies.ts';
import { scratchDir } from '../scratch-dir.ts';

/** pool-a alone, still naming where the CMS is. */
function cmsWithoutPair(): Record<string, unknown> {
  const { pairedPool: _pair, backupService: _service, ...single } = pairedJson('paired-lync2013');
  return single;
}

const message = 'the CMS location only matters between paired pools; add a pairedPool or remove cms';

describe('cms without a pairedPool', () => {
  it('is a problem at cms, whatever pool it names', () => {
    expect(parseTopology(cmsWithoutPair())).toEqual({ ok: false, problems: [{ path: 'cms', message }] });
    expect(parseTopology({ ...cmsWithoutPair(), cms: 'pool-z' })).toEqual({ ok: false, problems: [{ path: 'cms', message }] });
    const { cms: _cms, ...plain } = cmsWithoutPair();
    expect(parseTopology(plain).ok).toBe(true);
  });

  it('makes the CLI exit 2 with the field path and write nothing', async () => {
    const dir = await scratchDir('fabric-check-cms-');
    await writeFile(join(dir, 'single.json'), JSON.stringify(cmsWithoutPair()));
    const io = memoryIo(dir);
    expect(await run(['check', 'single.json', '--report-dir', 'out'], io)).toBe(2);
    expect(io.err()).toContain(`cms: ${message}`);
    expect(io.out()).toBe('');
    expect(await readdir(dir)).toEqual(['single.json']);
  });
});
