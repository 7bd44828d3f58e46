/** DOMAIN.md §7 "survive any single FE failure". */
import { poolContext } from '../model/context.ts';
import { designedPresent } from '../model/init.ts';
import { afterOneFault, expectedAfterOne } from './single-failure.ts';
import type { PoolRule } from './pool-rule.ts';

export const singleFeFailure: PoolRule = {
  name: 'single-fe-failure',
  description: 'No user loses service after any one FE fails (and nothing else fails).',
  source: 'DOMAIN.md §2–3, §7',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const faults = designedPresent(ctx).flatMap((p, fe) => (p ? [{ how: `${ctx.feNames[fe]} fails`, down: 1 << fe }] : []));
    return expectedAfterOne(topology, faults, 'FE');
  },
  property: (topology) =>
    afterOneFault(topology, 'single-fe-failure', (log) => log.fe === 1 && log.host === 0 && log.sql === 0),
};
