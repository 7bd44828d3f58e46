/**
 * The tests the pairing part of `npm run mutate` runs against model/pairing/ mutants (scripts/mutation-parts.mjs):
 * the pairing suite without its slowest files (the verdict variants, the slow-sync table, the fast path's
 * exhaustive comparison), which would make every surviving mutant cost minutes. A subset can only kill fewer
 * mutants than the whole suite, so the score it gives is a floor.
 */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './sharpest-first.ts';

export default defineConfig({
  test: {
    include: [
      'test/pairing/backup-service.test.ts',
      'test/pairing/failover.test.ts',
      'test/pairing/rules.test.ts',
      'test/pairing/wiring.test.ts',
      'test/pairing/validation.test.ts',
      'test/pairing/paired-pool.test.ts',
      'test/pairing/verdicts-lync2013.test.ts',
    ],
    sequence: { sequencer: SharpestFirst },
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
