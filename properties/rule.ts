import type { Property } from '../src/engine/types.ts';
import type { Topology } from '../model/topology/types.ts';

/** The verdict users should expect for a topology, with one line of why. */
export interface Expectation {
  readonly verdict: 'holds' | 'violated';
  readonly why: string;
}

/** A design rule: a named property with where it comes from and the verdict users should expect. */
export interface DesignRule<S, A> {
  /** kebab-case, unique across the project (e.g. `never-two-servers`). */
  readonly name: string;
  readonly description: string;
  /** The published rule or source it comes from (DOMAIN.md section, seed article). */
  readonly source: string;
  /** Whether the rule speaks about this topology at all (pairing rules need a paired pool). */
  applies(topology: Topology): boolean;
  expected(topology: Topology): Expectation;
  property(topology: Topology): Property<S, A>;
}
