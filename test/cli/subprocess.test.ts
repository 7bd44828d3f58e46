import { spawnSync } from 'node:child_process';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';

const bin = join(import.meta.dirname, '..', '..', 'bin', 'fabric-check.js');
const fixtures = join(import.meta.dirname, 'fixtures');

function fabricCheck(...args: string[]) {
  const { status, stdout, stderr } = spawnSync(process.execPath, [bin, ...args], { cwd: fixtures, encoding: 'utf8', env: { ...process.env, CI: 'true' } });
  return { status, stdout, stderr };
}

describe('bin/fabric-check.js as a real process', () => {
  it('exits 2 on bad input with one line on stderr and no stack trace', () => {
    const missing = fabricCheck('check', 'missing.json');
    expect(missing).toEqual({ status: 2, stdout: '', stderr: 'fabric-check: missing.json: cannot read the file: no such file\n' });
    const bad = fabricCheck('check', 'bad-topology.json', '--json');
    expect(bad.status).toBe(2);
    expect(bad.stdout).toBe('');
    expect(bad.stderr).not.toMatch(/\n\s+at |Error:/);
    expect(bad.stderr.trimEnd().split('\n')).toHaveLength(2);
  });

  it('prints help and exits 0', () => {
    const help = fabricCheck('--help');
    expect(help.status).toBe(0);
    expect(help.stdout).toContain('Usage: fabric-check [options] [command]');
  });

  it('keeps stdout pure JSON with --json, and exits as the verdicts say', () => {
    const { status, stdout } = fabricCheck('check', 'two-fe.json', '--json');
    const document = JSON.parse(stdout);
    const statuses: string[] = document.results.map((result: { status: string }) => result.status);
    expect(statuses.length).toBeGreaterThan(0);
    expect(status).toBe(statuses.includes('violated') ? 1 : statuses.includes('unknown') ? 3 : 0);
  });
});
