/** Turns one run's results into the printed tables, the targets and the JSON record. */
import { count, drawTable, mib, perSecond, ratio, seconds } from './format.ts';
import { isAvailable, microVariants, workerCounts } from './results.ts';
import { checkRun, fabricName, spinRun, targets } from './targets.ts';
import type { BenchResults, ModelResults } from './results.ts';

const DASH = '—';

function throughput(models: readonly ModelResults[], notes: string[]): string {
  const rows: string[][] = [];
  const unavailable = (model: string, checker: string, why: string): void => {
    notes.push(`${model}, ${checker}: not available (${why})`);
    rows.push([model, checker, 'not available', ...Array<string>(8).fill(DASH)]);
  };
  for (const { model, fabric, spin } of models) {
    fabric.forEach((outcome, i) => {
      const workers = workerCounts[i]!;
      if (!isAvailable(outcome)) return unavailable(model.title, fabricName(workers), outcome.unavailable);
      if (workers > 1 && outcome.extraThreads === 0) notes.push(`${model.title}, ${fabricName(workers)}: no worker threads were seen`);
      if (!outcome.complete) notes.push(`${model.title}, ${fabricName(workers)}: INCOMPLETE (${outcome.stopReason})`);
      if (outcome.notHolding.length > 0) notes.push(`${model.title}, ${fabricName(workers)}: ${outcome.notHolding.join(', ')}`);
      rows.push([
        model.title,
        fabricName(workers),
        count(outcome.states),
        count(outcome.transitions),
        DASH,
        seconds(outcome.ms),
        seconds(outcome.cpuMs),
        perSecond(outcome.states, outcome.ms),
        perSecond(outcome.transitions, outcome.ms),
        mib(outcome.peakRssBytes),
        outcome.retained ? outcome.retained.bytesPerState.toFixed(1) : DASH,
      ]);
    });
    if (!isAvailable(spin)) {
      unavailable(model.title, 'SPIN', spin.unavailable);
      continue;
    }
    const s = spin;
    if (s.errors > 0 || s.depthTooSmall) notes.push(`${model.title}, SPIN: ${s.errors} error(s)${s.depthTooSmall ? ', depth bound hit' : ''}`);
    rows.push([
      model.title,
      s.version.replace('Spin Version', 'SPIN'),
      count(s.states),
      count(s.transitions),
      seconds(s.compileMs),
      seconds(s.searchMs),
      seconds(s.searchCpuMs),
      perSecond(s.states, s.searchMs),
      perSecond(s.transitions, s.searchMs),
      mib(s.memoryBytes),
      s.bytesPerState.toFixed(1),
    ]);
  }
  const columns = [
    { title: 'model' },
    { title: 'checker' },
    { title: 'states', figure: true },
    { title: 'transitions', figure: true },
    { title: 'compile', figure: true },
    { title: 'search', figure: true },
    { title: 'CPU', figure: true },
    { title: 'states/s', figure: true },
    { title: 'trans/s', figure: true },
    { title: 'peak mem', figure: true },
    { title: 'B/state', figure: true },
  ];
  return drawTable('Throughput (search: wall time, without process start or, for SPIN, spin -a + gcc; rates per wall second)', columns, rows);
}

/** Every available count equals the expected one; SPIN counts one transition more (its initial state). */
function counts(models: readonly ModelResults[]): { text: string; agree: boolean } {
  let agree = true;
  const rows = models.map(({ model, fabric, spin }) => {
    const figures = fabric.map((o) => checkRun(o)?.states);
    const s = spinRun(spin);
    const states = [...figures, s?.states].filter((n): n is number => n !== undefined);
    const edges = [...fabric.map((o) => checkRun(o)?.transitions), s && s.transitions - 1].filter((n): n is number => n !== undefined);
    const mismatch = states.some((n) => n !== model.expectedStates) || edges.some((n) => n !== edges[0]);
    agree &&= !mismatch;
    return [
      model.title,
      ...figures.map((n) => (n === undefined ? DASH : count(n))),
      s === undefined ? DASH : count(s.states),
      count(model.expectedStates),
      model.expectedSource,
      mismatch ? '✗✗ MISMATCH ✗✗' : states.length === 0 ? 'nothing to compare' : 'match',
    ];
  });
  const columns = [
    { title: 'model' },
    ...workerCounts.map((w) => ({ title: fabricName(w), figure: true })),
    { title: 'SPIN', figure: true },
    { title: 'expected', figure: true },
    { title: 'from' },
    { title: 'states and transitions' },
  ];
  return { text: drawTable('Reachable states', columns, rows), agree };
}

