/**
 * Initial states: the pool running with everything up, one state per way the fabric may have placed the
 * routing groups (and, with `seedOrder: first-start`, per set of FEs that started first), one per symmetry
 * class. Placement knows nothing of hosts (DOMAIN.md §1), so every placement that some rule could tell
 * apart is a start, with every assignment of roles (which replica is primary decides which copy a later
failure promotes, so it is the fabric's choice too).
 */
import { arrangements, subsets } from './choices.ts';
import { poolCodec } from './codec.ts';
import { firstSeeds, seedCount } from './seeds.ts';
import { canonicalizer } from './symmetry.ts';
import type { PoolContext } from './context.ts';
import type { PoolState } from './state.ts';

export function initialStates(ctx: PoolContext): PoolState[] {
  const present = designedPresent(ctx);
  const inPool = present.flatMap((p, fe) => (p ? [fe] : []));
  let states = designedSeedSets(ctx).map((seed) => emptyPool(ctx, present, seed));
  if (inPool.length >= 3) {
    const placements = arrangements(inPool, 3);
    for (let r = 0; r < ctx.routingGroups; r++) {
      states = distinct(
        ctx,
        states.flatMap((s) =>
          placements.map((fes) => {
            const rgs = s.rgs.map((rg, i) => (i === r ? { ...rg, members: fes.map((fe) => ({ fe, hydratingIn: 0 })) } : rg));
            return { ...s, rgs };
          }),
        ),
      );
    }
  }
  return distinct(ctx, states);
}

/** Per FE slot: in the pool as the topology designs it. */
export function designedPresent(ctx: PoolContext): boolean[] {
  return ctx.feNames.map((_, fe) => ctx.crossing?.fe !== fe || ctx.crossing.designedPresent);
}

/** The seed sets the pool may start with: one in topology order, or every set under `first-start`. */
export function designedSeedSets(ctx: PoolContext): boolean[][] {
  const present = designedPresent(ctx);
  const inPool = present.flatMap((p, fe) => (p ? [fe] : []));
  const count = seedCount(ctx.product, inPool.length);
  if (ctx.settings.seedOrder === 'topology' || count === inPool.length) return [firstSeeds(present, count)];
  return subsets(inPool, count).map((chosen) => present.map((_, fe) => chosen.includes(fe)));
}

function emptyPool(ctx: PoolContext, present: boolean[], seed: boolean[]): PoolState {
  return {
    feFailed: present.map(() => false),
    present,
    seed,
    hostUp: ctx.hostNames.map(() => true),
    sql: { principalUp: true, mirrorUp: true, witnessUp: true, onMirror: false },
    phase: 'running',
    resetNeeded: false,
    shutdownIn: -1,
    backendIn: -1,
    rgs: Array.from({ length: ctx.routingGroups }, () => ({ members: [], dirty: false, lost: false })),
    faults: { fe: 0, host: 0, sql: 0 },
    lastDown: null,
  };
}

/** The first state of each symmetry class, in enumeration order. */
function distinct(ctx: PoolContext, states: readonly PoolState[]): PoolState[] {
  const codec = poolCodec(ctx);
  const canonical = canonicalizer(ctx);
  const words = new Int32Array(codec.words);
  const seen = new Set<string>();
  return states.filter((s) => {
    codec.encode(canonical(s), words, 0);
    // Two UTF-16 units per word: fixed width, so the key needs no separator to be unique.
    const key = String.fromCharCode(...new Uint16Array(words.buffer));
    if (seen.has(key)) return false;
    seen.add(key);
    return true;
  });
}
