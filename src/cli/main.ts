/**
 * The process entry point: real streams, real signals, and the exit code left for Node to use.
 * The signal handlers go in before the rest of the CLI loads (which takes a moment), so that SIGINT or
 * SIGTERM at any time asks for a clean stop: a search stops and its command still writes what it found.
 */
import type { Interrupts } from './io.ts';

const controller = new AbortController();
const onSignal = (signal: NodeJS.Signals): void => {
  if (controller.signal.aborted) process.exit(signal === 'SIGINT' ? 130 : 143);
  process.stderr.write(`\nfabric-check: ${signal}: stopping (send it again to quit at once)\n`);
  controller.abort();
};
process.on('SIGINT', onSignal);
process.on('SIGTERM', onSignal);

const interrupts = (): Interrupts => ({
  signal: controller.signal,
  release() {
    process.off('SIGINT', onSignal);
    process.off('SIGTERM', onSignal);
  },
});

// `fabric-check check … | head` closes stdout early: that is the reader's choice, not a crash.
process.stdout.on('error', (error: NodeJS.ErrnoException) => {
  if (error.code !== 'EPIPE') throw error;
  process.exit(process.exitCode ?? 0);
});

const { run } = await import('./run.ts');
process.exitCode = await run(process.argv.slice(2), {
  stdout: process.stdout,
  stderr: process.stderr,
  env: process.env,
  cwd: process.cwd(),
  interrupts,
});
