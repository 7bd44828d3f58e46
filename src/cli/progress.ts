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
  /** `maxDepth` Infinity or undefined: the check has no depth bound, and the depth is shown alone. */
  start(check: string, maxDepth: number | undefined): void;
  update(progress: Progress): void;
  stop(): void;
}

const PLAIN_INTERVAL_MS = 5000;

export function progressReporter(io: CliIo): ProgressReporter {
  const interactive = io.stderr.isTTY === true && !inCi(io.env.CI);
  return interactive ? barReporter(io) : lineReporter(io);
}

/** CI services set CI=true (or 1); CI=false, 0 or empty is someone switching it off, not a CI run. */
export function inCi(value: string | undefined): boolean {
  return !['', 'false', '0'].includes((value ?? '').trim().toLowerCase());
}

function lineReporter(io: CliIo): ProgressReporter {
  let check = '';
  let maxDepth: number | undefined;
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
  let bar = new cliProgress.SingleBar({});
  return {
    intervalMs: 200,
    start(check, maxDepth) {
      // Without a depth bound there is no end to fill a bar towards: the depth alone is shown.
      const total = maxDepth !== undefined && Number.isFinite(maxDepth) ? maxDepth : null;
      const bounded = total !== null;
      bar = new cliProgress.SingleBar(
        {
          stream: io.stderr as NodeJS.WritableStream,
          format: `{check} ${bounded ? '[{bar}] depth {value}/{total}' : 'depth {value}'} | {states} states | {rate} states/s | {elapsed}`,
          hideCursor: true,
          clearOnComplete: true,
        },
        cliProgress.Presets.shades_classic,
      );
      bar.start(total ?? 0, 0, { check, states: '0', rate: '0', elapsed: seconds(0) });
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

function progressText(progress: Progress, maxDepth: number | undefined): string {
  const depth = Number.isFinite(maxDepth) ? `${progress.depth}/${maxDepth}` : `${progress.depth}`;
  return `depth ${depth}, ${count(progress.states)} states, ${count(progress.rate)} states/s, ${seconds(progress.elapsedMs)} elapsed`;
}

export function count(value: number): string {
  return Math.round(value).toLocaleString('en-US');
}

export function seconds(ms: number): string {
  return ms < 10_000 ? `${(ms / 1000).toFixed(1)} s` : `${Math.round(ms / 1000)} s`;
}
