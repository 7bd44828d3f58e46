/**
 * Shared assertions for a paired topology: each rule's verdict is the one it expects for the topology
 * and the one listed here, each counterexample is as short as listed and replays to a violation.
 */
import { beforeAll, describe, expect, it } from 'vitest';
import { reproduces } from '../../src/engine/trace.ts';
import { pairingCheck } from '../../src/fabric/pairing.ts';
import { clauseNames, verdicts } from './verdicts.ts';
import type { Verdicts } from './verdicts.ts';
import type { Topology } from '../../model/topology/types.ts';

/** Rule name → 'holds', or the length of its shortest counterexample. */
export type Table = Readonly<Record<string, 'holds' | number>>;

export function describeVerdicts(title: string, topology: () => Topology, table: Table, extra?: (get: () => Verdicts) => void): void {
  describe(title, () => {
    let found: Verdicts;
    beforeAll(async () => {
      found = await verdicts(topology(), undefined, undefined, true);
    });

    it('searches every state within the depth bound', () => {
      expect(found.result.complete).toBe(true);
      expect(found.result.depth).toBe(pairingCheck(topology())!.maxDepth);
      expect(found.of('deadlock').status).toBe('holds');
    });

    for (const [name, want] of Object.entries(table)) {
      it(`${name}: ${want === 'holds' ? 'holds' : `violated in ${want} steps`}, as the rule expects`, () => {
        const fabric = pairingCheck(topology())!;
        const rule = fabric.rules.find((r) => r.name === name)!;
        const result = found.of(name);
        expect(result.status).toBe(want === 'holds' ? 'holds' : 'violated');
        expect(rule.expected(topology()).verdict).toBe(result.status);
        if (want === 'holds') return;
        const trace = result.trace!;
        expect(trace.actions.length).toBe(want);
        const property = fabric.subject.properties.find((p) => p.name === name)!;
        expect(reproduces(fabric.subject.model, trace, property)).toBe(true);
      });
    }

    it('failover-data-loss-bounded: the exact-loss and the while-both-ran clauses hold on every transition', () => {
      expect(clauseNames.map((name) => found.of(name).status)).toEqual(['holds', 'holds']);
    });

    it('covers every rule that applies', () => {
      expect(Object.keys(table).sort()).toEqual(pairingCheck(topology())!.rules.map((r) => r.name).sort());
    });

    extra?.(() => found);
  });
}
