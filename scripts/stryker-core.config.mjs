// `npm run mutate:core`: the pool model's behaviour (events, reducer, settling, time, choices, the facts the
// rules read, the published tables) against the model, rule and trust tests that pin it down.
import { readFileSync } from 'node:fs';

const base = JSON.parse(readFileSync(new URL('../stryker.config.json', import.meta.url), 'utf8'));

export default {
  ...base,
  mutate: [
    'model/actions.ts',
    'model/update.ts',
    'model/settle.ts',
    'model/time.ts',
    'model/witness.ts',
    'model/choices.ts',
    'model/init.ts',
    'model/facts.ts',
    'model/seeds.ts',
    'model/published.ts',
  ],
  vitest: { configFile: 'scripts/vitest-core.config.ts', related: false },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: 'reports-tmp/mutation/core.json' },
  // Runs add up: a later run with more files (or after a fix) retests only what changed.
  incremental: true,
  incrementalFile: 'reports-tmp/mutation/core-incremental.json',
};
