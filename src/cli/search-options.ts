/** The flags shared by the commands that search (`check`, `rules`): bounds, limits and workers. */
import type { Command } from 'commander';
import { collectNames, positiveSeconds, wholeNumber } from './flags.ts';
import type { SearchLimits } from './run-checks.ts';
import type { Selection } from './select-checks.ts';

export interface SearchFlags {
  readonly property?: string[];
  readonly maxFaults?: number;
  readonly maxDepth?: number;
  readonly maxStates?: number;
  readonly timeLimit?: number;
  readonly workers: number;
}

export function addSearchOptions(command: Command, properties: boolean): Command {
  if (properties)
    command.option('-p, --property <name>', 'check only this property; repeat or comma-separate for more (default: all that apply)', collectNames);
  return command
    .option('--max-faults <k>', "most simultaneous faults to inject, 0 to 8 (default: the topology's bounds.maxFaults)", wholeNumber(0, 8))
    .option('--max-depth <d>', "most steps per path, 1 to 60 (default: the topology's bounds.maxDepth, else each check's own)", wholeNumber(1, 60))
    .option('--max-states <n>', 'stop after this many distinct states (verdicts left open are unknown, exit 3)', wholeNumber(1))
    .option('--time-limit <seconds>', 'stop after this many seconds in all (verdicts left open are unknown, exit 3)', positiveSeconds)
    .option('--workers <n>', 'threads that search (this one and n - 1 workers), 1 to 64', wholeNumber(1, 64), 1);
}

export function selectionOf(flags: SearchFlags): Selection {
  return {
    ...(flags.property === undefined ? {} : { properties: flags.property }),
    ...(flags.maxFaults === undefined ? {} : { maxFaults: flags.maxFaults }),
    ...(flags.maxDepth === undefined ? {} : { maxDepth: flags.maxDepth }),
  };
}

export function limitsOf(flags: SearchFlags): SearchLimits {
  return {
    workers: flags.workers,
    ...(flags.maxStates === undefined ? {} : { maxStates: flags.maxStates }),
    ...(flags.timeLimit === undefined ? {} : { timeLimitSeconds: flags.timeLimit }),
  };
}
