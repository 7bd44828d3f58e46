/**
 * The worker threads, seen from the coordinator: request/reply over each worker's port (a worker
 * answers its commands in order), and one failure, a thrown error or an unexpected exit, fails every
 * pending and later request. The workers start in the background (`ready`), while the coordinator
 * searches alone. `close` terminates every thread; callers run it in a `finally`.
 */
import { Worker } from 'node:worker_threads';
import type { Command, Link, Reply, RunEnd, Settled, WorkerSetup } from './protocol.ts';
import type { SlotRange } from './shared-table.ts';
import type { LostList } from './lost-claims.ts';
import { workerExecArgv } from './exec-argv.ts';

const ENTRY = new URL('./worker-entry.cjs', import.meta.url);

interface Pending {
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: unknown) => void;
}

export class Crew {
  /** Settles once every worker has rebuilt its subject (rejects with the first failure). */
  readonly ready: Promise<void>;
  /** Every worker has rebuilt its subject. */
  isReady = false;
  private readonly workers: readonly Worker[];
  private readonly pending: Pending[][];
  private failure: unknown;
  private closing = false;

  constructor(setups: readonly WorkerSetup[]) {
    const execArgv = workerExecArgv(process.execArgv);
    this.workers = setups.map((workerData) => new Worker(ENTRY, { workerData, execArgv }));
    this.pending = this.workers.map(() => []);
    this.workers.forEach((worker, w) => {
      worker.on('message', (reply: Reply) => this.pending[w]!.shift()?.resolve(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`search worker ${w + 1} exited unexpectedly (code ${code})`));
      });
    });
    this.ready = Promise.all(this.workers.map((_, w) => this.awaitReply(w))).then(() => {
      this.isReady = true;
    });
    // Seen by whoever awaits `ready`; until then the search goes on alone.
    this.ready.catch(() => undefined);
  }

  get size(): number {
    return this.workers.length;
  }

  /** The first failure, once there is one. */
  get failed(): unknown {
    return this.failure;
  }

  async run(w: number, command: Command): Promise<{ end: RunEnd; inserted: number; lost: LostList }> {
    const reply = await this.request(w, command);
    if (reply.type !== 'ran') throw protocolError('ran', reply);
    return reply;
  }

  async redistribute(w: number, table: SharedArrayBuffer, range: SlotRange): Promise<void> {
    const reply = await this.request(w, { type: 'redistribute', table, range });
    if (reply.type !== 'redistributed') throw protocolError('redistributed', reply);
  }

  async rollback(w: number): Promise<void> {
    const reply = await this.request(w, { type: 'rollback' });
    if (reply.type !== 'rolled-back') throw protocolError('rolled-back', reply);
  }

  async settle(w: number, lost: readonly LostList[]): Promise<Settled> {
    const reply = await this.request(w, { type: 'settle', lost });
    if (reply.type !== 'settled') throw protocolError('settled', reply);
    return reply.settled;
  }

  async link(w: number, local: number): Promise<Link> {
    const reply = await this.request(w, { type: 'link', local });
    if (reply.type !== 'link') throw protocolError('link', reply);
    return reply.link;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private request(w: number, command: Command): Promise<Reply> {
    const reply = this.awaitReply(w);
    if (this.failure === undefined) this.workers[w]!.postMessage(command);
    return reply;
  }

  private awaitReply(w: number): Promise<Reply> {
    if (this.failure !== undefined) return Promise.reject(this.failure);
    return new Promise((resolve, reject) => this.pending[w]!.push({ resolve, reject }));
  }

  private fail(error: unknown): void {
    this.failure ??= error;
    for (const queue of this.pending) for (const p of queue.splice(0)) p.reject(this.failure);
  }
}

function protocolError(expected: string, reply: Reply): Error {
  return new Error(`search worker protocol: expected '${expected}', got '${reply.type}'`);
}
