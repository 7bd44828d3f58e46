import { InvalidArgumentError } from 'commander';
import { describe, expect, it } from 'vitest';
import { collectNames, positiveSeconds, replayPath, seed, wholeNumber } from '../../src/cli/flags.ts';

describe('flag parsers', () => {
  it('accepts whole numbers in range only', () => {
    const depth = wholeNumber(1, 60);
    expect(depth('1')).toBe(1);
    expect(depth(' 60 ')).toBe(60);
    for (const bad of ['0', '61', '1.5', '-1', 'abc', '', '1e2', '0x10'])
      expect(() => depth(bad), bad).toThrow(new InvalidArgumentError('It must be a whole number from 1 to 60.'));
    expect(() => wholeNumber(1)('0')).toThrow('It must be a whole number of at least 1.');
    expect(wholeNumber(1)('123456789')).toBe(123456789);
  });

  it('accepts positive seconds, fractions included', () => {
    expect(positiveSeconds('0.5')).toBe(0.5);
    expect(positiveSeconds('300')).toBe(300);
    for (const bad of ['0', '-1', 'soon', '1s']) expect(() => positiveSeconds(bad), bad).toThrow('above 0');
  });

  it('accepts 32-bit seeds, negative ones included', () => {
    expect(seed('-42')).toBe(-42);
    expect(seed('4294967295')).toBe(4294967295);
    expect(() => seed('4294967296')).toThrow('32-bit seed');
    expect(() => seed('1.5')).toThrow('32-bit seed');
  });

  it('accepts fast-check paths only', () => {
    expect(replayPath('3:0:12')).toBe('3:0:12');
    expect(() => replayPath('3::0')).toThrow('colon-separated');
  });

  it('collects repeated and comma-separated names', () => {
    expect(collectNames('c', collectNames('a, b,'))).toEqual(['a', 'b', 'c']);
  });
});
