import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { pairCodec } from '../../model/pairing/codec.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { last, run } from './drive.ts';
import { pairedTopology } from './topologies.ts';
import type { PairedFile } from './topologies.ts';

const files: PairedFile[] = ['paired-lync2013', 'paired-sfb2015-slow-sync'];

describe('the fast path', () => {
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

  it.each(files)('gives the same successors as produce on every transition to depth 7 (%s)', async (file) => {
    const result = await check(pairingModel(pairedTopology(file)), [], { fastPath: 'verify', maxDepth: 7, deadlock: false });
    expect(result.complete).toBe(true);
    expect(result.transitions).toBeGreaterThan(100_000);
  });
});
