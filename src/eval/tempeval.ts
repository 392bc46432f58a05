/**
 * TempEval-3 Task A scoring of time expressions, micro-averaged over documents, DCT excluded
 * (UzZaman et al. 2013, and the official TE3 scorer):
 *   - strict extent: a match is an identical span; relaxed extent: any overlap, one-to-one;
 *     P = matches / system timexes, R = matches / gold timexes, F1 their harmonic mean.
 *   - value and type: as the official scorer, P = relaxed matches with the correct attribute / system timexes,
 *     R = the same count / gold timexes, F1 their harmonic mean. This is exactly
 *     (attribute accuracy over relaxed matches) × relaxed F1, since both equal 2·correct / (system + gold).
 * Alongside the figures it lists the errors (false positives, false negatives, wrong values and types) so
 * rules can be improved one case at a time.
 */
import type { Analysis, Timex, TimexType } from '../schema.js';
import type { TimemlDocument, TimemlTimex } from '../timeml/document.js';
import { countStrictMatches, pairByOverlap } from './matching.js';

/** A gold document and what the system made of its TEXT. */
export interface ScoredDocument {
  gold: TimemlDocument;
  system: Analysis;
}

export interface TimexCounts {
  gold: number;
  system: number;
  strictMatches: number;
  relaxedMatches: number;
  correctValues: number;
  correctTypes: number;
}

export interface PrecisionRecall {
  precision: number;
  recall: number;
  f1: number;
}

export interface TimexScores {
  counts: TimexCounts;
  strict: PrecisionRecall;
  relaxed: PrecisionRecall;
  value: PrecisionRecall;
  type: PrecisionRecall;
}

/** One scoring error, for development. `text` is the system's span for false positives, else the gold one. */
export type TimexError =
  | { kind: 'falsePositive'; docId: string; start: number; text: string; systemValue: string; systemRule: string }
  | { kind: 'falseNegative'; docId: string; start: number; text: string; goldValue: string; goldType: TimexType }
  | { kind: 'wrongValue'; docId: string; start: number; text: string; systemText: string; goldValue: string; systemValue: string; systemRule: string }
  | { kind: 'wrongType'; docId: string; start: number; text: string; systemText: string; goldType: TimexType; systemType: TimexType; systemRule: string };

export type TimexErrorKind = TimexError['kind'];

export const EMPTY_COUNTS: TimexCounts = Object.freeze({ gold: 0, system: 0, strictMatches: 0, relaxedMatches: 0, correctValues: 0, correctTypes: 0 });

/** Counts and errors of one document. */
export function compareTimexes(document: ScoredDocument): { counts: TimexCounts; errors: TimexError[] } {
  const gold: readonly TimemlTimex[] = document.gold.timexes;
  const system: readonly Timex[] = document.system.timexes;
  const docId = document.gold.docId;
  const { pairs, unmatchedGold, unmatchedSystem } = pairByOverlap(gold, system);
  const errors: TimexError[] = [];
  let correctValues = 0;
  let correctTypes = 0;
  for (const { gold: g, system: s } of pairs) {
    if (g.value === s.value) correctValues++;
    else errors.push({ kind: 'wrongValue', docId, start: g.start, text: g.text, systemText: s.text, goldValue: g.value, systemValue: s.value, systemRule: s.rule });
    if (g.type === s.type) correctTypes++;
    else errors.push({ kind: 'wrongType', docId, start: g.start, text: g.text, systemText: s.text, goldType: g.type, systemType: s.type, systemRule: s.rule });
  }
  for (const g of unmatchedGold) errors.push({ kind: 'falseNegative', docId, start: g.start, text: g.text, goldValue: g.value, goldType: g.type });
  for (const s of unmatchedSystem) errors.push({ kind: 'falsePositive', docId, start: s.start, text: s.text, systemValue: s.value, systemRule: s.rule });
  errors.sort((a, b) => a.start - b.start);
  const counts: TimexCounts = {
    gold: gold.length,
    system: system.length,
    strictMatches: countStrictMatches(gold, system),
    relaxedMatches: pairs.length,
    correctValues,
    correctTypes,
  };
  return { counts, errors };
}

export function addCounts(a: TimexCounts, b: TimexCounts): TimexCounts {
  return {
    gold: a.gold + b.gold,
    system: a.system + b.system,
    strictMatches: a.strictMatches + b.strictMatches,
    relaxedMatches: a.relaxedMatches + b.relaxedMatches,
    correctValues: a.correctValues + b.correctValues,
    correctTypes: a.correctTypes + b.correctTypes,
  };
}

/** P/R/F1 from a count of correct items over system and gold totals (0 when a total is 0). */
export function precisionRecall(correct: number, system: number, gold: number): PrecisionRecall {
  const precision = system === 0 ? 0 : correct / system;
  const recall = gold === 0 ? 0 : correct / gold;
  const f1 = precision + recall === 0 ? 0 : (2 * precision * recall) / (precision + recall);
  return { precision, recall, f1 };
}

export function scoresFromCounts(counts: TimexCounts): TimexScores {
  const { gold, system } = counts;
  return {
    counts,
    strict: precisionRecall(counts.strictMatches, system, gold),
    relaxed: precisionRecall(counts.relaxedMatches, system, gold),
    value: precisionRecall(counts.correctValues, system, gold),
    type: precisionRecall(counts.correctTypes, system, gold),
  };
}

/** Micro-averaged Task A scores and every error, over a set of documents. */
export function scoreTimexes(documents: readonly ScoredDocument[]): { scores: TimexScores; errors: TimexError[] } {
  let counts = EMPTY_COUNTS;
  const errors: TimexError[] = [];
  for (const document of documents) {
    const compared = compareTimexes(document);
    counts = addCounts(counts, compared.counts);
    errors.push(...compared.errors);
  }
  return { scores: scoresFromCounts(counts), errors };
}
