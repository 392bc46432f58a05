/** The messages between the page and the engine worker (see engine.worker.ts). */
import type { Analysis, AnalyzeInput, InputIssue, ResolvedPhrase, ResolveOptions } from '../src/index.js';

export type EngineRequest =
  | { id: number; kind: 'analyze'; input: AnalyzeInput }
  | { id: number; kind: 'resolve'; phrase: string; options: ResolveOptions };

/**
 * When the worker did its part, as epoch ms (`performance.timeOrigin + now()`, comparable across threads):
 * its engine modules evaluated, this request received, its answer ready. Read by the web benchmark.
 */
export interface WorkerTimes {
  loaded: number;
  received: number;
  answered: number;
}

export type EngineResponse =
  | { id: number; ok: true; result: Analysis | ResolvedPhrase | null; ms: number; times?: WorkerTimes }
  | { id: number; ok: false; issues: InputIssue[] };
