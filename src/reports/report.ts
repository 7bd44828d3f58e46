/**
 * One report per property result: everything the renderers need, built once from the check's results,
 * so that Markdown, HTML, JSON, JUnit and the index agree.
 */
import type { CheckResult, PropertyKind, PropertyResult, Verdict } from '../engine/types.ts';
import type { FabricCheck } from '../fabric/types.ts';
import type { Expectation } from '../../properties/rule.ts';
import type { Topology } from '../../model/topology/types.ts';
import { COUNTEREXAMPLE_FORMAT } from './counterexample-file.ts';
import type { CounterexampleFile } from './counterexample-file.ts';
import { safeFileStem, uniqueStems } from './names.ts';
import { traceSteps } from './steps.ts';

/**
 * The checks of one topology pair each their own state and action types, so a list of them can only be
 * typed loosely; every use below goes through `traceSteps`, which is generic again.
 */
export type AnyFabricCheck = FabricCheck<any, any>;

export interface CheckRun {
  readonly check: AnyFabricCheck;
  readonly result: CheckResult<unknown>;
}

/** What a report needs of a check's run: its verdicts, and whether the search saw every state. */
export interface ReportedRun {
  readonly check: AnyFabricCheck;
  readonly result: Pick<CheckResult<unknown>, 'properties' | 'exhaustive'>;
}

export interface TopologyRun {
  /** How reports name the topology: its file name without `.json`. */
  readonly name: string;
  readonly topology: Topology;
  readonly checks: readonly ReportedRun[];
}

export interface PropertyReport {
  readonly topologyName: string;
  readonly topology: Topology;
  readonly check: string;
  readonly property: string;
  readonly kind: PropertyKind | 'deadlock';
  readonly description: string;
  readonly source: string;
  readonly verdict: Verdict;
  /** The search reached every reachable state; when it did not, a `holds` holds only within `maxDepth`. */
  readonly exhaustive: boolean;
  readonly maxDepth: number;
  /** What the rule says users should expect for this topology (absent for the engine's deadlock check). */
  readonly expected?: Expectation;
  readonly reason?: string;
  /** The file stem of the violation's reports (`<topology>-<property>`); absent unless violated. */
  readonly stem?: string;
  /** The replayable path to the violation; absent unless violated with a trace. */
  readonly counterexample?: CounterexampleFile;
}

/** Files every report folder has besides the per-violation ones: a violation's stem must not take them. */
const RESERVED_STEMS = ['index', 'README', 'junit'];

const DEADLOCK = {
  description: 'Every reachable state has an enabled action: the model never gets stuck.',
  source: 'fabric-check engine (a state with no enabled action is reported as a deadlock)',
};

export function buildReports(runs: readonly TopologyRun[]): PropertyReport[] {
  const reports = runs.flatMap((run) => run.checks.flatMap((checkRun) => checkRun.result.properties.map((result) => reportOf(run, checkRun, result))));
  const violations = reports.filter((r) => r.verdict === 'violated');
  const stems = uniqueStems(violations.map((r) => wantedStem(r, runs)), RESERVED_STEMS);
  const stemOf = new Map(violations.map((r, i) => [r, stems[i]]));
  return reports.map((r) => (stemOf.has(r) ? { ...r, stem: stemOf.get(r) } : r));
}

/** `<topology>-<property>`, with the check's id in between when two checks of the topology share the name. */
function wantedStem(report: PropertyReport, runs: readonly TopologyRun[]): string {
  const run = runs.find((r) => r.name === report.topologyName);
  const checksWithName = run?.checks.filter((c) => c.result.properties.some((p) => p.name === report.property)).length ?? 1;
  const parts = checksWithName > 1 ? [report.topologyName, report.check, report.property] : [report.topologyName, report.property];
  return safeFileStem(parts.join('-'));
}

function unknownRule(description: string | undefined): { description: string; source: string } {
  return { description: description ?? '(no description)', source: 'not a design rule of this check' };
}

function reportOf(run: TopologyRun, { check, result: search }: ReportedRun, result: PropertyResult<unknown>): PropertyReport {
  const position = check.subject.properties.findIndex((p) => p.name === result.name);
  const rule = check.rules[position];
  const about = rule ?? (result.kind === 'deadlock' ? DEADLOCK : unknownRule(check.subject.properties[position]?.description));
  const base: PropertyReport = {
    topologyName: run.name,
    topology: run.topology,
    check: check.id,
    property: result.name,
    kind: result.kind,
    description: about.description,
    source: about.source,
    verdict: result.status,
    exhaustive: search.exhaustive,
    maxDepth: check.maxDepth,
    ...(rule === undefined ? {} : { expected: rule.expected(run.topology) }),
    ...(result.reason === undefined ? {} : { reason: result.reason }),
  };
  if (result.status !== 'violated' || result.trace === undefined) return base;
  const steps = traceSteps(check, result.trace);
  const trace = result.trace;
  return {
    ...base,
    counterexample: {
      format: COUNTEREXAMPLE_FORMAT,
      topology: run.topology,
      check: check.id,
      property: result.name,
      trace: {
        init: trace.init,
        actions: trace.actions,
        labels: steps.slice(1).map((s) => s.label),
        ...(trace.loopsTo === undefined ? {} : { loopsTo: trace.loopsTo }),
      },
      steps,
    },
  };
}
