/**
 * A search worker's thread: rebuilds the subject, then runs its Partition one command at a time.
 * Loaded through tsx's require hook (see worker-entry.cjs), so no top-level await.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Command, Reply, WorkerSetup } from './protocol.ts';
import { loadSubject } from './subject.ts';
import { Partition } from './partition.ts';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const reply = (message: Reply, transfer: ArrayBuffer[] = []): void => port.postMessage(message, transfer);

function serve(partition: Partition<unknown, unknown>, command: Command): void {
  switch (command.type) {
    case 'init':
      reply({ type: 'phase', report: partition.init(command.capacity) });
      break;
    case 'expand': {
      const { report, parcels } = partition.expand(command.depth, command.decided, command.capacity);
      reply({ type: 'phase', report, parcels }, parcels.flatMap((p) => (p === null ? [] : [p.records])));
      break;
    }
    case 'deliver':
      reply({ type: 'phase', report: partition.deliver(command.parcels, command.capacity) });
      break;
    case 'link':
      reply({ type: 'link', link: partition.link(command.id) });
      break;
  }
}

// Any exception, here or in a command, ends the thread with an 'error' event the coordinator rethrows.
void loadSubject(setup.source, setup.properties).then(({ model, properties }) => {
  const partition = new Partition(model, properties, setup);
  port.on('message', (command: Command) => serve(partition, command));
  reply({ type: 'ready' });
});
