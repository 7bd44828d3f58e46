import { describe, expect, it } from 'vitest';
import { defaultSettings } from '../../model/settings.ts';
import { pool } from './helpers.ts';
import type { Product } from '../../model/topology/types.ts';

describe('default settings', () => {
  it.each<Product>(['lync2013', 'sfb2015', 'sfb2019'])('are what the topology validator fills in for %s', (product) => {
    const topology = pool(['h1', 'h2', 'h3'], { principal: 'sql1' }, { product });
    expect(topology.settings).toEqual(defaultSettings(product));
  });

  it.each<Product>(['lync2013', 'sfb2015', 'sfb2019'])('are the ones the README documents, for %s', (product) => {
    expect(defaultSettings(product)).toEqual({
      seedOrder: 'topology',
      sqlWitnessVote: product === 'sfb2019' ? 'even-seeds-below-12' : 'even-seeds',
      hydrationMinutes: 30,
      quorumLossShutdownMinutes: 5,
      groupInQuorumLoss: 'waits',
      twoFeRestartOrder: 'last-down-first',
    });
  });

  it('let the SQL principal stop voting at 12 seeds only in SfB 2019', () => {
    expect(defaultSettings('sfb2019').sqlWitnessVote).toBe('even-seeds-below-12');
    expect(defaultSettings('lync2013').sqlWitnessVote).toBe('even-seeds');
  });
});
