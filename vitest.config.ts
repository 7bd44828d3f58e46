import { availableParallelism } from 'node:os';
import { defineConfig } from 'vitest/config';

export default defineConfig({
  test: {
    include: ['test/**/*.test.ts'],
    // vitest runs cores − 1 files at once: one at a time on CI's two cores. Its main thread idles while the
    // files run, so every core gets a file (measured on two cores: 3.0 min against 6.4).
    maxWorkers: availableParallelism(),
    testTimeout: 60_000,
    hookTimeout: 60_000,
  },
});
