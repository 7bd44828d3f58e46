/**
 * One worker's share of a level-synchronous BFS: the states it owns (fingerprint hi ≡ its index mod
 * the worker count), with its own seen-set, frontier and parent links in plain typed arrays. A state's
 * local id is its insertion index in all three.
 *
 * A round turns level d into level d + 1 in two phases. `expand` visits this worker's level-d states
 * in id order; a successor it owns is inserted at once, any other goes into the outbox of its owner.
 * `deliver` then inserts the other workers' successors, from worker 0 up. Every order involved is
 * fixed, so for a given worker count the ids, parents and findings are the same on every run, and
 * every state gets its BFS depth, so paths read back from the parent links are shortest.
 *
 * Properties are checked here: always and sometimes on each new state, step on each transition,
 * deadlock on each expanded state. A worker reports its first finding per property; the coordinator
 * picks among workers.
 */
import type { Model, Property } from '../types.ts';
import type { SuccessorVisitor } from '../expand.ts';
import type { Finding, Link, Parcel, PhaseReport, WorkerSetup } from './protocol.ts';
import { Expander } from '../expand.ts';
import { ObjectFrontier, WordFrontier } from '../frontier.ts';
import { RECORD_HEADER } from './protocol.ts';
import { RefLinks } from './ref-links.ts';
import { ADMITTED, FULL, FingerprintFilter } from './fingerprint-filter.ts';
import { Outbox } from './outbox.ts';
import { LabelTable } from './coverage-table.ts';
import { WorkerCounters } from './shared-counters.ts';

/** States (or received records) between progress writes and looks at the stop flag. */
const POLL_EVERY = 64;

interface Slotted<F> {
  readonly slot: number;
  readonly check: F;
}

export class Partition<S, A> {
  private readonly index: number;
  private readonly count: number;
  private readonly expander: Expander<S, A>;
  private readonly fp: Uint32Array;
  private readonly seen = new FingerprintFilter();
  private readonly links = new RefLinks();
  private readonly wordFrontier: WordFrontier | undefined;
  private readonly objectFrontier: ObjectFrontier<S> | undefined;
  private readonly outboxes: (Outbox<S> | null)[];
  private readonly labels: LabelTable<A>;
  private readonly within: ((state: S) => boolean) | undefined;
  private readonly maxDepth: number;
  private readonly deadlock: boolean;
  private readonly counters: WorkerCounters;

  private readonly always: Slotted<(s: S) => boolean>[] = [];
  private readonly sometimes: Slotted<(s: S) => boolean>[] = [];
  private readonly steps: Slotted<(prev: S, action: A, next: S) => boolean>[] = [];
  private readonly deadlockSlot: number;
  /** Per slot: already found here, or settled by the coordinator. */
  private readonly found: boolean[];
  /** Always and sometimes properties still checked: when none, received states need no decoding. */
  private openStateChecks = 0;
  private findings: Finding[] = [];
  private seq = 0;

  private transitions = 0;
  /** The next state to expand; during `expand`, the state being expanded. */
  private head = 0;
  /** The first state of the level being built. */
  private levelStart = 0;
  private unexpanded = false;
  /** The most states this worker may hold in the current phase (its share of maxStates). */
  private capacity = Infinity;
  private capped = false;
  private current: S | undefined;

  constructor(
    private readonly model: Model<S, A>,
    properties: readonly Property<S, A>[],
    setup: WorkerSetup,
  ) {
    this.index = setup.index;
    this.count = setup.count;
    this.expander = new Expander(model, setup.search);
    this.fp = this.expander.fp;
    const words = this.expander.words;
    this.wordFrontier = words > 0 ? new WordFrontier(words) : undefined;
    this.objectFrontier = words > 0 ? undefined : new ObjectFrontier<S>();
    this.outboxes = Array.from({ length: this.count }, (_, w) => (w === this.index ? null : new Outbox<S>(words, words === 0)));
    this.labels = new LabelTable<A>(this.count, (action) => model.label(action));
    this.within = model.within?.bind(model);
    this.maxDepth = setup.search.maxDepth;
    this.deadlock = setup.search.deadlock;
    this.counters = new WorkerCounters(setup.counters, setup.index);
    properties.forEach((p, slot) => {
      if (p.kind === 'always') this.always.push({ slot, check: p.check });
      else if (p.kind === 'sometimes') this.sometimes.push({ slot, check: p.check });
      else if (p.kind === 'step') this.steps.push({ slot, check: p.check });
    });
    this.openStateChecks = this.always.length + this.sometimes.length;
    this.deadlockSlot = properties.length;
    this.found = Array.from({ length: properties.length + 1 }, () => false);
  }

  /** Level 0: the initial states this worker owns, in init order. */
  init(capacity: number): PhaseReport {
    this.capacity = capacity;
    const inits = this.model.init();
    for (let i = 0; i < inits.length; i++) {
      const state = inits[i]!;
      this.expander.identify(state);
      const hi = this.fp[0]!;
      if (hi % this.count !== this.index) continue;
      if (!this.admit(hi, this.fp[1]!)) continue;
      this.links.addInitial(i);
      this.store(this.seen.size - 1, state, this.expander.encoded, 0);
    }
    return this.report();
  }

