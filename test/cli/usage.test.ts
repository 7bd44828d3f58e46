import { describe, expect, it, vi } from 'vitest';
import packageJson from '../../package.json' with { type: 'json' };
import { run } from '../../src/cli/run.ts';
import { memoryIo } from './memory-io.ts';

vi.mock('../../src/fabric/checks.ts', async () => ({ fabricChecks: (await import('./fake-fabric.ts')).fakeFabricChecks }));
vi.mock('../../properties/index.ts', async () => ({ ruleNames: (await import('./fake-fabric.ts')).fakeRuleNames }));

describe('usage', () => {
  it.each(['check', 'simulate', 'replay', 'quorum-table', 'rules'])('%s --help prints usage and examples on stdout, exit 0', async (command) => {
    const io = memoryIo(import.meta.dirname);
    expect(await run([command, '--help'], io)).toBe(0);
    expect(io.out()).toContain(`Usage: fabric-check ${command}`);
    expect(io.out()).toContain('Examples:');
    expect(io.out()).toContain(`$ fabric-check ${command}`);
    expect(io.err()).toBe('');
  });

  it('lists the commands with --help', async () => {
    const io = memoryIo(import.meta.dirname);
    expect(await run(['--help'], io)).toBe(0);
    for (const command of ['check', 'simulate', 'replay', 'quorum-table', 'rules']) expect(io.out()).toContain(`  ${command} `);
  });

  it('prints the version', async () => {
    const io = memoryIo(import.meta.dirname);
    expect(await run(['--version'], io)).toBe(0);
    expect(io.out()).toBe(`${packageJson.version}\n`);
  });

  it.each([
    [['frobnicate'], "fabric-check: unknown command 'frobnicate'\n(add --help for usage)\n"],
    [['check'], "fabric-check: missing required argument 'topology'\n(add --help for usage)\n"],
    [['check', 'a.json', 'b.json'], "fabric-check: too many arguments for 'check'. Expected 1 argument but got 2.\n(add --help for usage)\n"],
    [['--frobnicate'], "fabric-check: unknown option '--frobnicate'\n(add --help for usage)\n"],
  ])('refuses %j with one message on stderr and exit 2', async (argv, message) => {
    const io = memoryIo(import.meta.dirname);
    expect(await run(argv, io)).toBe(2);
    expect(io.err()).toBe(message);
    expect(io.out()).toBe('');
  });

  it('shows the help on stderr and exits 2 when no command is given', async () => {
    const io = memoryIo(import.meta.dirname);
    expect(await run([], io)).toBe(2);
    expect(io.err()).toContain('Usage: fabric-check [options] [command]');
    expect(io.out()).toBe('');
  });
});
