import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { verifyFastPath } from '../../src/engine/verify-fast-path.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { poolSubject } from '../../src/fabric/pool.ts';
import { poolModel } from '../../model/pool-model.ts';
import { ruleNames } from '../../properties/index.ts';
import { bundled, pool } from '../model/helpers.ts';
import type { Subject } from '../../src/engine/types.ts';

describe('fabricChecks', () => {
  const topology = bundled('four-fe-mirror-witness');

  it('gives one pool check whose rules are its properties, in order, and only those that apply', () => {
    const [poolCheck, ...others] = fabricChecks(topology);
    expect(others).toEqual([]);
    expect(poolCheck!.id).toBe('pool');
    const names = poolCheck!.rules.map((rule) => rule.name);
    expect(poolCheck!.subject.properties.map((p) => p.name)).toEqual(names);
    expect(names).not.toContain('two-three-reset');
    expect(names).toContain('routing-group-quorum');
    // The file sets no depth cap and the pool's space is finite: the search runs to exhaustion.
    expect(poolCheck!.maxDepth).toBe(Infinity);
  });

  it('keeps a depth cap the file sets', () => {
    const capped = { ...topology, bounds: { ...topology.bounds, maxDepth: 5 } };
    expect(fabricChecks(capped)[0]!.maxDepth).toBe(5);
  });

  it('narrows to the rules asked for', () => {
    const [poolCheck] = fabricChecks(topology, ['cold-start', 'pool-quorum']);
    expect(poolCheck!.rules.map((rule) => rule.name)).toEqual(['pool-quorum', 'cold-start']);
  });

  it('refuses an unknown rule name and lists the rules there are', () => {
    expect(() => fabricChecks(topology, ['pool-quorum', 'no-such-rule'])).toThrow(
      `unknown rule "no-such-rule"; the rules are ${ruleNames.join(', ')}`,
    );
  });

  it('has a source a worker can rebuild the same subject from', async () => {
    const [poolCheck] = fabricChecks(topology, ['even-pool-sql-witness']);
    const { module, export: name, args } = poolCheck!.source;
    expect(structuredClone(args)).toEqual(args);
    const factory = (await import(module))[name] as (...a: unknown[]) => Subject<unknown, unknown>;
    const rebuilt = factory(...structuredClone(args));
    expect(rebuilt.properties.map((p) => p.name)).toEqual(['even-pool-sql-witness']);
    expect(rebuilt.model.init()).toEqual(poolCheck!.subject.model.init());
  });

  it('draws states and counts minutes through the model', () => {
    const [poolCheck] = fabricChecks(topology);
    const initial = poolCheck!.subject.model.init()[0]!;
    expect(poolCheck!.view(initial).pools[0]!.votes).toMatchObject({ up: 5, total: 5 });
    const actions = poolCheck!.subject.model.actions(initial);
    expect(actions.map((a) => poolCheck!.minutesElapsed(a))).toEqual(actions.map(() => 0));
  });
});

describe('the fast path', () => {
  it.each(['four-fe-mirror-witness', 'two-fe', 'three-fe-three-hosts'])('equals immer’s produce on every transition of %s', async (name) => {
    const report = await verifyFastPath(poolModel(bundled(name)));
    expect(report.complete).toBe(true);
    expect(report.states).toBeGreaterThan(500);
  });

  it('equals produce with two routing groups and shared hosts, under the search’s own verify mode', async () => {
    const topology = pool(['h1', 'h1', 'h2', 'h3'], { principal: 'sql1', mirror: 'sql2' });
    const withGroups = { ...topology, pool: { ...topology.pool, routingGroups: 2 } };
    const { model, properties } = poolSubject(withGroups);
    const result = await check(model, properties, { fastPath: 'verify', stopAtFirstViolation: false, maxStates: 3000 });
    expect(result.states).toBe(3000);
  });
});

describe('symmetry', () => {
  it.each(['three-fe-three-hosts', 'four-fe-mirror-witness', 'six-fe-shared-hosts'])(
    'changes state counts but no verdict or counterexample length on %s',
    async (name) => {
      const { model, properties } = poolSubject(bundled(name));
      const options = { stopAtFirstViolation: false, maxDepth: 8 } as const;
      const on = await check(model, properties, { ...options, symmetry: true });
      const off = await check(model, properties, { ...options, symmetry: false });
      const verdicts = (r: typeof on) => r.properties.map((p) => [p.name, p.status, p.trace?.actions.length]);
      expect(verdicts(on)).toEqual(verdicts(off));
      expect(on.states).toBeLessThan(off.states);
    },
  );
});
