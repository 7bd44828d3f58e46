/**
 * The levels of the search, as the coordinating thread runs them: it claims the initial states, then
 * expands each level, alone while the workers start and with them once they are ready, each thread a
 * contiguous range of the level, and settles it (share.ts). In between it places the threads' parts
 * of the next level one after the other, takes their findings, and grows the shared table when a
 * thread pauses for room. Under a state cap, a level that would pass it is redone by this thread
 * alone, which keeps to the cap exactly as one thread does.
 */
import type { StopReason } from '../types.ts';
import type { SearchClock } from '../clock.ts';
import type { CoverageTable, LevelPlan, Part, RunEnd, Settled } from './protocol.ts';
import type { Crew } from './crew.ts';
import type { FindingBoard, PlacedFinding } from './finding-board.ts';
import type { CrewCounters } from './shared-counters.ts';
import type { SharedBudget } from './shared-budget.ts';
import type { Mode, Share } from './share.ts';
import { MAX_LOAD } from './share.ts';
import { SharedTable, claimTag } from './shared-table.ts';
import { ClockWatch } from './clock-watch.ts';
import { StateDirectory } from './walk-back.ts';

/** How long the coordinator expands before its event loop gets a turn (the clock, the workers' replies). */
const SLICE_MS = 20;
/** Fewer states left in a level than this are not worth handing to workers that have just become ready. */
const HAND_OVER_MIN = 2048;
/** A thread's speed is learnt from levels where it expanded at least this many states. */
const LEARN_MIN = 4096;

const turn = (): Promise<void> => new Promise((resolve) => setImmediate(resolve));

/** Who expands a level with this thread, and how long each spent on it (for the next level's split). */
class Team {
  /** The workers (by crew index) that took a range of the level; none while they start. */
  workers: number[] = [];
  /** Per thread (0 is this one): positions expanded in the team, and milliseconds spent expanding and settling them. */
  readonly expanded: number[];
  readonly busy: number[];

  constructor(private readonly size: number) {
    this.expanded = Array.from({ length: size }, () => 0);
    this.busy = Array.from({ length: size }, () => 0);
  }

