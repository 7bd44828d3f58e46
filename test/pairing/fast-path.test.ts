import { describe, expect, it } from 'vitest';
import { check } from '../../src/engine/check.ts';
import { pairingModel } from '../../model/pairing/model.ts';
import { pairedTopology } from './topologies.ts';
import type { PairedFile } from './topologies.ts';

const files: PairedFile[] = ['paired-lync2013', 'paired-sfb2015-slow-sync'];

/** The fast path on every reachable state to depth 7; codec.test.ts has the quick checks (and runs under `npm run mutate`). */
describe('the fast path', () => {
  it.each(files)('gives the same successors as produce on every transition to depth 7 (%s)', async (file) => {
    const result = await check(pairingModel(pairedTopology(file)), [], { fastPath: 'verify', maxDepth: 7, deadlock: false });
    expect(result.complete).toBe(true);
    expect(result.transitions).toBeGreaterThan(100_000);
  });
});
