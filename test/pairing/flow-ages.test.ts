/**
 * The age and outage accounting of flow.ts on the paths where its branches matter: an import that empties a
 * share while the exporter still holds changes in an outage, and a store that comes back with files still
 * waiting in the partner's share. Each is read back as a report does (notes, export status) and, where the
 * interruption flag decides it, as failover-data-loss-bounded judges the failover that follows.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { pairConfig } from '../../model/pairing/config.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { notes } from '../../model/pairing/notes.ts';
import { exportStatus } from '../../model/pairing/status.ts';
import { lossClauses } from '../../properties/pairing/failover-data-loss-bounded.ts';
import { A, B, last, run, time, change, sync, forceSync } from './drive.ts';
import { pairedTopology, variant } from './topologies.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { Topology } from '../../model/topology/types.ts';

const a = 'pool-a.contoso.com';
const b = 'pool-b.contoso.com';

/** Lync 2013, 2 min SyncInterval: interrupted ages and outages stop at 4 min, uninterrupted ages at 32 min. */
const lync = pairedTopology('paired-lync2013');
const interval = pairConfig(lync).syncSeconds;

function path(actions: PairAction[], topology: Topology = lync) {
  const model = pairingModel(topology);
  const states = run(model, actions);
  const s = last(states);
  return { states, s, notes: notes(pairConfig(topology), s), config: pairConfig(topology) };
}

describe('an import while the exporter is in an outage', () => {
  // A exports one change and writes a second; B's back end fails (B cannot import), then A's pool fails:
  // two intervals pass with both of A's changes in flight, then B's back end is back and imports the first.
  const outage: PairAction[] = [
    change(A),
    forceSync(A),
    change(A),
    { kind: 'failBackend', pool: B },
    { kind: 'failPool', pool: A },
    time,
    sync(B),
    time,
    sync(B),
    { kind: 'recoverBackend', pool: B },
    { kind: 'import', pool: B },
  ];

  it('keeps the outage running for the change A still holds', () => {
    const { s, notes: said } = path(outage);
    expect(s.pools[A]).toMatchObject({ pending: 0, unexported: 1, unexportedAge: 0, outage: 2 * interval });
    expect(said).toEqual([`${a}: 1 change(s) not exported yet, oldest 0 min`, `${a}: its store cannot export, for 4 min or more so far`, `the CMS is in ${a} and unavailable`]);
  });

  it('adds that outage to the change when A comes back, which then reports NonSteadyState', () => {
    const { s, config, notes: said } = path([...outage, { kind: 'recoverPool', pool: A }]);
    expect(s.pools[A]).toMatchObject({ unexported: 1, unexportedAge: 2 * interval, unexportedInterrupted: true, outage: 0 });
    expect(said[0]).toBe(`${a}: 1 change(s) not exported yet, oldest 4 min or more`);
    expect(exportStatus(config, s, A)).toBe('NonSteadyState');
  });

  it('ends the outage once nothing is in flight', () => {
    const down: PairAction[] = [change(A), forceSync(A), { kind: 'failBackend', pool: B }, { kind: 'failPool', pool: A }, time, sync(B)];
    const { s } = path([...down, { kind: 'recoverBackend', pool: B }, { kind: 'import', pool: B }]);
    expect(s.pools[A]).toMatchObject({ pending: 0, unexported: 0, outage: 0 });
  });
});

