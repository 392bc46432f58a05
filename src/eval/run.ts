/**
 * The evaluation run behind `npm run eval` and `chronicle eval DIR`: read a folder of TimeML, run `analyze`
 * on each document's TEXT with its DCT, and score time expressions (TempEval-3 Task A) and events.
 */
import { basename, resolve } from 'node:path';
import { analyze as chronicleAnalyze } from '../analyze.js';
import type { Analysis, AnalyzeInput } from '../schema.js';
import type { TimemlDocument } from '../timeml/document.js';
import { readTimemlFolder } from '../timeml/files.js';
import { timemlToAnalyzeInput } from '../timeml/reader.js';
import { scoreEvents, type EventScores } from './events.js';
import { scoreTimexes, type ScoredDocument, type TimexError, type TimexScores } from './tempeval.js';

export interface EvaluationOptions {
  /** The analyser to score; Chronicle's `analyze` unless told (tests pass their own). */
  analyze?: (input: AnalyzeInput) => Analysis;
  /** Zone the documents are analysed in (TimeML DCTs carry none); UTC unless told. */
  timeZone?: string;
}

/** A document the analyser could not process, with its message (the run goes on, scoring it as empty). */
export interface AnalysisFailure {
  docId: string;
  message: string;
}

export interface Evaluation {
  documents: number;
  /** UTF-16 code units of TEXT analysed. */
  characters: number;
  /** Wall-clock seconds spent in the analyser. */
  analyzeSeconds: number;
  timex: TimexScores;
  errors: TimexError[];
  events: EventScores;
  failures: AnalysisFailure[];
}

export interface FolderEvaluation extends Evaluation {
  folder: string;
  name: string;
}

/** An empty analysis, standing in for a document the analyser failed on. */
function emptyAnalysis(input: AnalyzeInput): Analysis {
  return {
    publicationDate: input.publicationDate,
    timeZone: input.timeZone ?? 'UTC',
    documentType: 'news',
    timexes: [],
    events: [],
    relations: [],
    order: [],
    diagnostics: [],
  };
}

/** Analyses and scores already-read gold documents. */
export function evaluateDocuments(gold: readonly TimemlDocument[], options: EvaluationOptions = {}): Evaluation {
  const analyze = options.analyze ?? chronicleAnalyze;
  const scored: ScoredDocument[] = [];
  const failures: AnalysisFailure[] = [];
  let characters = 0;
  let milliseconds = 0;
  for (const document of gold) {
    const input = timemlToAnalyzeInput(document, options.timeZone);
    characters += input.text.length;
    const started = performance.now();
    let system: Analysis;
    try {
      system = analyze(input);
    } catch (error) {
      failures.push({ docId: document.docId, message: error instanceof Error ? error.message : String(error) });
      system = emptyAnalysis(input);
    }
    milliseconds += performance.now() - started;
    scored.push({ gold: document, system });
  }
  const { scores, errors } = scoreTimexes(scored);
  return {
    documents: gold.length,
    characters,
    analyzeSeconds: milliseconds / 1000,
    timex: scores,
    errors,
    events: scoreEvents(scored),
    failures,
  };
}

/** Reads every `.tml` file of `folder` and evaluates it. Throws ChronicleInputError for a bad folder or file. */
export function evaluateFolder(folder: string, options: EvaluationOptions = {}): FolderEvaluation {
  const absolute = resolve(folder);
  return { folder: absolute, name: basename(absolute), ...evaluateDocuments(readTimemlFolder(absolute), options) };
}
