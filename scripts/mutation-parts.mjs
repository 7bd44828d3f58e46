import { readFileSync } from 'node:fs';

/** stryker.config.json: what every mutation run starts from. */
export const baseConfig = JSON.parse(readFileSync(new URL('../stryker.config.json', import.meta.url), 'utf8'));

/** Stryker's verdicts a mutant's tests did not detect; the score is the other valid ones over all. */
export const undetected = new Set(['Survived', 'NoCoverage']);

/** Where a part's JSON report goes, or a retest of its survivors (scripts/mutation-retest.mjs). */
export const reportFile = (part, retest = false) => `reports-tmp/mutation/${part}${retest ? '-retest' : ''}.json`;

// The parts `npm run mutate` splits model/ into. Each part mutates one layer and runs the tests that exercise
// it, so Stryker's instrumented dry run and every mutant's run skip suites that cannot reach that layer's code.
// Together the parts mutate every file of model/ exactly once.
export const parts = [
  { name: 'topology', mutate: ['model/topology/**/*.ts'], tests: 'scripts/vitest-topology.config.ts' },
  { name: 'pairing', mutate: ['model/pairing/**/*.ts'], tests: 'scripts/vitest-pairing.config.ts' },
  { name: 'pool', mutate: ['model/*.ts'], tests: 'scripts/vitest-pool.config.ts' },
];
