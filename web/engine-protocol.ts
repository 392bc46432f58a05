/** The messages between the page and the engine worker (see engine.worker.ts). */
import type { AnalyzeInput, InputIssue, ResolvedPhrase, ResolveOptions } from '../src/index.js';
import type { WireAnalysis } from './engine-wire.js';

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

/** An analysis travels packed (see engine-wire.ts); the page unpacks it with the text it sent. */
export type EngineResponse =
  | { id: number; ok: true; result: WireAnalysis | ResolvedPhrase | null; ms: number; times?: WorkerTimes }
  | { id: number; ok: false; issues: InputIssue[] };

/**
 * The id of the worker's own first answer: the analysis of the view the page's URL hash opens (the worker is
 * started with that hash), made as soon as the engine has loaded, before the page asks. It carries the input
 * it analysed, so the page uses it only for that very input.
 */
export const BOOT_ID = 0;
export type BootResponse = EngineResponse & { input: AnalyzeInput };
