/** Reading a JSON file named on the command line; every failure is the user's input, so a UsageError. */
import { readFile } from 'node:fs/promises';
import { resolve } from 'node:path';
import { usageError } from './usage-error.ts';

export async function readJsonFile(file: string, cwd: string): Promise<unknown> {
  let text: string;
  try {
    text = await readFile(resolve(cwd, file), 'utf8');
  } catch (error) {
    throw usageError(file, `cannot read the file: ${readFailure(error)}`);
  }
  try {
    return JSON.parse(text.replace(/^\uFEFF/, ''));
  } catch (error) {
    throw usageError(file, `is not valid JSON: ${(error as Error).message}`);
  }
}

function readFailure(error: unknown): string {
  const code = (error as NodeJS.ErrnoException).code;
  if (code === 'ENOENT') return 'no such file';
  if (code === 'EISDIR') return 'it is a directory';
  if (code === 'EACCES' || code === 'EPERM') return 'permission denied';
  return (error as Error).message;
}
