/** The index's table: one row per (check, property), one column per topology, in first-seen order. */
import type { PropertyReport } from './report.ts';

export interface Matrix {
  readonly topologies: readonly string[];
  readonly rows: readonly { readonly check: string; readonly property: string; readonly cells: readonly (PropertyReport | undefined)[] }[];
}

export function verdictMatrix(reports: readonly PropertyReport[]): Matrix {
  const topologies = [...new Set(reports.map((r) => r.topologyName))];
  const keys = new Map<string, { check: string; property: string }>();
  for (const r of reports) keys.set(JSON.stringify([r.check, r.property]), { check: r.check, property: r.property });
  const rows = [...keys.values()].map((key) => ({
    ...key,
    cells: topologies.map((t) => reports.find((r) => r.topologyName === t && r.check === key.check && r.property === key.property)),
  }));
  return { topologies, rows };
}
