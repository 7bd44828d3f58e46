/** Parsers for numeric flags: commander reports their message as the flag's problem (exit 2). */
import { InvalidArgumentError } from 'commander';

export function wholeNumber(min: number, max = Number.MAX_SAFE_INTEGER): (value: string) => number {
  const allowed = max === Number.MAX_SAFE_INTEGER ? `a whole number of at least ${min}` : `a whole number from ${min} to ${max}`;
  return (value) => {
    const number = /^\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
    if (!Number.isSafeInteger(number) || number < min || number > max) throw new InvalidArgumentError(`It must be ${allowed}.`);
    return number;
  };
}

export function positiveSeconds(value: string): number {
  const number = /^\d+(\.\d+)?$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!(number > 0)) throw new InvalidArgumentError('It must be a number of seconds above 0.');
  return number;
}

/** `--property a --property b,c` gives [a, b, c]. */
export function collectNames(value: string, previous: readonly string[] = []): string[] {
  return [...previous, ...value.split(',').map((name) => name.trim()).filter((name) => name !== '')];
}

/** fast-check seeds are 32-bit integers, negative ones included. */
export function seed(value: string): number {
  const number = /^-?\d+$/.test(value.trim()) ? Number(value) : Number.NaN;
  if (!Number.isSafeInteger(number) || number < -(2 ** 31) || number >= 2 ** 32)
    throw new InvalidArgumentError('It must be a whole number (a 32-bit seed, as printed by simulate).');
  return number;
}

/** fast-check's replay path: colon-separated indices, as printed by simulate. */
export function replayPath(value: string): string {
  if (!/^\d+(:\d+)*$/.test(value)) throw new InvalidArgumentError('It must be colon-separated numbers, as printed by simulate.');
  return value;
}
