/**
 * The suite a bare `npx stryker run` (stryker.config.json) runs against model/ mutants: the model's own
 * tests (pool, pairing, topology), the rules and fabric wiring built on it, and the trust suite's direct
 * model tests. Kept apart from the full suite so that CLI, report and subprocess tests do not run
 * (slowly, and without covering the model any better) for every mutant.
 */
import { mutationSuite } from './scripts/mutation-suite.ts';

export default mutationSuite([
  'test/model/**/*.test.ts',
  'test/properties/**/*.test.ts',
  'test/fabric/**/*.test.ts',
  'test/pairing/**/*.test.ts',
  'test/topology/**/*.test.ts',
  'test/trust/model-mutants.test.ts',
]);
