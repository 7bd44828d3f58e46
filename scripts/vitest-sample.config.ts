/** The tests `npm run mutate:sample` runs against the voting and quorum mutants (scripts/stryker-sample.config.mjs). */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './sharpest-first.ts';

export default defineConfig({
  test: {
    include: ['test/trust/model-mutants.test.ts', 'test/fabric/quorum-table.test.ts', 'test/model/reducer.test.ts'],
    sequence: { sequencer: SharpestFirst },
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
