import { describe, expect, it } from 'vitest';
import { joinPath, pointerSegments, shown } from '../../model/topology/field-path.ts';

describe('field paths in problem messages', () => {
  it('reads JSON pointers, unescaping ~1 and ~0, with only all-digit segments as indices', () => {
    expect(pointerSegments('')).toEqual([]);
    expect(pointerSegments('/a~1b/c~0d')).toEqual(['a/b', 'c~d']);
    expect(pointerSegments('/x1/1x/12')).toEqual(['x1', '1x', 12]);
  });

  it('writes fields with dots, indices in brackets, and other keys JSON-quoted', () => {
    expect(joinPath([])).toBe('topology');
    expect(joinPath(['pool', 'frontEnds', 2, 'host'])).toBe('pool.frontEnds[2].host');
    expect(joinPath([0, '$schema'])).toBe('[0].$schema');
    expect(joinPath(['pool', 'a b', '1a', 'a-b'])).toBe('pool["a b"]["1a"]["a-b"]');
  });

  it('shows scalars as JSON, names lists and objects, and cuts what is longer than 40 characters', () => {
    expect(shown([])).toBe('[]');
    expect(shown([1])).toBe('a list');
    expect(shown({})).toBe('an object');
    expect(shown(null)).toBe('null');
    expect(shown(7)).toBe('7');
    expect(shown('a'.repeat(38))).toBe(`"${'a'.repeat(38)}"`);
    expect(shown('a'.repeat(39))).toBe(`"${'a'.repeat(36)}...`);
  });
});
