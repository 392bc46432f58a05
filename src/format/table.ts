/**
 * The terminal form of an analysis (`chronicle analyze --format table`, the default): a heading with the
 * publication date and zone, the time expressions (text, type, value, interval in the article's zone, the rule
 * and its explanation), the chronology when events are present (in `order`, with their `when` bounds) and
 * any diagnostics.
 */
import type { Analysis, ChronicleEvent, Timex } from '../schema.js';
import { clip, renderColumns } from './columns.js';
import { boundsText, intervalText } from './span-text.js';

/** What the table shows besides the analysis itself. */
export interface TableContext {
  /** The analysed text, to quote events' sentences. */
  text: string;
  /** A title for the heading (an events/ document's title), if any. */
  title?: string | undefined;
  /** Where the document came from (file name or `stdin`). */
  source?: string | undefined;
}

const SENTENCE_WIDTH = 70;

/** Renders the analysis as a readable chronology for a terminal; ends with a newline. */
export function formatTable(analysis: Analysis, context: TableContext): string {
  const lines: string[] = [];
  if (context.title) lines.push(context.title);
  const from = context.source ? `${context.source}, ` : '';
  lines.push(`${from}published ${analysis.publicationDate} (${analysis.timeZone}), ${analysis.documentType}`);
  lines.push('', ...timexSection(analysis.timexes, analysis.timeZone));
  if (analysis.events.length > 0) lines.push('', ...chronologySection(analysis, context.text));
  if (analysis.diagnostics.length > 0) lines.push('', ...diagnosticSection(analysis));
  return `${lines.join('\n')}\n`;
}

function timexSection(timexes: Timex[], timeZone: string): string[] {
  const heading = `Time expressions (${timexes.length})`;
  if (timexes.length === 0) return [heading, '  none found'];
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  const table = renderColumns(
    [
      { header: 'id' },
      { header: 'text', maxWidth: 32 },
      { header: 'type' },
      { header: 'value', maxWidth: 24 },
      { header: `interval (${timeZone})`, maxWidth: 40 },
      { header: 'rule', maxWidth: 28 },
    ],
    sorted.map((timex) => [
      timex.id,
      timex.text,
      timex.type,
      timex.mod ? `${timex.value} ${timex.mod}` : timex.value,
      timex.interval ? intervalText(timex.interval) : '—',
      timex.rule,
    ]),
  );
  const [header = '', ...rows] = table;
  const withExplanations = rows.flatMap((row, index) => {
    const timex = sorted[index];
    if (!timex) return [row];
    const alternatives = (timex.alternatives ?? []).map((alt) => `      or ${alt.value}: ${alt.explanation}`);
    return [row, `      ${timex.explanation}`, ...alternatives];
  });
  return [heading, header, ...withExplanations];
}

function chronologySection(analysis: Analysis, text: string): string[] {
  const byId = new Map(analysis.events.map((event) => [event.id, event]));
  const timexText = new Map(analysis.timexes.map((timex) => [timex.id, timex.text]));
  const ordered = analysis.order.map((id) => byId.get(id)).filter((event): event is ChronicleEvent => event !== undefined);
  const unordered = analysis.events.filter((event) => !analysis.order.includes(event.id));
  const rows = [...ordered, ...unordered].map((event, index) => [
    index < ordered.length ? String(index + 1) : '–',
    event.text,
    boundsText(event.when.start, event.when.end),
    event.when.precision,
    event.when.basis,
    event.anchor ? `${event.anchor.relation} ${timexText.get(event.anchor.timexId) ?? event.anchor.timexId}` : '',
    clip(text.slice(event.sentence.start, event.sentence.end), SENTENCE_WIDTH),
  ]);
  const table = renderColumns(
    [
      { header: '#' },
      { header: 'event', maxWidth: 20 },
      { header: 'when', maxWidth: 40 },
      { header: 'precision' },
      { header: 'basis' },
      { header: 'anchor', maxWidth: 30 },
      { header: 'sentence' },
    ],
    rows,
  );
  const note = unordered.length > 0 ? [`  (– : ${unordered.length} event(s) not placed in the order)`] : [];
  return [`Chronology (${analysis.events.length} events)`, ...table, ...note];
}

function diagnosticSection(analysis: Analysis): string[] {
  const rows = analysis.diagnostics.map((diagnostic) => [diagnostic.code, diagnostic.text, diagnostic.message]);
  return [
    `Diagnostics (${analysis.diagnostics.length})`,
    ...renderColumns([{ header: 'code' }, { header: 'text', maxWidth: 32 }, { header: 'message' }], rows),
  ];
}
