/**
 * Each rule's `expected` is worked out from the topology alone (fault arithmetic and the voting rule); the
 * search finds the verdict from the reducer. They must agree across pool sizes, host layouts, back ends,
 * fault bounds and settings.
 */
import { describe, expect, it } from 'vitest';
import { scaleSizes, scaleTopology } from '../../bench/topologies.ts';
import { pool, topologyOf } from '../model/helpers.ts';
import { runRules } from './run.ts';
import type { TopologyFile } from '../../model/topology/file.ts';
import type { Topology } from '../../model/topology/types.ts';

const cases: [string, Topology][] = [
  ...scaleSizes.map((n): [string, Topology] => [`${n} FEs on their own hosts, mirror + witness (bench)`, topologyOf(scaleTopology(n))]),
  ['1 FE, single SQL', pool(['h1'])],
  ['3 FEs, two on one host', pool(['h1', 'h1', 'h2'])],
  ['3 FEs, one fault', pool(['h1', 'h2', 'h3'], { principal: 'sql1' }, { bounds: { maxFaults: 1 } })],
  ['4 FEs, no faults', pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2' }, { bounds: { maxFaults: 0 } })],
  ['4 FEs, single SQL', pool(['h1', 'h2', 'h3', 'h4'])],
  ['4 FEs, three faults', pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1' }, { bounds: { maxFaults: 3 } })],
  ['4 FEs, SQL never votes', pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1', mirror: 'sql2' }, { settings: { sqlWitnessVote: 'never' } })],
  ['5 FEs on two hosts', pool(['h1', 'h1', 'h1', 'h2', 'h2'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' })],
  ['6 FEs, mirror without witness, one fault', pool(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], { principal: 'sql1', mirror: 'sql2' }, { bounds: { maxFaults: 1 } })],
  [
    '8 FEs, seeds by first start',
    pool(['h1', 'h2', 'h3', 'h4', 'h5', 'h6', 'h7', 'h8'], { principal: 'sql1' }, { settings: { seedOrder: 'first-start' } }),
  ],
  ['4 FEs, 2 routing groups', pool(['h1', 'h1', 'h2', 'h3'], { principal: 'sql1' }, { pool: { name: 'pool-a', frontEnds: ['h1', 'h1', 'h2', 'h3'].map((host, i) => ({ name: `fe${i + 1}`, host })), backend: { principal: 'sql1' }, routingGroups: 2 } })],
  ['SfB 2019, 12 FEs on 12 hosts', topologyOf({ ...sfb2019(scaleTopology(12)) })],
  ['2 FEs, mirror + witness, one fault', pool(['h1', 'h2'], { principal: 'sql1', mirror: 'sql2', witness: 'sql3' }, { bounds: { maxFaults: 1 } })],
  ['2 FEs on one host, one fault', pool(['h1', 'h1'], { principal: 'sql1' }, { bounds: { maxFaults: 1 } })],
  ['2 FEs, restart order free', pool(['h1', 'h2'], { principal: 'sql1' }, { settings: { twoFeRestartOrder: 'any' } })],
  ['4 FEs, three faults, threshold no longer than the shutdown', pool(['h1', 'h2', 'h3', 'h4'], { principal: 'sql1' }, { bounds: { maxFaults: 3 }, registrar: { backupStoreUnavailableThresholdMinutes: 5 } })],
  ['6 FEs, groups in quorum loss reconfigure, three faults', pool(['h1', 'h2', 'h3', 'h4', 'h5', 'h6'], { principal: 'sql1', mirror: 'sql2' }, { bounds: { maxFaults: 3 }, settings: { groupInQuorumLoss: 'reconfigures' } })],
];

/** SfB 2019 has no database mirroring: the bench pool with its principal alone. */
function sfb2019(file: TopologyFile): TopologyFile {
  return { ...file, product: 'sfb2019', pool: { ...file.pool, backend: { principal: file.pool.backend.principal } } };
}

describe.each(cases)('%s', (_, topology) => {
  it('finds every rule’s expected verdict', async () => {
    const { run, rules } = await runRules(topology);
    expect(run.exhaustive).toBe(true);
    const found = [...rules].map(([rule, o]) => ({ rule, verdict: o.result.status, why: o.why }));
    const expected = [...rules].map(([rule, o]) => ({ rule, verdict: o.expected, why: o.why }));
    expect(found).toEqual(expected);
  });
});
