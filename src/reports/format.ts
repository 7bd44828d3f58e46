/** Plain-text wording shared by the Markdown, HTML and JUnit renderers, so that they say the same thing. */
import type { BackendSpec, PoolSpec, Product } from '../../model/topology/types.ts';
import type { PoolView, ReplicaRole, ReplicaView, VotesView } from '../../model/view.ts';

const PRODUCT_NAMES: Readonly<Record<Product, string>> = {
  lync2013: 'Lync Server 2013',
  sfb2015: 'Skype for Business Server 2015',
  sfb2019: 'Skype for Business Server 2019',
};

export function productName(product: Product): string {
  return PRODUCT_NAMES[product];
}

const ROLE_ABBREVIATIONS: Readonly<Record<ReplicaRole, string>> = {
  primary: 'P',
  activeSecondary: 'AS',
  idleSecondary: 'IS',
};

const ROLE_NAMES: Readonly<Record<ReplicaRole, string>> = {
  primary: 'primary',
  activeSecondary: 'active secondary',
  idleSecondary: 'idle secondary',
};

export function roleAbbreviation(role: ReplicaRole): string {
  return ROLE_ABBREVIATIONS[role];
}

export function roleName(role: ReplicaRole): string {
  return ROLE_NAMES[role];
}

/** The order the fabric promotes replicas in. */
const ROLE_ORDER: readonly ReplicaRole[] = ['primary', 'activeSecondary', 'idleSecondary'];

/** Primary first, then active, then idle secondary. */
export function byRole(replicas: readonly ReplicaView[]): ReplicaView[] {
  return [...replicas].sort((a, b) => ROLE_ORDER.indexOf(a.role) - ROLE_ORDER.indexOf(b.role));
}

/** `fe2 (down)`, `fe4 (hydrating)`: the replica's server, and what keeps it from counting. */
export function replicaPlace(replica: ReplicaView): string {
  if (!replica.up) return `${replica.fe} (down)`;
  if (!replica.upToDate) return `${replica.fe} (hydrating)`;
  return replica.fe;
}

/** `P fe1, AS fe2 (down), IS fe3`. */
export function replicasText(replicas: readonly ReplicaView[]): string {
  if (replicas.length === 0) return 'no replicas';
  return byRole(replicas)
    .map((r) => `${roleAbbreviation(r.role)} ${replicaPlace(r)}`)
    .join(', ');
}

/** `4 of 5 votes (need 3)`. */
export function votesText(votes: VotesView): string {
  return `${votes.up} of ${votes.total} votes (need ${votes.needed})`;
}

/** The trace clock: `0 min`, `35 min`, `1 h 05 min`, `2.5 min` (sync intervals are in seconds). */
export function clockText(minutes: number): string {
  const rounded = Math.round(minutes * 100) / 100;
  if (rounded < 60) return `${rounded} min`;
  const hours = Math.floor(rounded / 60);
  const rest = Math.round((rounded - hours * 60) * 100) / 100;
  return `${hours} h ${rest < 10 ? '0' : ''}${rest} min`;
}

export function plural(count: number, noun: string): string {
  return `${count} ${noun}${count === 1 ? '' : 's'}`;
}

/** The pool's physical hosts in order of first appearance, each with its FEs in topology order. */
export function hostsOf(pool: PoolSpec): { readonly host: string; readonly frontEnds: readonly string[] }[] {
  const hosts = new Map<string, string[]>();
  for (const fe of pool.frontEnds) hosts.set(fe.host, [...(hosts.get(fe.host) ?? []), fe.name]);
  return [...hosts].map(([host, frontEnds]) => ({ host, frontEnds }));
}

/** `principal sql1, mirror sql2, witness w1`. */
export function backendText(backend: BackendSpec): string {
  const parts = [`principal ${backend.principal}`];
  if (backend.mirror !== undefined) parts.push(`mirror ${backend.mirror}`);
  if (backend.witness !== undefined) parts.push(`witness ${backend.witness}`);
  return parts.join(', ');
}

/**
 * The SQL principal's place among the voters: its vote counts, it has a seat whose vote is lost (after a
 * failover, or while it is down), or it has no seat at all (an odd number of seed FEs).
 */
export function sqlVote(pool: PoolView): 'counts' | 'lost' | 'none' {
  if (pool.sql.votes) return 'counts';
  const feVoters = pool.frontEnds.filter((fe) => fe.voter).length;
  return pool.votes.total > feVoters ? 'lost' : 'none';
}
