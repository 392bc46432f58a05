/**
 * The page's side of the engine worker: promise-returning `analyze` and `resolve`. An analysis superseded
 * by a newer request (the reader kept typing) resolves to `stale` instead of being drawn.
 */
import type { Analysis, AnalyzeInput, InputIssue, ResolvedPhrase, ResolveOptions } from '../src/index.js';
import type { EngineRequest, EngineResponse, WorkerTimes } from './engine-protocol.js';
import { unpackAnalysis, type WireAnalysis } from './engine-wire.js';

export type EngineResult<T> = { ok: true; value: T; ms: number } | { ok: false; issues: InputIssue[] } | { ok: 'stale' };

/** What the view needs of the engine (the worker client below; a stand-in in benchmarks). */
export interface Engine {
  analyze(input: AnalyzeInput): Promise<EngineResult<Analysis>>;
  resolve(phrase: string, options: ResolveOptions): Promise<EngineResult<ResolvedPhrase | null>>;
}

export class EngineClient implements Engine {
  private readonly worker = new Worker(new URL('./engine.worker.ts', import.meta.url), { type: 'module' });
  private readonly pending = new Map<number, (response: EngineResponse) => void>();
  private nextId = 1;
  private latestAnalysis = 0;

  constructor() {
    performance.mark('engine:worker-created');
    this.worker.onmessage = (event: MessageEvent<EngineResponse>) => {
      if (event.data.ok && event.data.times) markWorkerTimes(event.data.id, event.data.times);
      const settle = this.pending.get(event.data.id);
      this.pending.delete(event.data.id);
      settle?.(event.data);
    };
  }

  async analyze(input: AnalyzeInput): Promise<EngineResult<Analysis>> {
    const id = this.nextId++;
    this.latestAnalysis = id;
    if (id === 1) performance.mark('engine:posted');
    const response = await this.send({ id, kind: 'analyze', input });
    if (id !== this.latestAnalysis) return { ok: 'stale' };
    return response.ok ? { ok: true, value: unpackAnalysis(response.result as WireAnalysis, input.text), ms: response.ms } : response;
  }

  async resolve(phrase: string, options: ResolveOptions): Promise<EngineResult<ResolvedPhrase | null>> {
    const response = await this.send({ id: this.nextId++, kind: 'resolve', phrase, options });
    return response.ok ? { ok: true, value: response.result as ResolvedPhrase | null, ms: response.ms } : response;
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
function markWorkerTimes(id: number, times: WorkerTimes): void {
  if (id !== 1) return;
  for (const [name, at] of Object.entries(times)) performance.mark(`engine:${name}`, { startTime: at - performance.timeOrigin });
  performance.mark('engine:delivered');
}
