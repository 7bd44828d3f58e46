/** The targets of issue 2, judged against one run's results. */
import { percent, ratio, seconds } from './format.ts';
import { isAvailable } from './results.ts';
import type { CheckRun, CheckRunResult } from './measure-check.ts';
import type { BenchResults } from './results.ts';
import type { SpinOutcome, SpinRun } from './spin.ts';

/** fabric-check single-threaded within this factor of SPIN's search. */
const TIME_RATIO_GOAL = 3;
const BYTES_PER_STATE_GOAL = 48;
const SPEEDUP_GOAL = 1.7;
const SCALE_GOAL_MS = 60_000;

export interface Target {
  readonly target: string;
  readonly goal: string;
  readonly measured: string;
  /** `reference`: a figure to read a target by, not a target. */
  readonly status: 'met' | 'MISSED' | 'n/a' | 'reference';
}

export const fabricName = (workers: number): string => `fabric-check ×${workers}`;
export const checkRun = (outcome: CheckRunResult | undefined): CheckRun | undefined =>
  outcome !== undefined && isAvailable(outcome) ? outcome : undefined;
export const spinRun = (outcome: SpinOutcome): SpinRun | undefined => (isAvailable(outcome) ? outcome : undefined);
const judge = (ok: boolean): Target['status'] => (ok ? 'met' : 'MISSED');

export function targets(results: BenchResults): Target[] {
  const out: Target[] = [];
  for (const { model, fabric, rounds, pairs, spin } of results.models) {
    const [one, two] = [checkRun(fabric[0]), checkRun(fabric[1])];
    const s = spinRun(spin);
    // Judged on CPU time, which other work on the machine barely moves; wall time is shown beside it.
    const cpuRatio = one && s ? one.cpuMs / s.searchCpuMs : undefined;
    const wallRatio = one && s ? one.ms / s.searchMs : undefined;
    out.push({
      target: `${model.title}: 1 thread vs SPIN's search`,
      goal: `≤ ${TIME_RATIO_GOAL}x CPU time`,
      measured: cpuRatio === undefined || wallRatio === undefined ? 'not available' : `${ratio(cpuRatio)} (wall ${ratio(wallRatio)})`,
      status: cpuRatio === undefined ? 'n/a' : judge(cpuRatio <= TIME_RATIO_GOAL),
    });
    const bytes = one?.retained?.bytesPerState;
    out.push({
      target: `${model.title}: bytes per stored state beyond the frontier`,
      goal: `≤ ${BYTES_PER_STATE_GOAL}`,
      measured: bytes === undefined ? 'not available' : bytes.toFixed(1),
      status: bytes === undefined ? 'n/a' : judge(bytes <= BYTES_PER_STATE_GOAL),
    });
    const everyRound = [fabric, ...rounds];
    const speedups = speedupsByRound(everyRound);
    const speedup = median(speedups);
    out.push({
      target: `${model.title}: 2 workers vs 1`,
      goal: `≥ ${SPEEDUP_GOAL}x faster (wall, median of rounds)`,
      measured: speedup === undefined ? 'not available' : `${ratio(speedup)} (rounds: ${speedups.map(ratio).join(', ')})`,
      status: speedup === undefined ? 'n/a' : judge(speedup >= SPEEDUP_GOAL),
    });
    const efficiencies = efficienciesByRound(everyRound, pairs);
    const efficiency = median(efficiencies);
    out.push({
      target: `${model.title}: 2 workers vs 2 processes of 1 thread at once`,
      goal: 'search per second per busy core (median of rounds)',
      measured: efficiency === undefined ? 'not available' : `${percent(efficiency)} (rounds: ${efficiencies.map(percent).join(', ')})`,
      status: 'reference',
    });
  }
  const scale = results.scale;
  out.push({
    target: 'fabric: whole suite, pools of 1–12 FEs, ≤ 2 faults',
    goal: `< ${SCALE_GOAL_MS / 1000} s`,
    measured: isAvailable(scale) ? `${seconds(scale.ms)}${scale.cutShort ? ' (cut short by the budget)' : ''}` : 'not available',
    status: isAvailable(scale) ? judge(!scale.cutShort && scale.ms < SCALE_GOAL_MS) : 'n/a',
  });
  return out;
}

/** Per round where both ran: one thread's wall time over 2 workers'. */
function speedupsByRound(rounds: readonly (readonly CheckRunResult[])[]): number[] {
  return rounds.flatMap((runs) => {
    const [one, two] = [checkRun(runs[0]), checkRun(runs[1])];
    return one && two ? [one.ms / two.ms] : [];
  });
}

/**
 * Per round where both ran: two processes that share nothing, each searching alone, against 2 workers
 * searching once, both with two cores busy. One thread alone runs faster than either of two busy
 * cores here, so this says what the team's sharing costs apart from what the machine's second core gives.
 */
function efficienciesByRound(rounds: readonly (readonly CheckRunResult[])[], pairs: readonly (readonly CheckRunResult[])[]): number[] {
  return rounds.flatMap((runs, r) => {
    const two = checkRun(runs[1]);
    const [a, b] = (pairs[r] ?? []).map(checkRun);
    return two && a && b ? [(a.ms + b.ms) / 2 / (2 * two.ms)] : [];
  });
}

function median(xs: readonly number[]): number | undefined {
  if (xs.length === 0) return undefined;
  const sorted = [...xs].sort((a, b) => a - b);
  const mid = sorted.length >> 1;
  return sorted.length % 2 === 1 ? sorted[mid]! : (sorted[mid - 1]! + sorted[mid]!) / 2;
}
