/**
 * One thread's part of a level-synchronous BFS, run the same way by the coordinating thread and by
 * every worker. The thread expands the chunks of positions of level d it takes from the shared cursor
 * (chunk-cursor.ts); each successor is claimed in the shared table (shared-table.ts) and, when
 * claimed, recorded for level d + 1. Once every thread is done, `settle` drops the records whose claim
 * another thread took (lost-claims.ts; chunk 0 loses none), gives the rest parent links, credits
 * coverage and checks the state properties. The kept records of all threads, in chunk order, are
 * level d + 1 in exactly one thread's BFS order.
 *
 * Step properties and deadlocks are checked while expanding. A thread reports its first finding per
 * property slot, in its order (which is increasing chunks); the coordinator takes the first over
 * threads (finding-board.ts).
 *
 * Room in the table comes from the shared budget (shared-budget.ts), alone or with others: a thread
 * pauses where there is none, and the coordinator grows the table (rounds.ts). Alone, the coordinator
 * also keeps to a state cap exactly, as one thread does (`room`: a new state beyond it is refused and
 * the level ends). Its loop makes the same calls either way: a path first taken once V8 has optimized
 * the loop (as when the workers join) sends it back to the interpreter, mid-level, and costs a
 * recompile of it.
 */
import type { Model, Property } from '../types.ts';
import type { SuccessorVisitor } from '../expand.ts';
import type { Assignment, Finding, Link, LevelPlan, Part, RunEnd, Segment, Settled, ShareSettings } from './protocol.ts';
import type { LostList } from './lost-claims.ts';
import { Expander } from '../expand.ts';
import { NO_PARENT, ParentLinks } from '../parents.ts';
import * as sharedTable from './shared-table.ts';
import { INITIAL_TAG, SharedTable } from './shared-table.ts';
import * as levelRecords from './level-records.ts';
import { LevelRecords } from './level-records.ts';
import { LabelTable } from './coverage-table.ts';
import { SharedBudget } from './shared-budget.ts';
import { WorkerCounters } from './shared-counters.ts';
import { ChunkCursor } from './chunk-cursor.ts';
import { LostClaims, markLost } from './lost-claims.ts';

// Read once, not at each use in the loops below: worker threads load this file through tsx's CommonJS
// transform, where each use of an imported binding calls a getter (3 % of a worker's time on 2PC-8).
const { FULL, NEW, SEEN, TAKEN, claimTag } = sharedTable;
const { HEADER } = levelRecords;

/** States between looks at the stop flag, the clock and progress. */
const POLL_EVERY = 64;
/** The table grows before it is more than half full. */
export const MAX_LOAD = 0.5;

interface Slotted<F> {
  readonly slot: number;
  readonly check: F;
}

export class Share<S, A> {
  /** The table this thread probes: the coordinator's own until its first assignment (level 0 is its alone). */
  table = SharedTable.create(16);
  private readonly expander: Expander<S, A>;
  private readonly fp: Uint32Array;
  private readonly words: number;
  private readonly links = new ParentLinks();
  private readonly labels: LabelTable<A>;
  private readonly within: ((state: S) => boolean) | undefined;
  private readonly always: Slotted<(s: S) => boolean>[] = [];
  private readonly sometimes: Slotted<(s: S) => boolean>[] = [];
  private readonly steps: Slotted<(prev: S, action: A, next: S) => boolean>[] = [];
  private readonly deadlockSlot: number;
  /** Per slot: found by this thread, or decided by the coordinator. */
  private found: boolean[];
  /** Per slot: decided by the coordinator. */
  private readonly decided: boolean[];
  /**
   * The slots `checkState` skips in the chunk being expanded (see there), chosen once per chunk: chosen
   * per state, the choice first made for a chunk other than 0 sent the optimized loop back to the interpreter.
   */
  private skip: boolean[];
  private findings: Finding[] = [];
  /**
   * State findings on claims that may be lost (beyond chunk 0): found when the state was claimed (its
   * object at hand), kept once `settle` knows the claim stood.
   */
  private pending: { readonly slot: number; readonly record: number; readonly key: number; readonly sub: number }[] = [];

