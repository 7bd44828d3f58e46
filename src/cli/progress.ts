/**
 * Progress on stderr while a search runs: a redrawn bar on an interactive terminal, plain lines every few
 * seconds otherwise (CI logs and pipes would fill up with a bar's redraws).
 */
import cliProgress from 'cli-progress';
import type { Progress } from '../engine/types.ts';
import type { CliIo } from './io.ts';

export interface ProgressReporter {
  /** How often the engine should report. */
  readonly intervalMs: number;
  start(check: string, maxDepth: number): void;
  update(progress: Progress): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

export function progressReporter(io: CliIo): ProgressReporter {
  const interactive = io.stderr.isTTY === true && (io.env.CI ?? '') === '';
  return interactive ? barReporter(io) : lineReporter(io);
}

function lineReporter(io: CliIo): ProgressReporter {
  let check = '';
  let maxDepth = 0;
  return {
    intervalMs: PLAIN_INTERVAL_MS,
    start(name, depthBound) {
      check = name;
      maxDepth = depthBound;
    },
    update(progress) {
      io.stderr.write(`fabric-check: ${check}: ${progressText(progress, maxDepth)}\n`);
    },
    stop() {},
  };
}

function barReporter(io: CliIo): ProgressReporter {
  const bar = new cliProgress.SingleBar(
    {
      stream: io.stderr as NodeJS.WritableStream,
      format: '{check} [{bar}] depth {value}/{total} | {states} states | {rate} states/s | {elapsed}',
      hideCursor: true,
      clearOnComplete: true,
    },
    cliProgress.Presets.shades_classic,
  );
  return {
    intervalMs: 200,
    start(check, maxDepth) {
      bar.start(maxDepth, 0, { check, states: '0', rate: '0', elapsed: seconds(0) });
    },
    update(progress) {
      bar.update(progress.depth, {
        states: count(progress.states),
        rate: count(progress.rate),
        elapsed: seconds(progress.elapsedMs),
      });
    },
    stop() {
      bar.stop();
    },
  };
}

function progressText(progress: Progress, maxDepth: number): string {
  return `depth ${progress.depth}/${maxDepth}, ${count(progress.states)} states, ${count(progress.rate)} states/s, ${seconds(progress.elapsedMs)} elapsed`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
