/**
 * Each design rule states the verdict users should expect (`expected`, worked out from the published
 * rules in properties/fault-sets.ts) and a property the search decides on the model. The two are
 * independent views of one design: wherever the search reaches a verdict, they must agree, or the CLI
 * reports the rule as broken ("not the verdict the rule expects") on a design that is fine, or the reverse.
 */
import fc from 'fast-check';
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { parseTopology } from '../../model/topology/validate.ts';
import type { Topology } from '../../model/topology/types.ts';
import { describeShape, smallShape, topologyOf, type Shape } from './small-topologies.ts';

async function disagreements(topology: Topology): Promise<string[]> {
  const out: string[] = [];
  for (const fabricCheck of fabricChecks(topology)) {
    const result = await check(fabricCheck.subject.model, fabricCheck.subject.properties, {
      maxDepth: fabricCheck.maxDepth,
      stopAtFirstViolation: false,
    });
    for (const verdict of result.properties) {
      const rule = fabricCheck.rules.find((r) => r.name === verdict.name);
      if (rule === undefined || verdict.status === 'unknown') continue;
      const expected = rule.expected(topology);
      if (expected.verdict !== verdict.status) {
        const path = verdict.trace?.labels?.join(' → ') ?? '';
        out.push(`${verdict.name}: search ${verdict.status}${path && ` (${path})`}, rule expects ${expected.verdict} (${expected.why})`);
      }
    }
  }
  return out;
}

/**
 * The disagreements listed in the report of issue 6, each shown by its own test below; the generated
 * search leaves exactly these out so that it still finds any other.
 */
function knownDisagreement(shape: Shape): boolean {
  const seeds = Math.min(shape.hosts.length, 7);
  const noSqlVote = shape.sqlWitnessVote === 'never' || (shape.sqlWitnessVote === 'even-seeds-below-12' && seeds >= 12);
  return noSqlVote && seeds % 2 === 0;
}

describe('the generated small topologies', () => {
  // The generator must give valid topologies only (SfB 2019 with a single back end, DOMAIN.md §1–2), yet
  // still every product and, outside SfB 2019, every back end, or the search below covers less than it says.
  it('are all valid, and cover every product and back end the products allow', () => {
    const shapes = fc.sample(smallShape, { numRuns: 300, seed: 6 });
    for (const shape of shapes) expect(() => topologyOf(shape), describeShape(shape)).not.toThrow();
    const combos = new Set(shapes.map((shape) => `${shape.product} ${shape.backend}`));
    expect([...combos].sort()).toEqual([
      'lync2013 mirror',
      'lync2013 single',
      'lync2013 witness',
      'sfb2015 mirror',
      'sfb2015 single',
      'sfb2015 witness',
      'sfb2019 single',
    ]);
    // topologyOf does validate: an SfB 2019 mirror is refused.
    const mirrored = { product: 'sfb2019', pool: { name: 'p.contoso.com', frontEnds: [1, 2, 3].map((i) => ({ name: `fe${i}`, host: `h${i}` })), backend: { principal: 'sql1', mirror: 'sql2' } } };
    expect(parseTopology(mirrored).ok).toBe(false);
  });
});

describe('rule expectations agree with the search', () => {
  it('on 80 generated small topologies (all products, back ends, host sharing and settings)', async () => {
    await fc.assert(
      fc.asyncProperty(smallShape.filter((shape) => !knownDisagreement(shape)), async (shape) => {
        expect(await disagreements(topologyOf(shape)), describeShape(shape)).toEqual([]);
      }),
      { numRuns: 80, seed: 6 },
    );
    // A guard against a hang, not a speed limit: 80 exhaustive searches take minutes on a loaded machine.
  }, 600_000);

  // Was a bug: the back end was down for the one state between the principal failing and the witness
  // failing over, so one SQL fault broke both rules; DOMAIN.md §1 (and properties/fault-sets.ts) say a
  // witnessed back end needs two of its three servers down. Fixed by model/witness.ts.
  it('a 2-FE pool with mirror and witness survives one SQL fault (never-two-servers, backend-outage-survival)', async () => {
    const topology = topologyOf({ product: 'sfb2015', hosts: [0, 1], backend: 'witness', maxFaults: 1 });
    expect(await disagreements(topology)).toEqual([]);
  });

  // Bug: with sqlWitnessVote "never" an even pool has no tie-breaker, so the table's minimum (2 of 4) is
  // not a majority and the pool shuts down; even-pool-sql-witness's `expected` still says it holds.
  it.each([
    ['no mirror', { product: 'lync2013', hosts: [0, 1, 2, 3], backend: 'single', maxFaults: 2, sqlWitnessVote: 'never' }],
    ['a mirror', { product: 'sfb2015', hosts: [0, 1, 2, 3], backend: 'mirror', maxFaults: 2, sqlWitnessVote: 'never' }],
  ] as [string, Shape][])('an even pool with sqlWitnessVote "never" and %s: even-pool-sql-witness', async (_, shape) => {
    expect(await disagreements(topologyOf(shape))).toEqual([]);
  });
});
