/** The messages between the page and the engine worker (see engine.worker.ts). */
import type { Analysis, AnalyzeInput, InputIssue, ResolvedPhrase, ResolveOptions } from '../src/index.js';

export type EngineRequest =
  | { id: number; kind: 'analyze'; input: AnalyzeInput }
  | { id: number; kind: 'resolve'; phrase: string; options: ResolveOptions };

export type EngineResponse =
  | { id: number; ok: true; result: Analysis | ResolvedPhrase | null; ms: number }
  | { id: number; ok: false; issues: InputIssue[] };
