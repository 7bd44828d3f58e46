/** Problems inside one pool: its size for the product, its routing groups, its back end. */
import { shown } from './field-path.ts';
import { acceptedSizes, documentedSizes } from './pool-sizes.ts';
import { serverOf } from './server-name.ts';
import type { PoolSpec, Product, TopologyProblem } from './types.ts';

export function poolProblems(product: Product, pool: PoolSpec, at: string): TopologyProblem[] {
  return [...sizeProblems(product, pool, at), ...routingGroupProblems(pool, at), ...backendProblems(product, pool, at)];
}

function sizeProblems(product: Product, pool: PoolSpec, at: string): TopologyProblem[] {
  const { min, max } = acceptedSizes(product);
  const documented = documentedSizes[product];
  const count = pool.frontEnds.length;
  if (count >= min && count <= max) return [];
  const note =
    documented.min < min ? ` (Microsoft documents ${documented.min} to ${documented.max}, but SfB 2019 refuses a 2-front-end pool)` : '';
  return [{ path: `${at}.frontEnds`, message: `${product} pools have ${min} to ${max} front ends${note}; this one has ${count}` }];
}

function routingGroupProblems(pool: PoolSpec, at: string): TopologyProblem[] {
  if (pool.routingGroups === undefined || pool.frontEnds.length >= 3) return [];
  return [
    {
      path: `${at}.routingGroups`,
      message: `pools of 1 or 2 front ends keep no routing-group replicas (every front end reads the back end directly); remove the field or give the pool 3 or more front ends`,
    },
  ];
}

function backendProblems(product: Product, pool: PoolSpec, at: string): TopologyProblem[] {
  if (product === 'sfb2019') return unmirroredProblems(pool, at);
  const { principal, mirror, witness } = pool.backend;
  const problems: TopologyProblem[] = [];
  if (mirror !== undefined && serverOf(mirror) === serverOf(principal)) {
    problems.push({
      path: `${at}.backend.mirror`,
      message: `${shown(mirror)} is on the principal's server; a mirror must be a different SQL Server`,
    });
  }
  if (witness === undefined) return problems;
  if (mirror === undefined) {
    problems.push({
      path: `${at}.backend.witness`,
      message: `a witness needs a mirror (${at}.backend.mirror): without one there is nothing to fail over to`,
    });
  }
  const clash = [principal, mirror].find((server) => server !== undefined && serverOf(server) === serverOf(witness));
  if (clash !== undefined) {
    problems.push({
      path: `${at}.backend.witness`,
      message: `${shown(witness)} is on the ${clash === principal ? 'principal' : 'mirror'}'s server; a witness must be a third SQL Server`,
    });
  }
  return problems;
}

/** DOMAIN.md §2: SfB 2019 has no database mirroring (AlwaysOn instead), which the model does not cover. */
function unmirroredProblems(pool: PoolSpec, at: string): TopologyProblem[] {
  const because =
    'SfB 2019 has no SQL database mirroring (it uses AlwaysOn, which the model does not cover); give the back end as its principal alone';
  return (['mirror', 'witness'] as const).flatMap((role) =>
    pool.backend[role] === undefined ? [] : [{ path: `${at}.backend.${role}`, message: `sfb2019 pools have no ${role}: ${because}` }],
  );
}
