import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import type { CliIo } from '../../src/cli/io.ts';
import { memoryIo } from './memory-io.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

const fixtures = join(import.meta.dirname, 'fixtures');

/** An io whose interrupt hook records each request and release, with a signal that already fired or not. */
function recordingIo(aborted: boolean) {
  const controller = new AbortController();
  if (aborted) controller.abort();
  const calls: string[] = [];
  const io: CliIo = {
    ...memoryIo(fixtures),
    interrupts: () => {
      calls.push('asked');
      return { signal: controller.signal, release: () => calls.push('released') };
    },
  };
  return { io: io as CliIo & ReturnType<typeof memoryIo>, calls };
}

describe('signals', () => {
  it('holds the signals for the whole search of check and gives them back after', async () => {
    const { io, calls } = recordingIo(false);
    expect(await run(['check', 'three-fe.json', '-p', 'count-in-range'], io)).toBe(0);
    expect(calls).toEqual(['asked', 'released']);
  });

  it('holds the signals for the whole of simulate and gives them back after', async () => {
    const { io, calls } = recordingIo(false);
    expect(await run(['simulate', 'three-fe.json', '--runs', '5', '--seed', '1', '-p', 'count-in-range'], io)).toBe(0);
    expect(calls).toEqual(['asked', 'released']);
  });

  it('stops simulate at once when a signal came during start-up: the seed and the stop printed, exit 3', async () => {
    const { io, calls } = recordingIo(true);
    expect(await run(['simulate', 'three-fe.json', '--seed', '1', '-p', 'count-in-range'], io)).toBe(3);
    expect(io.out()).toBe('seed 1\npool: interrupted after 0 runs of 1000: no violation so far\n');
    expect(calls).toEqual(['asked', 'released']);
  });

  it('gives the signals back before any command that cannot stop cleanly', async () => {
    const { io, calls } = recordingIo(false);
    expect(await run(['replay', 'missing.json'], io)).toBe(2);
    expect(calls).toEqual(['asked', 'released']);
  });

  it('does not start such a command at all when a signal came during start-up: exit 3', async () => {
    const { io } = recordingIo(true);
    expect(await run(['replay', 'missing.json'], io)).toBe(3);
    expect(io.out()).toBe('');
    expect(io.err()).toBe('');
  });

  it('stops a search at once when a signal came during start-up, and still prints the verdicts: exit 3', async () => {
    const { io } = recordingIo(true);
    expect(await run(['check', 'three-fe.json', '--json'], io)).toBe(3);
    const statuses = JSON.parse(io.out()).results.map((r: { status: string }) => r.status);
    expect(new Set(statuses)).toEqual(new Set(['unknown']));
  });
});
