/** The tests the topology part of `npm run mutate` runs against model/topology/ mutants (scripts/mutation-parts.mjs). */
import { mutationSuite } from './mutation-suite.ts';

export default mutationSuite(['test/topology/**/*.test.ts', 'test/pairing/validation.test.ts']);
