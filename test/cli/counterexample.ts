/** A saved counterexample to replay, made the way users make one: `check --report-dir`. */
import { readdir, readFile, writeFile } from 'node:fs/promises';
import { join } from 'node:path';
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';
import { scratchDir } from '../scratch-dir.ts';

export async function savedCounterexample(topology: string): Promise<{ dir: string; file: string; json: Record<string, any> }> {
  const dir = await scratchDir();
  const code = await run(['check', topology, '--report-dir', dir], memoryIo(dir));
  if (code !== 1) throw new Error(`expected a violation, got exit ${code}`);
  const name = (await readdir(dir)).find((file) => file.endsWith('.json'));
  if (name === undefined) throw new Error('no counterexample written');
  const file = join(dir, name);
  return { dir, file, json: JSON.parse(await readFile(file, 'utf8')) };
}

export async function writeJson(dir: string, name: string, value: unknown): Promise<string> {
  const file = join(dir, name);
  await writeFile(file, JSON.stringify(value));
  return file;
}
