/**
 * The levels of the search, as the coordinating thread runs them: it claims the initial states, then
 * expands each level, alone while the workers start and with them once they are ready, every thread
 * taking chunks of the level from one cursor, and settles it (share.ts). In between it places the
 * threads' segments of the next level in chunk order, takes their findings, and grows the shared
 * table when a thread pauses for room. Under a state cap, a level that would pass it is redone by
 * this thread alone, which keeps to the cap exactly as one thread does.
 */
import type { StopReason } from '../types.ts';
import type { SearchClock } from '../clock.ts';
import type { CoverageTable, Finding, LevelPlan, Part, RunEnd, Segment, Settled } from './protocol.ts';
import type { LostList } from './lost-claims.ts';
import type { ChunkCursor } from './chunk-cursor.ts';
import type { Crew } from './crew.ts';
import type { FindingBoard, PlacedFinding } from './finding-board.ts';
import type { CrewCounters } from './shared-counters.ts';
import type { SharedBudget } from './shared-budget.ts';
import type { Share } from './share.ts';
import { MAX_LOAD } from './share.ts';
import type { SharedTable } from './shared-table.ts';
import { claimTag } from './shared-table.ts';
import { ClockWatch } from './clock-watch.ts';
import { StateDirectory } from './walk-back.ts';

/** How long the coordinator expands before its event loop gets a turn (the clock, the workers' replies). */
const SLICE_MS = 20;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

export class Rounds<S, A> {
  readonly directory = new StateDirectory();
  /** The deepest level with a state. */
  deepest = 0;
  unexpanded = false;
  /** Per thread, its last coverage table and transition count. */
  readonly coverage: CoverageTable[] = [];
  private readonly transitions: number[] = [];
  /** The level to expand next: global ids [first, first + size), read from `parts`. */
  private first = 0;
  private size = 0;
  private parts: Part[] = [];
  private depth = 0;
  /** Per worker, the claims it took over in the level being expanded, as of its last run. */
  private readonly takenOver: LostList[] = [];

  constructor(
    private readonly main: Share<S, A>,
    private readonly crew: Crew,
    private readonly board: FindingBoard,
    private readonly counters: CrewCounters,
    private readonly budget: SharedBudget,
    private readonly cursor: ChunkCursor,
    private readonly maxStates: number,
  ) {}

  get states(): number {
    return this.first + this.size;
  }

  get totalTransitions(): number {
    return this.transitions.reduce((n, t) => n + (t ?? 0), 0);
  }

  async run(clock: SearchClock): Promise<StopReason> {
    const watch = new ClockWatch(clock, () => ({ ...this.counters.totals(), depth: this.depth }), () => this.counters.requestStop());
    try {
      const initial = this.main.init(this.maxStates);
      this.place([[0, this.main.settle([])]]);
      let end: RunEnd = initial;
      for (;;) {
        watch.check();
        if (this.board.mustStop()) return 'violation';
        if (watch.interruption !== null) return watch.interruption;
        if (end === 'stopped') return 'aborted';
        if (end === 'full') return 'max-states';
        if (this.size === 0) return 'done';
        if (this.crew.failed !== undefined) throw this.crew.failed;
        const plan: LevelPlan = { first: this.first, size: this.size, depth: this.depth, decided: this.board.decided() };
        const team: number[] = [];
        end = await this.expand(plan, team);
        const lost = [this.main.takenOver, ...team.map((w) => this.takenOver[w]!)];
        const settling = team.map((w) => this.crew.settle(w, lost));
        const settled: [number, Settled][] = [[0, this.main.settle(lost)]];
        (await Promise.all(settling)).forEach((s, i) => settled.push([team[i]! + 1, s]));
        this.depth++;
        this.place(settled);
      }
    } finally {
      watch.stop();
    }
  }

  /**
   * Expands a level, into `team` the workers that took part. While the workers are still starting,
   * this thread expands alone, and they join the moment they are ready, taking the chunks left.
   */
  private async expand(plan: LevelPlan, team: number[]): Promise<RunEnd> {
    this.cursor.reset();
    this.main.begin(plan);
    if (this.crew.isReady) return this.together(plan, team);
    return this.alone(plan, team);
  }

  /**
   * Expands the level begun with this thread alone, in slices, as `drive` does: it keeps to the state
   * cap exactly, as one thread does, the budget holding the table's room, not the cap's, and grows the
   * table when it pauses for room. Given the `team` to join, it goes on together once the workers are
   * ready and chunks are left.
   */
  private async alone(plan: LevelPlan, team?: number[]): Promise<RunEnd> {
    this.main.assign({ parts: this.parts, table: this.main.table.buffer }, this.maxStates - (plan.first + plan.size));
    this.openAlone(plan);
    for (;;) {
      const end = this.main.runUntil(performance.now() + SLICE_MS);
      if (end === 'paused') this.growAlone(plan);
      else if (end !== 'yield') return end;
      if (team !== undefined && this.crew.isReady && this.cursor.untaken(plan.size) > 0) return this.together(plan, team);
      await turn();
    }
  }

  private openAlone(plan: LevelPlan): void {
    this.budget.open(plan.first + plan.size + this.main.newStates, this.tableLimit(this.main.table.capacity));
  }

