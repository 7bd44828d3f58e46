/**
 * Symmetry reduction (README "Symmetry"). No rule can tell apart two FEs on hosts of the same size that
 * are in the same state (failed, seed, last down, their replica roles), nor two such hosts, nor two
 * routing groups: the canonical form sorts FEs within each host, hosts within each group of same-sized
 * hosts, then routing groups. The crossing FE and its host stay put. Every rule is invariant under these permutations.
 *
 * It runs once per transition, so it works on numbers: an FE's signature packs its flags and its replicas
 * (role, minutes of hydration, the group's two flags) into one safe integer.
 */
import type { PoolContext } from './context.ts';
import type { PoolState, RoutingGroup } from './state.ts';

export function canonicalizer(ctx: PoolContext): (s: PoolState) => PoolState {
  const slots = ctx.feNames.length;
  const groups = ctx.routingGroups;
  /** Replica codes run from 1 (0: no replica) up to this bound. */
  const codeBase = ((ctx.settings.hydrationMinutes * 4 + 3) * 2 + 1) * 2 + 2;
  if (16 * codeBase ** groups > Number.MAX_SAFE_INTEGER) {
    throw new RangeError(`symmetry signatures overflow with ${groups} routing groups and ${ctx.settings.hydrationMinutes}-minute hydration`);
  }
  const signature = new Float64Array(slots);
  const codes = new Float64Array(groups);
  const newToOldFe = new Int32Array(slots);
  const newToOldHost = new Int32Array(ctx.hostNames.length);
  const oldToNewFe = new Int32Array(slots);
  const bySignature = (a: number, b: number): number => signature[a]! - signature[b]!;
  const hostFes = ctx.fesOn.map((fes) => [...fes]);
  const hostKeys = ctx.fesOn.map((fes) => new Float64Array(fes.length + 1));
  const byHostKey = (a: number, b: number): number => compare(hostKeys[a]!, hostKeys[b]!);

  return (s) => {
    for (let fe = 0; fe < slots; fe++) {
      let n = 0;
      for (const rg of s.rgs) {
        const members = rg.members;
        for (let role = 0; role < members.length; role++) {
          const m = members[role]!;
          if (m.fe === fe) codes[n++] = ((m.hydratingIn * 4 + role) * 2 + (rg.dirty ? 1 : 0)) * 2 + (rg.lost ? 1 : 0) + 1;
        }
      }
      if (n > 1) codes.subarray(0, n).sort();
      let sig = (s.lastDown === fe ? 8 : 0) + (s.present[fe] ? 4 : 0) + (s.feFailed[fe] ? 2 : 0) + (s.seed[fe] ? 1 : 0);
      for (let i = 0; i < groups; i++) sig = sig * codeBase + (i < n ? codes[i]! : 0);
      signature[fe] = sig;
    }
    for (const fes of hostFes) if (fes.length > 1) fes.sort(bySignature);
    for (let host = 0; host < hostFes.length; host++) {
      const key = hostKeys[host]!;
      const fes = hostFes[host]!;
      key[0] = s.hostUp[host] ? 1 : 0;
      for (let j = 0; j < fes.length; j++) key[j + 1] = signature[fes[j]!]!;
    }
    for (const group of ctx.hostGroups) {
      const sorted = group.length === 1 ? group : [...group].sort(byHostKey);
      for (let k = 0; k < group.length; k++) {
        const slot = group[k]!;
        const source = sorted[k]!;
        newToOldHost[slot] = source;
        const slotFes = ctx.fesOn[slot]!;
        const sourceFes = hostFes[source]!;
        for (let j = 0; j < slotFes.length; j++) newToOldFe[slotFes[j]!] = sourceFes[j]!;
      }
    }
    for (let fe = 0; fe < slots; fe++) oldToNewFe[newToOldFe[fe]!] = fe;
    const rgs = s.rgs.map((rg) => ({
      members: rg.members.map((m) => ({ fe: oldToNewFe[m.fe]!, hydratingIn: m.hydratingIn })),
      dirty: rg.dirty,
      lost: rg.lost,
    }));
    if (rgs.length > 1) rgs.sort((a, b) => compare(rgKey(a), rgKey(b)));
    const feFailed: boolean[] = [];
    const present: boolean[] = [];
    const seed: boolean[] = [];
    for (let fe = 0; fe < slots; fe++) {
      const old = newToOldFe[fe]!;
      feFailed.push(s.feFailed[old]!);
      present.push(s.present[old]!);
      seed.push(s.seed[old]!);
    }
    return {
      feFailed,
      present,
      seed,
      hostUp: Array.from(newToOldHost, (old) => s.hostUp[old]!),
      sql: { ...s.sql },
      phase: s.phase,
      resetNeeded: s.resetNeeded,
      shutdownIn: s.shutdownIn,
      backendIn: s.backendIn,
      rgs,
      faults: { ...s.faults },
      lastDown: s.lastDown === null ? null : oldToNewFe[s.lastDown]!,
    };
  };
}

function rgKey(rg: RoutingGroup): number[] {
  return [rg.dirty ? 1 : 0, rg.lost ? 1 : 0, ...rg.members.flatMap((m) => [m.fe, m.hydratingIn])];
}

function compare(a: ArrayLike<number>, b: ArrayLike<number>): number {
  const n = Math.min(a.length, b.length);
  for (let i = 0; i < n; i++) if (a[i] !== b[i]) return a[i]! - b[i]!;
  return a.length - b.length;
}
