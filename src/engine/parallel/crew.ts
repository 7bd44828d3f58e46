/**
 * The worker threads, seen from the coordinator: request/reply over each worker's port (a worker
 * answers its commands in order), and one failure, a thrown error or an unexpected exit, fails every
 * pending and later request. `close` terminates every thread; callers run it in a `finally`.
 */
import { Worker } from 'node:worker_threads';
import type { Command, Link, Parcel, PhaseReport, Reply, WorkerSetup } from './protocol.ts';
import { workerExecArgv } from './exec-argv.ts';

const ENTRY = new URL('./worker-entry.cjs', import.meta.url);

interface Pending {
  readonly resolve: (reply: Reply) => void;
  readonly reject: (error: unknown) => void;
}

export class Crew {
  private readonly pending: Pending[][];
  private failure: unknown;
  private closing = false;

  private constructor(private readonly workers: readonly Worker[]) {
    this.pending = workers.map(() => []);
    workers.forEach((worker, w) => {
      worker.on('message', (reply: Reply) => this.pending[w]!.shift()?.resolve(reply));
      worker.on('error', (error) => this.fail(error));
      worker.on('exit', (code) => {
        if (!this.closing) this.fail(new Error(`search worker ${w} exited unexpectedly (code ${code})`));
      });
    });
  }

  get size(): number {
    return this.workers.length;
  }

  /** Starts the workers and waits until each has rebuilt its subject. */
  static async start(setups: readonly WorkerSetup[]): Promise<Crew> {
    const execArgv = workerExecArgv(process.execArgv);
    const crew = new Crew(setups.map((workerData) => new Worker(ENTRY, { workerData, execArgv })));
    try {
      await Promise.all(crew.workers.map((_, w) => crew.awaitReply(w)));
    } catch (error) {
      await crew.close();
      throw error;
    }
    return crew;
  }

  /** Sends one command to every worker (`commandFor(w)` gives worker w's and what to transfer). */
  async phase(commandFor: (w: number) => [Command, ArrayBuffer[]]): Promise<{ report: PhaseReport; parcels?: readonly (Parcel | null)[] }[]> {
    const replies = await Promise.all(this.workers.map((_, w) => this.request(w, ...commandFor(w))));
    return replies.map((reply) => {
      if (reply.type !== 'phase') throw new Error(`search worker protocol: expected a phase report, got '${reply.type}'`);
      return reply;
    });
  }

  async link(worker: number, id: number): Promise<Link> {
    const reply = await this.request(worker, { type: 'link', id }, []);
    if (reply.type !== 'link') throw new Error(`search worker protocol: expected a link, got '${reply.type}'`);
    return reply.link;
  }

  async close(): Promise<void> {
    this.closing = true;
    await Promise.all(this.workers.map((worker) => worker.terminate()));
  }

  private request(w: number, command: Command, transfer: ArrayBuffer[]): Promise<Reply> {
    const reply = this.awaitReply(w);
    if (this.failure === undefined) this.workers[w]!.postMessage(command, transfer);
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
