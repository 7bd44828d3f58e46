import { describe, expect, it } from 'vitest';
import {
  COUNTEREXAMPLE_FORMAT,
  CounterexampleFileError,
  parseCounterexample,
  renderCounterexampleJson,
} from '../../src/reports/counterexample-file.ts';
import type { CounterexampleFile } from '../../src/reports/counterexample-file.ts';
import { buildReports } from '../../src/reports/report.ts';
import { lassoRun, PLAIN, storyRun } from './fixtures.ts';

function saved(): CounterexampleFile {
  const file = buildReports([storyRun(PLAIN)])[0]?.counterexample;
  if (file === undefined) throw new Error('the story has a counterexample');
  return file;
}

/** The saved file as JSON.parse gives it back, then edited to break one field. */
function tampered(edit: (json: Record<string, unknown> & { trace: Record<string, unknown>; steps: Record<string, unknown>[] }) => void): unknown {
  const json = JSON.parse(renderCounterexampleJson(saved()));
  edit(json);
  return json;
}

function problem(json: unknown): { path: string; message: string } {
  try {
    parseCounterexample(json);
  } catch (error) {
    if (error instanceof CounterexampleFileError) return { path: error.path, message: error.message };
    throw error;
  }
  throw new Error('expected a CounterexampleFileError');
}

describe('counterexample file', () => {
  it('reads back what it writes', () => {
    const file = saved();
    expect(parseCounterexample(JSON.parse(renderCounterexampleJson(file)))).toEqual(file);
    expect(file.format).toBe(COUNTEREXAMPLE_FORMAT);
    expect(file.check).toBe('pool');
    expect(file.property).toBe('survive-host-failure');
  });

  it('keeps a lasso', () => {
    const file = buildReports([lassoRun()])[0]?.counterexample;
    expect(parseCounterexample(JSON.parse(renderCounterexampleJson(file as CounterexampleFile))).trace.loopsTo).toBe(1);
  });

  it.each([
    ['not an object', () => [], 'file', 'expected an object, got an array'],
    ['another format', () => tampered((j) => void (j.format = 'fabric-check/counterexample@2')), 'format', 'expected one of "fabric-check/counterexample@1"'],
    ['no topology', () => tampered((j) => void delete j.topology), 'topology', 'expected an object, got nothing'],
    ['a numeric check', () => tampered((j) => void (j.check = 3)), 'check', 'expected a string, got 3'],
    ['a negative action', () => tampered((j) => void ((j.trace.actions as number[])[1] = -1)), 'trace.actions[1]', 'expected an integer >= 0, got -1'],
    ['a fractional init', () => tampered((j) => void (j.trace.init = 0.5)), 'trace.init', 'expected an integer >= 0, got 0.5'],
    ['a label too few', () => tampered((j) => void (j.trace.labels as string[]).pop()), 'trace.labels', 'has 2 labels for 3 actions'],
    ['a step too many', () => tampered((j) => void j.steps.push(j.steps[0] as Record<string, unknown>)), 'steps', 'has 5 steps, expected one per action plus the initial state (4)'],
    ['a step label that drifted', () => tampered((j) => void ((j.steps[2] as { label: string }).label = 'crash fe1')), 'steps[2].label', 'is "crash fe1", but trace.labels[1] is "crash host host1"'],
    ['a loop past the end', () => tampered((j) => void (j.trace.loopsTo = 9)), 'trace.loopsTo', 'is 9, but the trace has only 4 steps'],
    ['a negative clock', () => tampered((j) => void (j.steps[1] as { minute: number }).minute--), 'steps[1].minute', 'expected a number >= 0, got -1'],
    [
      'a vote count as text',
      () => tampered((j) => void ((j.steps[2] as { view: { pools: { votes: { up: unknown } }[] } }).view.pools[0]!.votes.up = '2')),
      'steps[2].view.pools[0].votes.up',
      'expected an integer >= 0, got "2"',
    ],
    [
      'an unknown replica role',
      () => tampered((j) => void ((j.steps[0] as { view: { pools: { routingGroups: { replicas: { role: string }[] }[] }[] } }).view.pools[0]!.routingGroups[1]!.replicas[2]!.role = 'witness')),
      'steps[0].view.pools[0].routingGroups[1].replicas[2].role',
      'expected one of "primary", "activeSecondary", "idleSecondary", got "witness"',
    ],
    [
      'a SQL up map with a non-boolean',
      () => tampered((j) => void ((j.steps[0] as { view: { pools: { sql: { up: Record<string, unknown> } }[] } }).view.pools[0]!.sql.up.sql2 = 'yes')),
      'steps[0].view.pools[0].sql.up["sql2"]',
      'expected true or false, got "yes"',
    ],
  ])('names the field of %s', (_, json, path, message) => {
    const found = problem(json());
    expect(found.path).toBe(path);
    expect(found.message).toContain(`counterexample file: ${path}: ${message}`);
  });
});
