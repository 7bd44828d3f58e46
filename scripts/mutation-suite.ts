/** A vitest config for a mutation run: the given test files, sharpest first, with no per-test timeout of its own. */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './sharpest-first.ts';

export function mutationSuite(include: string[]) {
  return defineConfig({
    test: {
      include,
      sequence: { sequencer: SharpestFirst },
      // Stryker's instrumented code runs several times slower; Stryker times out mutants on its own.
      testTimeout: 900_000,
      hookTimeout: 900_000,
    },
  });
}