  /**
   * The level being built, and the one last settled, which the level being expanded is read from.
   * Settling swaps them and writes over the older: fresh memory costs a page fault per page at first
   * write (a tenth of the search for the records' size), and a new object per level would change its
   * class's hidden map while V8 still fits it, which sent `settle` back to the interpreter a dozen times.
   */
  private records: LevelRecords<S>;
  private settled: LevelRecords<S>;
  private plan: LevelPlan = { first: 0, size: 0, depth: 0, decided: [] };
  private parts: readonly Part[] = [];
  /** Each part's records, as Int32Array views made once per assignment. */
  private views: Int32Array[] = [];
  /**
   * The part holding position `head` and where it ends: a thread's chunks only increase within a
   * level, so `runUntil` walks it forward. A level starts before its first part (-1, ending at 0), so
   * that the step to the next part is taken at every level's first state: a step first taken once V8
   * had optimized the loop (the first level of several parts) sent it back to the interpreter.
   */
  private part = -1;
  private partEnd = 0;
  /** The chunk being expanded: positions [head, end) of it are left. */
  private chunk = -1;
  private head = 0;
  private end = 0;
  private readonly lost = new LostClaims();
  /** How many more states this level may put in the table: the state cap's room alone, unlimited with others. */
  private room = Infinity;
  /** New states this level put in the table (not those taken over from another thread's claim). */
  private inserted = 0;
  private full = false;
  private transitions = 0;
  private unexpanded = false;
  private current: S | undefined;
  private currentId = 0;
  private levelTag = INITIAL_TAG;
  private tag = INITIAL_TAG;
  /** What `rollback` restores: the counts when the level's expansion began. */
  private checkpoint = { transitions: 0, unexpanded: false, enabled: [] as number[], found: [] as boolean[] };

  /** The coordinator (index 0) publishes, for progress, the level's positions no thread has taken yet. */
  private readonly coordinator: boolean;

  constructor(
    index: number,
    private readonly model: Model<S, A>,
    properties: readonly Property<S, A>[],
    private readonly settings: ShareSettings,
    private readonly budget: SharedBudget,
    private readonly counters: WorkerCounters,
    private readonly cursor: ChunkCursor,
  ) {
    this.coordinator = index === 0;
    this.expander = new Expander(model, settings);
    this.fp = this.expander.fp;
    this.words = this.expander.words;
    this.records = new LevelRecords<S>(this.words);
    this.settled = new LevelRecords<S>(this.words);
    this.labels = new LabelTable<A>((action) => model.label(action));
    this.within = model.within?.bind(model);
    properties.forEach((p, slot) => {
      if (p.kind === 'always') this.always.push({ slot, check: p.check });
      else if (p.kind === 'sometimes') this.sometimes.push({ slot, check: p.check });
      else if (p.kind === 'step') this.steps.push({ slot, check: p.check });
    });
    this.deadlockSlot = properties.length;
    this.found = Array.from({ length: properties.length + 1 }, () => false);
    this.decided = [...this.found];
    this.skip = this.found;
  }

  /** Level 0: claims the initial states (only the coordinator, alone, with room for `room` states). */
  init(room: number): RunEnd {
    this.records.truncate(0);
    this.records.open(0);
    this.chunk = 0;
    this.skip = this.found;
    this.inserted = 0;
    const inits = this.model.init();
    let capacity = this.table.capacity;
    while (inits.length > capacity * MAX_LOAD) capacity *= 2;
    this.table = this.table.grown(capacity);
    for (let i = 0; i < inits.length; i++) {
      const state = inits[i]!;
      this.expander.identify(state);
      const hi = this.fp[0]! | 0;
      const lo = this.fp[1]! | 0;
      const claim = this.table.claim(hi, lo, INITIAL_TAG, INITIAL_TAG, this.inserted < room);
      if (claim === FULL) return 'full';
      if (claim === SEEN) continue;
      this.inserted++;
      this.records.push(hi, lo, -1, i, -1, this.expander.encoded, state);
      this.checkState(state, this.records.count - 1, -1, 2 * i + 1);
    }
    return 'done';
  }

  /** Starts expanding a level: what `rollback` comes back to. */
  begin(plan: LevelPlan): void {
    this.plan = plan;
    this.levelTag = claimTag(plan.first);
    for (const slot of plan.decided) this.found[slot] = this.decided[slot] = true;
    this.inserted = 0;
    this.full = false;
    this.chunk = -1;
    this.head = this.end = this.partEnd = 0;
    this.part = -1;
    this.lost.clear();
    this.checkpoint = { transitions: this.transitions, unexpanded: this.unexpanded, enabled: [...this.labels.enabled], found: [...this.found] };
  }

  /**
   * Reads the level begun to expand from `parts`, with `room` for as many more states. The coordinator
   * may be assigned one level twice, alone and then with the workers: it goes on with its chunk.
   */
  assign(assignment: Omit<Assignment, 'plan'>, room: number): void {
    const { parts } = assignment;
    this.parts = parts;
    this.views = parts.map((p) => new Int32Array(p.records));
    this.room = room;
    this.table = new SharedTable(assignment.table);
    this.budget.forget();
  }

  /** Takes the table as it now is (to go on after a pause, or to settle). */
  useTable(table: SharedArrayBuffer): void {
    if (table !== this.table.buffer) this.table = new SharedTable(table);
    this.budget.forget();
  }

