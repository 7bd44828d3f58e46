/**
 * Child: the fabric scale target, the whole property suite of every check `fabricChecks` gives for each
 * pool size, one after the other on one thread, with each check's own depth bound and every property
 * decided (no stop at the first violation). The search defaults (symmetry included) are the CLI's.
 * A budget caps the whole run so the benchmark ends even when the target is far off.
 */
import { childInput, errorText, finish } from './child.ts';
import { peakRssBytes } from './memory.ts';
import { scaleSizes, scaleTopology } from './topologies.ts';

export interface ScaleInput {
  readonly budgetMs: number;
}

export interface ScaleSize {
  readonly frontEnds: number;
  readonly checks: number;
  readonly states: number;
  readonly transitions: number;
  readonly ms: number;
  /** Every check completed within its bounds. */
  readonly complete: boolean;
  readonly properties: number;
  readonly violated: number;
  readonly unknown: number;
}

export type ScaleOutcome =
  | { readonly sizes: readonly ScaleSize[]; readonly ms: number; readonly peakRssBytes: number; readonly cutShort: boolean }
  | { readonly unavailable: string };

async function run(input: ScaleInput): Promise<ScaleOutcome> {
  let engine: typeof import('../src/index.ts');
  let fabric: typeof import('../src/fabric/checks.ts');
  let topology: typeof import('../model/topology/validate.ts');
  try {
    engine = await import('../src/index.ts');
    fabric = await import('../src/fabric/checks.ts');
    topology = await import('../model/topology/validate.ts');
  } catch (error) {
    return { unavailable: `cannot load the fabric wiring: ${errorText(error)}` };
  }
  const start = performance.now();
  const sizes: ScaleSize[] = [];
  let cutShort = false;
  for (const frontEnds of scaleSizes) {
    const parsed = topology.parseTopology(scaleTopology(frontEnds));
    if (!parsed.ok) {
      return { unavailable: `${frontEnds}-FE topology rejected: ${parsed.problems.map((p) => p.message).join('; ')}` };
    }
    const sizeStart = performance.now();
    const size = { frontEnds, checks: 0, states: 0, transitions: 0, complete: true, properties: 0, violated: 0, unknown: 0 };
    try {
      for (const fabricCheck of fabric.fabricChecks(parsed.topology)) {
        const left = input.budgetMs - (performance.now() - start);
        if (left <= 0) {
          cutShort = true;
          break;
        }
        const { model, properties } = fabricCheck.subject;
        const result = await engine.check(model, properties, {
          maxDepth: fabricCheck.maxDepth,
          stopAtFirstViolation: false,
          timeLimitMs: left,
        });
        size.checks++;
        size.states += result.states;
        size.transitions += result.transitions;
        size.complete &&= result.complete;
        size.properties += result.properties.length;
        size.violated += result.properties.filter((p) => p.status === 'violated').length;
        size.unknown += result.properties.filter((p) => p.status === 'unknown').length;
        cutShort ||= result.stopReason === 'time-limit';
      }
    } catch (error) {
      return { unavailable: `${frontEnds}-FE pool: ${errorText(error)}` };
    }
    sizes.push({ ...size, ms: performance.now() - sizeStart });
    process.stderr.write(`  scale: ${frontEnds} FE done (${size.states.toLocaleString('en-US')} states)\n`);
    if (cutShort) break;
  }
  return { sizes, ms: performance.now() - start, peakRssBytes: peakRssBytes(), cutShort };
}

finish(await run(childInput<ScaleInput>()));
