/** A derived quorum table set beside Microsoft's published one, row by row. */
import { publishedQuorumTable, type QuorumRow } from '../fabric/quorum-table.ts';
import type { Product } from '../../model/topology/types.ts';

export interface ComparedRow extends QuorumRow {
  readonly published: { readonly mustRun: number | null; readonly ofFirst: number | null; readonly coldStart: number | null };
  /** Null where Microsoft publishes neither number for this size. */
  readonly matches: boolean | null;
}

export function compareWithPublished(product: Product, derived: readonly QuorumRow[]): ComparedRow[] {
  const published = publishedQuorumTable(product);
  return derived.map((row) => {
    const { mustRun, ofFirst, coldStart } = published.find((p) => p.frontEnds === row.frontEnds) ?? {
      mustRun: null,
      ofFirst: null,
      coldStart: null,
    };
    const checks = [
      ...(mustRun === null ? [] : [row.mustRun === mustRun && row.ofFirst === ofFirst]),
      ...(coldStart === null ? [] : [row.coldStart === coldStart]),
    ];
    return { ...row, published: { mustRun, ofFirst, coldStart }, matches: checks.length === 0 ? null : checks.every(Boolean) };
  });
}

/** `any 4 of the first 7`, as Microsoft words it. */
export function functionalText(mustRun: number | null, ofFirst: number | null): string {
  if (mustRun === null) return 'not published';
  return ofFirst === null ? `any ${mustRun}` : `any ${mustRun} of the first ${ofFirst}`;
}
