import { execFileSync } from 'node:child_process';
import { describe, expect, it } from 'vitest';
import { shellQuote } from '../../src/reports/shell-quote.ts';

describe('shellQuote', () => {
  it('leaves plain arguments alone and quotes the rest so that a shell reads them back unchanged', () => {
    expect(shellQuote('topologies/four-fe.json')).toBe('topologies/four-fe.json');
    for (const argument of ["it's here.json", 'a b', '$HOME', '`x`', 'a;b'])
      expect(execFileSync('sh', ['-c', `printf %s ${shellQuote(argument)}`], { encoding: 'utf8' })).toBe(argument);
  });
});
