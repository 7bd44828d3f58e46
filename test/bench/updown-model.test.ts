import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { upDownModel } from '../../examples/updown.ts';
import type { UpDownState } from '../../examples/updown.ts';

const stateOf = (n: number) => fc.array(fc.boolean(), { minLength: n, maxLength: n }).map((up): UpDownState => ({ up }));

describe('up/down model', () => {
  // n = 33 spans two codec words, so the word boundary is exercised.
  it.each([3, 32, 33])('decodes what it encodes, and update on a decoded copy equals next (n = %i)', (n) => {
    const model = upDownModel(n);
    const codec = model.codec!;
    fc.assert(
      fc.property(stateOf(n), fc.nat(n - 1), (state, action) => {
        const words = new Int32Array(codec.words + 1);
        codec.encode(state, words, 1);
        expect(codec.decode(words, 1)).toEqual(state);
        const copy = codec.decode(words, 1);
        model.update!(copy, action);
        expect(copy).toEqual(model.next(state, action));
      }),
    );
  });

  it.each([3, 33])('decodes into a reused state exactly what decode gives (n = %i)', (n) => {
    const codec = upDownModel(n).codec!;
    fc.assert(
      fc.property(stateOf(n), stateOf(n), (before, state) => {
        const words = new Int32Array(codec.words);
        codec.encode(before, words, 0);
        const reused = codec.decode(words, 0);
        codec.encode(state, words, 0);
        codec.decodeInto!(words, 0, reused);
        expect(reused).toEqual(state);
      }),
    );
  });

  it('toggles one process per action and leaves the state it was given unchanged', () => {
    const model = upDownModel(4);
    const [init] = model.init();
    const next = model.next(init!, 2);
    expect(next.up).toEqual([false, false, true, false]);
    expect(init!.up).toEqual([false, false, false, false]);
    expect(model.actions(next).map(model.label)).toEqual(['Toggle(0)', 'Toggle(1)', 'Toggle(2)', 'Toggle(3)']);
  });

  it('refuses a model without processes', () => {
    expect(() => upDownModel(0)).toThrow(RangeError);
  });
});
