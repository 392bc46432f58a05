/**
 * Reading TimeML (TempEval-3 `.tml`, TimeML 1.2.1) into a typed TimemlDocument: DOCID, DCT, the plain TEXT,
 * inline TIMEX3 / EVENT spans, MAKEINSTANCE and TLINK records. Also turns a document into Chronicle's
 * AnalyzeInput (TEXT + DCT as publication date). Browser-safe: file access lives in `files.ts`.
 */
import { DateTime } from 'luxon';
import type { z } from 'zod';
import type { AnalyzeInput } from '../schema.js';
import { ChronicleInputError, issuesFromZod, type InputIssue } from '../errors.js';
import { lineOf, tokenizeXml, XmlSyntaxError, type XmlToken } from './xml.js';
import {
  EventAttributes, MakeInstanceAttributes, Timex3Attributes, TLinkAttributes,
  type TimemlDct, type TimemlDocument, type TimemlEvent, type TimemlInstance, type TimemlTimex, type TimemlTLink,
} from './document.js';

/** An inline tag opened inside <TEXT> and not yet closed. */
interface OpenSpan {
  name: string;
  attributes: Record<string, string>;
  start: number;
  offset: number;
}

/**
 * Parses TimeML source. `source` names the file in error messages. Throws ChronicleInputError (never a raw
 * exception) naming the line and the problem: malformed XML, a missing <TEXT> or DCT, a bad attribute.
 */
export function parseTimeml(xml: string, source = 'TimeML'): TimemlDocument {
  try {
    return parseTokens(xml, source);
  } catch (error) {
    if (error instanceof XmlSyntaxError) {
      throw new ChronicleInputError([{ field: `line ${lineOf(xml, error.offset)}`, message: error.message }], source);
    }
    throw error;
  }
}

function parseTokens(xml: string, source: string): TimemlDocument {
  const issues: InputIssue[] = [];
  const fail = (offset: number, message: string): void => {
    issues.push({ field: `line ${lineOf(xml, offset)}`, message });
  };
  const checked = <S extends z.ZodType>(schema: S, token: XmlToken & { kind: 'open' }, what: string): z.infer<S> | undefined => {
    const result = schema.safeParse(token.attributes);
    if (result.success) return result.data;
    const prefix = `line ${lineOf(xml, token.offset)}: <${what}>`;
    issues.push(...issuesFromZod(result.error, prefix));
    return undefined;
  };

  const stack: OpenSpan[] = [];
  let docId: string | undefined;
  let dct: TimemlDct | undefined;
  let inDocId = false;
  let inDct = false;
  let inText = false;
  let sawText = false;
  const textParts: string[] = [];
  let textLength = 0;
  const timexes: TimemlTimex[] = [];
  const events: TimemlEvent[] = [];
  const instances: TimemlInstance[] = [];
  const tlinks: TimemlTLink[] = [];

  for (const token of tokenizeXml(xml)) {
    if (token.kind === 'text') {
      if (inText) {
        textParts.push(token.text);
        textLength += token.text.length;
      } else if (inDocId) {
        docId = (docId ?? '') + token.text;
      }
      continue;
    }
    if (token.kind === 'open') {
      const { name } = token;
      if (name === 'TEXT' && !token.selfClosing) {
        if (sawText) fail(token.offset, 'has a second <TEXT> element; a TimeML document has exactly one');
        inText = true;
        sawText = true;
      } else if (name === 'DOCID' && !token.selfClosing) {
        inDocId = true;
      } else if (name === 'DCT') {
        inDct = !token.selfClosing;
      } else if (name === 'TIMEX3' && inDct && !inText) {
        const attributes = checked(Timex3Attributes, token, 'TIMEX3 in DCT');
        if (attributes) dct = { tid: attributes.tid, type: attributes.type, value: attributes.value };
      } else if (name === 'TIMEX3' && !inText && token.attributes.functionInDocument === 'CREATION_TIME' && !dct) {
        const attributes = checked(Timex3Attributes, token, 'TIMEX3 creation time');
        if (attributes) dct = { tid: attributes.tid, type: attributes.type, value: attributes.value };
      } else if (name === 'MAKEINSTANCE') {
        const attributes = checked(MakeInstanceAttributes, token, 'MAKEINSTANCE');
        if (attributes) instances.push(withoutUndefined(attributes));
      } else if (name === 'TLINK') {
        const attributes = checked(TLinkAttributes, token, 'TLINK');
        if (attributes) tlinks.push(toTLink(attributes));
      } else if (inText && !token.selfClosing) {
        stack.push({ name, attributes: token.attributes, start: textLength, offset: token.offset });
      } else if (inText && token.selfClosing && (name === 'TIMEX3' || name === 'EVENT')) {
        fail(token.offset, `has an empty <${name}/> inside <TEXT>; a ${name} must enclose the words it annotates`);
      }
      continue;
    }
    // Closing tags.
    const { name } = token;
    if (name === 'TEXT') {
      if (stack.length > 0) {
        const open = stack[stack.length - 1] as OpenSpan;
        fail(open.offset, `has a <${open.name}> that is not closed before </TEXT>`);
        stack.length = 0;
      }
      inText = false;
    } else if (name === 'DOCID') {
      inDocId = false;
    } else if (name === 'DCT') {
      inDct = false;
    } else if (inText) {
      const open = stack.pop();
      if (!open || open.name !== name) {
        fail(token.offset, open ? `closes </${name}> while <${open.name}> is open` : `closes </${name}> that was never opened`);
        if (open) stack.push(open);
        continue;
      }
      const asToken = { kind: 'open' as const, name, attributes: open.attributes, selfClosing: false, offset: open.offset };
      if (name === 'TIMEX3') {
        const attributes = checked(Timex3Attributes, asToken, 'TIMEX3');
        if (attributes) timexes.push({ ...withoutUndefined(attributes), start: open.start, end: textLength, text: '' });
      } else if (name === 'EVENT') {
        const attributes = checked(EventAttributes, asToken, 'EVENT');
        if (attributes) events.push({ eid: attributes.eid, class: attributes.class, start: open.start, end: textLength, text: '' });
      }
    }
  }

  if (!sawText) issues.push({ field: '(document)', message: 'has no <TEXT> element' });
  else if (inText) issues.push({ field: '(document)', message: 'has a <TEXT> element that is never closed' });
  if (!dct) issues.push({ field: '(document)', message: 'has no creation time (<DCT><TIMEX3 functionInDocument="CREATION_TIME" …>)' });
  if (issues.length > 0 || !dct) throw new ChronicleInputError(issues, source);

  const text = textParts.join('');
  for (const span of [...timexes, ...events]) span.text = text.slice(span.start, span.end);
  const byStart = (a: { start: number; end: number }, b: { start: number; end: number }): number => a.start - b.start || b.end - a.end;
  timexes.sort(byStart);
  events.sort(byStart);
  return {
    docId: docId?.trim() || source.replace(/^.*[\\/]/, '').replace(/\.tml$/, ''),
    dct,
    text,
    timexes,
    events,
    instances,
    tlinks,
  };
}

