/**
 * Readers for JSON that users hand back to the tool (counterexample files): each checks one value and,
 * when it is wrong, names the field and what was expected there.
 */

export class JsonFieldError extends Error {
  constructor(
    readonly path: string,
    readonly problem: string,
  ) {
    super(`${path}: ${problem}`);
    this.name = 'JsonFieldError';
  }
}

type JsonObject = Readonly<Record<string, unknown>>;
export type Reader<T> = (value: unknown, path: string) => T;

function got(value: unknown): string {
  if (value === null) return 'null';
  if (Array.isArray(value)) return 'an array';
  if (typeof value === 'object') return 'an object';
  if (value === undefined) return 'nothing';
  const text = JSON.stringify(value);
  return text.length > 40 ? `${text.slice(0, 37)}...` : text;
}

function fail(path: string, expected: string, value: unknown): never {
  throw new JsonFieldError(path, `expected ${expected}, got ${got(value)}`);
}

export function object(value: unknown, path: string): JsonObject {
  if (typeof value !== 'object' || value === null || Array.isArray(value)) fail(path, 'an object', value);
  return value as JsonObject;
}

export function string(value: unknown, path: string): string {
  return typeof value === 'string' ? value : fail(path, 'a string', value);
}

export function boolean(value: unknown, path: string): boolean {
  return typeof value === 'boolean' ? value : fail(path, 'true or false', value);
}

export function nonNegative(value: unknown, path: string): number {
  return typeof value === 'number' && Number.isFinite(value) && value >= 0 ? value : fail(path, 'a number >= 0', value);
}

export function index(value: unknown, path: string): number {
  return Number.isSafeInteger(value) && (value as number) >= 0 ? (value as number) : fail(path, 'an integer >= 0', value);
}

export function literal<T extends string>(allowed: readonly T[]): Reader<T> {
  return (value, path) =>
    allowed.includes(value as T) ? (value as T) : fail(path, `one of ${allowed.map((a) => JSON.stringify(a)).join(', ')}`, value);
}

export function array<T>(item: Reader<T>): Reader<T[]> {
  return (value, path) => {
    if (!Array.isArray(value)) fail(path, 'an array', value);
    return value.map((v: unknown, i) => item(v, `${path}[${i}]`));
  };
}

export function optional<T>(read: Reader<T>): Reader<T | undefined> {
  return (value, path) => (value === undefined ? undefined : read(value, path));
}

export function nullable<T>(read: Reader<T>): Reader<T | null> {
  return (value, path) => (value === null ? null : read(value, path));
}

export function record<T>(item: Reader<T>): Reader<Record<string, T>> {
  return (value, path) =>
    Object.fromEntries(Object.entries(object(value, path)).map(([k, v]) => [k, item(v, `${path}[${JSON.stringify(k)}]`)]));
}

/** Reads the named fields of an object with their readers; a missing required field is named too. */
export function fields<T>(readers: { readonly [K in keyof T]-?: Reader<T[K]> }): Reader<T> {
  return (value, path) => {
    const source = object(value, path);
    const out: Record<string, unknown> = {};
    for (const [key, read] of Object.entries(readers) as [string, Reader<unknown>][]) {
      const field = read(source[key], `${path}.${key}`);
      if (field !== undefined) out[key] = field;
    }
    return out as T;
  };
}
