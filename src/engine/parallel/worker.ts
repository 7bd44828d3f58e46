/**
 * A search worker's thread: rebuilds the subject, then runs its Share one command at a time.
 * Loaded through tsx's require hook (see worker-entry.cjs), so no top-level await.
 */
import { parentPort, workerData } from 'node:worker_threads';
import type { Command, Reply, WorkerSetup } from './protocol.ts';
import { loadSubject } from './subject.ts';
import { Share } from './share.ts';
import { SharedTable } from './shared-table.ts';
import { SharedBudget } from './shared-budget.ts';
import { WorkerCounters } from './shared-counters.ts';
import { ChunkCursor } from './chunk-cursor.ts';

const setup = workerData as WorkerSetup;
const port = parentPort!;
const reply = (message: Reply): void => port.postMessage(message);

function run(share: Share<unknown, unknown>): void {
  const end = share.run();
  reply({ type: 'ran', end, inserted: share.newStates, lost: share.takenOver });
}

function serve(share: Share<unknown, unknown>, command: Command): void {
  switch (command.type) {
    case 'expand':
      share.begin(command.plan);
      share.assign(command, Infinity);
      run(share);
      break;
    case 'resume':
      share.useTable(command.table);
      run(share);
      break;
    case 'redistribute':
      new SharedTable(command.table).redistribute(command.range);
      reply({ type: 'redistributed' });
      break;
    case 'rollback':
      share.rollback();
      reply({ type: 'rolled-back' });
      break;
    case 'settle':
      reply({ type: 'settled', settled: share.settle(command.lost) });
      break;
    case 'link':
      reply({ type: 'link', link: share.link(command.local) });
      break;
  }
}

// Any exception, here or in a command, ends the thread with an 'error' event the coordinator rethrows.
void loadSubject(setup.source, setup.properties).then(({ model, properties }) => {
  const budget = new SharedBudget(setup.budget, setup.count);
  const counters = new WorkerCounters(setup.counters, setup.index);
  const cursor = new ChunkCursor(setup.cursor, setup.search.chunk);
  const share = new Share(setup.index, model, properties, setup.search, budget, counters, cursor);
  port.on('message', (command: Command) => serve(share, command));
  reply({ type: 'ready' });
});
