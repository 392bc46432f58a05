/**
 * Rendering evaluations as plain text: one score table for all folders, then (on request) the most frequent
 * errors of each kind per folder, grouped by their lower-cased text so the commonest misses come first.
 */
import type { EventScores } from './events.js';
import type { FolderEvaluation } from './run.js';
import type { PrecisionRecall, TimexError, TimexErrorKind } from './tempeval.js';

const percent = (x: number): string => (100 * x).toFixed(1);
const prf = (s: PrecisionRecall): string => `${percent(s.precision)}/${percent(s.recall)}/${percent(s.f1)}`;

function share(value: number | undefined, of: number): string {
  return value === undefined ? `n/a (${of} links)` : `${percent(value)}% of ${of}`;
}

/** The score table: one row per folder. */
export function formatScoreTable(evaluations: readonly FolderEvaluation[]): string {
  const header = ['folder', 'docs', 'gold', 'system', 'strict P/R/F1', 'relaxed P/R/F1', 'value F1', 'type F1', 'anchoring', 'DCT relation'];
  const rows = evaluations.map((e) => [
    e.name,
    String(e.documents),
    String(e.timex.counts.gold),
    String(e.timex.counts.system),
    prf(e.timex.strict),
    prf(e.timex.relaxed),
    percent(e.timex.value.f1),
    percent(e.timex.type.f1),
    share(e.events.anchoringAccuracy, e.events.anchoringLinks),
    share(e.events.dctAccuracy, e.events.dctLinks),
  ]);
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((r) => (r[i] ?? '').length)));
  const line = (cells: string[]): string => cells.map((c, i) => (i === 0 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [
    'TempEval-3 Task A, time expressions: micro-averaged over documents, DCT excluded, scores in %.',
    'value/type F1 = (attribute accuracy over relaxed matches) x relaxed F1, as the official scorer computes it.',
    '',
    line(header),
    line(header.map((_, i) => '-'.repeat(widths[i] ?? 0))),
    ...rows.map(line),
  ].join('\n');
}

const KIND_TITLES: Record<TimexErrorKind, string> = {
  falseNegative: 'false negatives (gold timexes the system missed)',
  falsePositive: 'false positives (system timexes that overlap no gold timex)',
  wrongValue: 'wrong values (relaxed matches whose value differs)',
  wrongType: 'wrong types (relaxed matches whose type differs)',
};

function describeError(error: TimexError): string {
  switch (error.kind) {
    case 'falseNegative': return `${error.goldType} ${error.goldValue}`;
    case 'falsePositive': return `system ${error.systemValue} by ${error.systemRule}`;
    case 'wrongValue': return `gold ${error.goldValue}, system "${error.systemText}" ${error.systemValue} by ${error.systemRule}`;
    case 'wrongType': return `gold ${error.goldType}, system "${error.systemText}" ${error.systemType} by ${error.systemRule}`;
  }
}

/** The `limit` commonest errors of each kind, grouped by lower-cased text, with one example each. */
export function formatTopErrors(evaluation: FolderEvaluation, limit: number): string {
  const sections: string[] = [];
  for (const kind of Object.keys(KIND_TITLES) as TimexErrorKind[]) {
    const groups = new Map<string, TimexError[]>();
    for (const error of evaluation.errors) {
      if (error.kind !== kind) continue;
      const key = error.text.toLowerCase().replace(/\s+/g, ' ');
      const group = groups.get(key);
      if (group) group.push(error);
      else groups.set(key, [error]);
    }
    const total = [...groups.values()].reduce((n, g) => n + g.length, 0);
    const top = [...groups.entries()].sort((a, b) => b[1].length - a[1].length || a[0].localeCompare(b[0])).slice(0, limit);
    sections.push(`${evaluation.name}: ${total} ${KIND_TITLES[kind]}${top.length < groups.size ? `, top ${top.length} of ${groups.size} phrasings` : ''}`);
    for (const [key, errors] of top) {
      const example = errors[0] as TimexError;
      sections.push(`  ${String(errors.length).padStart(4)}x  "${key}"  e.g. ${example.docId} @${example.start}: ${describeError(example)}`);
    }
  }
  return sections.join('\n');
}

function formatEventDetail(name: string, events: EventScores): string {
  if (events.counts.systemEvents === 0) return `${name}: the system produced no events, so anchoring and DCT relation are n/a.`;
  const a = events.counts.anchoring;
  const c = events.counts.dctConfusion;
  const x = events.extraction;
  return [
    ...(x === undefined ? [] : [`${name}: event extraction (exact trigger spans, ${events.counts.matchedEvents} of ${events.counts.goldEvents} gold events found, ` +
      `${events.counts.systemEvents} system events): P/R/F1 ${prf(x)}, class F1 ${percent(events.classF1 ?? 0)}`]),
    `${name}: anchoring of ${events.anchoringLinks} gold same-sentence event-time links: ${a.correct} correct, ${a.otherTimex} anchored elsewhere, ${a.noAnchor} unanchored, ${a.noSystemEvent} event not found`,
    `${name}: DCT relation (gold -> system BEFORE/AFTER/OVERLAP/missing): ` +
      (['BEFORE', 'AFTER', 'OVERLAP'] as const).map((g) => `${g} ${c[g].BEFORE}/${c[g].AFTER}/${c[g].OVERLAP}/${c[g].missing}`).join('; '),
  ].join('\n');
}

/** The whole report: table, timing, failures, event details and (when `errorLimit` > 0) top errors. */
export function formatEvaluationReport(evaluations: readonly FolderEvaluation[], errorLimit = 0): string {
  const parts = [formatScoreTable(evaluations), ''];
  for (const e of evaluations) {
    const mb = e.characters / 1e6;
    const speed = e.analyzeSeconds > 0 ? `${(mb / e.analyzeSeconds).toFixed(2)} M chars/s` : 'n/a';
    parts.push(`${e.name}: ${e.documents} documents, ${mb.toFixed(2)} M chars analysed in ${e.analyzeSeconds.toFixed(2)} s (${speed})`);
    if (e.failures.length > 0) {
      parts.push(`${e.name}: analyze failed on ${e.failures.length} document(s), scored as empty; first: ${e.failures[0]?.docId}: ${e.failures[0]?.message}`);
    }
    parts.push(formatEventDetail(e.name, e.events));
  }
  if (errorLimit > 0) for (const e of evaluations) parts.push('', formatTopErrors(e, errorLimit));
  return parts.join('\n');
}
