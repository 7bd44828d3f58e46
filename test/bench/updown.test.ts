import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { upDownSubject } from '../../examples/updown.ts';

describe('up/down', () => {
  it.each([1, 5, 10])('reaches exactly 2^n states and n·2^n transitions (n = %i)', async (n) => {
    const { model, properties } = upDownSubject(n);
    const result = await check(model, properties);
    expect(result.complete).toBe(true);
    expect(result.states).toBe(2 ** n);
    expect(result.transitions).toBe(n * 2 ** n);
    expect(result.properties.map((p) => [p.name, p.status])).toEqual([
      ['all-processes-present', 'holds'],
      ['deadlock', 'holds'],
    ]);
  });

  it('gives the same counts with the fast path off, on, and verified against immer', async () => {
    const { model, properties } = upDownSubject(8);
    for (const fastPath of ['off', 'auto', 'verify'] as const) {
      const result = await check(model, properties, { fastPath });
      expect([result.states, result.transitions]).toEqual([256, 8 * 256]);
    }
  });
});
