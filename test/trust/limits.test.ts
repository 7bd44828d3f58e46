/**
 * A search cut short by --max-states, --time-limit or an interrupt stops cleanly: open verdicts are
 * `unknown`, violations found so far are kept with reports that replay, and the state cap bounds what the
 * engine stores. No assertion here is about time: the limits are chosen far from what the search needs.
 */
import { copyFileSync, existsSync, readdirSync, readFileSync, writeFileSync } from 'node:fs';
import { join } from 'node:path';
import fc from 'fast-check';
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { exitCodes } from '../../src/cli/exit-codes.ts';
import { crashTrace, runCli, startBin, tempDir, type Ran } from './cli.ts';
import { exampleCases, root, topologyCases } from './subjects.ts';

let dir: ReturnType<typeof tempDir>;
beforeAll(() => {
  dir = tempDir('limits');
  copyFileSync(join(root, 'topologies', 'six-fe-shared-hosts.json'), join(dir.path, 'six.json'));
  // Twelve FEs on four hosts with three faults and a deep bound: a search of many minutes.
  const twelve = JSON.parse(readFileSync(join(root, 'topologies', 'twelve-fe-four-hosts.json'), 'utf8'));
  writeFileSync(join(dir.path, 'big.json'), JSON.stringify({ ...twelve, bounds: { maxFaults: 3, maxDepth: 30 } }));
});
afterAll(() => dir.remove());

interface JsonResult {
  readonly property: string;
  readonly status: 'holds' | 'violated' | 'unknown';
  readonly states: number;
  readonly counterexample: { readonly property: string } | null;
}

/**
 * What every cut-short run must show. The exit code follows the CLI's documented precedence
 * (src/cli/result-rows.ts): a violation found before the cut is a fact (1); with none, 3.
 */
async function expectStoppedCleanly(ran: Ran, reportDir: string): Promise<JsonResult[]> {
  const context = `stderr:\n${ran.stderr.slice(0, 3000)}`;
  expect(ran.stderr, context).not.toMatch(crashTrace);
  const document = JSON.parse(ran.stdout) as { complete: boolean; results: JsonResult[] };
  expect(document.complete, context).toBe(false);
  const statuses = document.results.map((r) => r.status);
  expect(statuses, context).toContain('unknown');
  expect(ran.code, context).toBe(statuses.includes('violated') ? exitCodes.violated : exitCodes.incomplete);

  const written = readdirSync(join(dir.path, reportDir));
  expect(written).toEqual(expect.arrayContaining(['index.html', 'README.md', 'junit.xml']));
  expect(existsSync(join(dir.path, `${reportDir}-junit.xml`))).toBe(true);
  for (const result of document.results) {
    if (result.status !== 'violated') {
      expect(result.counterexample, result.property).toBeNull();
      continue;
    }
    expect(result.counterexample, `${result.property} keeps its counterexample`).not.toBeNull();
    const json = written.find((name) => name.endsWith(`-${result.property}.json`));
    expect(json, `${result.property} has a counterexample file in ${written.join(', ')}`).toBeDefined();
    expect(written).toContain(json!.replace(/\.json$/, '.md'));
    expect(written).toContain(json!.replace(/\.json$/, '.html'));
    const replayed = await runCli(['replay', join(reportDir, json!)], dir.path);
    expect(replayed.code, `${json} replays to its violation: ${replayed.stderr}`).toBe(exitCodes.violated);
  }
  return document.results;
}

const outputs = (name: string) => ['--json', '--report-dir', name, '--junit', `${name}-junit.xml`];

describe('--max-states', () => {
  it('stops at the cap with open verdicts unknown, violations found so far kept and reported', async () => {
    const ran = await runCli(['check', 'six.json', '--max-states', '1000', ...outputs('capped')], dir.path);
    const results = await expectStoppedCleanly(ran, 'capped');
    expect(results.map((r) => r.status)).toContain('violated');
    for (const r of results) expect(r.states).toBeLessThanOrEqual(1000);
  });

  it('exits 3 when the cap stops the search before any verdict', async () => {
    const ran = await runCli(['check', 'six.json', '--max-states', '1', ...outputs('tiny')], dir.path);
    const results = await expectStoppedCleanly(ran, 'tiny');
    expect(new Set(results.map((r) => r.status))).toEqual(new Set(['unknown']));
    expect(ran.code).toBe(exitCodes.incomplete);
  });
});

