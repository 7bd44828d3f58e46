// Stryker's configuration for one part of `npm run mutate` (scripts/mutate.mjs), named by MUTATE_PART.
import { baseConfig, parts, reportFile } from './mutation-parts.mjs';

const part = parts.find((candidate) => candidate.name === process.env.MUTATE_PART);
if (part === undefined) {
  throw new Error(`MUTATE_PART must be one of ${parts.map((p) => p.name).join(', ')}`);
}

// MUTATE_RETEST: a retest of the last report's survivors (scripts/mutation-retest.mjs), written beside it.
const retest = process.env.MUTATE_RETEST === '1';

export default {
  ...baseConfig,
  mutate: part.mutate,
  vitest: { configFile: part.tests, related: false },
  reporters: ['clear-text', 'progress', 'json'],
  jsonReporter: { fileName: reportFile(part.name, retest) },
  // A rerun after a fix retests only the mutants whose code or tests changed.
  incremental: !retest,
  incrementalFile: `reports-tmp/mutation/${part.name}-incremental.json`,
  // A retest's partial score means nothing alone; the folded report is judged.
  ...(retest && { thresholds: { ...baseConfig.thresholds, break: null } }),
};