function toTLink(a: z.infer<typeof TLinkAttributes>): TimemlTLink {
  const from = a.eventInstanceID !== undefined ? { kind: 'event' as const, eiid: a.eventInstanceID } : { kind: 'time' as const, tid: a.timeID ?? '' };
  const to =
    a.relatedToEventInstance !== undefined
      ? { kind: 'event' as const, eiid: a.relatedToEventInstance }
      : { kind: 'time' as const, tid: a.relatedToTime ?? '' };
  return { lid: a.lid, relType: a.relType, from, to };
}

/** Drops keys whose value is undefined (exactOptionalPropertyTypes-friendly, and cleaner output). */
function withoutUndefined<T extends object>(record: T): T {
  return Object.fromEntries(Object.entries(record).filter(([, v]) => v !== undefined)) as T;
}

/**
 * The publication date Chronicle uses for a TimeML document: the DCT as written, the day (`1998-01-08`) or, when
 * it has one, the time of day too (`1998-01-08T18:30` → `1998-01-08T18:30:00+00:00` in UTC). TimeML DCTs carry no
 * offset, so their time of day is read as a wall-clock time in `timeZone`, the zone the document is analysed in.
 */
export function publicationDateOf(document: TimemlDocument, timeZone = 'UTC'): string {
  const written = /^(?<day>\d{4}-\d{2}-\d{2})(?<time>T\d{2}:\d{2}(?::\d{2})?)?/.exec(document.dct.value);
  if (!written) {
    throw new ChronicleInputError(
      [{ field: 'DCT value', message: `"${document.dct.value}" is not a calendar date (expected YYYY-MM-DD…)` }],
      document.docId,
    );
  }
  const { day, time } = written.groups as { day: string; time?: string };
  if (!time) return day;
  const moment = DateTime.fromISO(`${day}${time}`, { zone: timeZone });
  return moment.isValid ? moment.toISO({ suppressMilliseconds: true })! : day;
}

/** A TimeML document as input to `analyze`: its TEXT, its DCT as publication date, in UTC unless told. */
export function timemlToAnalyzeInput(document: TimemlDocument, timeZone = 'UTC'): AnalyzeInput {
  return { text: document.text, publicationDate: publicationDateOf(document, timeZone), timeZone, documentType: 'news' };
}
