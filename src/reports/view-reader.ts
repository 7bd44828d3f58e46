/** Reads a FabricView back from a counterexample file, naming the field of the first problem. */
import type {
  BackupView,
  FabricView,
  FrontEndView,
  PoolView,
  ReplicaView,
  RoutingGroupView,
  SqlView,
  TimerView,
  VotesView,
} from '../../model/view.ts';
import type { Product } from '../../model/topology/types.ts';
import { array, boolean, fields, index, literal, nonNegative, nullable, optional, record, string } from './json-reader.ts';
import type { Reader } from './json-reader.ts';

const frontEnd = fields<FrontEndView>({
  name: string,
  host: string,
  up: boolean,
  status: literal(['running', 'starting', 'stopped', 'down']),
  voter: boolean,
});

const replica = fields<ReplicaView>({
  fe: string,
  role: literal(['primary', 'activeSecondary', 'idleSecondary']),
  up: boolean,
  upToDate: boolean,
});

const routingGroup = fields<RoutingGroupView>({
  id: index,
  replicas: array(replica),
  service: literal(['full', 'limited', 'disconnected']),
  unsyncedChanges: index,
  lostChanges: index,
});

const sql = fields<SqlView>({
  principal: string,
  mirror: optional(string),
  witness: optional(string),
  up: record(boolean),
  serving: nullable(string),
  votes: boolean,
});

const votes = fields<VotesView>({ up: index, total: index, needed: index, functional: boolean });

const backup = fields<BackupView>({
  serviceRunning: boolean,
  exportStatus: literal(['SteadyState', 'NonSteadyState', 'FinalState', 'NotInitialized', 'ErrorState']),
  importStatus: literal(['NormalState', 'ErrorState']),
  pendingAtPartner: index,
});

const host = fields<PoolView['hosts'][number]>({ name: string, up: boolean, frontEnds: array(string) });

const pool = fields<PoolView>({
  name: string,
  hosts: array(host),
  frontEnds: array(frontEnd),
  votes,
  sql,
  backendAvailable: boolean,
  routingGroups: array(routingGroup),
  serving: boolean,
  backup: optional(backup),
});

const timer = fields<TimerView>({ name: string, dueInMinutes: nonNegative });

export const readFabricView: Reader<FabricView> = fields<FabricView>({
  product: literal<Product>(['lync2013', 'sfb2015', 'sfb2019']),
  pools: array(pool),
  timers: array(timer),
  notes: array(string),
});
