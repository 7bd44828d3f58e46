import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { assertWritableTarget, writeFileAtomic } from '../../src/cli/write-files.ts';
import { scratchDir } from '../scratch-dir.ts';

describe('writing output files', () => {
  it('replaces a file atomically and leaves no temporary file behind', async () => {
    const dir = await scratchDir();
    const file = join(dir, 'deep', 'junit.xml');
    await writeFileAtomic(file, 'one');
    await writeFileAtomic(file, 'two');
    expect(await readFile(file, 'utf8')).toBe('two');
    expect(await readdir(join(dir, 'deep'))).toEqual(['junit.xml']);
  });

  it('refuses targets of the wrong kind as usage errors', async () => {
    const dir = await scratchDir();
    await writeFile(join(dir, 'file'), '');
    await expect(assertWritableTarget('--report-dir', join(dir, 'file'), 'directory')).rejects.toThrow('exists and is not a directory');
    await expect(assertWritableTarget('--junit', dir, 'file')).rejects.toThrow('is a directory; name a file');
    await expect(assertWritableTarget('--junit', join(dir, 'new', 'deeper', 'junit.xml'), 'file')).resolves.toBeUndefined();
  });

  it('refuses, before anything is created, paths the file system would refuse later', async () => {
    const dir = await scratchDir();
    await writeFile(join(dir, 'afile'), '');
    await expect(assertWritableTarget('--report-dir', join(dir, 'afile', 'sub'), 'directory')).rejects.toThrow(
      `${join(dir, 'afile')} is a file, so nothing can be created under it`,
    );
    await expect(assertWritableTarget('--junit', join(dir, 'x'.repeat(256), 'j.xml'), 'file')).rejects.toThrow('longer than 255 bytes');
    await expect(assertWritableTarget('--junit', join(dir, 'a\u0000b'), 'file')).rejects.toThrow('NUL byte');
    expect(await readdir(dir)).toEqual(['afile']);
  });
});
