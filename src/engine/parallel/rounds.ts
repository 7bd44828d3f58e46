/**
 * The search's rounds, as this thread runs them: level 0 (the initial states), then per level an
 * expand phase (every worker expands its states of the level) and a deliver phase (every worker
 * inserts the successors the others generated for it), with the parcels routed in between. After each
 * round the findings are taken and the search goes on or stops.
 */
import type { StopReason } from '../types.ts';
import type { SearchClock } from '../clock.ts';
import type { Finding, PhaseReport } from './protocol.ts';
import type { Crew } from './crew.ts';
import type { FindingBoard } from './finding-board.ts';
import type { CrewCounters } from './shared-counters.ts';
import { ClockWatch } from './clock-watch.ts';

export class Rounds {
  /** The level being built; 0 is the initial states. */
  private level = 0;
  /** The deepest level with a state. */
  deepest = 0;
  /** Each worker's report after the last phase it ran. */
  reports: PhaseReport[] = [];

  constructor(
    private readonly crew: Crew,
    private readonly board: FindingBoard,
    private readonly counters: CrewCounters,
    private readonly maxStates: number,
  ) {}

  async run(clock: SearchClock): Promise<StopReason> {
    const watch = new ClockWatch(clock, () => ({ ...this.counters.totals(), depth: this.level }), () => this.counters.requestStop());
    try {
      const initial = await this.crew.phase((w) => [{ type: 'init', capacity: this.capacity(w) }, []]);
      this.reports = initial.map((r) => r.report);
      let stop = this.endOfRound(this.reports.map((r) => r.findings), watch);
      while (stop === null) {
        this.level++;
        stop = this.endOfRound(await this.round(watch), watch);
      }
      watch.check();
      return stop;
    } finally {
      watch.stop();
    }
  }

  /** Expands the last level and delivers its successors (unless interrupted); the round's findings by worker. */
  private async round(watch: ClockWatch): Promise<Finding[][]> {
    const decided = this.board.decided();
    const expanded = await this.crew.phase((w) => [{ type: 'expand', depth: this.level - 1, decided, capacity: this.capacity(w) }, []]);
    this.reports = expanded.map((r) => r.report);
    const findings = this.reports.map((r) => [...r.findings]);
    if (watch.interruption !== null) return findings;
    const delivered = await this.crew.phase((w) => {
      const parcels = expanded.flatMap((from, s) => (s === w ? [] : [from.parcels![w]!]));
      return [{ type: 'deliver', parcels, capacity: this.capacity(w) }, parcels.map((p) => p.records)];
    });
    this.reports = delivered.map((r) => r.report);
    this.reports.forEach((r, w) => findings[w]!.push(...r.findings));
    return findings;
  }

  /**
   * Worker w's share of maxStates for the next phase: what it holds plus an equal part of the room left
   * (the remainder to the lowest indices). The shares never add up to more than maxStates, so the search
   * keeps to the cap, and they depend only on counts, so the run stays deterministic.
   */
  private capacity(w: number): number {
    if (!Number.isFinite(this.maxStates)) return Infinity;
    const held = this.reports.map((r) => r.states);
    const count = this.crew.size;
    const room = Math.max(0, this.maxStates - held.reduce((n, s) => n + s, 0));
    return (held[w] ?? 0) + Math.floor(room / count) + (w < room % count ? 1 : 0);
  }

  private endOfRound(findings: readonly (readonly Finding[])[], watch: ClockWatch): StopReason | null {
    watch.check();
    this.board.absorb(findings);
    const grew = this.reports.some((r) => r.levelStates > 0);
    if (grew) this.deepest = this.level;
    if (this.board.mustStop()) return 'violation';
    if (watch.interruption !== null) return watch.interruption;
    if (this.reports.some((r) => r.capped)) return 'max-states';
    return grew ? null : 'done';
  }
}
