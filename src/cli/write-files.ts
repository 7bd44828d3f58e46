/**
 * Output files are written only once a command has its answer, each atomically (a temporary file in the
 * same folder, then a rename), so a reader never sees half a report and an interrupted run leaves none.
 */
import { randomBytes } from 'node:crypto';
import { mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join } from 'node:path';
import { usageError } from './usage-error.ts';

export async function writeFileAtomic(path: string, content: string): Promise<void> {
  await mkdir(dirname(path), { recursive: true });
  const temporary = join(dirname(path), `.${basename(path)}.${process.pid}.${randomBytes(4).toString('hex')}.tmp`);
  try {
    await writeFile(temporary, content, 'utf8');
    await rename(temporary, path);
  } catch (error) {
    await rm(temporary, { force: true });
    throw error;
  }
}

/** Checked before a search starts, so that a long run does not end in an unwritable path. */
export async function assertWritableTarget(flag: string, path: string, kind: 'file' | 'directory'): Promise<void> {
  const existing = await stat(path).catch(() => undefined);
  if (existing === undefined) return;
  if (kind === 'directory' && !existing.isDirectory()) throw usageError(flag, `${path} exists and is not a directory`);
  if (kind === 'file' && existing.isDirectory()) throw usageError(flag, `${path} is a directory; name a file`);
}
