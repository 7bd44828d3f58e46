/** A search worker's thread: rebuilds the subject, then runs its Partition one command at a time. */
import { parentPort, workerData } from 'node:worker_threads';
import type { Command, Reply, WorkerSetup } from './protocol.ts';
import { loadSubject } from './subject.ts';
import { Partition } from './partition.ts';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const { model, properties } = await loadSubject(setup.source, setup.properties);
const partition = new Partition(model, properties, setup);

const reply = (message: Reply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

// An exception here ends the thread with an 'error' event, which the coordinator rethrows.
port.on('message', (command: Command) => {
  switch (command.type) {
    case 'init':
      reply({ type: 'phase', report: partition.init(command.budget) });
      break;
    case 'expand': {
      const { report, parcels } = partition.expand(command.depth, command.budget, command.decided);
      reply({ type: 'phase', report, parcels }, parcels.flatMap((p) => (p === null ? [] : [p.records])));
      break;
    }
    case 'deliver':
      reply({ type: 'phase', report: partition.deliver(command.parcels) });
      break;
    case 'link':
      reply({ type: 'link', link: partition.link(command.id) });
      break;
  }
});
reply({ type: 'ready' });
