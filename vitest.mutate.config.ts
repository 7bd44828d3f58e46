/**
 * The suite Stryker runs against model/ mutants: the model's own tests (pool, pairing, topology), the
 * rules and fabric wiring built on it, and the trust suite's direct model tests. Kept apart from the
 * full suite so that CLI, report and subprocess tests do not run (slowly, and without covering the
 * model any better) for every mutant.
 */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './scripts/sharpest-first.ts';

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
    sequence: { sequencer: SharpestFirst },
    // Stryker's instrumented code runs several times slower; Stryker times out mutants on its own.
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
