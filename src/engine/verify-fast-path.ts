/**
 * Checks a model's fast path against its immer `next`: a search with fastPath 'verify' that computes
 * every transition both ways and throws on the first difference (update and next encode differently,
 * or the codec does not round-trip next's state). Use it in a model's tests: a codec or update that
 * drifts from `next` would otherwise silently change state counts and verdicts.
 */
import type { Model } from './types.ts';
import { check } from './check.ts';

export interface FastPathReport {
  /** Distinct states reached (all expanded and compared, unless maxStates cut the search). */
  readonly states: number;
  readonly transitions: number;
  /** Every reachable state was covered (maxStates did not cut the search). */
  readonly complete: boolean;
}

export async function verifyFastPath<S, A>(
  model: Model<S, A>,
  options: { readonly maxStates?: number } = {},
): Promise<FastPathReport> {
  const result = await check(model, [], {
    fastPath: 'verify',
    symmetry: false,
    deadlock: false,
    ...(options.maxStates !== undefined && { maxStates: options.maxStates }),
  });
  return { states: result.states, transitions: result.transitions, complete: result.complete };
}
