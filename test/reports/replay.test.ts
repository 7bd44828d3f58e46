/**
 * Every committed counterexample file is what `fabric-check replay` reads: it must parse, name a check
 * and property of its topology, replay through today's model to the same views, and still violate.
 */
import { readdirSync, readFileSync } from 'node:fs';
import path from 'node:path';
import { describe, expect, it } from 'vitest';
import { reproduces } from '../../src/engine/trace.ts';
import { fabricChecks } from '../../src/fabric/checks.ts';
import { parseCounterexample } from '../../src/reports/counterexample-file.ts';
import { REPO_ROOT, REPORTS_DIR_NAME } from '../../src/reports/regenerate.ts';
import { traceSteps } from '../../src/reports/steps.ts';
import { parseTopology } from '../../model/topology/validate.ts';

const dir = path.join(REPO_ROOT, REPORTS_DIR_NAME);
const files = readdirSync(dir).filter((name) => name.endsWith('.json'));

describe('committed counterexample files', () => {
  it('exist', () => {
    expect(files.length).toBeGreaterThan(0);
  });

  it.each(files)('%s replays and still violates its property', (file) => {
    const saved = parseCounterexample(JSON.parse(readFileSync(path.join(dir, file), 'utf8')));
    const parsed = parseTopology(saved.topology);
    if (!parsed.ok) throw new Error(`${file}: ${JSON.stringify(parsed.problems)}`);
    const check = fabricChecks(parsed.topology).find((c) => c.id === saved.check);
    if (check === undefined) throw new Error(`${file}: no check ${saved.check}`);
    const property = saved.property === 'deadlock' ? 'deadlock' : check.subject.properties.find((p) => p.name === saved.property);
    if (property === undefined) throw new Error(`${file}: no property ${saved.property}`);
    expect(traceSteps(check, saved.trace)).toEqual(saved.steps);
    expect(reproduces(check.subject.model, saved.trace, property)).toBe(true);
  });
});
