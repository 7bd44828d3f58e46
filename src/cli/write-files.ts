/**
 * Output files are written only once a command has its answer, each atomically (a temporary file in the
 * same folder, then a rename), so a reader never sees half a file and an interrupted run leaves none.
 * Their paths are checked before the search, so that a long run does not end in an unwritable path.
 */
import { randomBytes } from 'node:crypto';
import { constants } from 'node:fs';
import { access, mkdir, rename, rm, stat, writeFile } from 'node:fs/promises';
import { basename, dirname, join, sep } from 'node:path';
import { usageError } from './usage-error.ts';

/** NAME_MAX and PATH_MAX of Linux and macOS file systems. */
const NAME_MAX = 255;
const PATH_MAX = 4096;

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

/** `path` is absolute. Refuses what the file system would refuse later, without creating anything. */
export async function assertWritableTarget(flag: string, path: string, kind: 'file' | 'directory'): Promise<void> {
  if (path.includes('\0')) throw usageError(flag, 'the path contains a NUL byte');
  if (Buffer.byteLength(path) >= PATH_MAX) throw usageError(flag, `the path is longer than ${PATH_MAX - 1} bytes`);
  const longName = path.split(sep).find((name) => Buffer.byteLength(name) > NAME_MAX);
  if (longName !== undefined) throw usageError(flag, `${longName.slice(0, 20)}... is longer than ${NAME_MAX} bytes, too long for a file name`);

  const existing = await stat(path).catch(() => undefined);
  if (existing !== undefined) {
    if (kind === 'directory' && !existing.isDirectory()) throw usageError(flag, `${path} exists and is not a directory`);
    if (kind === 'file' && existing.isDirectory()) throw usageError(flag, `${path} is a directory; name a file`);
  }
  // Files are replaced by a rename in their folder, and a missing folder is created in its nearest parent.
  await assertWritableFolder(flag, kind === 'directory' && existing !== undefined ? path : dirname(path));
}

async function assertWritableFolder(flag: string, folder: string): Promise<void> {
  const existing = await stat(folder).catch(() => undefined);
  if (existing === undefined) {
    if (dirname(folder) === folder) throw usageError(flag, `${folder} does not exist`);
    return assertWritableFolder(flag, dirname(folder));
  }
  if (!existing.isDirectory()) throw usageError(flag, `${folder} is a file, so nothing can be created under it`);
  const writable = await access(folder, constants.W_OK).then(
    () => true,
    () => false,
  );
  if (!writable) throw usageError(flag, `cannot write in ${folder}: permission denied`);
}