  /** A worker's run: chunks until none is left or the thread must pause or stop. */
  run(): Exclude<RunEnd, 'full'> {
    return this.runUntil(Infinity) as Exclude<RunEnd, 'full'>;
  }

  /**
   * The coordinator's run, which must give its event loop turns: as `run`, and alone it may end
   * 'full', and it returns 'yield' once `performance.now()` passes `yieldAt`, with nothing lost;
   * calling it again goes on where it left off.
   */
  runUntil(yieldAt: number): RunEnd | 'yield' {
    const expandable = this.plan.depth < this.settings.maxDepth;
    for (; ; this.head++) {
      if (this.head === this.end && !this.takeChunk()) break;
      if (this.head % POLL_EVERY === 0) {
        this.publish();
        if (this.counters.stopRequested) return 'stopped';
        if (this.budget.paused) return 'paused';
        if (performance.now() >= yieldAt) return 'yield';
      }
      const position = this.head;
      while (position >= this.partEnd) {
        const next = this.parts[++this.part]!;
        this.partEnd = next.start + next.count;
      }
      const p = this.parts[this.part]!;
      const index = p.base + position - p.start;
      const words = this.views[this.part]!;
      const offset = index * (HEADER + this.words) + HEADER;
      const state = p.objects !== undefined ? (p.objects[index] as S) : this.expander.decode(words, offset);
      if (this.within !== undefined && !this.within(state)) {
        // Outside the state constraint: checked when added, not expanded, not a deadlock.
        if (!this.unexpanded && this.model.actions(state).length > 0) this.unexpanded = true;
        continue;
      }
      const actions = this.model.actions(state);
      const id = this.plan.first + position;
      if (actions.length === 0) {
        if (this.settings.deadlock && !this.found[this.deadlockSlot]) {
          this.record({ slot: this.deadlockSlot, id, kept: false, action: -1, key: id, sub: -1 });
        }
        continue;
      }
      if (!expandable) {
        this.unexpanded = true;
        continue;
      }
      if (!this.budget.ensure(actions.length)) return 'paused';
      this.current = state;
      this.currentId = id;
      this.tag = claimTag(id);
      this.expander.expand(state, actions, words, offset, this.visit);
      if (this.full) {
        this.head++;
        return 'full';
      }
    }
    this.publish();
    return 'done';
  }

  /** Takes the next chunk of the level; false when none is left. */
  private takeChunk(): boolean {
    const chunk = this.cursor.take();
    const start = chunk * this.cursor.size;
    if (start >= this.plan.size) {
      this.head = this.end;
      return false;
    }
    this.chunk = chunk;
    this.skip = chunk === 0 ? this.found : this.decided;
    this.head = start;
    this.end = Math.min(this.plan.size, start + this.cursor.size);
    this.records.open(chunk);
    return true;
  }

  /** States this level put in the table so far. */
  get newStates(): number {
    return this.inserted;
  }

  /** Drops what the level's expansion claimed and counted, as if it had not begun. */
  rollback(): void {
    const c = this.checkpoint;
    this.records.truncate(0);
    this.inserted = 0;
    this.full = false;
    this.transitions = c.transitions;
    this.unexpanded = c.unexpanded;
    this.labels.restore(c.enabled);
    this.found = [...c.found];
    this.findings = [];
    this.pending = [];
  }

  /** The claims this thread took over so far this level. */
  get takenOver(): LostList {
    return this.lost.list;
  }

  /**
   * Keeps the level's claims that no thread took over (`lost`: every thread's list) and hands them
   * over as its part of the next level, a segment per chunk.
   */
  settle(lost: readonly LostList[]): Settled {
    const records = this.records;
    const first = this.plan.first;
    const size = this.cursor.size;
    const dropped = markLost(lost, records.ints, records.stride, records.count, (parent) => records.rangeOfChunk(Math.floor((parent - first) / size)));
    const localBase = this.links.size;
    const pending = this.pending;
    const keptAs = pending.length > 0 ? new Int32Array(records.count) : undefined;
    const segments: Segment[] = [];
    let kept = 0;
    for (let s = 0; s < records.segments; s++) {
      const base = kept;
      const { first: from, end } = records.range(s);
      kept = keepSegment(records, dropped, from, end, kept, keptAs, this.links, this.labels.newStates);
      if (kept > base) segments.push({ chunk: records.chunkOf(s), base, count: kept - base });
    }
    records.truncate(kept);
    this.records = this.settled;
    this.records.truncate(0);
    this.settled = records;
    for (const f of pending) {
      const at = keptAs![f.record]!;
      if (at >= 0 && !this.found[f.slot]) this.record({ slot: f.slot, id: at, kept: true, action: -1, key: f.key, sub: f.sub });
    }
    this.pending = [];
    const findings = this.findings;
    this.findings = [];
    this.publish();
    return {
      records: records.buffer,
      ...(records.objects !== undefined && { objects: records.objects }),
      segments,
      localBase,
      transitions: this.transitions,
      unexpanded: this.unexpanded,
      findings,
      coverage: this.labels.snapshot(),
    };
  }

