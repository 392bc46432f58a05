/**
 * Chronicle's evaluation against TimeML gold data, for `npm run eval` and `chronicle eval DIR`.
 *
 * @example
 *   const { text } = runEvaluation(['../shared/corpora/tbaq/TimeBank'], { errors: 10 });
 *   console.log(text);
 */
import { formatEvaluationReport } from './report.js';
import { evaluateFolder, type EvaluationOptions, type FolderEvaluation } from './run.js';

export { evaluateDocuments, evaluateFolder } from './run.js';
export type { AnalysisFailure, Evaluation, EvaluationOptions, FolderEvaluation } from './run.js';
export { formatEvaluationReport, formatScoreTable, formatTopErrors } from './report.js';
export { scoreTimexes, compareTimexes, precisionRecall } from './tempeval.js';
export type { PrecisionRecall, ScoredDocument, TimexCounts, TimexError, TimexScores } from './tempeval.js';
export { scoreEvents, dctClassOf, systemDctClass } from './events.js';
export type { DctClass, EventCounts, EventScores } from './events.js';

export interface RunEvaluationOptions extends EvaluationOptions {
  /** How many of the commonest errors of each kind to list per folder (0: none). */
  errors?: number;
}

/** Evaluates each folder and renders the report. Throws ChronicleInputError for a bad folder or file. */
export function runEvaluation(folders: readonly string[], options: RunEvaluationOptions = {}): { evaluations: FolderEvaluation[]; text: string } {
  const evaluations = folders.map((folder) => evaluateFolder(folder, options));
  return { evaluations, text: formatEvaluationReport(evaluations, options.errors ?? 0) };
}
