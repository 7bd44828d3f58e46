import { pairConfig } from '../../model/pairing/config.ts';
import { isPaired } from './paired.ts';
import type { PairAction } from '../../model/pairing/actions.ts';
import type { PairState } from '../../model/pairing/state.ts';
import type { DesignRule } from '../rule.ts';

const name = 'cms-before-pool-failover';
const description =
  'Invoke-CsPoolFailOver never runs on the pool that hosts the Central Management Store before Invoke-CsManagementServerFailover has moved the CMS to the other pool.';

/**
 * Nothing in the model stops an administrator from running Invoke-CsPoolFailOver on the pool that still
 * hosts the CMS (Microsoft's runbook orders the steps; the cmdlet is not documented to refuse), so the rule
 * flags every path that does. Failing over the CMS pool stands its services down, which takes the CMS with
 * it; the failback then waits for Invoke-CsManagementServerFailover.
 */
export const cmsBeforePoolFailover: DesignRule<PairState, PairAction> = {
  name,
  description,
  source: 'DOMAIN.md §6 ("if the failed pool hosts the CMS, the CMS must be failed over first"); Microsoft, "Failing over a pool"',
  applies: isPaired,
  expected(topology) {
    const { cmsAt, names } = pairConfig(topology);
    return cmsAt === -1
      ? { verdict: 'holds', why: 'the CMS is outside this pair, so no pool failover here moves it' }
      : {
          verdict: 'violated',
          why: `the CMS is in ${names[cmsAt]} and Invoke-CsPoolFailOver does not refuse that pool: only the runbook puts the CMS failover first`,
        };
  },
  property() {
    return {
      kind: 'step',
      name,
      description,
      check: (prev, action) => action.kind !== 'failover' || prev.cmsAt !== action.pool,
    };
  },
};
