/** The pairing state as Int32 words for the engine's frontier and fingerprints: 10 words a pool, then 3. */
import type { Codec } from '../../src/engine/types.ts';
import type { PairPool, PairState } from './state.ts';

const flags = [
  'up',
  'backendUp',
  'loaded',
  'serviceStarted',
  'failedOver',
  'initialized',
  'syncDue',
  'unexportedInterrupted',
  'pendingInterrupted',
  'steadyAtDisaster',
] as const;
const numbers = ['unexported', 'unexportedAge', 'pending', 'pendingAge', 'outage', 'unimported', 'lost', 'lostAge', 'lostUninterruptedAge'] as const;
const poolWords = 1 + numbers.length;

function encodePool(p: PairPool, out: Int32Array, at: number): void {
  let bits = 0;
  flags.forEach((flag, i) => {
    if (p[flag]) bits |= 1 << i;
  });
  out[at] = bits;
  numbers.forEach((field, i) => {
    out[at + 1 + i] = p[field];
  });
}

function decodePool(words: Int32Array, at: number): PairPool {
  const bits = words[at]!;
  const bit = (flag: (typeof flags)[number]): boolean => (bits & (1 << flags.indexOf(flag))) !== 0;
  const num = (field: (typeof numbers)[number]): number => words[at + 1 + numbers.indexOf(field)]!;
  return {
    up: bit('up'),
    backendUp: bit('backendUp'),
    loaded: bit('loaded'),
    serviceStarted: bit('serviceStarted'),
    failedOver: bit('failedOver'),
    initialized: bit('initialized'),
    syncDue: bit('syncDue'),
    unexported: num('unexported'),
    unexportedAge: num('unexportedAge'),
    unexportedInterrupted: bit('unexportedInterrupted'),
    pending: num('pending'),
    pendingAge: num('pendingAge'),
    pendingInterrupted: bit('pendingInterrupted'),
    outage: num('outage'),
    unimported: num('unimported'),
    steadyAtDisaster: bit('steadyAtDisaster'),
    lost: num('lost'),
    lostAge: num('lostAge'),
    lostUninterruptedAge: num('lostUninterruptedAge'),
  };
}


export const pairCodec: Codec<PairState> = {
  words: 2 * poolWords + 3,
  encode(s, out, offset) {
    encodePool(s.pools[0], out, offset);
    encodePool(s.pools[1], out, offset + poolWords);
    out[offset + 2 * poolWords] = s.cmsAt;
    out[offset + 2 * poolWords + 1] = s.cmsLost;
    out[offset + 2 * poolWords + 2] = s.faults;
  },
  decode(words, offset) {
    return {
      pools: [decodePool(words, offset), decodePool(words, offset + poolWords)],
      cmsAt: words[offset + 2 * poolWords] as PairState['cmsAt'],
      cmsLost: words[offset + 2 * poolWords + 1]!,
      faults: words[offset + 2 * poolWords + 2]!,
    };
  },
};
