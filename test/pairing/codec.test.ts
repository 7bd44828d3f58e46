/**
 * The pairing codec and fast path, quickly: a round trip through the words, and the fast path against
 * produce on every transition to depth 4 (fast-path.test.ts goes to depth 7). Quick enough for the
 * pairing part of `npm run mutate`, whose mutants in codec.ts only these kill.
 */
import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { pairCodec } from '../../model/pairing/codec.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { last, run } from './drive.ts';
import { pairedTopology } from './topologies.ts';
import type { PairedFile } from './topologies.ts';

const files: PairedFile[] = ['paired-lync2013', 'paired-sfb2015-slow-sync'];

describe('the pairing codec', () => {
  it('decodes what it encodes, as a fresh mutable object', () => {
    const model = pairingModel(pairedTopology('paired-lync2013'));
    const s = last(
      run(model, [
        { kind: 'change', pool: 0 },
        { kind: 'stopService', pool: 1 },
        { kind: 'forceSync', pool: 0 },
        { kind: 'failPool', pool: 0 },
        { kind: 'failoverCms', to: 1, disaster: true },
        { kind: 'failover', pool: 0, disaster: true },
      ]),
    );
    const words = new Int32Array(pairCodec.words + 3);
    pairCodec.encode(s, words, 3);
    const decoded = pairCodec.decode(words, 3);
    expect(decoded).toEqual(s);
    expect(Object.isFrozen(decoded.pools[0])).toBe(false);
  });

  it.each(files)('gives the same successors as produce on every transition to depth 4 (%s)', async (file) => {
    const result = await check(pairingModel(pairedTopology(file)), [], { fastPath: 'verify', maxDepth: 4, deadlock: false });
    expect(result.complete).toBe(true);
    expect(result.transitions).toBe(8893);
  });
});
