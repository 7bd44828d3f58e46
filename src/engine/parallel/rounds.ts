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
      const initial = await this.crew.phase(() => [{ type: 'init' }, []]);
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
    const expanded = await this.crew.phase(() => [{ type: 'expand', depth: this.level - 1, decided }, []]);
    this.reports = expanded.map((r) => r.report);
    const findings = this.reports.map((r) => [...r.findings]);
    if (watch.interruption !== null) return findings;
    const delivered = await this.crew.phase((w) => {
      const parcels = expanded.flatMap((from, s) => (s === w ? [] : [from.parcels![w]!]));
      return [{ type: 'deliver', parcels }, parcels.map((p) => p.records)];
    });
    this.reports = delivered.map((r) => r.report);
    this.reports.forEach((r, w) => findings[w]!.push(...r.findings));
    return findings;
  }

  private endOfRound(findings: readonly (readonly Finding[])[], watch: ClockWatch): StopReason | null {
    watch.check();
    this.board.absorb(findings);
    const grew = this.reports.some((r) => r.levelStates > 0);
    if (grew) this.deepest = this.level;
    if (this.board.mustStop()) return 'violation';
    if (watch.interruption !== null) return watch.interruption;
    if (this.reports.reduce((n, r) => n + r.states, 0) > this.maxStates) return 'max-states';
    return grew ? null : 'done';
  }
}
