/**
 * `npm run bench`: fabric-check against SPIN on the same models (2PC with 8 RMs, up/down with 20
 * processes), the immer-versus-fast-path micro-benchmark, and the fabric scale target. Every fabric-check
 * configuration runs in a fresh child process. Prints the tables and writes bench/last-run.json.
 * A benchmark, not a test: it asserts no time, but exits 1 when a state count disagrees.
 */
import { writeFileSync } from 'node:fs';
import { cpus, loadavg, totalmem } from 'node:os';
import { fileURLToPath } from 'node:url';
import { runChild } from './child.ts';
import { benchModels } from './models.ts';
import { report } from './report.ts';
import { ROUNDS, isAvailable, microVariants, workerCounts } from './results.ts';
import { ensureSpin, runSpin } from './spin.ts';
import type { CheckRunInput, CheckRunResult } from './measure-check.ts';
import type { MicroInput, MicroOutcome } from './micro.ts';
import type { ScaleInput, ScaleOutcome } from './scale.ts';
import type { BenchResults, MicroVariant, ModelResults } from './results.ts';

/** Per fabric-check run; a run this slow is far off every target anyway. */
const RUN_LIMIT_MS = 90_000;
/** The scale target is 60 s; stopping at twice that still shows how far off it is. */
const SCALE_BUDGET_MS = 120_000;
/** Startup, loading and reporting on top of a child's own limit. */
const CHILD_GRACE_MS = 30_000;

const log = (line: string): void => void process.stderr.write(`${line}\n`);

async function child<T extends object>(script: string, input: unknown, limitMs: number): Promise<T | { unavailable: string }> {
  const outcome = await runChild<T>(script, input, limitMs + CHILD_GRACE_MS);
  return outcome.ok ? outcome.value : { unavailable: outcome.error };
}

const loadBefore = loadavg()[0]!;
const spin = ensureSpin(log);
if (!isAvailable(spin)) log(`SPIN unavailable: ${spin.unavailable}; its columns will say so.`);

const models: ModelResults[] = [];
for (const model of benchModels) {
  log(`${model.title}: SPIN …`);
  const spinRun = isAvailable(spin) ? runSpin(spin.version, model.promela, model.spinDepth) : spin;
  const rounds: CheckRunResult[][] = [];
  const pairs: CheckRunResult[][] = [];
  const measure = (workers: number) =>
    child<CheckRunResult>('measure-check.ts', { model: model.id, workers, timeLimitMs: RUN_LIMIT_MS } satisfies CheckRunInput, RUN_LIMIT_MS);
  for (let round = 1; round <= ROUNDS; round++) {
    const runs: CheckRunResult[] = [];
    for (const workers of workerCounts) {
      log(`${model.title}: fabric-check, ${workers} worker${workers > 1 ? 's' : ''} (round ${round} of ${ROUNDS}) …`);
      runs.push(await measure(workers));
    }
    rounds.push(runs);
    log(`${model.title}: two 1-thread runs at once (round ${round} of ${ROUNDS}) …`);
    pairs.push(await Promise.all([measure(1), measure(1)]));
  }
  models.push({ model, fabric: rounds[0]!, rounds: rounds.slice(1), pairs, spin: spinRun });
}

const microModel = benchModels[0]!.id;
const micro = {} as Record<MicroVariant, MicroOutcome>;
for (const variant of microVariants) {
  log(`micro-benchmark on ${microModel}: ${variant} …`);
  const input: MicroInput = { model: microModel, variant };
  micro[variant] = await child<MicroOutcome>('micro.ts', input, 60_000);
}

log('fabric scale target: pools of 1 to 12 front ends …');
const scaleInput: ScaleInput = { budgetMs: SCALE_BUDGET_MS };
const scale = await child<ScaleOutcome>('scale.ts', scaleInput, SCALE_BUDGET_MS);

const results: BenchResults = {
  date: new Date().toISOString(),
  machine: {
    cpu: cpus()[0]?.model ?? 'unknown',
    cores: cpus().length,
    memoryBytes: totalmem(),
    node: process.version,
    loadBefore,
    loadAfter: loadavg()[0]!,
  },
  spinVersion: isAvailable(spin) ? spin.version : null,
  models,
  micro: { model: microModel, variants: micro },
  scale,
};
const { text, json, countsAgree } = report(results);
process.stdout.write(text);
const out = fileURLToPath(new URL('last-run.json', import.meta.url));
writeFileSync(out, `${JSON.stringify(json, null, 2)}\n`);
log(`written: ${out}`);
if (!countsAgree) process.exitCode = 1;
