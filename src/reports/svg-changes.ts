/** Which drawn elements changed since the previous step: the drawing outlines them so the eye finds them. */
import type { FabricView, PoolView } from '../../model/view.ts';

export interface PoolChanges {
  readonly frontEnds: ReadonlySet<string>;
  readonly hosts: ReadonlySet<string>;
  readonly sqlServers: ReadonlySet<string>;
  readonly routingGroups: ReadonlySet<number>;
  readonly votes: boolean;
  readonly backup: boolean;
}

const NONE: PoolChanges = {
  frontEnds: new Set(),
  hosts: new Set(),
  sqlServers: new Set(),
  routingGroups: new Set(),
  votes: false,
  backup: false,
};

const same = (a: unknown, b: unknown): boolean => JSON.stringify(a) === JSON.stringify(b);

export function poolChanges(prev: FabricView | undefined, pool: PoolView): PoolChanges {
  const before = prev?.pools.find((p) => p.name === pool.name);
  if (before === undefined) return NONE;
  // The replicas an FE holds, by group: a group placed elsewhere (or with none) leaves its card alone.
  const replicasOn = (p: PoolView, fe: string): unknown =>
    p.routingGroups.flatMap((rg) => rg.replicas.filter((r) => r.fe === fe).map((r) => ({ rg: rg.id, ...r })));
  return {
    frontEnds: new Set(
      pool.frontEnds
        .filter((fe) => !same(fe, before.frontEnds.find((f) => f.name === fe.name)) || !same(replicasOn(pool, fe.name), replicasOn(before, fe.name)))
        .map((fe) => fe.name),
    ),
    hosts: new Set(pool.hosts.filter((h) => before.hosts.find((b) => b.name === h.name)?.up !== h.up).map((h) => h.name)),
    sqlServers: new Set(
      [pool.sql.principal, pool.sql.mirror, pool.sql.witness]
        .filter((s): s is string => s !== undefined)
        .filter((s) => before.sql.up[s] !== pool.sql.up[s] || (before.sql.serving === s) !== (pool.sql.serving === s) || (s === pool.sql.principal && before.sql.votes !== pool.sql.votes)),
    ),
    routingGroups: new Set(pool.routingGroups.filter((rg) => !same(rg, before.routingGroups.find((b) => b.id === rg.id))).map((rg) => rg.id)),
    votes: !same(before.votes, pool.votes),
    backup: !same(before.backup, pool.backup),
  };
}
