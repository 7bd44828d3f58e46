/**
 * What a single-threaded search (bfs.ts, dfs.ts) has found so far: the first violation of each always
 * and step property, the first witness of each sometimes property, the first deadlock, and whether
 * those findings mean the search must stop. The search says where states and transitions are; this
 * checks them and turns a finding into a trace through the parent links.
 */
import type { Model, Property, Trace } from './types.ts';
import type { PathIndices } from './parents.ts';
import { traceOf } from './trace.ts';

interface Indexed<F> {
  readonly index: number;
  readonly check: F;
}

export class Findings<S, A> {
  /** Per property, in the order given: the first violation (always, step) or witness (sometimes). */
  readonly traces: (Trace<S> | undefined)[];
  /** The first state found with no enabled action, when deadlocks are checked. */
  deadlock: Trace<S> | undefined;
  /** A finding ended the search: a violation with stopAtFirstViolation, or nothing left undecided. */
  mustStop = false;
  /** Step properties exist: the search must call `transition` for each one. */
  readonly checksSteps: boolean;

  private readonly always: Indexed<(s: S) => boolean>[] = [];
  private readonly sometimes: Indexed<(s: S) => boolean>[] = [];
  private readonly steps: Indexed<(prev: S, action: A, next: S) => boolean>[] = [];
  private undecided: number;
  private violations = 0;

  constructor(
    private readonly model: Model<S, A>,
    properties: readonly Property<S, A>[],
    private readonly settings: { readonly deadlock: boolean; readonly stopAtFirstViolation: boolean },
    private readonly pathTo: (id: number) => PathIndices,
    /** Paths replay as the search computed them: with the fast path when it used it. */
    private readonly fast: boolean,
  ) {
    properties.forEach((p, index) => {
      if (p.kind === 'always') this.always.push({ index, check: p.check });
      else if (p.kind === 'sometimes') this.sometimes.push({ index, check: p.check });
      else if (p.kind === 'step') this.steps.push({ index, check: p.check });
    });
    this.traces = properties.map(() => undefined);
    this.checksSteps = this.steps.length > 0;
    this.undecided = this.always.length + this.sometimes.length + this.steps.length + (settings.deadlock ? 1 : 0);
  }

  /** Checks a newly found state (`id` in the parent links); says whether the search must stop. */
  state(state: S, id: number): boolean {
    const { always, sometimes, traces } = this;
    for (let k = 0; k < always.length; k++) {
      const p = always[k]!;
      if (traces[p.index] === undefined && !p.check(state)) {
        traces[p.index] = this.traceTo(id);
        if (this.decide(true)) return true;
      }
    }
    for (let k = 0; k < sometimes.length; k++) {
      const p = sometimes[k]!;
      if (traces[p.index] === undefined && p.check(state)) {
        traces[p.index] = this.traceTo(id);
        if (this.decide(false)) return true;
      }
    }
    return false;
  }

  /** Checks the step properties on one transition, action number `index` from state `from`. */
  transition(prev: S, action: A, next: S, from: number, index: number): boolean {
    const { steps, traces } = this;
    for (let k = 0; k < steps.length; k++) {
      const p = steps[k]!;
      if (traces[p.index] === undefined && !p.check(prev, action, next)) {
        const path = this.pathTo(from);
        path.actions.push(index);
        traces[p.index] = traceOf(this.model, path, this.fast);
        if (this.decide(true)) return true;
      }
    }
    return false;
  }

  /** Records state `id`, which has no enabled action, as a deadlock (the first one only). */
  noActions(id: number): boolean {
    if (!this.settings.deadlock || this.deadlock !== undefined) return false;
    this.deadlock = this.traceTo(id);
    return this.decide(true);
  }

  private traceTo(id: number): Trace<S> {
    return traceOf(this.model, this.pathTo(id), this.fast);
  }

  private decide(violation: boolean): boolean {
    this.undecided--;
    if (violation) this.violations++;
    // With stopAtFirstViolation off, stop once nothing is left to learn here and something failed.
    if (this.violations > 0 && (this.settings.stopAtFirstViolation || this.undecided === 0)) this.mustStop = true;
    return this.mustStop;
  }
}
