/**
 * Vitest matchers over any check result (the engine's CheckResult, or checkTopology's): a failing
 * assertion prints the counterexample's steps, so a red CI run says why without another command.
 * Register with `expect.extend(fabricMatchers)`; they need nothing from vitest itself.
 */
import type { PropertyResult, Verdict } from '../engine/types.ts';

/** What the matchers read: a list of property verdicts, as both result kinds carry. */
export interface Verdicts {
  readonly properties: readonly Pick<PropertyResult<unknown>, 'name' | 'status' | 'trace' | 'reason'>[];
}

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

export const fabricMatchers = {
  /** The property holds within the bounds. */
  toHold(received: Verdicts, name: string): MatcherResult {
    return verdictIs(received, name, 'holds');
  },
  /** The property is violated; with `steps`, by a shortest counterexample of exactly that length. */
  toBeViolated(received: Verdicts, name: string, expected: { readonly steps?: number } = {}): MatcherResult {
    const outcome = verdictIs(received, name, 'violated');
    if (!outcome.pass || expected.steps === undefined) return outcome;
    const steps = find(received, name)?.trace?.actions.length ?? 0;
    return {
      pass: steps === expected.steps,
      message: () => `expected "${name}" to be violated in ${expected.steps} steps, got ${steps}:\n${describe(find(received, name)!)}`,
    };
  },
};

function verdictIs(received: Verdicts, name: string, wanted: Verdict): MatcherResult {
  const property = find(received, name);
  if (property === undefined) {
    const names = (received?.properties ?? []).map((p) => p.name).join(', ');
    return { pass: false, message: () => `no property "${name}" in the result; it has ${names || 'none'}` };
  }
  return {
    pass: property.status === wanted,
    message: () =>
      property.status === wanted
        ? `expected "${name}" not to be ${wanted}, but it is:\n${describe(property)}`
        : `expected "${name}" to be ${wanted}, but it is ${property.status}:\n${describe(property)}`,
  };
}

function find(received: Verdicts, name: string): Verdicts['properties'][number] | undefined {
  return received?.properties?.find((p) => p.name === name);
}

function describe(property: Verdicts['properties'][number]): string {
  const lines = [`  ${property.status}${property.reason === undefined ? '' : ` (${property.reason})`}`];
  const labels = property.trace?.labels ?? property.trace?.actions.map((a) => `action #${a}`) ?? [];
  labels.forEach((label, i) => lines.push(`  ${i + 1}. ${label}`));
  return lines.join('\n');
}

/** Type the matchers into vitest's `expect(…)` for suites that import this module. */
declare module 'vitest' {
  // Declared as vitest declares it: merged interface declarations must have the same type parameters.
  interface Matchers<T = any> {
    toHold(name: string): T;
    toBeViolated(name: string, expected?: { readonly steps?: number }): T;
  }
}
