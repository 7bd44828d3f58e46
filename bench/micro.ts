/**
 * Child: what one transition costs through immer (`next` = produce) and through the engine's fast path
 * (decode the parent's words, `update` the copy, encode it), on states sampled by random walks. The
 * engine encodes every successor either way (the fingerprint hashes the words), so the fair comparison
 * is `next` + encode against decode + update + encode; `next` alone is shown too. Each variant runs in
 * its own process: in one, the first variant's objects would make `encode` polymorphic for the next.
 */
import { benchModel } from './models.ts';
import type { BenchModelId } from './models.ts';
import { childInput, errorText, finish } from './child.ts';
import type { MicroVariant } from './results.ts';
import type { Model, Subject } from '../src/engine/types.ts';

export interface MicroInput {
  readonly model: BenchModelId;
  readonly variant: MicroVariant;
}

export type MicroOutcome = { readonly nsPerTransition: number } | { readonly unavailable: string };

const SAMPLES = 20_000;
const WALK_STEPS = 40;
const ROUND_MS = 100;
const MEASURE_MS = 1_500;

/** Every successor escapes here, as it escapes into the engine's visitor, so none is optimised away. */
let sink: unknown;

interface Sample<S, A> {
  readonly states: S[];
  readonly actions: A[];
  /** states[k]'s words at k * words. */
  readonly encoded: Int32Array;
}

/**
 * Deterministic random walks from the first initial state, one (state, enabled action) per step. The
 * fast-path variant walks by decode + update so that, as in the engine, `encode` only ever sees
 * decoded objects (immer's frozen drafts would make it polymorphic); both walks visit the same states.
 */
function sample<S, A>(model: Model<S, A>, fast: boolean): Sample<S, A> {
  const codec = model.codec!;
  const words = codec.words;
  const states: S[] = [];
  const actions: A[] = [];
  const encoded = new Int32Array(SAMPLES * words);
  let seed = 0x2545f491;
  const random = (bound: number): number => {
    seed = (Math.imul(seed, 1103515245) + 12345) | 0;
    return (seed >>> 8) % bound;
  };
  while (states.length < SAMPLES) {
    let state: S = model.init()[0]!;
    if (fast) {
      codec.encode(state, encoded, 0);
      state = codec.decode(encoded, 0);
    }
    for (let step = 0; step < WALK_STEPS && states.length < SAMPLES; step++) {
      const enabled = model.actions(state);
      if (enabled.length === 0) break;
      const action = enabled[random(enabled.length)]!;
      const at = states.length * words;
      if (fast) codec.encode(state, encoded, at);
      states.push(state);
      actions.push(action);
      if (fast) {
        state = codec.decode(encoded, at);
        model.update!(state, action);
      } else {
        state = model.next(state, action);
      }
    }
  }
  return { states, actions, encoded };
}

/**
 * CPU nanoseconds per transition (the process's, so V8's GC helper threads count): the fastest of the
 * rounds run in a second and a half after a warm-up. Other work on the machine only ever adds time (even
 * to CPU time, through shared caches and cores), so the fastest round is the one it disturbed least.
 * Rounds last about 100 ms, as the kernel accounts CPU time per clock tick.
 */
function nsPerTransition(pass: () => void): number {
  const warmUp = performance.now();
  for (let i = 0; i < 3; i++) pass();
  const passes = Math.max(1, Math.round(ROUND_MS / ((performance.now() - warmUp) / 3)));
  let fastestMs = Infinity;
  const start = performance.now();
  do {
    const roundStart = process.cpuUsage();
    for (let i = 0; i < passes; i++) pass();
    const cpu = process.cpuUsage(roundStart);
    fastestMs = Math.min(fastestMs, (cpu.user + cpu.system) / 1000 / passes);
  } while (performance.now() - start < MEASURE_MS);
  return (fastestMs * 1e6) / SAMPLES;
}

function measure<S, A>(model: Model<S, A>, variant: MicroVariant): MicroOutcome {
  const codec = model.codec;
  const update = model.update;
  if (codec === undefined || update === undefined) return { unavailable: 'the model has no fast path' };
  const words = codec.words;
  const { states, actions, encoded } = sample(model, variant === 'fast path');
  const out = new Int32Array(words);
  const passOf: Record<MicroVariant, () => void> = {
    produce: () => {
      for (let k = 0; k < SAMPLES; k++) sink = model.next(states[k]!, actions[k]!);
    },
    'produce+encode': () => {
      for (let k = 0; k < SAMPLES; k++) codec.encode(model.next(states[k]!, actions[k]!), out, 0);
    },
    'fast path': () => {
      // As the engine does: one reused object where the codec can decode into it.
      const reused = codec.decodeInto !== undefined ? codec.decode(encoded, 0) : undefined;
      for (let k = 0; k < SAMPLES; k++) {
        let copy: S;
        if (reused === undefined) copy = codec.decode(encoded, k * words);
        else {
          copy = reused;
          codec.decodeInto!(encoded, k * words, copy);
        }
        update.call(model, copy, actions[k]!);
        codec.encode(copy, out, 0);
        sink = copy;
      }
    },
  };
  return { nsPerTransition: nsPerTransition(passOf[variant]) };
}

async function run(input: MicroInput): Promise<MicroOutcome> {
  const spec = benchModel(input.model);
  let factory: (...args: unknown[]) => Subject<unknown, unknown>;
  try {
    factory = (await import(spec.module))[spec.export];
  } catch (error) {
    return { unavailable: `cannot load ${spec.module}: ${errorText(error)}` };
  }
  return measure(factory(...spec.args).model, input.variant);
}

finish(await run(childInput<MicroInput>()));
