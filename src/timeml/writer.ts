/**
 * Writing an Analysis as TimeML 1.2.1: DOCID, DCT (the publication day, tid t0), the TEXT with inline TIMEX3
 * and EVENT tags, one MAKEINSTANCE per event and one TLINK per relation. `parseTimeml` reads the result back
 * with the same offsets, values and links.
 *
 * Choices: timex ids and event ids are kept ("t1", "e1"); event instances are "ei" + the event number.
 * Relations of type OVERLAP, BEFORE-OR-OVERLAP and OVERLAP-OR-AFTER (not in TimeML 1.2.1, from TempEval-2) are written as is. Tags that would cross
 * each other (an event straddling a timex boundary) cannot be inline XML: timexes win, and the event is left
 * out of the TEXT and named in an XML comment after it, never dropped silently.
 */
import { Analysis, type ChronicleEvent, type EventKind, type Relation, type Timex } from '../schema.js';
import { ChronicleInputError, issuesFromZod } from '../errors.js';
import { escapeAttribute, escapeText } from './xml.js';
import type { EventClass } from './document.js';

export interface TimemlWriteOptions {
  /** The DOCID to write; defaults to "chronicle". */
  docId?: string;
}

/** A span to write inline, with its opening tag already rendered. */
interface InlineTag {
  id: string;
  start: number;
  end: number;
  name: 'TIMEX3' | 'EVENT';
  open: string;
}

const EVENT_CLASS: Readonly<Record<EventKind, EventClass>> = {
  occurrence: 'OCCURRENCE',
  reporting: 'REPORTING',
  state: 'STATE',
  perception: 'PERCEPTION',
  aspectual: 'ASPECTUAL',
  intention: 'I_ACTION',
};

/** Renders `analysis` of `text` as a TimeML 1.2.1 document. Throws ChronicleInputError if they do not fit. */
export function writeTimeml(analysis: Analysis, text: string, options: TimemlWriteOptions = {}): string {
  const parsed = Analysis.safeParse(analysis);
  if (!parsed.success) throw new ChronicleInputError(issuesFromZod(parsed.error, 'analysis'));
  checkSpans(parsed.data, text);
  const { timexes, events, relations } = parsed.data;
  const dctDay = parsed.data.publicationDate.slice(0, 10);
  const tags = [...timexes.map(timexTag), ...events.map(eventTag)];
  const { body, omitted } = renderText(text, tags);
  const omittedIds = new Set(omitted.map((tag) => tag.id));
  const written = events.filter((event) => !omittedIds.has(event.id));
  const instanceOf = new Map(written.map((event) => [event.id, instanceId(event.id)]));
  const timexIds = new Set(['t0', ...timexes.map((timex) => timex.id)]);
  const links: string[] = [];
  const comments = omitted.map((tag) => `<!-- ${tag.name} ${tag.id} [${tag.start},${tag.end}) crosses another tag and is not inline -->`);
  relations.forEach((relation, index) => {
    const from = linkEnd(relation.from, instanceOf, timexIds, 'eventInstanceID', 'timeID');
    const to = linkEnd(relation.to, instanceOf, timexIds, 'relatedToEventInstance', 'relatedToTime');
    if (from && to) links.push(`<TLINK lid="l${index + 1}" relType="${relation.type}" ${from} ${to} />`);
    else comments.push(`<!-- relation ${escapeComment(describe(relation))} names an unknown id and is not written -->`);
  });
  return [
    '<?xml version="1.0" ?>',
    '<TimeML xmlns:xsi="http://www.w3.org/2001/XMLSchema-instance" xsi:noNamespaceSchemaLocation="http://timeml.org/timeMLdocs/TimeML_1.2.1.xsd">',
    '',
    `<DOCID>${escapeText(options.docId ?? 'chronicle')}</DOCID>`,
    '',
    `<DCT><TIMEX3 tid="t0" type="DATE" value="${escapeAttribute(dctDay)}" temporalFunction="false" functionInDocument="CREATION_TIME">${escapeText(dctDay)}</TIMEX3></DCT>`,
    '',
    `<TEXT>${body}</TEXT>`,
    '',
    ...comments,
    ...written.map(makeInstance),
    ...links,
    '',
    '</TimeML>',
    '',
  ].join('\n');
}

