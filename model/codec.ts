/**
 * The state as 8 + 2·K Int32 words (K routing groups), for the engine's frontier and fingerprints:
 * FE and host flags as bit masks, SQL and pool flags (and a two-FE pool's last FE down) in one word, the
 * two pool timers, the fault log, and per routing group its three members (FE slot + 1 and minutes of
 * hydration, 16 bits each) and two flags.
 */
import type { Codec } from '../src/engine/types.ts';
import type { PoolContext } from './context.ts';
import type { Member, Phase, PoolState, RoutingGroup } from './state.ts';

const phases: readonly Phase[] = ['running', 'stopped', 'starting'];
const headerWords = 8;

export function poolCodec(ctx: PoolContext): Codec<PoolState> {
  const slots = ctx.feNames.length;
  const hosts = ctx.hostNames.length;
  return {
    words: headerWords + 2 * ctx.routingGroups,
    encode(s, out, offset) {
      out[offset] = mask(s.feFailed);
      out[offset + 1] = mask(s.present);
      out[offset + 2] = mask(s.seed);
      out[offset + 3] = mask(s.hostUp);
      const { principalUp, mirrorUp, witnessUp, onMirror } = s.sql;
      out[offset + 4] =
        bit(principalUp, 0) | bit(mirrorUp, 1) | bit(witnessUp, 2) | bit(onMirror, 3) |
        (phases.indexOf(s.phase) << 4) | bit(s.resetNeeded, 6) | (slotCode(s.lastDown) << 7);
      out[offset + 5] = s.shutdownIn;
      out[offset + 6] = s.backendIn;
      out[offset + 7] = s.faults.fe | (s.faults.host << 8) | (s.faults.sql << 16);
      s.rgs.forEach((rg, r) => {
        const at = offset + headerWords + 2 * r;
        out[at] = memberCode(rg.members[0]) | (memberCode(rg.members[1]) << 16);
        out[at + 1] = memberCode(rg.members[2]) | bit(rg.dirty, 16) | bit(rg.lost, 17);
      });
    },
    decode(words, offset) {
      const flags = words[offset + 4]!;
      const faults = words[offset + 7]!;
      const rgs: RoutingGroup[] = [];
      for (let r = 0; r < ctx.routingGroups; r++) {
        const at = offset + headerWords + 2 * r;
        const codes = [words[at]! & 0xffff, words[at]! >>> 16, words[at + 1]! & 0xffff];
        rgs.push({
          members: codes.filter((code) => code !== 0).map(member),
          dirty: (words[at + 1]! & (1 << 16)) !== 0,
          lost: (words[at + 1]! & (1 << 17)) !== 0,
        });
      }
      return {
        feFailed: unmask(words[offset]!, slots),
        present: unmask(words[offset + 1]!, slots),
        seed: unmask(words[offset + 2]!, slots),
        hostUp: unmask(words[offset + 3]!, hosts),
        sql: {
          principalUp: (flags & 1) !== 0,
          mirrorUp: (flags & 2) !== 0,
          witnessUp: (flags & 4) !== 0,
          onMirror: (flags & 8) !== 0,
        },
        phase: phases[(flags >> 4) & 3]!,
        resetNeeded: (flags & (1 << 6)) !== 0,
        shutdownIn: words[offset + 5]!,
        backendIn: words[offset + 6]!,
        rgs,
        faults: { fe: faults & 0xff, host: (faults >> 8) & 0xff, sql: (faults >> 16) & 0xff },
        lastDown: slot((flags >> 7) & 31),
      };
    },
  };
}

function bit(flag: boolean, at: number): number {
  return flag ? 1 << at : 0;
}

function mask(flags: readonly boolean[]): number {
  let m = 0;
  for (let i = 0; i < flags.length; i++) if (flags[i]) m |= 1 << i;
  return m;
}

function unmask(m: number, length: number): boolean[] {
  const flags: boolean[] = [];
  for (let i = 0; i < length; i++) flags.push((m & (1 << i)) !== 0);
  return flags;
}

/** 5 bits: an FE slot + 1, or 0 for none. */
function slotCode(fe: number | null): number {
  return fe === null ? 0 : fe + 1;
}

function slot(code: number): number | null {
  return code === 0 ? null : code - 1;
}

/** 5 bits of FE slot + 1 (0: no member), 11 bits of hydration minutes (the schema caps them at 120). */
function memberCode(m: Member | undefined): number {
  return m === undefined ? 0 : slotCode(m.fe) | (m.hydratingIn << 5);
}

function member(code: number): Member {
  return { fe: (code & 31) - 1, hydratingIn: code >>> 5 };
}
