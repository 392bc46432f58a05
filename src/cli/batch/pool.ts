/**
 * A pool of worker threads that analyses chunks of lines and writes their outputs strictly in input order.
 * Memory stays bounded: at most `window` chunks are submitted but not yet written (submit waits for room), and
 * each write waits for the output stream to drain (backpressure).
 *
 * A worker that dies is replaced. The chunks it held are retried one at a time, each alone on a worker, so
 * the chunk that killed it is found and only its lines become error records; nothing else is lost.
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
  /** Bytes of input the block accounts for (for progress). */
  inputBytes: number;
}

/** A chunk waiting for a worker; `suspect` chunks were on a worker that died and must run alone. */
interface QueuedChunk {
  request: ChunkRequest;
  suspect: boolean;
}

/** Bytes of input by chunk sequence number, until the chunk is written. */
type InputSizes = Map<number, number>;

interface PooledWorker {
  worker: Worker;
  /** Chunks sent to this worker and not yet answered, by sequence number. */
  inFlight: Map<number, ChunkRequest>;
  /** True while the worker runs a suspect chunk alone. */
  isolating: boolean;
}

export class OrderedWorkerPool {
  private readonly workers: PooledWorker[] = [];
  private readonly queue: QueuedChunk[] = [];
  private readonly done = new Map<number, OutputBlock>();
  private readonly inputBytes: InputSizes = new Map();
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

  /** Sends lines (`inputBytes` of input) to be analysed; resolves once the window has room for another chunk. */
  async submit(lines: ChunkRequest['lines'], inputBytes = 0): Promise<void> {
    await this.waitForRoom();
    this.inputBytes.set(this.nextSeq, inputBytes);
    this.queue.push({ request: { seq: this.nextSeq++, lines }, suspect: false });
    this.dispatch();
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

  /** Hands queued chunks to workers: a suspect only to an idle worker (which then takes nothing else). */
  private dispatch(): void {
    while (this.queue.length > 0) {
      const next = this.queue[0] as QueuedChunk;
      const available = this.workers.filter((pooled) => !pooled.isolating && (!next.suspect || pooled.inFlight.size === 0));
      if (available.length === 0) return;
      const target = available.reduce((best, candidate) => (candidate.inFlight.size < best.inFlight.size ? candidate : best));
      this.queue.shift();
      target.isolating = next.suspect;
      target.inFlight.set(next.request.seq, next.request);
      target.worker.postMessage(next.request);
    }
  }

  private spawn(): PooledWorker {
    const worker = this.options.workerUrl.pathname.endsWith('.ts')
      ? new Worker(tsxBootstrap(this.options.workerUrl), { eval: true })
      : new Worker(this.options.workerUrl);
    const pooled: PooledWorker = { worker, inFlight: new Map(), isolating: false };
    worker.on('message', (result: ChunkResult) => {
      const lines = pooled.inFlight.get(result.seq)?.lines.length ?? 0;
      pooled.inFlight.delete(result.seq);
      pooled.isolating = false;
      this.complete(result.seq, { text: result.output, lines, errors: result.errors, inputBytes: 0 });
      this.dispatch();
    });
    worker.on('error', (error) => this.replace(pooled, error.message));
    worker.on('exit', (code) => {
      if (!this.closing) this.replace(pooled, `worker stopped with exit code ${code}`);
    });
    return pooled;
  }

  /**
   * Starts a new worker in place of a dead one. A chunk that was alone on it (or already a suspect) caused the
   * death: its lines become error records. Several chunks are retried as suspects, each alone on a worker.
   */
  private replace(dead: PooledWorker, reason: string): void {
    const index = this.workers.indexOf(dead);
    if (index < 0) return;
    const held = [...dead.inFlight.values()];
    if (held.length === 1 || dead.isolating) {
      for (const request of held) {
        const text = request.lines.map(({ line }) => failureLine(line, `analysis failed: ${reason}`)).join('');
        this.complete(request.seq, { text, lines: request.lines.length, errors: request.lines.length, inputBytes: 0 });
      }
    } else {
      this.queue.unshift(...held.map((request) => ({ request, suspect: true })));
    }
    dead.inFlight.clear();
    this.workers[index] = this.spawn();
    this.dispatch();
  }

  private complete(seq: number, block: OutputBlock): void {
    this.done.set(seq, block);
    this.writing = this.writing.then(() => this.flush());
  }

  /** Writes every finished chunk that is next in input order. */
  private async flush(): Promise<void> {
    while (this.failure === undefined && this.done.has(this.nextToWrite)) {
      const block = this.done.get(this.nextToWrite) ?? { text: '', lines: 0, errors: 0, inputBytes: 0 };
      this.done.delete(this.nextToWrite);
      const inputBytes = block.inputBytes + (this.inputBytes.get(this.nextToWrite) ?? 0);
      this.inputBytes.delete(this.nextToWrite);
      try {
        await this.emit({ ...block, inputBytes });
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

/**
 * Run from TypeScript sources (`npx tsx src/cli/main.ts`), a worker cannot load `worker.ts` by itself: the
 * parent's tsx flags do not carry over to worker threads. This bootstrap registers tsx inside the worker first.
 */
function tsxBootstrap(workerUrl: URL): string {
  return `import('tsx/esm/api').then(({ register }) => { register(); return import(${JSON.stringify(workerUrl.href)}); })`;
}
