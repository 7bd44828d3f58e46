/** The tests `npm run mutate:core` runs against the pool model's mutants (scripts/stryker-core.config.mjs). */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './sharpest-first.ts';

export default defineConfig({
  test: {
    include: ['test/trust/model-mutants.test.ts', 'test/model/**/*.test.ts', 'test/properties/**/*.test.ts', 'test/fabric/checks.test.ts'],
    sequence: { sequencer: SharpestFirst },
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