function checkSpans(analysis: Analysis, text: string): void {
  const issues = [...analysis.timexes.map((t, i) => ({ item: t, field: `analysis.timexes.${i}` })), ...analysis.events.map((e, i) => ({ item: e, field: `analysis.events.${i}` }))]
    .filter(({ item }) => item.start > item.end || item.end > text.length || text.slice(item.start, item.end) !== item.text)
    .map(({ item, field }) => ({
      field,
      message: `(${item.id} "${item.text}" at [${item.start},${item.end})) does not match the text given to the writer`,
    }));
  if (analysis.timexes.some((t) => t.id === 't0')) issues.push({ field: 'analysis.timexes', message: 'uses the id t0, which TimeML reserves for the DCT' });
  if (issues.length > 0) throw new ChronicleInputError(issues);
}

function timexTag(timex: Timex): InlineTag {
  const attributes: [string, string | undefined][] = [
    ['tid', timex.id], ['type', timex.type], ['value', timex.value], ['mod', timex.mod], ['quant', timex.quant], ['freq', timex.freq],
    ['temporalFunction', timex.anchor.kind === 'none' ? 'false' : 'true'],
    ['functionInDocument', 'NONE'],
    ['anchorTimeID', timex.anchor.kind === 'timex' ? timex.anchor.timexId : timex.anchor.kind === 'publicationDate' ? 't0' : undefined],
  ];
  return { id: timex.id, start: timex.start, end: timex.end, name: 'TIMEX3', open: `<TIMEX3${renderAttributes(attributes)}>` };
}

function eventTag(event: ChronicleEvent): InlineTag {
  const open = `<EVENT${renderAttributes([['eid', event.id], ['class', EVENT_CLASS[event.kind]]])}>`;
  return { id: event.id, start: event.start, end: event.end, name: 'EVENT', open };
}

function makeInstance(event: ChronicleEvent): string {
  const tense = event.tense ? event.tense.toUpperCase() : 'NONE';
  return `<MAKEINSTANCE${renderAttributes([['eventID', event.id], ['eiid', instanceId(event.id)], ['tense', tense], ['aspect', 'NONE'], ['polarity', 'POS'], ['pos', 'UNKNOWN']])}/>`;
}

function renderAttributes(attributes: [string, string | undefined][]): string {
  return attributes
    .filter((pair): pair is [string, string] => pair[1] !== undefined)
    .map(([name, value]) => ` ${name}="${escapeAttribute(value)}"`)
    .join('');
}

/**
 * Interleaves escaped text and tags. Timexes are placed first, then events; a tag that would cross one
 * already placed (overlap without nesting) is set aside. Outer spans open first.
 */
function renderText(text: string, tags: InlineTag[]): { body: string; omitted: InlineTag[] } {
  const placed: InlineTag[] = [];
  const omitted: InlineTag[] = [];
  for (const tag of [...tags.filter((t) => t.name === 'TIMEX3'), ...tags.filter((t) => t.name === 'EVENT')]) {
    if (placed.some((other) => crosses(tag, other))) omitted.push(tag);
    else placed.push(tag);
  }
  placed.sort((a, b) => a.start - b.start || b.end - a.end || (a.name === 'TIMEX3' ? -1 : 1));
  const parts: string[] = [];
  const open: InlineTag[] = [];
  let position = 0;
  const advanceTo = (offset: number): void => {
    if (offset > position) parts.push(escapeText(text.slice(position, offset)));
    position = Math.max(position, offset);
  };
  const closeUntil = (offset: number): void => {
    for (let top = open.at(-1); top && top.end <= offset; top = open.at(-1)) {
      advanceTo(top.end);
      parts.push(`</${top.name}>`);
      open.pop();
    }
  };
  for (const tag of placed) {
    closeUntil(tag.start);
    advanceTo(tag.start);
    parts.push(tag.open);
    open.push(tag);
  }
  closeUntil(Number.POSITIVE_INFINITY);
  advanceTo(text.length);
  return { body: parts.join(''), omitted };
}

/** True when two spans overlap without one containing the other. */
function crosses(a: InlineTag, b: InlineTag): boolean {
  const overlap = a.start < b.end && b.start < a.end;
  const nested = (a.start <= b.start && b.end <= a.end) || (b.start <= a.start && a.end <= b.end);
  return overlap && !nested;
}

function instanceId(eventId: string): string {
  return `ei${eventId.replace(/^e/, '')}`;
}

function linkEnd(id: string, instanceOf: Map<string, string>, timexIds: Set<string>, eventAttribute: string, timeAttribute: string): string | undefined {
  const instance = instanceOf.get(id);
  if (instance) return `${eventAttribute}="${escapeAttribute(instance)}"`;
  if (timexIds.has(id)) return `${timeAttribute}="${escapeAttribute(id)}"`;
  return undefined;
}

function describe(relation: Relation): string {
  return `${relation.from} ${relation.type} ${relation.to}`;
}

function escapeComment(text: string): string {
  return text.replace(/--/g, '- -');
}
