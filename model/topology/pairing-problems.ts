/** Problems with the paired pool, the Backup Service and the CMS: what pairing needs to mean anything. */
import { shown } from './field-path.ts';
import { sqlServersOf } from './name-problems.ts';
import { serverOf } from './server-name.ts';
import type { TopologyFile } from './file.ts';
import type { TopologyProblem } from './types.ts';

export function pairingProblems(file: TopologyFile): TopologyProblem[] {
  return [...cmsProblems(file), ...backupServiceProblems(file), ...separationProblems(file)];
}

/** Only the pairing check reads `cms` (where the CMS is decides the order of failovers), so without a pair it would mean nothing. */
function cmsProblems({ cms, pool, pairedPool }: TopologyFile): TopologyProblem[] {
  if (cms === undefined) return [];
  if (pairedPool === undefined) {
    return [{ path: 'cms', message: 'the CMS location only matters between paired pools; add a pairedPool or remove cms' }];
  }
  if ([pool, pairedPool].some((candidate) => serverOf(candidate.name) === serverOf(cms))) return [];
  return [
    {
      path: 'cms',
      message: `${shown(cms)} names no pool in this topology; it must be ${shown(pool.name)} (pool.name) or ${shown(pairedPool.name)} (pairedPool.name)`,
    },
  ];
}

function backupServiceProblems({ backupService, pairedPool }: TopologyFile): TopologyProblem[] {
  if (backupService === undefined || pairedPool !== undefined) return [];
  return [
    {
      path: 'backupService',
      message: 'the Backup Service only runs between paired pools; add a pairedPool or remove backupService',
    },
  ];
}

/** A pair exists to survive losing one pool, so the two pools must not share what fails together. */
function separationProblems({ pool, pairedPool }: TopologyFile): TopologyProblem[] {
  if (pairedPool === undefined) return [];
  const problems: TopologyProblem[] = [];
  if (serverOf(pairedPool.name) === serverOf(pool.name))
    problems.push({
      path: 'pairedPool.name',
      message: `${shown(pairedPool.name)} is also pool.name; a pool cannot be paired with itself: give the paired pool its own name`,
    });

  const poolStores = sqlServersOf(pool, 'pool').filter(({ path }) => !path.endsWith('.witness'));
  for (const store of sqlServersOf(pairedPool, 'pairedPool').filter(({ path }) => !path.endsWith('.witness'))) {
    const shared = poolStores.find(({ name }) => serverOf(name) === serverOf(store.name));
    if (shared !== undefined)
      problems.push({
        path: store.path,
        message: `${shown(store.name)} is also ${shared.path}; paired pools need separate back-end SQL Servers (a witness may be shared)`,
      });
  }

  const poolHosts = new Map(pool.frontEnds.map((fe, i) => [serverOf(fe.host), `pool.frontEnds[${i}].host`]));
  const reported = new Set<string>();
  pairedPool.frontEnds.forEach((fe, i) => {
    const shared = poolHosts.get(serverOf(fe.host));
    if (shared === undefined || reported.has(serverOf(fe.host))) return;
    reported.add(serverOf(fe.host));
    problems.push({
      path: `pairedPool.frontEnds[${i}].host`,
      message: `${shown(fe.host)} is also ${shared}; paired pools must not share a physical host (the model fails the two pools independently)`,
    });
  });
  return problems;
}