  /** Expands level `depth` (the states added since the last round began). */
  expand(depth: number, decided: readonly number[], capacity: number): { report: PhaseReport; parcels: (Parcel | null)[] } {
    this.capacity = capacity;
    for (const slot of decided) this.settle(slot);
    const end = this.seen.size;
    this.levelStart = end;
    const expandable = depth < this.maxDepth;
    for (; this.head < end; this.head++) {
      if (this.head % POLL_EVERY === 0 && this.poll()) break;
      this.expandOne(expandable);
    }
    this.wordFrontier?.releaseBefore(this.head);
    this.objectFrontier?.releaseBefore(this.head);
    return { report: this.report(), parcels: this.outboxes.map((o) => o?.take() ?? null) };
  }

  /** Inserts the other workers' successors; `parcels[i]` is from the i-th other worker by index. */
  deliver(parcels: readonly Parcel[], capacity: number): PhaseReport {
    this.capacity = capacity;
    const stride = RECORD_HEADER + this.expander.words;
    let polled = 0;
    sources: for (let i = 0; i < parcels.length; i++) {
      const source = i < this.index ? i : i + 1;
      const parcel = parcels[i]!;
      const records = new Int32Array(parcel.records, 0, parcel.length);
      const states = parcel.states as readonly S[] | undefined;
      for (let at = 0, n = 0; at < parcel.length; at += stride, n++) {
        if (++polled % POLL_EVERY === 0 && this.poll()) break sources;
        if (!this.admit(records[at]! >>> 0, records[at + 1]! >>> 0)) continue;
        this.links.add(source, records[at + 2]!, records[at + 3]!);
        this.labels.receivedNew(source, records[at + 4]!);
        this.store(this.seen.size - 1, states === undefined ? null : states[n]!, records, at + RECORD_HEADER);
      }
    }
    return this.report();
  }

  link(id: number): Link {
    return this.links.link(id);
  }

  private expandOne(expandable: boolean): void {
    const model = this.model;
    let state: S;
    let words: Int32Array | null = null;
    let offset = 0;
    if (this.wordFrontier !== undefined) {
      words = this.wordFrontier.chunkOf(this.head);
      offset = this.wordFrontier.offsetOf(this.head);
      state = this.expander.decode(words, offset);
    } else {
      state = this.objectFrontier!.get(this.head);
    }
    if (this.within !== undefined && !this.within(state)) {
      // Outside the state constraint: checked when added, not expanded, not a deadlock.
      if (!this.unexpanded && model.actions(state).length > 0) this.unexpanded = true;
      return;
    }
    const actions = model.actions(state);
    if (actions.length === 0) {
      if (this.deadlock && !this.found[this.deadlockSlot]) this.record(this.deadlockSlot, this.head, -1);
    } else if (!expandable) {
      this.unexpanded = true;
    } else {
      this.current = state;
      this.expander.expand(state, actions, words, offset, this.visit);
    }
  }

  private readonly visit: SuccessorVisitor<S, A> = (index, action, next) => {
    this.transitions++;
    const label = this.labels.enable(action);
    const steps = this.steps;
    for (let k = 0; k < steps.length; k++) {
      const p = steps[k]!;
      if (!this.found[p.slot] && !p.check(this.current!, action, next)) this.record(p.slot, this.head, index);
    }
    if (this.expander.unchanged) return false;
    const hi = this.fp[0]!;
    const lo = this.fp[1]!;
    const owner = hi % this.count;
    if (owner !== this.index) {
      this.outboxes[owner]!.push(hi, lo, this.head, index, label, this.expander.encoded, next);
      return false;
    }
    if (!this.admit(hi, lo)) return false;
    this.links.add(this.index, this.head, index);
    this.labels.newStates[label]!++;
    this.store(this.seen.size - 1, next, this.expander.encoded, 0);
    return false;
  };

  /** Adds a fingerprint to the seen-set if it is new and there is room; says whether it was added. */
  private admit(hi: number, lo: number): boolean {
    const admission = this.seen.admit(hi, lo, this.capacity);
    if (admission === FULL) this.capped = true;
    return admission === ADMITTED;
  }

  /** Keeps a new state for expansion and checks it; `state` null means decode it from the words if needed. */
  private store(id: number, state: S | null, words: Int32Array, offset: number): void {
    if (this.wordFrontier !== undefined) this.wordFrontier.push(words, offset);
    else this.objectFrontier!.push(state!);
    if (this.openStateChecks === 0) return;
    const s = state ?? this.expander.decode(words, offset);
    for (let k = 0; k < this.always.length; k++) {
      const p = this.always[k]!;
      if (!this.found[p.slot] && !p.check(s)) this.record(p.slot, id, -1);
    }
    for (let k = 0; k < this.sometimes.length; k++) {
      const p = this.sometimes[k]!;
      if (!this.found[p.slot] && p.check(s)) this.record(p.slot, id, -1);
    }
  }

  private record(slot: number, id: number, action: number): void {
    this.settle(slot);
    this.findings.push({ slot, id, action, seq: this.seq++ });
  }

  private settle(slot: number): void {
    if (this.found[slot]) return;
    this.found[slot] = true;
    if (this.always.some((p) => p.slot === slot) || this.sometimes.some((p) => p.slot === slot)) this.openStateChecks--;
  }

  /** Publishes progress; says whether the coordinator asked to stop. */
  private poll(): boolean {
    this.counters.publish(this.seen.size, this.transitions, this.seen.size - this.head);
    return this.counters.stopRequested;
  }

  private report(): PhaseReport {
    this.poll();
    const findings = this.findings;
    this.findings = [];
    return {
      states: this.seen.size,
      transitions: this.transitions,
      levelStates: this.seen.size - this.levelStart,
      unexpanded: this.unexpanded,
      capped: this.capped,
      findings,
      coverage: this.labels.snapshot(),
    };
  }
}
