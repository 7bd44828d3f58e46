// `npm run mutate:sample`: the CI-sized mutation run. It mutates the voting logic only (who votes, whether
// the back end is there, the witness failover, the seed table) and runs the tests that pin it down
// (scripts/vitest-sample.config.ts), so it ends in about two minutes. It fails under a 90% score.
import { baseConfig } from './mutation-parts.mjs';

export default {
  ...baseConfig,
  mutate: ['model/facts.ts:39-87', 'model/seeds.ts', 'model/witness.ts'],
  vitest: { configFile: 'scripts/vitest-sample.config.ts', related: false },
  reporters: ['clear-text', 'progress'],
  incremental: false,
  dryRunTimeoutMinutes: 5,
};
