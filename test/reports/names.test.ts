import { describe, expect, it } from 'vitest';
import { safeFileStem, uniqueStems } from '../../src/reports/names.ts';

describe('safeFileStem', () => {
  it.each([
    ['four-fe-mirror-witness-never-two-servers', 'four-fe-mirror-witness-never-two-servers'],
    ['../../etc/passwd', 'etc-passwd'],
    ['a/b\\c', 'a-b-c'],
    ['..', 'unnamed'],
    ['.hidden', 'hidden'],
    ['x..y', 'x.y'],
    ['tab\there\u0000nul', 'tab-here-nul'],
    ['<script>alert(1)</script>', 'script-alert-1-script'],
    ['', 'unnamed'],
    ['pool é', 'pool-e'],
  ])('%j becomes %j', (name, stem) => {
    expect(safeFileStem(name)).toBe(stem);
  });

  it('is never longer than 100 characters', () => {
    expect(safeFileStem('x'.repeat(500))).toHaveLength(100);
  });
});

describe('uniqueStems', () => {
  it('numbers repeats, case-insensitively, and never gives a reserved stem', () => {
    expect(uniqueStems(['a', 'A', 'a', 'index'], ['index'])).toEqual(['a', 'A-2', 'a-3', 'index-2']);
  });
});
