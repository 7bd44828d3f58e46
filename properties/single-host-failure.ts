/** DOMAIN.md §3, seed 004: "never have more than a single server on a physical host". */
import { poolContext } from '../model/context.ts';
import { designedPresent } from '../model/init.ts';
import { afterOneFault, expectedAfterOne } from './single-failure.ts';
import type { PoolRule } from './pool-rule.ts';

export const singleHostFailure: PoolRule = {
  name: 'single-host-failure',
  description: 'No user loses service after any one physical host fails with every FE on it (and nothing else fails).',
  source: 'DOMAIN.md §3, §7; seed 004 "Large Pools Risk"',
  applies: () => true,
  expected(topology) {
    const ctx = poolContext(topology);
    const present = designedPresent(ctx);
    const faults = ctx.fesOn.flatMap((fes, host) => {
      const on = fes.filter((fe) => present[fe]);
      const names = on.map((fe) => ctx.feNames[fe]).join(', ');
      return on.length === 0 ? [] : [{ how: `${ctx.hostNames[host]} fails (${names})`, down: on.reduce((m, fe) => m | (1 << fe), 0) }];
    });
    return expectedAfterOne(topology, faults, 'host');
  },
  property: (topology) =>
    afterOneFault(topology, 'single-host-failure', (log) => log.host === 1 && log.fe === 0 && log.sql === 0),
};
