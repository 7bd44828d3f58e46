/**
 * The counterexample file: what `--report-dir` writes next to each report and what `fabric-check replay`
 * reads back. The trace's indices are the path; the steps are what the report showed, so that a replay
 * can tell when the model no longer does what the report says.
 */
import type { Topology } from '../../model/topology/types.ts';
import { array, fields, index, JsonFieldError, literal, nonNegative, object, optional, string } from './json-reader.ts';
import type { ReportStep } from './steps.ts';
import { readFabricView } from './view-reader.ts';

export const COUNTEREXAMPLE_FORMAT = 'fabric-check/counterexample@1';

export interface CounterexampleTrace {
  readonly init: number;
  readonly actions: readonly number[];
  readonly labels: readonly string[];
  /** For a lasso: the last step's state is the state of step `loopsTo`. */
  readonly loopsTo?: number;
}

export interface CounterexampleFile {
  readonly format: typeof COUNTEREXAMPLE_FORMAT;
  readonly topology: Topology;
  /** The FabricCheck id (`pool`, `pairing`). */
  readonly check: string;
  readonly property: string;
  readonly trace: CounterexampleTrace;
  /** steps[0] is the initial state; steps[i + 1] follows trace.actions[i]. */
  readonly steps: readonly ReportStep[];
}

/** A counterexample file that cannot be replayed, with the field at fault. */
export class CounterexampleFileError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`counterexample file: ${path}: ${problem}`);
    this.name = 'CounterexampleFileError';
  }
}

export function renderCounterexampleJson(file: CounterexampleFile): string {
  return `${JSON.stringify(file, null, 2)}\n`;
}

const readTrace = fields<CounterexampleTrace>({
  init: index,
  actions: array(index),
  labels: array(string),
  loopsTo: optional(index),
});

const readStep = fields<ReportStep>({
  label: string,
  minute: nonNegative,
  view: readFabricView,
});

/**
 * Checks the shape of a parsed counterexample file. The topology is only checked to be an object here:
 * the caller validates it as it validates any topology file (`parseTopology`), with its own messages.
 */
export function parseCounterexample(json: unknown): CounterexampleFile {
  try {
    const file = object(json, 'file');
    literal([COUNTEREXAMPLE_FORMAT])(file.format, 'format');
    const topology = object(file.topology, 'topology') as unknown as Topology;
    const check = string(file.check, 'check');
    const property = string(file.property, 'property');
    const trace = readTrace(file.trace, 'trace');
    const steps = array(readStep)(file.steps, 'steps');
    checkConsistency(trace, steps);
    return { format: COUNTEREXAMPLE_FORMAT, topology, check, property, trace, steps };
  } catch (error) {
    if (error instanceof JsonFieldError) throw new CounterexampleFileError(error.path, error.problem);
    throw error;
  }
}

function checkConsistency(trace: CounterexampleTrace, steps: readonly ReportStep[]): void {
  if (trace.labels.length !== trace.actions.length) {
    throw new JsonFieldError('trace.labels', `has ${trace.labels.length} labels for ${trace.actions.length} actions`);
  }
  if (steps.length !== trace.actions.length + 1) {
    throw new JsonFieldError('steps', `has ${steps.length} steps, expected one per action plus the initial state (${trace.actions.length + 1})`);
  }
  trace.labels.forEach((label, i) => {
    const step = steps[i + 1];
    if (step !== undefined && step.label !== label) {
      throw new JsonFieldError(`steps[${i + 1}].label`, `is ${JSON.stringify(step.label)}, but trace.labels[${i}] is ${JSON.stringify(label)}`);
    }
  });
  if (trace.loopsTo !== undefined && trace.loopsTo >= steps.length) {
    throw new JsonFieldError('trace.loopsTo', `is ${trace.loopsTo}, but the trace has only ${steps.length} steps`);
  }
}
