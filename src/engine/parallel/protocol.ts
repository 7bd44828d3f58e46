/**
 * The messages between the coordinating thread and the search workers. One worker owns the states
 * whose fingerprint's high lane is ≡ its index (mod the worker count); a state is named across
 * threads by (owner, local id), local ids being insertion order in the owner's seen-set.
 */
import type { ModelSource, PropertyKind } from '../types.ts';
import type { ExpanderOptions } from '../expand.ts';
import type { SharedCounters } from './shared-counters.ts';

/** What a worker is started with (structured-cloned into `workerData`). */
export interface WorkerSetup {
  readonly index: number;
  readonly count: number;
  readonly source: ModelSource;
  /** The coordinator's properties, in its order: the worker picks the same ones from its subject. */
  readonly properties: readonly { readonly name: string; readonly kind: PropertyKind }[];
  readonly search: ExpanderOptions & { readonly maxDepth: number; readonly deadlock: boolean };
  readonly counters: SharedCounters;
}

/**
 * Successors bound for one owner: records of `RECORD_HEADER + words` Int32 words, [fingerprint hi,
 * fingerprint lo, parent's local id, action index, the sender's label id, ...encoded state]. Models
 * without a codec send their states as structured-cloned objects, one per record, in `states`.
 */
export interface Parcel {
  readonly records: ArrayBuffer;
  /** Int32 words used in `records`. */
  readonly length: number;
  readonly states?: readonly unknown[];
}
export const RECORD_HEADER = 5;

export type Command =
  /** Insert the owned initial states (level 0). */
  /** `capacity`, here and below: the most states the worker may hold once the phase ends (the state cap's share). */
  | { readonly type: 'init'; readonly capacity: number }
  /**
   * Expand every state of level `depth`: owned successors are inserted at once, the others are
   * returned as parcels. `decided` lists finding slots the coordinator has settled, which need no
   * more checking.
   */
  | { readonly type: 'expand'; readonly depth: number; readonly decided: readonly number[]; readonly capacity: number }
  /** Insert the other workers' successors: `parcels[i]` came from the i-th other worker, in index order. */
  | { readonly type: 'deliver'; readonly parcels: readonly Parcel[]; readonly capacity: number }
  /** Where local state `id` came from. */
  | { readonly type: 'link'; readonly id: number };

/**
 * Something a worker found. `slot` is the property's index in the coordinator's list, or the list's
 * length for a deadlock. `id` is the local id of the violating (or witnessing) state, or for a step
 * property of the state the transition leaves, with `action` its index (else -1). `seq` orders a
 * worker's findings in the order it made them.
 */
export interface Finding {
  readonly slot: number;
  readonly id: number;
  readonly action: number;
  readonly seq: number;
}

/**
 * Coverage by label, cumulative. A new state reached from another worker is credited by that worker's
 * label id: `received[s][j]` counts new states from worker s's label `j` (its `labels[j]`).
 */
export interface CoverageTable {
  readonly labels: readonly string[];
  readonly enabled: readonly number[];
  readonly newStates: readonly number[];
  readonly received: readonly (readonly number[])[];
}

/** A worker's totals after a phase, and what it found during it. */
export interface PhaseReport {
  readonly states: number;
  readonly transitions: number;
  /** States in the level being built so far (the round's new states). */
  readonly levelStates: number;
  /** A state at the depth bound or outside the state constraint had enabled actions left untaken. */
  readonly unexpanded: boolean;
  /** A new state was refused because the worker held its capacity. */
  readonly capped: boolean;
  readonly findings: readonly Finding[];
  readonly coverage: CoverageTable;
}

/** A state's parent: an initial state (`init` is its index), or (worker, id) and the action taken. */
export type Link =
  | { readonly init: number }
  | { readonly worker: number; readonly id: number; readonly action: number };

export type Reply =
  | { readonly type: 'ready' }
  /** For 'expand': `parcels[w]` is bound for worker w (null for the sender itself). */
  | { readonly type: 'phase'; readonly report: PhaseReport; readonly parcels?: readonly (Parcel | null)[] }
  | { readonly type: 'link'; readonly link: Link };
