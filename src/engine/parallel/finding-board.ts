/**
 * The coordinator's choice among the threads' findings. Every finding carries its place in one
 * thread's search order (protocol.ts's `key` and `sub`), and per property the board keeps the first
 * by that order from the earliest round (a round's findings all have paths of one length, so any is
 * shortest). It is the finding one thread would report, however the levels were split.
 *
 * With stopAtFirstViolation, one violation is kept, as on one thread: the first in that order across
 * slots; any other violation found in the same round is left undecided.
 */
import type { PropertyKind } from '../types.ts';

export interface Pick {
  /** The global id of the state the trace ends in, or leaves by `action` for a step property. */
  readonly id: number;
  /** For a step property, the index of the action taken from `id`; else -1. */
  readonly action: number;
}

export interface PlacedFinding extends Pick {
  readonly slot: number;
  readonly key: number;
  readonly sub: number;
}

const before = (a: PlacedFinding, b: PlacedFinding): boolean => a.key < b.key || (a.key === b.key && a.sub < b.sub);

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

  /** Takes one round's findings, from every thread, in any order. */
  absorb(findings: readonly PlacedFinding[]): void {
    const fresh = new Map<number, PlacedFinding>();
    for (const f of findings) {
      if (this.picks[f.slot] !== undefined) continue;
      const best = fresh.get(f.slot);
      if (best === undefined || before(f, best)) fresh.set(f.slot, f);
    }
    let chosen = [...fresh.values()];
    if (this.stopAtFirstViolation && this.violations === 0) {
      const first = chosen.filter((f) => this.isViolation[f.slot]).reduce<PlacedFinding | undefined>((a, f) => (a === undefined || before(f, a) ? f : a), undefined);
      chosen = chosen.filter((f) => !this.isViolation[f.slot] || f === first);
    }
    for (const f of chosen) {
      this.picks[f.slot] = { id: f.id, action: f.action };
      this.open--;
      if (this.isViolation[f.slot]) this.violations++;
    }
  }

  /** As on one thread: any violation with stopAtFirstViolation, else once every slot is decided. */
  mustStop(): boolean {
    return this.violations > 0 && (this.stopAtFirstViolation || this.open === 0);
  }
}
