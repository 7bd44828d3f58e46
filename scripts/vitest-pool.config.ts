/**
 * The tests the pool part of `npm run mutate` runs against the pool model's mutants (scripts/mutation-parts.mjs):
 * the trust suite's direct tests (published tables, timers, replicas, the codec and fast path on every reachable
 * state of small pools), the reducer's, the whole small-pool searches pinned in explored.test.ts (about a
 * second), and the cold-start rule's. The searches over whole fabrics (test/fabric, test/properties, the choices
 * and codec-symmetry files) stay out: under Stryker each surviving mutant would run them for minutes. A subset
 * can only kill fewer mutants than the whole suite, so its score is a floor.
 */
import { mutationSuite } from './mutation-suite.ts';

export default mutationSuite([
  'test/trust/model-mutants.test.ts',
  'test/trust/canonical-form.test.ts',
  'test/model/reducer.test.ts',
  'test/model/settings.test.ts',
  'test/model/view.test.ts',
  'test/model/explored.test.ts',
  'test/properties/cold-start-mutant.test.ts',
]);
