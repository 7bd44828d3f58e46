import { join } from 'node:path';
import { describe, expect, it, vi } from 'vitest';
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

describe('rules', () => {
  it("gives each rule its verdict and one line of why, from the rule's expectation and the search", async () => {
    const io = memoryIo(join(import.meta.dirname, 'fixtures'));
    expect(await run(['rules', 'three-fe.json'], io)).toBe(1);
    // Rows wrap only in the Why column, so the table read as words is each row in order.
    const words = io.out().replace(/[║│╟╢─┼╔╗╚╝═╤╧]/g, ' ').replace(/\s+/g, ' ');
    expect(words).toContain(
      'all-down-never violated holds Not as expected: the rule expects holds. all-down-never is expected to hold. Search: a state breaks it after 3 steps. Shortest counterexample: 3 steps.',
    );
    expect(words).toContain('count-in-range holds holds count-in-range is expected to hold. Search: holds on all 4 states.');
    expect(words).toContain('pairing-only n/a - does not apply to this topology');
  });
});
