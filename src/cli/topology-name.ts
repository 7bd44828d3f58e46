import { basename, extname } from 'node:path';

/** How reports name a topology: its file name without the extension. */
export function topologyName(file: string): string {
  return basename(file, extname(file));
}
