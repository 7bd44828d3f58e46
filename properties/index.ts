/** Every design rule, in the order reports list them. */
import { backendOutageSurvival } from './backend-outage-survival.ts';
import { coldStart } from './cold-start.ts';
import { evenPoolSqlWitness } from './even-pool-sql-witness.ts';
import { neverTwoServers } from './never-two-servers.ts';
import { noAcknowledgedChangeLost } from './no-acknowledged-change-lost.ts';
import { poolQuorum } from './pool-quorum.ts';
import { routingGroupQuorum } from './routing-group-quorum.ts';
import { singleFeFailure } from './single-fe-failure.ts';
import { singleHostFailure } from './single-host-failure.ts';
import { twoFeRestartOrder } from './two-fe-restart-order.ts';
import { twoThreeReset } from './two-three-reset.ts';
import { pairingRules } from './pairing/index.ts';
import type { PoolRule } from './pool-rule.ts';

export const poolRules: readonly PoolRule[] = [
  neverTwoServers,
  poolQuorum,
  routingGroupQuorum,
  singleFeFailure,
  singleHostFailure,
  evenPoolSqlWitness,
  backendOutageSurvival,
  noAcknowledgedChangeLost,
  coldStart,
  twoThreeReset,
  twoFeRestartOrder,
];

/** Pool rules first, then the pairing rules (which apply only to a topology with a paired pool). */
export const ruleNames: readonly string[] = [...poolRules, ...pairingRules].map((rule) => rule.name);