  /** Alone, a pause is for room in the table: this thread doubles it, and goes on. */
  private growAlone(plan: LevelPlan): void {
    const table = this.main.table;
    this.main.table = table.grown(table.capacity * 2);
    this.openAlone(plan);
    this.main.useTable(this.main.table.buffer);
  }

  /** Every thread takes chunks of the level (this thread goes on with its own); pauses for room are met by growing the table. */
  private async together(plan: LevelPlan, team: number[]): Promise<RunEnd> {
    team.push(...Array.from({ length: this.crew.size }, (_, w) => w));
    let table = this.main.table;
    const used = plan.first + plan.size;
    this.budget.open(used + this.main.newStates, this.limit(table.capacity));
    this.main.assign({ parts: this.parts, table: table.buffer }, Infinity);
    let runs = team.map((w) => this.crew.run(w, { type: 'expand', plan, parts: this.parts, table: table.buffer }));
    let mine: RunEnd = await this.drive();
    for (;;) {
      const theirs = await Promise.all(runs);
      theirs.forEach((r, w) => (this.takenOver[w] = r.lost));
      const ends = [mine, ...theirs.map((r) => r.end)];
      if (ends.includes('stopped')) return 'stopped';
      if (!ends.includes('paused')) return 'done';
      const total = used + this.main.newStates + theirs.reduce((n, r) => n + r.inserted, 0);
      if (this.limit(table.capacity) === this.maxStates) {
        // The room that ran out is the state cap's: which states fit depends on the order, so redo the level alone.
        this.main.rollback();
        await Promise.all(runs.map((_, w) => this.crew.rollback(w)));
        this.main.table = table.rehash(table.capacity, claimTag(plan.first));
        team.length = 0;
        this.cursor.reset();
        this.main.begin(plan);
        return this.alone(plan);
      }
      let capacity = table.capacity * 2;
      while (total * 2 > capacity * MAX_LOAD) capacity *= 2;
      table = await this.grow(table, capacity);
      this.main.table = table;
      this.budget.open(total, this.limit(capacity));
      runs = theirs.map((r, w) => (r.end === 'paused' ? this.crew.run(w, { type: 'resume', table: table.buffer }) : Promise.resolve(r)));
      if (mine === 'paused') {
        this.main.useTable(table.buffer);
        mine = await this.drive();
      }
    }
  }

  /**
   * `table` grown to `capacity` slots, in place a doubling at a time, every thread redistributing a
   * range of clusters (shared-table.ts); a table too big to double in place is copied by this thread.
   */
  private async grow(table: SharedTable, capacity: number): Promise<SharedTable> {
    while (table.capacity < capacity && table.doubles) {
      const { table: doubled, ranges } = table.double(this.crew.size + 1);
      const theirs = ranges.slice(1).map((range, w) => this.crew.redistribute(w, doubled.buffer, range));
      doubled.redistribute(ranges[0]!);
      await Promise.all(theirs);
      table = doubled;
    }
    return table.grown(capacity);
  }

  /** Runs this thread's share in slices, giving the event loop a turn between them. */
  private async drive(): Promise<RunEnd> {
    for (;;) {
      const end = this.main.runUntil(performance.now() + SLICE_MS);
      if (end !== 'yield') return end;
      await turn();
    }
  }

  /** The most states the table may hold before it must grow, or the state cap if that comes first. */
  private limit(capacity: number): number {
    return Math.min(this.tableLimit(capacity), this.maxStates);
  }

  /** The most states a table of `capacity` slots may hold before it must grow. */
  private tableLimit(capacity: number): number {
    return Math.floor(capacity * MAX_LOAD);
  }

  /** Lays the threads' settled segments out as the next level, in chunk order, and takes their findings. */
  private place(settled: readonly (readonly [number, Settled])[]): void {
    const first = this.first + this.size;
    const segments = settled.flatMap(([thread, s]) => s.segments.map((segment) => ({ thread, s, segment })));
    segments.sort((a, b) => a.segment.chunk - b.segment.chunk);
    const parts: Part[] = [];
    /** Per thread, its segments' places in the next level. */
    const placed = new Map<number, { readonly segment: Segment; readonly start: number }[]>();
    let offset = 0;
    for (const { thread, s, segment } of segments) {
      parts.push({ start: offset, count: segment.count, records: s.records, base: segment.base, ...(s.objects !== undefined && { objects: s.objects }) });
      this.directory.add(first + offset, segment.count, thread, s.localBase + segment.base);
      const list = placed.get(thread) ?? [];
      list.push({ segment, start: offset });
      placed.set(thread, list);
      offset += segment.count;
    }
    const findings: PlacedFinding[] = [];
    for (const [thread, s] of settled) {
      for (const f of s.findings) findings.push({ ...f, id: f.kept ? first + keptAt(placed.get(thread)!, f) : f.id });
      this.coverage[thread] = s.coverage;
      this.transitions[thread] = s.transitions;
      this.unexpanded ||= s.unexpanded;
    }
    this.board.absorb(findings);
    this.first = first;
    this.size = offset;
    this.parts = parts;
    if (offset > 0) this.deepest = this.depth;
  }
}

/** The level position of a thread's `f.id`-th settled state, from where its segments were placed. */
function keptAt(placed: readonly { readonly segment: Segment; readonly start: number }[], f: Finding): number {
  const at = placed.find(({ segment }) => f.id >= segment.base && f.id < segment.base + segment.count)!;
  return at.start + f.id - at.segment.base;
}
