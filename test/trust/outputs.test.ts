/**
 * Outputs are safe: names reach reports escaped, the report folder keeps every file inside the folder it
 * names, and a topology file (or a counterexample file) is data that is never executed or merged into
 * prototypes.
 */
import { spawnSync } from 'node:child_process';
import { createServer } from 'node:http';
import { existsSync, lstatSync, mkdirSync, readdirSync, readFileSync, statSync, symlinkSync, writeFileSync } from 'node:fs';
import type { AddressInfo } from 'node:net';
import { join, relative, resolve } from 'node:path';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { poolCheck } from '../../src/fabric/pool.ts';
import { reportFiles } from '../../src/reports/files.ts';
import { buildReports } from '../../src/reports/report.ts';
import { writeReportFiles } from '../../src/reports/write.ts';
import { exitCodes } from '../../src/cli/exit-codes.ts';
import type { Topology } from '../../model/topology/types.ts';
import { crashTrace, runCli, tempDir } from './cli.ts';
import { bundledTopology, root } from './subjects.ts';

let dir: ReturnType<typeof tempDir>;
const twoFe = readFileSync(join(root, 'topologies', 'two-fe.json'), 'utf8');
/** A quick check with a violation, so that every kind of report file is written. */
const quick = ['--property', 'never-two-servers'];

beforeAll(() => {
  dir = tempDir('outputs');
});
afterAll(() => dir.remove());

/** Every file under `path`, relative to it. */
function tree(path: string): string[] {
  return readdirSync(path, { recursive: true, encoding: 'utf8' }).filter((f) => !statSync(join(path, f)).isDirectory()).sort();
}

function fresh(name: string): string {
  const path = join(dir.path, name);
  mkdirSync(path, { recursive: true });
  return path;
}

