/**
 * What a report shows of a pairing state. The pairing model has no front ends, votes or replicas of its
 * own (state.ts), so the pool-level facts are drawn on every FE: each is up when its pool is up, counts as
 * a voter, and the pool is functional exactly when it is up; the SQL servers are up with the back end.
 * Each pool's users are one routing group on the pool that serves them, with its service level and no
 * replicas: where replicas sit is the pool model's (and the paired-pool check's) to draw.
 */
import { pairConfig } from './config.ts';
import { hostOf, serviceLevel, timerRunning } from './facts.ts';
import { notes } from './notes.ts';
import { exportStatus, importStatus } from './status.ts';
import type { PairConfig, PoolIndex } from './config.ts';
import type { PairState } from './state.ts';
import type { PoolSpec, Topology } from '../topology/types.ts';
import type { FabricView, PoolView, RoutingGroupView, TimerView } from '../view.ts';

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
  const status = !p.up ? 'down' : p.failedOver ? 'stopped' : !p.loaded ? 'starting' : 'running';
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
    routingGroups: ([0, 1] as const).filter((users) => hostOf(s, users) === pool).map((users) => routingGroup(config, s, pool, users)),
    serving: serviceLevel(config, s, pool) !== 'disconnected',
    backup: {
      serviceRunning: timerRunning(p),
      exportStatus: exportStatus(config, s, pool),
      importStatus: importStatus(s, pool),
      pendingAtPartner: p.pending,
    },
  };
}

/**
 * `users`' users as one routing group hosted on `pool` (id 0: the topology's pool's users, 1: the paired
 * pool's). Changes are counted from the store on, so none is ever unsynced in this model's terms.
 */
function routingGroup(config: PairConfig, s: PairState, pool: PoolIndex, users: PoolIndex): RoutingGroupView {
  return { id: users, replicas: [], service: serviceLevel(config, s, pool), unsyncedChanges: 0, lostChanges: s.pools[users].lost };
}

/**
 * A running Backup Service's SyncInterval timer. The model stops only at deadlines, so it is always a whole
 * interval from firing, except at a deadline: there it has fired, and it starts again with the export it
 * triggered (the same instant), which a note shows as due until it runs. So a report says "fired" when
 * time passes to a deadline, "started" when the export runs, and "cancelled" when the service stops (or
 * its pool fails) before the deadline; a service stopped at a deadline has no timer left to cancel.
 */
function timers(config: PairConfig, s: PairState): TimerView[] {
  return ([0, 1] as const)
    .filter((pool) => timerRunning(s.pools[pool]) && !s.pools[pool].syncDue)
    .map((pool) => ({ name: `Backup Service sync on ${config.names[pool]}`, dueInMinutes: config.syncSeconds / 60 }));
}
