/**
 * What a report shows of a pairing state. The pairing model has no front ends, votes or replicas of its
 * own (state.ts), so those are summarised from the topology: every FE is up when its pool is up, every FE
 * counts as a voter and the pool is functional exactly when it is up, the SQL servers are up with the back
 * end, and each pool's users are one routing group on the first three FEs of the pool serving them. The
 * pool model draws the real ones.
 */
import { pairConfig, partnerOf } from './config.ts';
import { cmsAvailable, serving, servingPool, timerRunning } from './facts.ts';
import { minutes } from './minutes.ts';
import { exportStatus, importStatus } from './status.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairState } from './state.ts';
import type { PoolSpec, Topology } from '../topology/types.ts';
import type { FabricView, PoolView, RoutingGroupView, TimerView } from '../view.ts';

const roles = ['primary', 'activeSecondary', 'idleSecondary'] as const;

export function viewOfPairing(topology: Topology, s: PairState): FabricView {
  const config = pairConfig(topology);
  const specs = [topology.pool, topology.pairedPool!] as const;
  return {
    product: topology.product,
    pools: ([0, 1] as const).map((pool) => poolView(config, specs[pool], s, pool)),
    timers: timers(config, s),
    notes: notes(config, s),
  };
}

function poolView(config: PairConfig, spec: PoolSpec, s: PairState, pool: PoolIndex): PoolView {
  const p = s.pools[pool];
  const status = !p.up ? 'down' : p.failedOver ? 'stopped' : 'running';
  const frontEnds = spec.frontEnds.map((fe) => ({ name: fe.name, host: fe.host, up: p.up, status, voter: true }) as const);
  const hostNames = [...new Set(spec.frontEnds.map((fe) => fe.host))];
  const sqlNames = [spec.backend.principal, spec.backend.mirror, spec.backend.witness].filter((n): n is string => n !== undefined);
  const total = frontEnds.length;
  return {
    name: spec.name,
    hosts: hostNames.map((host) => ({
      name: host,
      up: p.up,
      frontEnds: spec.frontEnds.filter((fe) => fe.host === host).map((fe) => fe.name),
    })),
    frontEnds,
    votes: { up: p.up ? total : 0, total, needed: Math.floor(total / 2) + 1, functional: p.up },
    sql: {
      ...spec.backend,
      up: Object.fromEntries(sqlNames.map((name) => [name, p.backendUp])),
      serving: p.backendUp ? spec.backend.principal : null,
      votes: false,
    },
    backendAvailable: p.backendUp,
    routingGroups: ([0, 1] as const)
      .filter((users) => (s.pools[users].failedOver ? partnerOf(users) : users) === pool)
      .map((users) => routingGroup(spec, s, pool, users)),
    serving: serving(p),
    backup: {
      serviceRunning: timerRunning(p),
      exportStatus: exportStatus(config, s, pool),
      importStatus: importStatus(s, pool),
      pendingAtPartner: p.pending,
    },
  };
}

/** `users`' users as one routing group hosted on `pool` (id 0: the topology's pool's users, 1: the paired pool's). */
function routingGroup(spec: PoolSpec, s: PairState, pool: PoolIndex, users: PoolIndex): RoutingGroupView {
  const replicaFes = spec.frontEnds.length >= 3 ? spec.frontEnds.slice(0, 3) : [];
  return {
    id: users,
    replicas: replicaFes.map((fe, i) => ({ fe: fe.name, role: roles[i]!, up: s.pools[pool].up, upToDate: true })),
    service: servingPool(s, users) === pool ? 'full' : 'disconnected',
    unsyncedChanges: 0,
    lostChanges: s.pools[users].lost,
  };
}

function timers(config: PairConfig, s: PairState): TimerView[] {
  return ([0, 1] as const)
    .filter((pool) => timerRunning(s.pools[pool]))
    .map((pool) => ({
      name: `Backup Service sync on ${config.names[pool]}`,
      dueInMinutes: s.pools[pool].syncDue ? 0 : config.syncSeconds / 60,
    }));
}

function notes(config: PairConfig, s: PairState): string[] {
  const out: string[] = [];
  for (const pool of [0, 1] as const) {
    const p = s.pools[pool];
    const name = config.names[pool];
    const partner = config.names[partnerOf(pool)];
    if (p.pending > 0) {
      out.push(
        `${name}: ${p.pending} change(s) wait in ${partner}'s share, oldest ${minutes(p.pendingAge)}; ` +
          `${partner} imports ${importStatus(s, partnerOf(pool)) === 'NormalState' ? 'them now' : 'nothing'}, ` +
          `${name} reports ${exportStatus(config, s, pool)}`,
      );
    }
    if (p.unexported > 0) out.push(`${name}: ${p.unexported} change(s) not exported yet, oldest ${minutes(p.unexportedAge)}`);
    if (p.outage > 0) out.push(`${name}: its store cannot export, for ${minutes(p.outage)} so far`);
    if (p.failedOver) {
      const loss = p.lost > 0 ? `, oldest ${minutes(p.lostAge)}` : '';
      out.push(`${name} is failed over to ${partner}: the failover lost ${p.lost} change(s)${loss}`);
    }
  }
  if (s.cmsAt !== -1) out.push(`the CMS is in ${config.names[s.cmsAt]}${cmsAvailable(s) ? '' : ' and unavailable'}`);
  return out;
}