  enlist(cuts: readonly number[]): void {
    this.workers = Array.from({ length: this.size - 1 }, (_, w) => w);
    cuts.slice(1).forEach((cut, t) => (this.expanded[t] = cut - cuts[t]!));
  }
}

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
  /** Per thread, its speed in states per millisecond (0 until learnt): the split of each level follows it. */
  private readonly speed: number[];

  constructor(
    private readonly main: Share<S, A>,
    private readonly crew: Crew,
    private readonly board: FindingBoard,
    private readonly counters: CrewCounters,
    private readonly budget: SharedBudget,
    private readonly maxStates: number,
  ) {
    this.speed = Array.from({ length: crew.size + 1 }, () => 0);
  }

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
      this.place([[0, this.main.settle()]]);
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
        const team = new Team(this.crew.size + 1);
        end = await this.expand(plan, team);
        const settling = team.workers.map((w) => this.crew.settle(w, this.main.table.buffer));
        const started = performance.now();
        const settled: [number, Settled][] = [[0, this.main.settle()]];
        team.busy[0]! += performance.now() - started;
        (await Promise.all(settling)).forEach((s, i) => {
          settled.push([team.workers[i]! + 1, s]);
          team.busy[team.workers[i]! + 1]! += s.busyMs;
        });
        this.learn(team);
        this.depth++;
        this.place(settled);
      }
    } finally {
      watch.stop();
    }
  }

  /**
   * Expands a level. While the workers are still starting, this thread expands alone, handing the rest
   * of the level to the team the moment they are ready; once they are, the team takes each level from
   * its start.
   */
  private async expand(plan: LevelPlan, team: Team): Promise<RunEnd> {
    this.main.begin(plan);
    if (this.crew.isReady) return this.together(plan, 0, team);
    this.main.assign({ parts: this.parts, from: 0, to: plan.size, table: this.main.table.buffer }, this.solo(plan));
    for (;;) {
      const end = this.main.runUntil(performance.now() + SLICE_MS);
      if (end !== 'yield') return end;
      if (this.crew.isReady && plan.size - this.main.position >= HAND_OVER_MIN) return this.together(plan, this.main.position, team);
      await turn();
    }
  }

  /** Alone, this thread keeps to the state cap exactly, as one thread does. */
  private solo(plan: LevelPlan): Mode {
    return { solo: true, room: this.maxStates - (plan.first + plan.size) };
  }

  /**
   * Every thread expands a range of positions [from, size) of the level (this thread the first, which
   * it goes on with); pauses for room are met by growing the table.
   */
  private async together(plan: LevelPlan, from: number, team: Team): Promise<RunEnd> {
    const cuts = this.cuts(from, plan.size);
    team.enlist(cuts);
    let table = this.main.table;
    const used = plan.first + plan.size;
    this.budget.open(used + this.main.newStates, this.limit(table.capacity));
    this.main.assign({ parts: this.parts, from: cuts[0]!, to: cuts[1]!, table: table.buffer }, { solo: false });
    let runs = team.workers.map((w) => {
      const [from, to] = [cuts[w + 1]!, cuts[w + 2]!];
      return this.crew.run(w, { type: 'expand', plan, parts: partsFor(this.parts, from, to), from, to, table: table.buffer });
    });
    let mine: RunEnd = await this.drive(team);
    for (;;) {
      const theirs = await Promise.all(runs);
      theirs.forEach((r, w) => (team.busy[w + 1]! += r.busyMs));
      const ends = [mine, ...theirs.map((r) => r.end)];
      if (ends.includes('stopped')) return 'stopped';
      if (!ends.includes('paused')) return 'done';
      const total = used + this.main.newStates + theirs.reduce((n, r) => n + r.inserted, 0);
      if (this.limit(table.capacity) === this.maxStates) {
        // The room that ran out is the state cap's: which states fit depends on the order, so redo the level alone.
        this.main.rollback();
        await Promise.all(runs.map((_, w) => this.crew.rollback(w)));
        this.main.table = table.rehash(table.capacity, claimTag(plan.first));
        this.main.begin(plan);
        this.main.assign({ parts: this.parts, from: 0, to: plan.size, table: this.main.table.buffer }, this.solo(plan));
        return this.drive(team);
      }
      let capacity = table.capacity * 2;
      while (total * 2 > capacity * MAX_LOAD) capacity *= 2;
      table = await this.grow(table, capacity);
      this.main.table = table;
      this.budget.open(total, this.limit(capacity));
      runs = theirs.map((r, w) => (r.end === 'paused' ? this.crew.run(w, { type: 'resume', table: table.buffer }) : Promise.resolve({ ...r, busyMs: 0 })));
      if (mine === 'paused') {
        this.main.useTable(table.buffer);
        mine = await this.drive(team);
      }
    }
  }

  /**
   * Where the team's ranges of positions [from, size) begin and end, thread t's being [cuts[t],
   * cuts[t + 1]), in proportion to each thread's speed on the levels before (this thread also answers
   * the workers and its event loop). Any split gives the same search; this one lets them end together.
   */
  private cuts(from: number, size: number): number[] {
    const speed = this.speed.includes(0) ? this.speed.map(() => 1) : this.speed;
    const total = speed.reduce((a, b) => a + b, 0);
    const cuts = [from];
    let sum = 0;
    for (const t of speed) {
      sum += t;
      cuts.push(from + Math.round(((size - from) * sum) / total));
    }
    cuts[cuts.length - 1] = size;
    return cuts;
  }

  /** Each thread's speed, in states expanded and settled per millisecond of its own, smoothed over levels. */
  private learn(team: Team): void {
    team.expanded.forEach((n, t) => {
      const busy = team.busy[t]!;
      if (n < LEARN_MIN || busy <= 0) return;
      const rate = n / busy;
      this.speed[t] = this.speed[t] === 0 ? rate : (this.speed[t]! + rate) / 2;
    });
  }

  /** A table of `capacity` slots with `table`'s entries, every thread copying a range of them. */
  private async grow(table: SharedTable, capacity: number): Promise<SharedTable> {
    const next = SharedTable.create(capacity);
    const team = this.crew.size + 1;
    const cut = (t: number) => Math.floor((t * table.capacity) / team);
    const copies = Array.from({ length: this.crew.size }, (_, w) => this.crew.rehash(w, table.buffer, next.buffer, cut(w + 1), cut(w + 2)));
    table.copyInto(next, 0, cut(1));
    await Promise.all(copies);
    return next;
  }

  /** Runs this thread's share in slices, giving the event loop a turn between them. */
  private async drive(team: Team): Promise<RunEnd> {
    for (;;) {
      const started = performance.now();
      const end = this.main.runUntil(started + SLICE_MS);
      team.busy[0]! += performance.now() - started;
      if (end !== 'yield') return end;
      await turn();
    }
  }

  /** The most states the table may hold before it must grow, or the state cap if that comes first. */
  private limit(capacity: number): number {
    return Math.min(Math.floor(capacity * MAX_LOAD), this.maxStates);
  }

  /** Lays the threads' settled parts out as the next level, in thread order, and takes their findings. */
  private place(settled: readonly (readonly [number, Settled])[]): void {
    const first = this.first + this.size;
    const parts: Part[] = [];
    const findings: PlacedFinding[] = [];
    let offset = 0;
    for (const [thread, s] of settled) {
      parts.push({ ...s.part, start: offset });
      this.directory.add(first + offset, s.part.count, thread, s.localBase);
      for (const f of s.findings) {
        findings.push({ slot: f.slot, id: f.kept ? first + offset + f.id : f.id, action: f.action, key: f.key, sub: f.sub });
      }
      this.coverage[thread] = s.coverage;
      this.transitions[thread] = s.transitions;
      this.unexpanded ||= s.unexpanded;
      offset += s.part.count;
    }
    this.board.absorb(findings);
    this.first = first;
    this.size = offset;
    this.parts = parts;
    if (offset > 0) this.deepest = this.depth;
  }
}

/**
 * What a thread expanding positions [from, to) needs of the level's parts: all of them for encoded
 * states (a SharedArrayBuffer crosses threads without a copy), the states in range only for models
 * without a codec, whose states are copied to the thread.
 */
function partsFor(parts: readonly Part[], from: number, to: number): Part[] {
  if (parts.every((p) => p.objects === undefined)) return [...parts];
  return parts.flatMap((p) => {
    const start = Math.max(from, p.start);
    const end = Math.min(to, p.start + p.count);
    if (start >= end) return [];
    return [{ start, count: end - start, records: p.records, objects: p.objects!.slice(start - p.start, end - p.start) }];
  });
}
