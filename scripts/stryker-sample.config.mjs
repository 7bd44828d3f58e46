// `npm run mutate:sample`: the CI-sized mutation run. It mutates the voting and quorum logic only and runs
// the tests that pin it down (scripts/vitest-sample.config.ts), so it ends in a few minutes.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('../stryker.config.json', import.meta.url), 'utf8'));

export default {
  ...base,
  mutate: ['model/facts.ts', 'model/seeds.ts', 'model/published.ts'],
  vitest: { configFile: 'scripts/vitest-sample.config.ts', related: false },
  reporters: ['clear-text', 'progress'],
  incremental: false,
  dryRunTimeoutMinutes: 5,
};
