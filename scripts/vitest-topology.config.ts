/** The tests the topology part of `npm run mutate` runs against model/topology/ mutants (scripts/mutation-parts.mjs). */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/topology/**/*.test.ts', 'test/pairing/validation.test.ts'],
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