  link(local: number): Link {
    const { parent, action } = this.links.entry(local);
    return parent === NO_PARENT ? { init: action } : { parent, action };
  }

  private readonly visit: SuccessorVisitor<S, A> = (index, action, next) => {
    this.transitions++;
    const label = this.labels.enable(action);
    const steps = this.steps;
    for (let k = 0; k < steps.length; k++) {
      const p = steps[k]!;
      if (!this.found[p.slot] && !p.check(this.current!, action, next)) {
        this.record({ slot: p.slot, id: this.currentId, kept: false, action: index, key: this.currentId, sub: 2 * index });
      }
    }
    if (this.expander.unchanged) return false;
    const hi = this.fp[0]! | 0;
    const lo = this.fp[1]! | 0;
    const claim = this.table.claim(hi, lo, this.tag, this.levelTag, this.inserted < this.room);
    if (claim === SEEN) return false;
    if (claim === FULL) {
      this.full = true;
      return true;
    }
    if (claim === NEW) {
      this.inserted++;
      this.budget.use();
    } else if (claim === TAKEN) {
      this.lost.push(this.table.takenFrom, hi, lo);
    }
    this.records.push(hi, lo, this.currentId, index, label, this.expander.encoded, next);
    this.checkState(next, this.records.count - 1, this.currentId, 2 * index + 1);
    return false;
  };

  /**
   * Checks always and sometimes properties on the state just claimed as the level's `record`-th. Chunk
   * 0's claims are never lost (nothing comes before them) and it is the first chunk of the thread that
   * takes it, so its findings are final at once (and it checks no slot twice); others wait in
   * `pending` for `settle`.
   */
  private checkState(state: S, record: number, key: number, sub: number): void {
    const skip = this.skip;
    for (let k = 0; k < this.always.length; k++) {
      const p = this.always[k]!;
      if (!skip[p.slot] && !p.check(state)) this.stateFinding(p.slot, record, key, sub);
    }
    for (let k = 0; k < this.sometimes.length; k++) {
      const p = this.sometimes[k]!;
      if (!skip[p.slot] && p.check(state)) this.stateFinding(p.slot, record, key, sub);
    }
  }

  private stateFinding(slot: number, record: number, key: number, sub: number): void {
    if (this.chunk === 0) this.record({ slot, id: record, kept: true, action: -1, key, sub });
    else this.pending.push({ slot, record, key, sub });
  }

  private record(finding: Finding): void {
    this.found[finding.slot] = true;
    this.findings.push(finding);
  }

  private publish(): void {
    const states = this.links.size + this.inserted;
    const untaken = this.coordinator ? this.cursor.untaken(this.plan.size) : 0;
    this.counters.publish(states, this.transitions, untaken + this.end - this.head + this.records.count);
  }
}

/**
 * Settles records [from, end) of one segment: drops the lost ones, moving the rest down to `kept`
 * on, and gives each kept record its parent link and coverage credit; returns the new `kept`. A
 * function of its own, called once per segment, so that V8 optimizes this loop within a level, and a
 * branch first taken (the first dropped record) costs a recompile of it alone rather than of `settle`
 * with `markLost` inlined, which then ran the level's settle in the interpreter: with 2 workers on
 * 2PC-8, settling took each thread 106-131 ms in all before and 88-95 ms after, and compiling it
 * 125-180 ms before and some 45 ms after.
 */
function keepSegment<S>(
  records: LevelRecords<S>,
  dropped: Uint8Array,
  from: number,
  end: number,
  kept: number,
  keptAs: Int32Array | undefined,
  links: ParentLinks,
  newStates: number[],
): number {
  const ints = records.ints;
  const stride = records.stride;
  for (let i = from; i < end; i++) {
    if (dropped[i] === 1) {
      if (keptAs !== undefined) keptAs[i] = -1;
      continue;
    }
    const at = i * stride;
    if (keptAs !== undefined) keptAs[i] = kept;
    if (kept !== i) records.move(i, kept);
    const parent = ints[at + 2]!;
    const action = ints[at + 3]!;
    if (parent < 0) links.addInitial(action);
    else links.add(parent, action);
    const label = ints[at + 4]!;
    if (label >= 0) newStates[label]!++;
    kept++;
  }
  return kept;
}
