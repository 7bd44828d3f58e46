/**
 * The coordinator's choice among the workers' findings, in a fixed order so that it is the same on
 * every run: the earliest round first (every finding of a slot in one round has the same path
 * length, so any is shortest), then the lowest worker index, then that worker's discovery order.
 *
 * With stopAtFirstViolation, one violation is kept, as on one thread: the first in that order across
 * slots; any other violation found in the same round is left undecided.
 */
import type { PropertyKind } from '../types.ts';
import type { Finding } from './protocol.ts';

export interface Pick {
  readonly worker: number;
  readonly id: number;
  /** For a step property, the index of the action taken from `id`; else -1. */
  readonly action: number;
}

export class FindingBoard {
  /** Per slot (properties, then deadlock): the chosen finding. */
  readonly picks: (Pick | undefined)[];
  private readonly isViolation: boolean[];
  private open: number;
  private violations = 0;

  constructor(
    properties: readonly { readonly kind: PropertyKind }[],
    deadlock: boolean,
    private readonly stopAtFirstViolation: boolean,
  ) {
    this.picks = Array.from({ length: properties.length + 1 }, () => undefined);
    this.isViolation = [...properties.map((p) => p.kind !== 'sometimes'), true];
    this.open = properties.filter((p) => p.kind !== 'eventually').length + (deadlock ? 1 : 0);
  }

  /** Slots that need no more checking. */
  decided(): number[] {
    return this.picks.flatMap((pick, slot) => (pick === undefined ? [] : [slot]));
  }

  /** Takes one round's findings, `byWorker[w]` in worker w's discovery order. */
  absorb(byWorker: readonly (readonly Finding[])[]): void {
    const fresh: { slot: number; worker: number; seq: number }[] = [];
    byWorker.forEach((findings, worker) => {
      for (const f of findings) {
        if (this.picks[f.slot] !== undefined) continue;
        this.picks[f.slot] = { worker, id: f.id, action: f.action };
        fresh.push({ slot: f.slot, worker, seq: f.seq });
      }
    });
    if (this.stopAtFirstViolation && this.violations === 0) {
      const first = fresh.filter((f) => this.isViolation[f.slot]).sort((a, b) => a.worker - b.worker || a.seq - b.seq);
      for (const later of first.slice(1)) this.picks[later.slot] = undefined;
    }
    for (const f of fresh) {
      if (this.picks[f.slot] === undefined) continue;
      this.open--;
      if (this.isViolation[f.slot]) this.violations++;
    }
  }

  /** As on one thread: any violation with stopAtFirstViolation, else once every slot is decided. */
  mustStop(): boolean {
    return this.violations > 0 && (this.stopAtFirstViolation || this.open === 0);
  }
}
