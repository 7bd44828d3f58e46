/** The helper and matchers a team uses in its own suite (README "In your own test suite"), used as they would be. */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/index.ts';
import { checkTopology, fabricMatchers } from '../../src/testing/index.ts';
import { twoPhaseSubject } from '../../examples/two-phase-commit.ts';

expect.extend(fabricMatchers);

describe('checkTopology with the matchers', () => {
  it('gives the two-FE pool its verdicts, each next to what the rule expects', async () => {
    const result = await checkTopology('topologies/two-fe.json');
    expect(result.complete).toBe(true);
    expect(result).toBeViolated('never-two-servers', { steps: 1 });
    expect(result).toHold('single-fe-failure');
    for (const verdict of result.properties) {
      if (verdict.expected !== undefined) expect(verdict.status, verdict.name).toBe(verdict.expected.verdict);
    }
  });

  it('narrows to the named rules and overrides the bounds', async () => {
    const result = await checkTopology('topologies/three-fe-three-hosts.json', { properties: ['pool-quorum'], maxFaults: 1 });
    expect(result.properties.map((p) => p.name)).toEqual(['pool-quorum', 'deadlock']);
    expect(result).toHold('pool-quorum');
    expect(result.topology.bounds.maxFaults).toBe(1);
  });

  it('refuses a bad topology with every problem named', async () => {
    await expect(checkTopology({ product: 'lync2014', pool: {} })).rejects.toThrow(/product/);
  });

  it('fails an assertion with the counterexample in the message', async () => {
    const result = await checkTopology('topologies/two-fe.json', { properties: ['never-two-servers'] });
    expect(() => expect(result).toHold('never-two-servers')).toThrow(/"pool\/never-two-servers" to hold, but it is violated:\n {2}violated.*\n {2}1\. SQL principal/);
    expect(() => expect(result).toHold('no-such-rule')).toThrow(/no property "no-such-rule" in the result; it has pool\/never-two-servers, pool\/deadlock/);
    // A missing name is a mistake in the test: `.not` must not turn it into a pass.
    expect(() => expect(result).not.toHold('no-such-rule')).toThrow(/no property "no-such-rule"/);
    expect(() => expect(result).toBeViolated('never-two-servers', { steps: 3 })).toThrow(/in 3 steps, got 1/);
    expect(() => expect(result).not.toBeViolated('never-two-servers')).toThrow(/not to be violated/);
  });
});

describe('the matchers on a result with two checks of one name', () => {
  // As a paired topology gives: each check has its own `deadlock`.
  const result = {
    properties: [
      { name: 'pool-quorum', check: 'pool', status: 'violated' as const, trace: { init: 0, actions: [0, 1], labels: ['fe1 fails', 'fe2 fails'] } },
      { name: 'deadlock', check: 'pool', status: 'holds' as const },
      { name: 'deadlock', check: 'pairing', status: 'violated' as const, trace: { init: 0, actions: [2] } },
    ],
  };

  it('refuses an ambiguous name, in either direction, saying how to name one', () => {
    const ambiguous = /"deadlock" is ambiguous: the result has it in 2 checks \(pool, pairing\); name one, e.g. "pool\/deadlock" or \{ check: "pool" \}/;
    expect(() => expect(result).toHold('deadlock')).toThrow(ambiguous);
    expect(() => expect(result).not.toHold('deadlock')).toThrow(ambiguous);
  });

  it('takes the check as `check/name` or as { check }', () => {
    expect(result).toHold('pool/deadlock');
    expect(result).toHold('deadlock', { check: 'pool' });
    expect(result).toBeViolated('pairing/deadlock', { steps: 1 });
    expect(result).toBeViolated('deadlock', { check: 'pairing', steps: 1 });
    expect(result).not.toHold('pairing/deadlock');
    expect(() => expect(result).toHold('deadlock', { check: 'pairing' })).toThrow(/expected "pairing\/deadlock" to hold, but it is violated:\n {2}violated\n {2}1\. action #2/);
    expect(() => expect(result).toHold('deadlock', { check: 'nope' })).toThrow(/no property "deadlock" in check "nope" in the result; it has pool\/pool-quorum, pool\/deadlock, pairing\/deadlock/);
  });

  it('needs no check for a name only one check has', () => {
    expect(result).toBeViolated('pool-quorum', { steps: 2 });
    expect(() => expect(result).not.toBeViolated('pool-quorum')).toThrow(/expected "pool\/pool-quorum" not to be violated, but it is violated:\n {2}violated\n {2}1\. fe1 fails\n {2}2\. fe2 fails/);
  });
});

describe('the matchers on the engine’s own results', () => {
  it('read any model’s CheckResult', async () => {
    const correct = twoPhaseSubject(3, 'correct');
    expect(await check(correct.model, correct.properties)).toHold('consistent');
    const eager = twoPhaseSubject(3, 'eager-commit');
    expect(await check(eager.model, eager.properties)).toBeViolated('consistent');
  });
});
