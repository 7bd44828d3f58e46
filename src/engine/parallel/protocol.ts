/**
 * The messages between the coordinating thread, which searches too, and the worker threads. A state
 * is named across threads by its global id, its position in BFS order (the same as on one thread); the
 * coordinator's directory says which thread holds its parent link.
 */
import type { ModelSource, PropertyKind } from '../types.ts';
import type { ExpanderOptions } from '../expand.ts';
import type { SharedCounters } from './shared-counters.ts';
import type { LostList } from './lost-claims.ts';
import type { SlotRange } from './shared-table.ts';

/** What a worker is started with (structured-cloned into `workerData`). */
export interface WorkerSetup {
  /** The thread's index among the searching threads; the coordinator is 0. */
  readonly index: number;
  readonly count: number;
  readonly source: ModelSource;
  /** The coordinator's properties, in its order: the worker picks the same ones from its subject. */
  readonly properties: readonly { readonly name: string; readonly kind: PropertyKind }[];
  readonly search: ShareSettings;
  readonly counters: SharedCounters;
  readonly budget: SharedArrayBuffer;
  readonly cursor: SharedArrayBuffer;
}

export interface ShareSettings extends ExpanderOptions {
  readonly maxDepth: number;
  readonly deadlock: boolean;
  /** Positions per chunk of a level (chunk-cursor.ts). */
  readonly chunk: number;
}

/**
 * States [start, start + count) of a level, as settled by the thread that claimed them: its records
 * [base, base + count) of level-records.ts in `records`, and for models without a codec the states
 * themselves, `objects[base + i]` beside record base + i.
 */
export interface Part {
  readonly start: number;
  readonly count: number;
  readonly records: SharedArrayBuffer;
  readonly base: number;
  readonly objects?: readonly unknown[];
}

/** A thread's settled records [base, base + count), the new states it reached from chunk `chunk` of the level. */
export interface Segment {
  readonly chunk: number;
  readonly base: number;
  readonly count: number;
}

/** The level being expanded: its states are the global ids [first, first + size). */
export interface LevelPlan {
  readonly first: number;
  readonly size: number;
  /** Its BFS depth: at maxDepth its states are not expanded. */
  readonly depth: number;
  /** Finding slots already decided, which need no more checking. */
  readonly decided: readonly number[];
}

/** A level to expand, read from `parts`, its chunks taken from the shared cursor. */
export interface Assignment {
  readonly plan: LevelPlan;
  readonly parts: readonly Part[];
  readonly table: SharedArrayBuffer;
}

export type Command =
  | ({ readonly type: 'expand' } & Assignment)
  /** Go on after a pause, with the grown table. */
  | { readonly type: 'resume'; readonly table: SharedArrayBuffer }
  /** Move the entries of `range` to their places in the table just doubled in place: the threads grow it together. */
  | { readonly type: 'redistribute'; readonly table: SharedArrayBuffer; readonly range: SlotRange }
  /** Drop what this level's expansion claimed: the coordinator redoes the level alone. */
  | { readonly type: 'rollback' }
  /** Every thread's list of the claims it took over this level. */
  | { readonly type: 'settle'; readonly lost: readonly LostList[] }
  /** Where the thread's `local`-th state came from. */
  | { readonly type: 'link'; readonly local: number };

/**
 * How an expansion ended: no chunk left, paused (the table needs room, or another thread asked), or
 * stopped (the stop flag). `full` is only for the coordinator alone under a state cap: a new state
 * was refused.
 */
export type RunEnd = 'done' | 'paused' | 'stopped' | 'full';

/**
 * Something a thread found. `slot` is the property's index in the coordinator's list, or the list's
 * length for a deadlock. `id` is the global id of the state the trace ends in (for a step property,
 * of the state the transition leaves, `action` being its index; else -1), or with `kept` the index of
 * the state among the ones this thread settled in the level. (`key`, `sub`) orders findings as one
 * thread makes them: the id of the state being expanded (-1 for the initial states), then 2 × the
 * action index for a step, + 1 for the state it reaches (-1 for a deadlock).
 */
export interface Finding {
  readonly slot: number;
  readonly id: number;
  readonly kept: boolean;
  readonly action: number;
  readonly key: number;
  readonly sub: number;
}

/** Coverage by label, cumulative: `labels[j]` was enabled `enabled[j]` times and first reached `newStates[j]` states. */
export interface CoverageTable {
  readonly labels: readonly string[];
  readonly enabled: readonly number[];
  readonly newStates: readonly number[];
}

/** A thread's level, settled. */
export interface Settled {
  /** Its new states, in `segments`, which the coordinator places in chunk order as the next level. */
  readonly records: SharedArrayBuffer;
  readonly objects?: readonly unknown[];
  readonly segments: readonly Segment[];
  /** The local index of its first new state (its parent links are numbered in settling order). */
  readonly localBase: number;
  readonly transitions: number;
  readonly unexpanded: boolean;
  readonly findings: readonly Finding[];
  readonly coverage: CoverageTable;
}

/** A state's parent: an initial state (`init` is its index), or the parent's global id and the action taken. */
export type Link = { readonly init: number } | { readonly parent: number; readonly action: number };

export type Reply =
  | { readonly type: 'ready' }
  /** `lost`: the claims the thread took over so far this level. */
  | { readonly type: 'ran'; readonly end: RunEnd; readonly inserted: number; readonly lost: LostList }
  | { readonly type: 'rolled-back' }
  | { readonly type: 'redistributed' }
  | { readonly type: 'settled'; readonly settled: Settled }
  | { readonly type: 'link'; readonly link: Link };
