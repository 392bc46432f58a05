/**
 * Chronicle's public API: `analyze` (a whole article) and `resolve` (one phrase), with the schemas of
 * their input and output and the one error type they throw.
 */
export { analyze, resolve } from './analyze.js';
export { ChronicleInputError } from './errors.js';
export type { InputIssue } from './errors.js';
export {
  Analysis, AnalyzeInput, ArticleDocument, ChronicleEvent, Diagnostic, Interval, Relation, ResolveOptions,
  Timex, TimexAnchor, TimexMod, TimexType, TLinkType, Tense, When, Precision, EventKind, DocumentType,
} from './schema.js';
export type { ResolvedPhrase } from './analyze.js';
