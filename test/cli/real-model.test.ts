/** The CLI on the real fabric model: the wiring between the parts, end to end. */
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { writeJson } from './counterexample.ts';
import { memoryIo } from './memory-io.ts';
import { scratchDir } from '../scratch-dir.ts';

const fixtures = join(import.meta.dirname, 'fixtures');

describe('the CLI on the real model', () => {
  it('finds that one host crash takes two FEs of a shared host, and replays the counterexample', async () => {
    const io = memoryIo(fixtures);
    expect(await run(['check', 'shared-host.json', '--property', 'single-host-failure', '--json'], io)).toBe(1);
    const [result] = JSON.parse(io.out()).results;
    expect([result.property, result.status, result.expected]).toEqual(['single-host-failure', 'violated', 'violated']);
    expect(result.counterexample.steps.some((step: { label: string }) => step.label.includes('blade1'))).toBe(true);

    const dir = await scratchDir();
    const replayIo = memoryIo(dir);
    expect(await run(['replay', await writeJson(dir, 'ce.json', result.counterexample)], replayIo)).toBe(1);
    expect(replayIo.out()).toContain('Still violates single-host-failure.');
  });

  it('cut at depth 2, the 4-step violation of the even pool is "holds within depth 2", not a contradiction; exit 0', async () => {
    const io = memoryIo(join(import.meta.dirname, '..', '..', 'topologies'));
    expect(await run(['check', 'four-fe-mirror-witness.json', '--max-depth', '2', '--property', 'even-pool-sql-witness'], io)).toBe(0);
    expect(io.out()).toMatch(/even-pool-sql-witness\s+│ holds within depth 2\s+│ violated\s+│ -/);
    expect(io.out()).toContain('The rule expects a violation the depth bound may cut off: even-pool-sql-witness (raise --max-depth).');
    expect(io.out()).not.toContain('Not the verdict the rule expects');
  });

  it('exits 0 when the selected rule holds', async () => {
    const io = memoryIo(fixtures);
    expect(await run(['check', 'three-fe.json', '--property', 'single-fe-failure', '--max-faults', '1'], io)).toBe(0);
    expect(io.out()).toMatch(/single-fe-failure\s+│ holds\s+│ holds\s+│ yes/);
  });
});
