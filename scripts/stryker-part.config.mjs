// Stryker's configuration for one part of `npm run mutate` (scripts/mutate.mjs), named by MUTATE_PART.
import { baseConfig, parts } from './mutation-parts.mjs';

const part = parts.find((candidate) => candidate.name === process.env.MUTATE_PART);
if (part === undefined) {
  throw new Error(`MUTATE_PART must be one of ${parts.map((p) => p.name).join(', ')}`);
}

export default {
  ...baseConfig,
  mutate: part.mutate,
  vitest: { configFile: part.tests, related: false },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: `reports-tmp/mutation/${part.name}.json` },
  // A rerun after a fix retests only the mutants whose code or tests changed.
  incrementalFile: `reports-tmp/mutation/${part.name}-incremental.json`,
};
