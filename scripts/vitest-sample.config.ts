/** The tests `npm run mutate:sample` runs against the voting and quorum mutants (scripts/stryker-sample.config.mjs). */
import { mutationSuite } from './mutation-suite.ts';

export default mutationSuite(['test/trust/model-mutants.test.ts', 'test/fabric/quorum-table.test.ts', 'test/model/reducer.test.ts']);
