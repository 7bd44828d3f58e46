/**
 * The suite Stryker runs against model/ mutants: the model's own tests (pool, pairing, topology), the
 * rules and fabric wiring built on it, and the trust suite's direct model tests. Kept apart from the
 * full suite so that CLI, report and subprocess tests do not run (slowly, and without covering the
 * model any better) for every mutant.
 */
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: [
      'test/model/**/*.test.ts',
      'test/properties/**/*.test.ts',
      'test/fabric/**/*.test.ts',
      'test/pairing/**/*.test.ts',
      'test/topology/**/*.test.ts',
      'test/trust/model-mutants.test.ts',
    ],
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
