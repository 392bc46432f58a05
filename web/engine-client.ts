/**
 * The page's side of the engine worker: promise-returning `analyze` and `resolve`. An analysis superseded
 * by a newer request (the reader kept typing) resolves to `stale` instead of being drawn. The worker is
 * started with the page's URL hash and analyses what it opens unasked; the first `analyze` of that same
 * input takes that answer instead of asking again (see engine.worker.ts).
 */
import type { Analysis, AnalyzeInput, InputIssue, ResolvedPhrase, ResolveOptions } from '../src/index.js';
import { BOOT_ID, type BootResponse, type EngineRequest, type EngineResponse, type WorkerTimes } from './engine-protocol.js';
import { unpackAnalysis, type WireAnalysis } from './engine-wire.js';
import { sameInput } from './opening.js';
import workerUrl from './engine.worker.ts?worker&url';

export type EngineResult<T> = { ok: true; value: T; ms: number } | { ok: false; issues: InputIssue[] } | { ok: 'stale' };

/** What the view needs of the engine (the worker client below; a stand-in in benchmarks). */
export interface Engine {
  analyze(input: AnalyzeInput): Promise<EngineResult<Analysis>>;
  resolve(phrase: string, options: ResolveOptions): Promise<EngineResult<ResolvedPhrase | null>>;
}

export class EngineClient implements Engine {
  private readonly worker: Worker;
  private readonly pending = new Map<number, (response: EngineResponse) => void>();
  /** The worker's own analysis of the hash it was started with, until the first `analyze` has looked at it. */
  private boot: Promise<BootResponse> | null;
  private nextId = BOOT_ID + 1;
  private latestAnalysis = 0;
  private marked = false;

  /** Starts the worker on `hash`, the page's URL hash (the view the page is about to open). */
  constructor(hash: string) {
    this.worker = new Worker(`${workerUrl}${hash}`, { type: 'module' });
    performance.mark('engine:worker-created');
    this.boot = new Promise((settle) => this.pending.set(BOOT_ID, settle as (response: EngineResponse) => void));
    this.worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      if (event.data.ok && event.data.times && !this.marked) {
        this.marked = true;
        markWorkerTimes(event.data.times);
      }
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.(event.data);
    };
  }

  async analyze(input: AnalyzeInput): Promise<EngineResult<Analysis>> {
    const id = this.nextId++;
    this.latestAnalysis = id;
    if (id === BOOT_ID + 1) performance.mark('engine:posted');
    const response = await this.analysisOf(id, input);
    if (id !== this.latestAnalysis) return { ok: 'stale' };
    return response.ok ? { ok: true, value: unpackAnalysis(response.result as WireAnalysis, input.text), ms: response.ms } : response;
  }

  async resolve(phrase: string, options: ResolveOptions): Promise<EngineResult<ResolvedPhrase | null>> {
    const response = await this.send({ id: this.nextId++, kind: 'resolve', phrase, options });
    return response.ok ? { ok: true, value: response.result as ResolvedPhrase | null, ms: response.ms } : response;
  }

  /** The worker's own first analysis when it is of `input`, else the answer to a new request. */
  private async analysisOf(id: number, input: AnalyzeInput): Promise<EngineResponse> {
    const boot = this.boot;
    this.boot = null;
    const unasked = boot ? await boot : null;
    return unasked && sameInput(unasked.input, input) ? unasked : this.send({ id, kind: 'analyze', input });
  }

  private send(request: EngineRequest): Promise<EngineResponse> {
    return new Promise((settle) => {
      this.pending.set(request.id, settle);
      this.worker.postMessage(request);
    });
  }
}

/**
 * Records the first answer's worker timings as page performance marks (`engine:loaded`, `engine:received`,
 * `engine:answered`), on the page's clock, for the web benchmark's breakdown of the first draw.
 */
function markWorkerTimes(times: WorkerTimes): void {
  for (const [name, at] of Object.entries(times)) performance.mark(`engine:${name}`, { startTime: at - performance.timeOrigin });
  performance.mark('engine:delivered');
}