/** Markdown with code spans and fenced blocks removed: what a renderer would treat as markup. */
function markdownProse(text: string): string {
  // A block closes only on a fence at least as long as the one that opened it (CommonMark).
  return text.replace(/^(`{3,})[^\n]*\n[\s\S]*?^\1$/gm, '').replace(/`[^`\n]*`/g, '');
}

const hostile = {
  script: '<script>alert(1)</script>',
  attribute: '"><svg onload=alert(2)>',
  markdown: '*x* [a](javascript:alert(3)) | `y` _z_',
  code: '</code><img src=x onerror=alert(4)>',
};

/** What no HTML, SVG or XML report may contain raw: markup from a name. */
const rawMarkup = /<script>alert|<svg onload|<img src=x|onerror=alert\(4\)>/;

describe('names are escaped in every report format', () => {
  /** Names no topology file can carry (the schema refuses them), given straight to the renderers. */
  function hostileTopology(): Topology {
    const base = bundledTopology('three-fe-three-hosts.json');
    return {
      ...base,
      pool: {
        ...base.pool,
        name: hostile.markdown,
        frontEnds: [
          { name: hostile.script, host: hostile.attribute },
          { name: hostile.code, host: 'host2' },
          { name: 'fe3', host: hostile.markdown },
        ],
        backend: { principal: hostile.code, mirror: hostile.script },
      },
    };
  }

  it('renders hostile topology, FE, host and SQL names as text in HTML, SVG, Markdown and JUnit', async () => {
    const topology = hostileTopology();
    const fabricCheck = poolCheck(topology)!;
    const result = await check(fabricCheck.subject.model, fabricCheck.subject.properties, {
      maxDepth: 6,
      stopAtFirstViolation: false,
    });
    const reports = buildReports([{ name: hostile.script, topology, checks: [{ check: fabricCheck, result }] }]);
    const files = reportFiles(reports, 'reports');
    expect(files.some((f) => f.name.endsWith('.html') && f.name !== 'index.html'), 'some violation was reported').toBe(true);
    for (const file of files) {
      if (file.name.endsWith('.html') || file.name.endsWith('.xml')) {
        expect(file.content, file.name).not.toMatch(rawMarkup);
        expect(file.content, `${file.name} shows the names, escaped`).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
      if (file.name.endsWith('.md')) {
        const prose = markdownProse(file.content);
        expect(prose, file.name).not.toMatch(/<script|<svg|<img/);
        expect(prose, `${file.name}: a live javascript: link`).not.toMatch(/(?<!\\)\]\(javascript:/);
        expect(prose, `${file.name} shows the names, escaped`).toContain('&lt;script&gt;alert(1)&lt;/script&gt;');
      }
    }
    // The report page runs its own script, and only that one.
    for (const file of files.filter((f) => f.name.endsWith('.html'))) {
      expect(file.content.match(/<script\b/g)?.length ?? 0, file.name).toBeLessThanOrEqual(1);
    }
  });

  it('escapes a topology file name through the CLI (file names may hold < > " \' &)', async () => {
    const cwd = fresh('file-name');
    const file = `<img src=x onerror=alert(4)>'"&.json`;
    writeFileSync(join(cwd, file), twoFe);
    const ran = await runCli(['check', file, ...quick, '--report-dir', 'r', '--junit', 'junit.xml'], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    const written = tree(join(cwd, 'r'));
    expect(written.length).toBeGreaterThan(3);
    for (const name of [...written.map((f) => join('r', f)), 'junit.xml']) {
      const content = readFileSync(join(cwd, name), 'utf8');
      if (/\.(html|xml)$/.test(name)) expect(content, name).not.toMatch(rawMarkup);
      if (name.endsWith('.md')) expect(markdownProse(content), name).not.toMatch(/<img/);
    }
  });

  it('keeps a --report-dir holding a newline and a code fence inside the Markdown replay block', async () => {
    const cwd = fresh('fence');
    writeFileSync(join(cwd, 'two.json'), twoFe);
    const reportDir = 'x\n```\n<script>alert(1)</script>\n';
    const ran = await runCli(['check', 'two.json', ...quick, '--report-dir', reportDir], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    const markdown = tree(cwd).filter((f) => f.endsWith('.md'));
    expect(markdown.length).toBeGreaterThan(0);
    for (const name of markdown) expect(markdownProse(readFileSync(join(cwd, name), 'utf8')), name).not.toMatch(/<script/);
  });
});

describe('printed replay commands survive a shell', () => {
  /** Runs the printed command with `printf` in place of the tool: one line back, the path, and no side effect. */
  function expectShellSafe(command: string, expectedPath: string, cwd: string): void {
    expect(command.startsWith('npx fabric-check replay '), command).toBe(true);
    const args = command.slice('npx fabric-check replay '.length);
    const { stdout, status } = spawnSync('sh', ['-c', `printf '%s\\n' ${args}`], { cwd, encoding: 'utf8' });
    expect(status).toBe(0);
    expect(stdout, `the shell reads ${command} back as one argument`).toBe(`${expectedPath}\n`);
    expect(existsSync(join(cwd, 'pwned')), `${command} ran code`).toBe(false);
  }

  const reportDir = "$(touch pwned) 'quoted' dir";

  async function written(cwd: string): Promise<{ md: string; html: string; stem: string }> {
    writeFileSync(join(cwd, 'two.json'), twoFe);
    const ran = await runCli(['check', 'two.json', ...quick, '--report-dir', reportDir], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    const stem = readdirSync(join(cwd, reportDir)).find((f) => f.endsWith('.json'))!.replace(/\.json$/, '');
    return {
      stem,
      md: readFileSync(join(cwd, reportDir, `${stem}.md`), 'utf8'),
      html: readFileSync(join(cwd, reportDir, `${stem}.html`), 'utf8'),
    };
  }

  it('in Markdown', async () => {
    const cwd = fresh('shell-md');
    const { md, stem } = await written(cwd);
    const command = md.split('\n').find((line) => line.startsWith('npx fabric-check replay '))!;
    expectShellSafe(command, `${reportDir}/${stem}.json`, cwd);
  });

  it('in HTML', async () => {
    const cwd = fresh('shell-html');
    const { html, stem } = await written(cwd);
    const code = /<code>(npx fabric-check replay [^<]*)<\/code>/.exec(html)?.[1];
    expect(code).toBeDefined();
    const command = code!.replace(/&(lt|gt|quot|#39|amp);/g, (_, e: string) => ({ lt: '<', gt: '>', quot: '"', '#39': "'", amp: '&' })[e]!);
    expectShellSafe(command, `${reportDir}/${stem}.json`, cwd);
  });
});

describe('--report-dir writes only inside the folder it names', () => {
  const fileNames = ['..json', '...json', '.hidden.json', '-rf.json', 'index.json', 'README.json', 'junit.json', 'CON.json',
    'x:y.json', '名前.json', ' spaced .json', `${'a'.repeat(240)}.json`, 'two.JSON', 'no-extension'];

  it.each(fileNames)('topology file %j: every file lands directly in the folder, plainly named', async (file) => {
    const cwd = fresh(`names-${fileNames.indexOf(file)}`);
    writeFileSync(join(cwd, file), twoFe);
    // A leading dash would read as an option.
    const argument = file.startsWith('-') ? `./${file}` : file;
    const ran = await runCli(['check', argument, ...quick, '--report-dir', 'out/r'], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    const written = tree(cwd).filter((f) => f !== file);
    expect(written.length).toBeGreaterThan(3);
    for (const name of written) {
      expect(name.startsWith(join('out', 'r') + '/'), name).toBe(true);
      const base = name.slice('out/r/'.length);
      expect(base, 'a plain name, not hidden, no leftovers').toMatch(/^[A-Za-z0-9][A-Za-z0-9._-]*\.(md|html|json|xml)$/);
    }
  });

  it('a relative folder that climbs out of the working directory is where the files go, and only there', async () => {
    const cwd = fresh('climb/work');
    writeFileSync(join(cwd, 'two.json'), twoFe);
    const before = tree(join(dir.path, 'climb'));
    const ran = await runCli(['check', 'two.json', ...quick, '--report-dir', '../sibling/r'], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    const added = tree(join(dir.path, 'climb')).filter((f) => !before.includes(f));
    expect(added.length).toBeGreaterThan(3);
    for (const f of added) expect(f.startsWith('sibling/r/'), f).toBe(true);
  });

  it('replaces links planted under report file names instead of writing through them', async () => {
    const cwd = fresh('links');
    writeFileSync(join(cwd, 'two.json'), twoFe);
    const outside = fresh('links-outside');
    mkdirSync(join(cwd, 'r'));
    for (const name of ['two-never-two-servers.md', 'two-never-two-servers.html', 'two-never-two-servers.json', 'index.html', 'README.md', 'junit.xml']) {
      writeFileSync(join(outside, name), 'precious');
      symlinkSync(join(outside, name), join(cwd, 'r', name));
    }
    const ran = await runCli(['check', 'two.json', ...quick, '--report-dir', 'r'], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.violated);
    for (const name of readdirSync(outside)) expect(readFileSync(join(outside, name), 'utf8'), name).toBe('precious');
    for (const name of readdirSync(join(cwd, 'r'))) expect(lstatSync(join(cwd, 'r', name)).isSymbolicLink(), name).toBe(false);
  });

  it('the report writer refuses file names that would leave the folder, and writes nothing then', async () => {
    const target = join(dir.path, 'writer', 'r');
    for (const name of ['../x.md', '/tmp/x.md', 'a/b.md', 'a/../b.md', '.hidden.md', '..', '.', '']) {
      await expect(writeReportFiles(target, [{ name: 'fine.md', content: 'ok' }, { name, content: 'bad' }]), JSON.stringify(name)).rejects.toThrow();
      expect(existsSync(target), `${JSON.stringify(name)}: nothing written`).toBe(false);
    }
  });

  it.each([
    ['a folder under a file', 'afile/sub'],
    ['a name too long for the file system', 'x'.repeat(300)],
    ['a NUL byte (possible in-process only)', 'a\u0000b'],
  ])('refuses %s before searching: exit 2, nothing on stdout, nothing written', async (_, reportDir) => {
    const cwd = fresh(`unwritable-${reportDir.length}`);
    writeFileSync(join(cwd, 'two.json'), twoFe);
    writeFileSync(join(cwd, 'afile'), 'x');
    const ran = await runCli(['check', 'two.json', ...quick, '--report-dir', reportDir], cwd);
    expect(ran.code, ran.stderr).toBe(exitCodes.usage);
    expect(ran.stdout).toBe('');
    expect(ran.stderr).toContain('--report-dir');
    expect(ran.stderr).not.toMatch(crashTrace);
    expect(tree(cwd)).toEqual(['afile', 'two.json']);
  });
});

describe('topology and counterexample files are data', () => {
  const probes = ['polluted', 'isAdmin', 'shell'];

  function expectPrototypesClean(): void {
    for (const key of probes) {
      expect(Object.hasOwn(Object.prototype, key), key).toBe(false);
      expect(({} as Record<string, unknown>)[key], key).toBeUndefined();
      expect(([] as unknown as Record<string, unknown>)[key], key).toBeUndefined();
    }
    expect(Object.prototype.toString.call([])).toBe('[object Array]');
  }

  it('prototype keys anywhere in a topology file change no prototype', async () => {
    const cwd = fresh('proto');
    const base = JSON.parse(twoFe);
    const texts = [
      JSON.stringify(base).replace(/^{/, '{"__proto__":{"polluted":true},'),
      JSON.stringify(base).replace('"pool":{', '"pool":{"__proto__":{"isAdmin":true},'),
      JSON.stringify(base).replace('{"name":"fe1.contoso.com"', '{"constructor":{"prototype":{"shell":"rm -rf /"}},"name":"fe1.contoso.com"'),
      JSON.stringify({ ...base, settings: JSON.parse('{"__proto__":{"polluted":1},"seedOrder":"topology"}') }),
      JSON.stringify({ ...base, bounds: JSON.parse('{"constructor":{"prototype":{"polluted":1}}}') }),
    ];
    for (const [i, text] of texts.entries()) {
      writeFileSync(join(cwd, `t${i}.json`), text);
      const ran = await runCli(['check', `t${i}.json`, '--max-states', '10'], cwd);
      expect(ran.code, ran.stderr).toBe(exitCodes.usage);
      expectPrototypesClean();
    }
  });

  it('prototype keys in a counterexample file change no prototype', async () => {
    const cwd = fresh('proto-replay');
    writeFileSync(join(cwd, 'two.json'), twoFe);
    await runCli(['check', 'two.json', ...quick, '--report-dir', 'r'], cwd);
    const saved = readdirSync(join(cwd, 'r')).find((f) => f.endsWith('.json'))!;
    const text = readFileSync(join(cwd, 'r', saved), 'utf8');
    const poisoned = [
      text.replace(/^{/, '{"__proto__":{"polluted":true},'),
      text.replace('"trace": {', '"trace": {"__proto__":{"isAdmin":true},'),
      text.replace('"steps": [', '"steps": [{"constructor":{"prototype":{"shell":1}}},'),
    ];
    for (const [i, content] of poisoned.entries()) {
      writeFileSync(join(cwd, `ce${i}.json`), content);
      const ran = await runCli(['replay', `ce${i}.json`], cwd);
      expect(ran.stderr).not.toMatch(crashTrace);
      expectPrototypesClean();
    }
  });

  it('a $schema URL is never fetched', async () => {
    let requests = 0;
    const server = createServer((_, response) => {
      requests++;
      response.end('{}');
    });
    await new Promise<void>((done) => server.listen(0, '127.0.0.1', done));
    try {
      const { port } = server.address() as AddressInfo;
      const cwd = fresh('schema-url');
      writeFileSync(join(cwd, 't.json'), JSON.stringify({ $schema: `http://127.0.0.1:${port}/schema.json`, ...JSON.parse(twoFe) }));
      const ran = await runCli(['check', 't.json', ...quick], cwd);
      expect(ran.code, ran.stderr).toBe(exitCodes.violated);
      expect(requests).toBe(0);
    } finally {
      server.close();
    }
  });

  it('shell and JavaScript in a topology file name run nowhere', async () => {
    const cwd = fresh('code-names');
    const names = ['$(touch pwned).json', '`touch pwned`.json', "'; touch pwned; '.json", '${process.exit(9)}.json'];
    for (const name of names) {
      writeFileSync(join(cwd, name), twoFe);
      const ran = await runCli(['check', name, ...quick, '--report-dir', 'r', '--json'], cwd);
      expect(ran.code, ran.stderr).toBe(exitCodes.violated);
      expect(() => JSON.parse(ran.stdout)).not.toThrow();
    }
    expect(existsSync(join(cwd, 'pwned'))).toBe(false);
    expect(relative(cwd, resolve(cwd, 'r'))).toBe('r');
  });
});
