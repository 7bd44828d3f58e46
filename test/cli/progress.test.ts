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

  it('gives the depth alone when the check has no depth bound', () => {
    const io = memoryIo('.');
    const reporter = progressReporter(io);
    reporter.start('pool', Infinity);
    reporter.update(progress);
    expect(io.err()).toBe('fabric-check: pool: depth 7, 123,456 states, 9,956 states/s, 12 s elapsed\n');
  });

  it.each([undefined, Infinity])('never prints "Infinity" or "undefined" for a depth bound of %s, in lines or in the bar', (bound) => {
    const io = memoryIo('.');
    const lines = progressReporter(io);
    lines.start('pool', bound);
    lines.update(progress);
    expect(io.err()).toBe('fabric-check: pool: depth 7, 123,456 states, 9,956 states/s, 12 s elapsed\n');
    let drawn = '';
    const terminal = { ...memoryIo('.'), stderr: { write: (text: string) => ((drawn += text), true), isTTY: true } };
    const bar = progressReporter(terminal);
    expect(bar.intervalMs).toBe(200);
    bar.start('pool', bound);
    bar.update(progress);
    bar.stop();
    expect(drawn).toContain('pool depth 7 | 123,456 states | 9,956 states/s | 12 s');
    expect(drawn).not.toMatch(/Infinity|undefined|NaN/);
  });

  it('draws depth D/N in the bar when the check has a depth bound', () => {
    let drawn = '';
    const terminal = { ...memoryIo('.'), stderr: { write: (text: string) => ((drawn += text), true), isTTY: true } };
    const bar = progressReporter(terminal);
    bar.start('pool', 12);
    bar.update(progress);
    bar.stop();
    expect(drawn).toMatch(/pool \[[^\]]+\] depth 7\/12 \| 123,456 states/);
  });

  it('prints plain lines in CI even on a terminal, and draws a bar on a terminal otherwise', () => {
    const terminal = (env: Record<string, string>) => ({ ...memoryIo('.', { env }), stderr: { write: () => true, isTTY: true } });
    expect(progressReporter(terminal({ CI: 'true' })).intervalMs).toBe(5000);
    expect(progressReporter(terminal({ CI: '1' })).intervalMs).toBe(5000);
    expect(progressReporter(terminal({})).intervalMs).toBe(200);
  });

  it.each(['false', 'FALSE', '0', '', ' '])('counts CI=%j as not CI: a bar on a terminal', (value) => {
    const io = { ...memoryIo('.', { env: { CI: value } }), stderr: { write: () => true, isTTY: true } };
    expect(progressReporter(io).intervalMs).toBe(200);
  });
});
