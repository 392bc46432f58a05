/**
 * Test helper: reads a TimeML (.tml) file into plain text with gold EVENT / TIMEX3 spans, MAKEINSTANCE tense
 * and TLINKs, and turns gold TIMEX3s into schema-valid `Timex` objects (so events can be measured on gold times).
 */
import type { Timex, TimexType } from '../src/schema.js';

export interface GoldEvent { eid: string; eiid?: string; start: number; end: number; text: string; eventClass: string; tense?: string; pos?: string }
export interface GoldTimex { tid: string; start: number; end: number; text: string; type: string; value: string }
export interface GoldLink { relType: string; event: string; time?: string; relatedEvent?: string }
export interface TimeMLDocument { text: string; dct: string; events: GoldEvent[]; timexes: GoldTimex[]; links: GoldLink[] }

const attr = (tag: string, name: string): string | undefined => new RegExp(`\\b${name}="([^"]*)"`).exec(tag)?.[1];

const unescape = (s: string): string => s.replace(/&lt;/g, '<').replace(/&gt;/g, '>').replace(/&quot;/g, '"').replace(/&apos;/g, "'").replace(/&amp;/g, '&');

export function readTimeML(xml: string): TimeMLDocument {
  const dct = /<DCT>\s*<TIMEX3[^>]*value="([^"]+)"/.exec(xml)?.[1] ?? '';
  const body = /<TEXT>([\s\S]*)<\/TEXT>/.exec(xml)?.[1] ?? '';
  let text = '';
  const events: GoldEvent[] = [];
  const timexes: GoldTimex[] = [];
  const open: Array<{ tag: string; start: number }> = [];
  const re = /<(\/?)(EVENT|TIMEX3|SIGNAL)([^>]*)>|([^<]+)|<[^>]*>/g;
  for (let m = re.exec(body); m !== null; m = re.exec(body)) {
    if (m[4] !== undefined) { text += unescape(m[4]); continue; }
    if (m[2] === undefined) continue;
    if (m[1] === '') { open.push({ tag: m[3] ?? '', start: text.length }); continue; }
    const o = open.pop();
    if (o === undefined) continue;
    const span = { start: o.start, end: text.length, text: text.slice(o.start, text.length) };
    if (m[2] === 'EVENT') events.push({ eid: attr(o.tag, 'eid') ?? '', eventClass: attr(o.tag, 'class') ?? '', ...span });
    else if (m[2] === 'TIMEX3') timexes.push({ tid: attr(o.tag, 'tid') ?? '', type: attr(o.tag, 'type') ?? 'DATE', value: attr(o.tag, 'value') ?? '', ...span });
  }
  const byEid = new Map(events.map((e) => [e.eid, e]));
  const eventOfInstance = new Map<string, string>();
  for (const mi of xml.match(/<MAKEINSTANCE[^>]*>/g) ?? []) {
    const e = byEid.get(attr(mi, 'eventID') ?? '');
    const eiid = attr(mi, 'eiid') ?? '';
    eventOfInstance.set(eiid, attr(mi, 'eventID') ?? '');
    if (e !== undefined && e.eiid === undefined) { e.eiid = eiid; e.tense = attr(mi, 'tense'); e.pos = attr(mi, 'pos'); }
  }
  const links: GoldLink[] = [];
  for (const tl of xml.match(/<TLINK[^>]*>/g) ?? []) {
    const relType = attr(tl, 'relType') ?? '';
    const ei = attr(tl, 'eventInstanceID');
    const t = attr(tl, 'timeID');
    const toT = attr(tl, 'relatedToTime');
    const toE = attr(tl, 'relatedToEventInstance');
    if (ei !== undefined && toT !== undefined) links.push({ relType, event: eventOfInstance.get(ei) ?? '', time: toT });
    else if (t !== undefined && toE !== undefined) links.push({ relType: inverse(relType), event: eventOfInstance.get(toE) ?? '', time: t });
    else if (ei !== undefined && toE !== undefined) links.push({ relType, event: eventOfInstance.get(ei) ?? '', relatedEvent: eventOfInstance.get(toE) ?? '' });
  }
  return { text, dct, events, timexes, links };
}

const INVERSE: Record<string, string> = { BEFORE: 'AFTER', AFTER: 'BEFORE', INCLUDES: 'IS_INCLUDED', IS_INCLUDED: 'INCLUDES', IBEFORE: 'IAFTER', IAFTER: 'IBEFORE', BEGINS: 'BEGUN_BY', BEGUN_BY: 'BEGINS', ENDS: 'ENDED_BY', ENDED_BY: 'ENDS' };
const inverse = (r: string): string => INVERSE[r] ?? r;

/** Gold TIMEX3s as schema-valid Timex objects (no interval: values are read by the sequencer). */
export function goldTimexes(doc: TimeMLDocument): Timex[] {
  return doc.timexes.map((t) => ({
    id: t.tid, text: t.text, start: t.start, end: t.end, type: (['DATE', 'TIME', 'DURATION', 'SET'].includes(t.type) ? t.type : 'DATE') as TimexType,
    value: t.value, anchor: { kind: 'publicationDate' }, rule: 'gold', explanation: 'gold TimeML annotation',
  }));
}
