/**
 * A pool of worker threads that analyses chunks of lines and writes their outputs strictly in input order.
 * Memory stays bounded: at most `window` chunks are submitted but not yet written (submit waits for room), and
 * each write waits for the output stream to drain (backpressure). A worker that dies turns the lines it held
 * into error records and is replaced; the run goes on.
 */
import { Worker } from 'node:worker_threads';
import { failureLine } from './record.js';
import type { ChunkRequest, ChunkResult } from './protocol.js';

export interface PoolOptions {
  /** Number of worker threads (at least 1). */
  workers: number;
  /** Most chunks in flight or waiting to be written at once. */
  window: number;
  /** The worker module (`worker.js` next to this file). */
  workerUrl: URL;
}

/** The output of one chunk, in input order. */
export interface OutputBlock {
  text: string;
  lines: number;
  errors: number;
}

interface PooledWorker {
  worker: Worker;
  /** Chunks sent to this worker and not yet answered, by sequence number. */
  inFlight: Map<number, ChunkRequest>;
}

export class OrderedWorkerPool {
  private readonly workers: PooledWorker[] = [];
  private readonly done = new Map<number, OutputBlock>();
  private nextSeq = 0;
  private nextToWrite = 0;
  private writing: Promise<void> = Promise.resolve();
  private roomWaiters: Array<() => void> = [];
  private idleWaiters: Array<() => void> = [];
  private failure: unknown;
  private closing = false;

  /**
   * `emit` writes one block of output lines (`lines` of them, `errors` being error records) and resolves when
   * the destination can take more.
   */
  constructor(
    private readonly options: PoolOptions,
    private readonly emit: (block: OutputBlock) => Promise<void>,
  ) {
    for (let index = 0; index < options.workers; index++) this.workers.push(this.spawn());
  }

  /** Sends lines to be analysed; resolves once the window has room for another chunk. */
  async submit(lines: ChunkRequest['lines']): Promise<void> {
    await this.waitForRoom();
    const request: ChunkRequest = { seq: this.nextSeq++, lines };
    const target = this.workers.reduce((best, candidate) => (candidate.inFlight.size < best.inFlight.size ? candidate : best));
    target.inFlight.set(request.seq, request);
    target.worker.postMessage(request);
  }

  /** Adds output that needs no analysis (an error record for an unreadable line) at this point of the order. */
  async submitOutput(block: OutputBlock): Promise<void> {
    await this.waitForRoom();
    this.complete(this.nextSeq++, block);
  }

  /** Waits until every submitted chunk is written, then stops the workers. Rethrows an output failure. */
  async close(): Promise<void> {
    if (this.nextToWrite < this.nextSeq && this.failure === undefined) {
      await new Promise<void>((resolve) => this.idleWaiters.push(resolve));
    }
    await this.writing;
    this.closing = true;
    await Promise.all(this.workers.map(({ worker }) => worker.terminate()));
    if (this.failure !== undefined) throw this.failure;
  }

  private spawn(): PooledWorker {
    const worker = new Worker(this.options.workerUrl);
    const pooled: PooledWorker = { worker, inFlight: new Map() };
    worker.on('message', (result: ChunkResult) => {
      const lines = pooled.inFlight.get(result.seq)?.lines.length ?? 0;
      pooled.inFlight.delete(result.seq);
      this.complete(result.seq, { text: result.output, lines, errors: result.errors });
    });
    worker.on('error', (error) => this.replace(pooled, error.message));
    worker.on('exit', (code) => {
      if (!this.closing && code !== 0) this.replace(pooled, `worker stopped with exit code ${code}`);
    });
    return pooled;
  }

  /** Turns a dead worker's chunks into error records and starts a new worker in its place. */
  private replace(dead: PooledWorker, reason: string): void {
    const index = this.workers.indexOf(dead);
    if (index < 0) return;
    for (const request of dead.inFlight.values()) {
      const text = request.lines.map(({ line }) => failureLine(line, `analysis failed: ${reason}`)).join('');
      this.complete(request.seq, { text, lines: request.lines.length, errors: request.lines.length });
    }
    dead.inFlight.clear();
    this.workers[index] = this.spawn();
  }

  private complete(seq: number, block: OutputBlock): void {
    this.done.set(seq, block);
    this.writing = this.writing.then(() => this.flush());
  }

  /** Writes every finished chunk that is next in input order. */
  private async flush(): Promise<void> {
    while (this.failure === undefined && this.done.has(this.nextToWrite)) {
      const block = this.done.get(this.nextToWrite) ?? { text: '', lines: 0, errors: 0 };
      this.done.delete(this.nextToWrite);
      try {
        await this.emit(block);
      } catch (error) {
        this.failure = error;
      }
      this.nextToWrite += 1;
      this.roomWaiters.splice(0).forEach((wake) => wake());
    }
    if (this.nextToWrite === this.nextSeq || this.failure !== undefined) this.idleWaiters.splice(0).forEach((wake) => wake());
  }

  private async waitForRoom(): Promise<void> {
    while (this.failure === undefined && this.nextSeq - this.nextToWrite >= this.options.window) {
      await new Promise<void>((resolve) => this.roomWaiters.push(resolve));
    }
    if (this.failure !== undefined) throw this.failure;
  }
}