describe("a store that comes back with files still in the partner's share", () => {
  // A exports one change into B's share while B's service is stopped; then A's back end fails.
  const exportedThenDown: PairAction[] = [change(A), { kind: 'stopService', pool: B }, forceSync(A), { kind: 'failBackend', pool: A }];

  it('ages the waiting files by the outage, and counts them interrupted', () => {
    const { s, notes: said } = path([...exportedThenDown, time, sync(A), { kind: 'recoverBackend', pool: A }]);
    expect(s.pools[A]).toMatchObject({ pending: 1, pendingAge: interval, pendingInterrupted: true, outage: 0 });
    expect(said[0]).toBe(`${a}: 1 change(s) wait in ${b}'s share, oldest 2 min; ${b} imports nothing, ${a} reports SteadyState`);
  });

  it('reads files aged to the cap by an outage against the cap of interrupted ages', () => {
    const { s, notes: said } = path([...exportedThenDown, time, sync(A), time, sync(A), { kind: 'recoverBackend', pool: A }]);
    expect(s.pools[A]).toMatchObject({ pending: 1, pendingAge: 2 * interval, pendingInterrupted: true, outage: 0 });
    expect(said[0]).toBe(`${a}: 1 change(s) wait in ${b}'s share, oldest 4 min or more; ${b} imports nothing, ${a} reports SteadyState`);
  });

  it('counts them interrupted even after an outage of no time, so a later disaster loses nothing uninterrupted', () => {
    // A third fault: the pool fails after its back end came back, and is failed over in disaster mode.
    const topology = variant('paired-lync2013', { bounds: { maxFaults: 3, maxDepth: 12 } });
    const disaster: PairAction[] = [{ kind: 'recoverBackend', pool: A }, { kind: 'failPool', pool: A }, { kind: 'failover', pool: A, disaster: true }];
    const { states, s, config } = path([...exportedThenDown, ...disaster], topology);
    expect(states[5]!.pools[A]).toMatchObject({ pending: 1, pendingAge: 0, pendingInterrupted: true });
    expect(s.pools[A]).toMatchObject({ lost: 1, lostAge: 0, lostUninterruptedAge: 0 });
    // With two outage intervals the loss is 4 min old, none of it grown while both services ran.
    const aged: PairAction[] = [...exportedThenDown, time, sync(A), time, sync(A), ...disaster];
    const long = path(aged, topology);
    expect(long.s.pools[A]).toMatchObject({ lost: 1, lostAge: 2 * interval, lostUninterruptedAge: 0 });
    // failover-data-loss-bounded's bound on what grew while both services ran holds of that failover.
    const { whileBothRan } = lossClauses(config);
    const n = aged.length;
    expect(whileBothRan(long.states[n - 1]!, aged[n - 1]!, long.states[n]!)).toBe(true);
    expect(long.notes).toContain(`${a}: this failover lost 1 change(s), oldest 4 min or more`);
  });
});

describe('an export while earlier files still wait in the share', () => {
  it('keeps the age of the files already waiting, the oldest of the group', () => {
    const stopped: PairAction[] = [change(A), { kind: 'stopService', pool: B }, forceSync(A), time, sync(A)];
    const { s, notes: said } = path([...stopped, change(A), forceSync(A)]);
    expect(s.pools[A]).toMatchObject({ pending: 2, pendingAge: interval, pendingInterrupted: true, unexported: 0 });
    expect(said[0]).toBe(`${a}: 2 change(s) wait in ${b}'s share, oldest 2 min; ${b} imports nothing, ${a} reports SteadyState`);
  });
});

describe('the bound an uninterrupted age keeps', () => {
  // test/trust/EQUIVALENT-MUTANTS.md calls notes.ts's `lostAge > lostUninterruptedAge` → `true` or `>=`
  // equivalent because of this: a sync or an import is due before the next deadline, so an age that grew while both
  // services ran grows at most once, and a loss's uninterrupted part stays below either cap.
  const bounded = (s: PairState): boolean =>
    s.pools.every(
      (p) =>
        (p.unexportedInterrupted || p.unexportedAge <= interval) &&
        (p.pendingInterrupted || p.pendingAge <= interval) &&
        p.lostAge >= p.lostUninterruptedAge &&
        p.lostUninterruptedAge <= interval,
    );

  it('stays within one SyncInterval, and under a loss\'s whole age, in every state within 6 steps', async () => {
    const result = await check(pairingModel(lync), [{ name: 'uninterrupted ages within one interval', kind: 'always', check: bounded }], { maxDepth: 6, deadlock: false });
    expect(result.properties[0]?.status).toBe('holds');
    expect(result.states).toBeGreaterThan(10_000);
    // The bound is tight: one interval is reached, and a failover can lose a change of that age uninterrupted.
    const lost = last(run(pairingModel(lync), [change(A), time, sync(A), { kind: 'stopService', pool: B }, { kind: 'failover', pool: A, disaster: false }]));
    expect(lost.pools[A]).toMatchObject({ lost: 1, lostAge: interval, lostUninterruptedAge: interval });
    expect(bounded(lost)).toBe(true);
  });
});
