/**
 * The tests the pool part of `npm run mutate` runs against the pool model's mutants (scripts/mutation-parts.mjs):
 * the model's own tests, the trust suite's direct ones (published tables, timers, replicas, codec and fast path
 * on every reachable state), and the rules' counterexamples and verdict matrix. The slow whole-fabric sweeps
 * (test/fabric, test/properties/expectations.test.ts, test/model/codec-symmetry.test.ts) stay out: they cover the
 * same code for a minute per surviving mutant. A subset can only kill fewer mutants, so its score is a floor.
 */
import { defineConfig } from 'vitest/config';
import { SharpestFirst } from './sharpest-first.ts';

export default defineConfig({
  test: {
    include: [
      'test/trust/model-mutants.test.ts',
      'test/model/reducer.test.ts',
      'test/model/choices.test.ts',
      'test/model/settings.test.ts',
      'test/model/view.test.ts',
      'test/properties/cold-start-mutant.test.ts',
      'test/properties/counterexamples.test.ts',
      'test/properties/verdicts.test.ts',
    ],
    sequence: { sequencer: SharpestFirst },
    testTimeout: 900_000,
    hookTimeout: 900_000,
  },
});
