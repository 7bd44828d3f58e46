import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { savedCounterexample, writeJson } from './counterexample.ts';
import { memoryIo } from './memory-io.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

const topology = join(import.meta.dirname, 'fixtures', 'three-fe.json');

describe('replay', () => {
  it('shows each step with its clock and key facts, and exits 1 while the model still violates the property', async () => {
    const { file, dir } = await savedCounterexample(topology);
    const io = memoryIo(dir);
    expect(await run(['replay', file], io)).toBe(1);
    const lines = io.out().split('\n');
    expect(lines.filter((line) => /^\s+\d+\. \[/.test(line)).map((line) => line.trim())).toEqual([
      '0. [     0 min] initial state',
      '1. [     5 min] an FE fails',
      '2. [    10 min] an FE fails',
      '3. [    15 min] an FE fails',
    ]);
    expect(io.out()).toContain('pool-a.contoso.com: serving users, 3 of 3 votes (need 2): functional, back end available');
    expect(io.out()).toContain('FEs: fe1 DOWN (voter), fe2 DOWN (voter), fe3 DOWN (voter)');
    expect(io.out()).toContain('timers: quorum-loss-shutdown in 5 min');
    expect(io.out()).toContain('note: every front end is down');
    expect(lines.at(-2)).toBe('Still violates all-down-never.');
  });

  it('exits 0 and says so when the model no longer violates the property along the trace', async () => {
    const { dir, json } = await savedCounterexample(topology);
    const file = await writeJson(dir, 'other.json', { ...json, property: 'count-in-range' });
    const io = memoryIo(dir);
    expect(await run(['replay', file], io)).toBe(0);
    expect(io.out()).toContain('The model no longer violates count-in-range along this trace.');
  });

  it("exits 2 with the engine's message when the trace no longer replays", async () => {
    const { dir, json } = await savedCounterexample(topology);
    const file = await writeJson(dir, 'drifted.json', { ...json, trace: { ...json.trace, actions: [0, 0, 5] } });
    const io = memoryIo(dir);
    expect(await run(['replay', file], io)).toBe(2);
    expect(io.err()).toBe(
      'fabric-check: trace: no longer replays: step 3: the model offers 2 actions, the trace asks for #5 (label an FE fails)\n',
    );
    expect(io.out()).toBe('');
  });

  it('reads the counterexample inside check --json output', async () => {
    const io = memoryIo(import.meta.dirname);
    await run(['check', topology, '--json'], io);
    const { dir } = await savedCounterexample(topology);
    const file = await writeJson(dir, 'from-json.json', JSON.parse(io.out()).results[0].counterexample);
    expect(await run(['replay', file], memoryIo(dir))).toBe(1);
  });

  it('names the field at fault in a file that is not a counterexample', async () => {
    const { dir, json } = await savedCounterexample(topology);
    const cases: [unknown, string][] = [
      [{}, 'fabric-check: format: expected one of "fabric-check/counterexample@1", got nothing\n'],
      [{ ...json, check: 'pairing' }, 'fabric-check: check: no check "pairing" for this topology and property; there is pool\n'],
      [{ ...json, property: 'nope' }, expect.stringContaining('fabric-check: --property: unknown property "nope"')],
    ];
    for (const [value, message] of cases) {
      const io = memoryIo(dir);
      expect(await run(['replay', await writeJson(dir, 'bad.json', value)], io)).toBe(2);
      expect(io.err()).toEqual(message);
    }
  });

  it('validates the topology inside the file like a topology file, with the full path', async () => {
    const { dir, json } = await savedCounterexample(topology);
    const file = await writeJson(dir, 'bad-topology.json', { ...json, topology: { ...json.topology, product: 'lync2010' } });
    const io = memoryIo(dir);
    expect(await run(['replay', file], io)).toBe(2);
    expect(io.err()).toBe('fabric-check: topology.product: must be one of "lync2013", "sfb2015", "sfb2019" (got "lync2010")\n');
  });
});