function microLine(results: BenchResults): string {
  const v = results.micro.variants;
  const ns = microVariants.map((variant) => {
    const outcome = v[variant];
    return isAvailable(outcome) ? outcome.nsPerTransition : undefined;
  });
  const [produce, produceEncode, fast] = ns;
  if (produce === undefined || produceEncode === undefined || fast === undefined) {
    const why = microVariants.map((variant) => v[variant]).find((o) => !isAvailable(o));
    return `Micro-benchmark (${results.micro.model}): not available (${why && !isAvailable(why) ? why.unavailable : ''})\n`;
  }
  return (
    `Micro-benchmark (${results.micro.model}, CPU time per transition): immer produce ${produce.toFixed(0)} ns, ` +
    `produce + encode ${produceEncode.toFixed(0)} ns, fast path (decode + update + encode) ${fast.toFixed(0)} ns: ` +
    `the fast path is ${ratio(produceEncode / fast)} faster\n`
  );
}

function scaleTable(results: BenchResults): string {
  const scale = results.scale;
  if (!isAvailable(scale)) return `Fabric scale target: not available (${scale.unavailable})\n`;
  const rows = scale.sizes.map((s) => [
    String(s.frontEnds),
    String(s.checks),
    count(s.states),
    count(s.transitions),
    seconds(s.ms),
    `${s.properties - s.violated - s.unknown} / ${s.violated} / ${s.unknown}`,
    s.complete ? 'yes' : 'NO',
  ]);
  rows.push(['all', DASH, DASH, DASH, seconds(scale.ms), DASH, scale.cutShort ? 'CUT SHORT' : DASH]);
  const columns = [
    { title: 'FEs', figure: true },
    { title: 'checks', figure: true },
    { title: 'states', figure: true },
    { title: 'transitions', figure: true },
    { title: 'time', figure: true },
    { title: 'holds / violated / unknown' },
    { title: 'complete' },
  ];
  return drawTable(`Fabric scale target (1 thread; peak RSS ${mib(scale.peakRssBytes)})`, columns, rows);
}

export function report(results: BenchResults): { text: string; json: unknown; countsAgree: boolean } {
  const m = results.machine;
  const notes: string[] = [];
  const table = throughput(results.models, notes);
  const countTable = counts(results.models);
  const goals = targets(results);
  const [loadBefore, loadAfter] = [m.loadBefore.toFixed(1), m.loadAfter.toFixed(1)];
  const busy =
    m.loadBefore >= 1
      ? `  ! the machine was already busy (load ${loadBefore}): wall times are inflated; compare CPU times\n`
      : '';
  const text = [
    `\nfabric-check benchmark, ${results.date}: ${m.cpu}, ${m.cores} cores, ${mib(m.memoryBytes)}, Node ${m.node}, ` +
      `${results.spinVersion ?? 'no SPIN'}; load average ${loadBefore} before, ${loadAfter} after\n`,
    busy,
    table,
    ...notes.map((n) => `  ! ${n}\n`),
    '  CPU: user + system time of the whole process, all threads (V8 compiles and collects garbage on helper threads).\n' +
      '  fabric-check: peak RSS of its process (all threads); B/state = heap + typed arrays retained at the end of the search, after a GC, per state.\n' +
      "  SPIN: pan's own total memory; B/state = its state storage + hash table per stored state. SPIN's transitions count its initial state too.\n\n",
    countTable.text,
    countTable.agree ? '' : '  !!! STATE COUNTS DISAGREE: a checker or a model is wrong !!!\n',
    drawTable(
      'Targets',
      [{ title: 'target' }, { title: 'goal' }, { title: 'measured', figure: true }, { title: 'status' }],
      goals.map((g) => [g.target, g.goal, g.measured, g.status]),
    ),
    microLine(results),
    '\n',
    scaleTable(results),
  ].join('');
  return { text, json: { ...results, targets: goals, countsAgree: countTable.agree, notes }, countsAgree: countTable.agree };
}
