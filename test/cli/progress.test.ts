import { describe, expect, it } from 'vitest';
import { progressReporter } from '../../src/cli/progress.ts';
import { memoryIo } from './memory-io.ts';

const progress = { states: 123456, transitions: 500000, frontier: 10, depth: 7, elapsedMs: 12_400, rate: 9956.4 };

describe('progress', () => {
  it('prints plain lines every 5 s when stderr is not a terminal', () => {
    const io = memoryIo('.');
    const reporter = progressReporter(io);
    expect(reporter.intervalMs).toBe(5000);
    reporter.start('pool', 12);
    reporter.update(progress);
    reporter.stop();
    expect(io.err()).toBe('fabric-check: pool: depth 7/12, 123,456 states, 9,956 states/s, 12 s elapsed\n');
  });

  it('prints plain lines in CI even on a terminal, and draws a bar on a terminal otherwise', () => {
    const terminal = (env: Record<string, string>) => ({ ...memoryIo('.', { env }), stderr: { write: () => true, isTTY: true } });
    expect(progressReporter(terminal({ CI: 'true' })).intervalMs).toBe(5000);
    expect(progressReporter(terminal({})).intervalMs).toBe(200);
  });
});
