/**
 * Vitest matchers over any check result (the engine's CheckResult, or checkTopology's): a failing
 * assertion prints the counterexample's steps, so a red CI run says why without another command.
 * Register with `expect.extend(fabricMatchers)`; they need nothing from vitest itself.
 */
import type { PropertyResult, Verdict } from '../engine/types.ts';

type Found = Pick<PropertyResult<unknown>, 'name' | 'status' | 'trace' | 'reason'> & {
  /** The check the verdict came from (checkTopology's results have it; the engine's do not). */
  readonly check?: string;
};

/** What the matchers read: a list of property verdicts, as both result kinds carry. */
export interface Verdicts {
  readonly properties: readonly Found[];
}

/** Which check's property, when several checks of a result share its name (each has a `deadlock`). */
export interface Which {
  readonly check?: string;
}

interface MatcherResult {
  readonly pass: boolean;
  readonly message: () => string;
}

export const fabricMatchers = {
  /** The property holds within the bounds; `name` may be `check/name`, or give `{ check }`. */
  toHold(received: Verdicts, name: string, which: Which = {}): MatcherResult {
    return verdictIs(received, name, which, 'holds');
  },
  /** The property is violated; with `steps`, by a shortest counterexample of exactly that length. */
  toBeViolated(received: Verdicts, name: string, expected: Which & { readonly steps?: number } = {}): MatcherResult {
    const outcome = verdictIs(received, name, expected, 'violated');
    if (!outcome.pass || expected.steps === undefined) return outcome;
    const property = find(received, name, expected);
    const steps = property.trace?.actions.length ?? 0;
    return {
      pass: steps === expected.steps,
      message: () => `expected "${nameOf(property)}" to be violated in ${expected.steps} steps, got ${steps}:\n${describe(property)}`,
    };
  },
};

const PHRASES: Readonly<Record<Verdict, readonly [string, string]>> = {
  holds: ['to hold', 'not to hold'],
  violated: ['to be violated', 'not to be violated'],
  unknown: ['to be unknown', 'not to be unknown'],
};

function verdictIs(received: Verdicts, name: string, which: Which, wanted: Verdict): MatcherResult {
  const property = find(received, name, which);
  const [is, isNot] = PHRASES[wanted];
  return {
    pass: property.status === wanted,
    message: () =>
      property.status === wanted
        ? `expected "${nameOf(property)}" ${isNot}, but it is ${wanted}:\n${describe(property)}`
        : `expected "${nameOf(property)}" ${is}, but it is ${property.status}:\n${describe(property)}`,
  };
}

/**
 * The one property `name` (or `check/name`) means. A missing or ambiguous name is a mistake in the test,
 * not a verdict: it throws, so that `.not` cannot turn it into a pass.
 */
function find(received: Verdicts, name: string, which: Which): Found {
  const all = received?.properties ?? [];
  let matches = all.filter((p) => p.name === name && (which.check === undefined || p.check === which.check));
  const slash = name.indexOf('/');
  if (matches.length === 0 && slash > 0 && which.check === undefined) {
    const [check, rest] = [name.slice(0, slash), name.slice(slash + 1)];
    matches = all.filter((p) => p.check === check && p.name === rest);
  }
  if (matches.length === 1) return matches[0]!;
  const wanted = which.check === undefined ? `"${name}"` : `"${name}" in check "${which.check}"`;
  if (matches.length === 0) {
    throw new Error(`no property ${wanted} in the result; it has ${all.map(nameOf).join(', ') || 'none'}`);
  }
  const checks = matches.map((p) => p.check ?? '(no check id)');
  const [first] = checks;
  throw new Error(
    `${wanted} is ambiguous: the result has it in ${matches.length} checks (${checks.join(', ')}); ` +
      `name one, e.g. ${JSON.stringify(`${first}/${name}`)} or { check: ${JSON.stringify(first)} }`,
  );
}

function nameOf(property: Found): string {
  return property.check === undefined ? property.name : `${property.check}/${property.name}`;
}

function describe(property: Found): string {
  const lines = [`  ${property.status}${property.reason === undefined ? '' : ` (${property.reason})`}`];
  const labels = property.trace?.labels ?? property.trace?.actions.map((a) => `action #${a}`) ?? [];
  labels.forEach((label, i) => lines.push(`  ${i + 1}. ${label}`));
  return lines.join('\n');
}

/** Type the matchers into vitest's `expect(…)` for suites that import this module. */
declare module 'vitest' {
  // Declared as vitest declares it: merged interface declarations must have the same type parameters.
  interface Matchers<T = any> {
    toHold(name: string, which?: { readonly check?: string }): T;
    toBeViolated(name: string, expected?: { readonly steps?: number; readonly check?: string }): T;
  }
}
