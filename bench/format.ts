/** Number formatting and plain-text tables for the benchmark's report. */
import { getBorderCharacters, table } from 'table';

export const count = (n: number): string => Math.round(n).toLocaleString('en-US');

export const seconds = (ms: number): string => `${(ms / 1000).toFixed(ms < 10_000 ? 2 : 1)} s`;

export function perSecond(n: number, ms: number): string {
  const rate = (n * 1000) / ms;
  return rate >= 1e6 ? `${(rate / 1e6).toFixed(2)} M/s` : `${(rate / 1e3).toFixed(0)} k/s`;
}

export const mib = (bytes: number): string => `${(bytes / 2 ** 20).toFixed(0)} MiB`;

export const ratio = (x: number): string => `${x.toFixed(2)}x`;

export const percent = (x: number): string => `${Math.round(100 * x)} %`;

export interface Column {
  readonly title: string;
  /** Right-align (figures). */
  readonly figure?: boolean;
}

/** A titled table with a rule under its header row. */
export function drawTable(title: string, columns: readonly Column[], rows: readonly (readonly string[])[]): string {
  const body = table([columns.map((c) => c.title), ...rows], {
    border: getBorderCharacters('norc'),
    drawHorizontalLine: (line, size) => line === 0 || line === 1 || line === size,
    columns: columns.map((c) => ({ alignment: c.figure ? 'right' : 'left' })),
  });
  return `${title}\n${body}\n`;
}
