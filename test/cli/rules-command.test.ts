import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

describe('rules', () => {
  it("gives each rule its verdict and one line of why, from the rule's expectation, with the search's details under it", async () => {
    const io = memoryIo(join(import.meta.dirname, 'fixtures'));
    expect(await run(['rules', 'three-fe.json'], io)).toBe(1);
    const lines = io.out().trimEnd().split('\n');
    expect(lines[0]).toMatch(/^Rule\s+Verdict\s+Expected\s+Why$/);
    // Each rule on one line with its whole why; the details under it, indented in the Why column.
    const at = (start: string) => lines.findIndex((line) => line.startsWith(start));
    const violated = at('all-down-never ');
    expect(lines[violated]).toMatch(/^all-down-never\s+violated\s+holds\s+all-down-never is expected to hold$/);
    const whyColumn = lines[violated]!.indexOf('all-down-never is');
    expect(lines.slice(violated + 1, violated + 4)).toEqual([
      `${' '.repeat(whyColumn)}  NOT AS EXPECTED: the rule expects holds`,
      `${' '.repeat(whyColumn)}  search: a state breaks it after 3 steps`,
      `${' '.repeat(whyColumn)}  shortest counterexample: 3 steps`,
    ]);
    expect(lines[at('count-in-range ')]).toMatch(/^count-in-range\s+holds\s+holds\s+count-in-range is expected to hold$/);
    expect(lines[at('count-in-range ') + 1]).toBe(`${' '.repeat(whyColumn)}  search: holds on all 4 states`);
    expect(lines[at('pairing-only ')]).toMatch(/^pairing-only\s+n\/a\s+-\s+does not apply to this topology$/);
  });
});

describe('rules on a topology with two checks', () => {
  it('names the check of each row, and says "holds within depth D" when the depth bound cut the search', async () => {
    const io = memoryIo(join(import.meta.dirname, 'fixtures'));
    // all-down-never needs 3 steps: within depth 2 everything holds, and that exits 0.
    expect(await run(['rules', 'paired.json', '--max-depth', '2'], io)).toBe(0);
    const lines = io.out().split('\n');
    expect(lines[0]).toMatch(/^Rule\s+Check\s+Verdict\s+Expected\s+Why$/);
    expect(lines.filter((line) => line.startsWith('deadlock '))).toEqual([
      expect.stringMatching(/^deadlock\s+pool\s+holds within depth 2\s+-\s+every expanded state has an enabled action within depth 2$/),
      expect.stringMatching(/^deadlock\s+pairing\s+holds within depth 2\s+-\s+/),
    ]);
  });
});