describe('--time-limit', () => {
  it('stops a search of minutes after the limit, with the same guarantees', async () => {
    const ran = await runCli(['check', 'big.json', '--time-limit', '0.5', ...outputs('timed')], dir.path);
    await expectStoppedCleanly(ran, 'timed');
  });
});

describe('an interrupt', () => {
  it('in-process (the io interrupt hook, fired mid-search) stops with the same guarantees', async () => {
    const controller = new AbortController();
    let timer: NodeJS.Timeout | undefined;
    const ran = await runCli(['check', 'big.json', ...outputs('interrupted')], dir.path, {
      interrupts: () => {
        timer = setTimeout(() => controller.abort(), 300);
        return { signal: controller.signal, release: () => clearTimeout(timer) };
      },
    });
    expect(controller.signal.aborted, 'the search outlived the interrupt').toBe(true);
    await expectStoppedCleanly(ran, 'interrupted');
  });

  it('SIGINT to the real binary stops it cleanly: JSON, reports and JUnit written, exit per the verdicts', async () => {
    const started = startBin(['check', 'big.json', ...outputs('sigint')], dir.path);
    // The first progress line says the search runs: a fixed wait can end before a loaded machine has even
    // started the CLI, and a signal that early ends the process before it has anything to save.
    while (!/ states, /.test(started.stderr()) && started.child.exitCode === null) await new Promise((resolve) => setTimeout(resolve, 100));
    expect(started.child.exitCode, `the search ended before the interrupt: ${started.stderr()}`).toBeNull();
    started.child.kill('SIGINT');
    const ran = await started.done;
    expect(ran.signal).toBeNull();
    expect(ran.stderr).toContain('SIGINT');
    await expectStoppedCleanly(ran, 'sigint');
  });
});

describe('memory is bounded by the state cap', () => {
  const cases = [...topologyCases('six-fe-shared-hosts.json'), ...exampleCases().filter((c) => c.name.startsWith('two-phase'))];

  it.each(cases.map((c) => [c.name, c]))('%s: the engine never holds more than maxStates states', async (_, c) => {
    const full = await check(c.model, c.properties, { maxDepth: c.maxDepth, stopAtFirstViolation: false });
    await fc.assert(
      fc.asyncProperty(fc.integer({ min: 1, max: Math.min(full.states + 50, 5000) }), fc.boolean(), async (maxStates, symmetry) => {
        let most = 0;
        const result = await check(c.model, c.properties, {
          maxDepth: c.maxDepth,
          stopAtFirstViolation: false,
          symmetry,
          maxStates,
          progressIntervalMs: 0,
          onProgress: (p) => (most = Math.max(most, p.states)),
        });
        expect(result.states).toBeLessThanOrEqual(maxStates);
        expect(most).toBeLessThanOrEqual(maxStates);
        if (symmetry && maxStates >= full.states) expect(result.stopReason).not.toBe('max-states');
        if (result.stopReason === 'max-states') expect(result.complete).toBe(false);
      }),
      { numRuns: 25 },
    );
  });

  it('two workers keep to the cap as well', async () => {
    for (const c of cases) {
      const full = await check(c.model, c.properties, { maxDepth: c.maxDepth, stopAtFirstViolation: false });
      for (const maxStates of [1, 37, 500]) {
        const result = await check(c.model, c.properties, { maxDepth: c.maxDepth, stopAtFirstViolation: false, maxStates, workers: 2, source: c.source });
        expect(result.states, c.name).toBeLessThanOrEqual(maxStates);
        if (maxStates < full.states) expect(result.complete, `${c.name} capped at ${maxStates}`).toBe(false);
      }
    }
  });
});
