/**
 * Names that refer to two things at once. Front ends, physical hosts and SQL Servers are separate
 * machines in the model, so one name in two roles would describe failures the model cannot produce.
 */
import { shown } from './field-path.ts';
import { serverOf } from './server-name.ts';
import type { PoolSpec, TopologyProblem } from './types.ts';

export interface PlacedPool {
  readonly pool: PoolSpec;
  /** `pool` or `pairedPool`. */
  readonly at: string;
}

interface Named {
  readonly name: string;
  readonly path: string;
}

export function nameProblems(pools: readonly PlacedPool[]): TopologyProblem[] {
  const frontEnds = pools.flatMap(({ pool, at }) =>
    pool.frontEnds.map((fe, i) => ({ ...fe, path: `${at}.frontEnds[${i}]` })),
  );
  const sqlServers = pools.flatMap(({ pool, at }) => sqlServersOf(pool, at));
  const problems: TopologyProblem[] = [];

  const frontEndPath = new Map<string, string>();
  for (const fe of frontEnds) {
    const first = frontEndPath.get(serverOf(fe.name));
    if (first === undefined) frontEndPath.set(serverOf(fe.name), fe.path);
    else
      problems.push({
        path: `${fe.path}.name`,
        message: `${shown(fe.name)} is already the name of ${first}; front-end names must be unique`,
      });
  }

  for (const fe of frontEnds) {
    const owner = frontEndPath.get(serverOf(fe.host));
    if (owner !== undefined && owner !== fe.path)
      problems.push({
        path: `${fe.path}.host`,
        message: `${shown(fe.host)} is front end ${owner}; a front end runs on a physical host, not on another front end (a physical server is its own host: give it its own name)`,
      });
  }

  for (const sql of sqlServers) {
    const owner = frontEndPath.get(serverOf(sql.name));
    if (owner !== undefined)
      problems.push({
        path: sql.path,
        message: `${shown(sql.name)} is front end ${owner}; the back end must be a separate SQL Server`,
      });
  }

  // The model tells hosts apart by their exact spelling, DNS does not: one host must have one spelling.
  const hostSpelling = new Map<string, { host: string; path: string }>();
  for (const fe of frontEnds) {
    const first = hostSpelling.get(serverOf(fe.host));
    if (first === undefined) hostSpelling.set(serverOf(fe.host), { host: fe.host, path: `${fe.path}.host` });
    else if (first.host !== fe.host)
      problems.push({
        path: `${fe.path}.host`,
        message: `${shown(fe.host)} and ${shown(first.host)} (${first.path}) name the same host (names are case-insensitive): spell it the same way`,
      });
  }

  const reportedHosts = new Set<string>();
  for (const fe of frontEnds) {
    const host = serverOf(fe.host);
    const sql = sqlServers.find((server) => serverOf(server.name) === host);
    if (sql === undefined || reportedHosts.has(host)) continue;
    reportedHosts.add(host);
    problems.push({
      path: `${fe.path}.host`,
      message: `${shown(fe.host)} is the SQL Server ${sql.path}; front ends cannot share a host with the back end (the model fails SQL Servers and hosts independently): name another host`,
    });
  }
  return problems;
}

export function sqlServersOf(pool: PoolSpec, at: string): Named[] {
  const { principal, mirror, witness } = pool.backend;
  return [
    { name: principal, path: `${at}.backend.principal` },
    ...(mirror === undefined ? [] : [{ name: mirror, path: `${at}.backend.mirror` }]),
    ...(witness === undefined ? [] : [{ name: witness, path: `${at}.backend.witness` }]),
  ];
}
