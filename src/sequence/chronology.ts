/**
 * The entry point of events and sequencing: detect events, anchor time expressions, collect event–event
 * evidence, solve the temporal network and order the events.
 *   text → sentences → event triggers → anchors + links → constraints → bounds → `when`, relations, order;
 * a text longer than the window size (window.ts) is sequenced window by window and merged.
 */
import type { DateTime } from 'luxon';
import { anchorTimexes, inTextOrder, type Anchoring } from '../events/anchor.js';
import { isDateOnly } from '../reference.js';
import { plus as calendarPlus } from '../timex/calendar.js';
import { detectEvents } from '../events/detect.js';
import { tenseFrames, type TenseFrame } from '../events/governing-tense.js';
import { findEventLinks, type EventLink } from '../events/event-links.js';
import { tenseOf, type AnalyzedSentence, type EventMention } from '../events/event-types.js';
import type { TextSpan } from '../events/tokens.js';
import type { ChronicleEvent, Diagnostic, Relation, TLinkType, Timex } from '../schema.js';
import { buildConstraints, endPoint, PUBLICATION_DAY_CONVENTION, startPoint } from './constraints.js';
import { solveConstraints, type ConstraintSource } from './network.js';
import { orderWithPairs, pushOrdering } from './order.js';
import { TimexSpans } from './timex-interval.js';
import type { IntervalInstants } from '../timex/interval-instants.js';
import { eventId, MentionPositions } from './mention-positions.js';
import { isoWriter, whenOf } from './when.js';
import { sentenceWindows, WINDOW_EVENTS, type SentenceWindow } from './window.js';

export interface ChronologyReference {
  /** The publication instant (midnight starting the day when only a date was given), in the article's zone. */
  readonly dateTime: DateTime;
  readonly timeZone: string;
  /** True when only a calendar day was given; defaults to "the instant is midnight". */
  readonly dateOnly?: boolean;
}

export interface Chronology {
  readonly events: ChronicleEvent[];
  readonly relations: Relation[];
  readonly order: string[];
  readonly diagnostics: Diagnostic[];
}

/** Options of `buildChronology`. */
export interface ChronologyOptions {
  /**
   * Texts with more events than this are sequenced window by window (see window.ts); default `WINDOW_EVENTS`.
   * Texts within it are sequenced as one network.
   */
  readonly windowEvents?: number;
  /** The instants of the timexes' intervals, when the engine made them (see interval-instants.ts). */
  readonly instants?: ReadonlyMap<Timex, IntervalInstants>;
}

/**
 * Builds the chronology of a text from its resolved time expressions. Sentences are split here if not given.
 * A text with more events than the window size is cut into windows of whole paragraphs, each sequenced as its
 * own network (its own copy of the publication-date origin, relations only within the window), then merged:
 * global ids e1…eN in text order, `when` from the event's window, relations and diagnostics concatenated, and
 * one order over all events by their bounds (ties in text order) that keeps every relation. Linear in the
 * length of the text for a fixed window size.
 */
export function buildChronology(
  text: string,
  sentences: readonly TextSpan[] | undefined,
  timexes: readonly Timex[],
  reference: ChronologyReference,
  options: ChronologyOptions = {},
): Chronology {
  const readable = readableTimexes(timexes, options.instants);
  return chronologyOf(text, sentences, readable.timexes, reference, options.windowEvents, readable.instants);
}

/**
 * The time expressions as the event layer reads them: copies made by one literal with every key of a Timex in the
 * schema's order (the optional ones undefined), with their instants. The engine makes its timexes with one literal
 * per set of optional keys (eight hidden classes on the corpora), which keeps them free of undefined keys for
 * users; but V8 reads a property megamorphically (a global-cache lookup) at a site that has seen more than four
 * hidden classes, and the event layer reads `start`, `end`, `type` of time expressions at hundreds of sites. Only
 * their ids reach the chronology's output, so the copies stay inside it.
 */
function readableTimexes(timexes: readonly Timex[], instants: ReadonlyMap<Timex, IntervalInstants> | undefined): { timexes: Timex[]; instants: Map<Timex, IntervalInstants> | undefined } {
  const copies: Timex[] = new Array(timexes.length);
  const kept = instants === undefined ? undefined : new Map<Timex, IntervalInstants>();
  for (let i = 0; i < timexes.length; i++) {
    const t = timexes[i] as Timex;
    const copy: Timex = {
      id: t.id, text: t.text, start: t.start, end: t.end, type: t.type, value: t.value, mod: t.mod, quant: t.quant, freq: t.freq,
      anchor: t.anchor, interval: t.interval, rule: t.rule, explanation: t.explanation, alternatives: t.alternatives,
    };
    copies[i] = copy;
    const at = instants?.get(t);
    if (at !== undefined) kept?.set(copy, at);
  }
  return { timexes: copies, instants: kept };
}

/** How many characters before a time its signal may start ("beginning on Jan. 1", "since at least 2015"). */
const SIGNAL_REACH = 24;

/**
 * True when `signal` stands before the time, at most two words between ("until Thursday", "beginning on Jan. 1",
 * "since at least 2015"), not as a signal of the event's own clause ("until the Senate approves").
 */
function signalsTime(text: string, signal: string, timex: Timex): boolean {
  const before = text.slice(Math.max(0, timex.start - SIGNAL_REACH), timex.start).toLowerCase();
  const at = before.lastIndexOf(signal);
  if (at < 0 || (at > 0 && /[a-z]/.test(before.charAt(at - 1)))) return false;
  const rest = before.slice(at + signal.length).trim();
  return rest === '' || /^[a-z]+(?:\s+[a-z]+)?$/.test(rest);
}

function chronologyOf(
  text: string,
  sentences: readonly TextSpan[] | undefined,
  timexes: readonly Timex[],
  reference: ChronologyReference,
  windowEvents: number | undefined,
  instants: ReadonlyMap<Timex, IntervalInstants> | undefined,
): Chronology {
  const sorted = inTextOrder(timexes);
  const analyzed = detectEvents(text, sentences, sorted);
  const size = windowEvents ?? WINDOW_EVENTS;
  let total = 0;
  for (const s of analyzed) total += s.events.length;
  if (total <= size) {
    const part = sequenceSentences(text, analyzed, timexes, reference, 0, instants);
    return { events: part.events, relations: part.relations, order: orderWithPairs(part.ids, part.keys, part.ordering), diagnostics: part.diagnostics };
  }
  const windows = sentenceWindows(text, analyzed.map((s) => ({ span: s.span, events: s.events.length })), size);
  const events: ChronicleEvent[] = [];
  const relations: Relation[] = [];
  const ids: string[] = [];
  const keys: number[] = [];
  const ordering: number[] = [];
  const diagnostics: Diagnostic[] = [];
  let t = 0;
  for (let w = 0; w < windows.length; w++) {
    const { first, end } = windows[w] as SentenceWindow;
    // The window owns the text from its first sentence to the next window's first sentence.
    const next = windows[w + 1];
    const limit = next === undefined ? Infinity : (analyzed[next.first] as AnalyzedSentence).span.start;
    const own: Timex[] = [];
    while (t < sorted.length && (sorted[t] as Timex).start < limit) own.push(sorted[t++] as Timex);
    const part = sequenceSentences(text, localSentences(analyzed, first, end), own, reference, events.length, instants);
    events.push(...part.events);
    relations.push(...part.relations);
    for (let i = 0; i < part.ids.length; i++) {
      ids.push(part.ids[i] as string);
      keys.push(part.keys[i] as number);
    }
    for (const p of part.ordering) ordering.push(p);
    diagnostics.push(...part.diagnostics);
  }
  return { events, relations, order: orderWithPairs(ids, keys, ordering), diagnostics };
}

/** Sentences [first, end) as a text of their own: each mention's sentence index counted from `first`. */
function localSentences(analyzed: readonly AnalyzedSentence[], first: number, end: number): AnalyzedSentence[] {
  const out: AnalyzedSentence[] = [];
  for (let i = first; i < end; i++) {
    const s = analyzed[i] as AnalyzedSentence;
    out.push({ span: s.span, tokens: s.tokens, events: s.events.map((m) => ({ ...m, sentenceIndex: m.sentenceIndex - first })) });
  }
  return out;
}

/**
 * The sequencing of one network: events (ids from e{idBase + 1}), relations, order keys, the relations that
 * order events as flat (earlier, later) pairs of text positions counted over the whole text (see order.ts),
 * and contradictions.
 */
interface Sequenced {
  readonly events: ChronicleEvent[];
  readonly relations: Relation[];
  /** The id and order key of each event (see OrderItem). */
  readonly ids: string[];
  readonly keys: number[];
  readonly ordering: number[];
  readonly diagnostics: Diagnostic[];
}

/** The evidence set aside by a network without contradictions. */
const NOTHING_DROPPED: ReadonlySet<object | undefined> = new Set();

/** Anchors, links, constraints and one network over `analyzed` (sentence indices of its mentions count from 0). */
function sequenceSentences(
  text: string,
  analyzed: readonly AnalyzedSentence[],
  timexes: readonly Timex[],
  reference: ChronologyReference,
  idBase: number,
  instants: ReadonlyMap<Timex, IntervalInstants> | undefined,
): Sequenced {
  const positions = new MentionPositions(analyzed);
  const { mentions } = positions;
  // Tense frames once for anchoring and constraints.
  const frameAt: Array<TenseFrame | undefined> = new Array(mentions.length).fill(undefined);
  const frames = tenseFrames(mentions, frameAt);
  const anchors = anchorTimexes(analyzed, timexes, frames);
  const links = findEventLinks(analyzed, timexes);
  const dateOnly = isDateOnly(reference.dateTime, reference.dateOnly);
  const origin = reference.dateTime;
  const spans = new TimexSpans(reference.timeZone, instants);
  // A date-only publication is its whole day, 23 or 25 hours long on a day the clocks change.
  const nowMinutes = dateOnly ? publicationDayMinutes(origin) : 0;
  const { constraints, anchored, revised } = buildConstraints(mentions, positions, anchors, links, { origin, nowMinutes, spans }, frames, frameAt);
  const solution = solveConstraints(1 + 2 * mentions.length, constraints);
  const droppedEvidence = solution.conflicts.length === 0 ? NOTHING_DROPPED : new Set<object | undefined>(solution.conflicts.map((c) => c.dropped.source.evidence));

  /**
   * The relation an anchor holds in the output: none when it was set aside in a contradiction (it places nothing),
   * the tense's reading when the tense ruled its time out as the event's container, else its own.
   */
  // Events whose own tense constraint was set aside (by the start of their mention; the news convention of a date-only
  // publication, set aside wherever the text puts an event on its day, does not count): a reading by that tense places nothing.
  const tenseSetAside = solution.conflicts.length === 0 ? undefined : new Set(solution.conflicts.filter((c) => c.dropped.source.kind === 'tense' && c.dropped.source.priority > PUBLICATION_DAY_CONVENTION).map((c) => c.dropped.source.start));
  const anchorRelation = (a: Anchoring): TLinkType | undefined => {
    if (droppedEvidence.size > 0 && droppedEvidence.has(a)) return undefined;
    if (revised.size === 0 || !revised.has(a)) return a.relation;
    // ("the cost of the recall, which begins next month": the past of "blamed" the noun took is set aside by the beginning,
    // and with it its BEFORE; a weaker reading, at or after, at or before, still holds of the bounds.)
    const reading = revised.get(a);
    return (reading === 'BEFORE' || reading === 'AFTER') && tenseSetAside?.has(a.event.start) === true ? undefined : reading;
  };
  // Each event's anchor (the last one given for it), by position.
  const anchorAt: (Anchoring | undefined)[] = new Array(mentions.length);
  for (const a of anchors) {
    const i = positions.positionOf(a.event);
    if (i >= 0) anchorAt[i] = a;
  }
  const positionOf = (m: EventMention): number => idBase + Math.max(0, positions.positionOf(m));
  const idOf = (m: EventMention): string => eventId(positionOf(m));
  const iso = isoWriter(origin, reference.timeZone);
  const events: ChronicleEvent[] = [];
  // Ids, and order keys: each event's earliest start, else its latest end, else NaN.
  const ids: string[] = [];
  const keys: number[] = [];
  for (let i = 0; i < mentions.length; i++) {
    const lower = solution.lower[startPoint(i)]!;
    const upper = solution.upper[endPoint(i)]!;
    const id = eventId(idBase + i);
    ids.push(id);
    keys.push(Number.isFinite(lower) ? lower : Number.isFinite(upper) ? upper : Number.NaN);
    events.push(eventOf(id, mentions[i] as EventMention, i));
  }
  /** The public event `id` of mention `m` at position `i`. */
  function eventOf(id: string, m: EventMention, i: number): ChronicleEvent {
    const sentence = analyzed[m.sentenceIndex]?.span ?? { start: m.start, end: m.end };
    const anchor = anchorAt[i];
    // Only an event's own time expression makes its `when` 'anchored' (a clause anchor is tense evidence), and
    // only when it bounds the event (one its tense rules out places nothing).
    const span = anchor?.scope !== 'direct' || !anchored[i] ? undefined : spans.of(anchor.timex);
    const tense = tenseOf(m);
    const relation = anchor === undefined ? undefined : anchorRelation(anchor);
    const own = anchor !== undefined && relation !== undefined ? { timexId: anchor.timex.id, relation } : undefined;
    const when = whenOf(solution, startPoint(i), endPoint(i), iso, span?.precision);
    const { text: mentionText, start, end, kind } = m;
    const within = { start: sentence.start, end: sentence.end };
    // Keys in the schema's order, the optional ones only when set: one literal per set of keys, so that no event
    // grows properties after it is made.
    if (tense === undefined) {
      return own === undefined ? { id, text: mentionText, start, end, sentence: within, kind, when } : { id, text: mentionText, start, end, sentence: within, kind, anchor: own, when };
    }
    return own === undefined ? { id, text: mentionText, start, end, sentence: within, kind, tense, when } : { id, text: mentionText, start, end, sentence: within, kind, tense, anchor: own, when };
  }

  const relations: Relation[] = [];
  for (const a of anchors) {
    const type = anchorRelation(a);
    if (type === undefined) continue;
    const via = a.signal === undefined ? `anchor "${a.timex.text}"` : signalsTime(text, a.signal, a.timex) ? `"${a.signal} ${a.timex.text}"` : `"${a.signal}" against "${a.timex.text}"`;
    relations.push({ from: idOf(a.event), to: a.timex.id, type, via: revised.size > 0 && revised.has(a) ? `${via}, read by tense` : via });
  }
  const ordering: number[] = [];
  for (const l of links) {
    if (droppedEvidence.size > 0 && droppedEvidence.has(l)) continue;
    const r = relationOf(l);
    if (r === undefined) continue;
    relations.push({ from: idOf(r.from), to: idOf(r.to), type: r.type, via: r.via });
    pushOrdering(ordering, positionOf(r.from), positionOf(r.to), r.type);
  }
  // One diagnostic per piece of evidence set aside against the same phrase (a link has several constraints).
  const reported = new Set<string>();
  const diagnostics: Diagnostic[] = solution.conflicts
    .filter((c) => c.dropped.source.kind !== 'tense')
    .filter(({ dropped: d, against: a }) => {
      const key = `${d.source.start}:${d.source.end}:${d.source.phrase}|${a.source.phrase}`;
      if (reported.has(key)) return false;
      reported.add(key);
      return true;
    })
    .map(({ dropped: d, against: a }) => ({
      code: 'CONTRADICTION' as const, start: d.source.start, end: d.source.end, text: quoteOf(text, d.source),
      message: `"${d.source.phrase}" contradicts "${a.source.phrase}"; the first was set aside`,
    }));
  return { events, ids, keys, relations, ordering, diagnostics };
}

const MINUTES_PER_DAY = 24 * 60;

/** The last publication day measured, with its length: the articles of a feed come day by day. */
let lastDay: { readonly ms: number; readonly zone: string; readonly minutes: number } | undefined;

/**
 * The length in minutes of the day starting at `origin` (a date-only publication): 1440, or 1380 / 1500 on a day the
 * clocks change. The next midnight comes from the calendar step of timex/calendar.ts (luxon's `set` of the day,
 * checked against luxon's `plus` there), without the Duration `plus({ days: 1 })` builds on every call.
 */
function publicationDayMinutes(origin: DateTime): number {
  // A zone with a fixed offset (luxon's isUniversal: UTC, "UTC+5") never changes its clocks: every day is 24 hours.
  if (origin.zone.isUniversal) return MINUTES_PER_DAY;
  const ms = origin.toMillis();
  const zone = origin.zoneName ?? '';
  if (lastDay !== undefined && lastDay.ms === ms && lastDay.zone === zone) return lastDay.minutes;
  const minutes = Math.round((calendarPlus(origin, 'days', 1).toMillis() - ms) / 60_000);
  lastDay = { ms, zone, minutes };
  return minutes;
}

/** Longest stretch of text a contradiction quotes whole; a longer one is quoted by the phrases it joins. */
const QUOTE_WHOLE_CHARS = 200;
/** Up to four words after a far-apart mention, within its clause ("left" → "left the Lebanon-Syria border"). */
const WORDS_AFTER = /^(?:[^\S\n]*[^\s.,;:!?"“”()]+){0,4}/;

/**
 * The text a contradiction quotes: the stretch of its evidence when short ("ended on Friday"), else only the
 * phrases it joins — each mention (an event or a time expression) with the few words after it, in text order,
 * joined by " … " — not everything between two far-apart mentions of a repeated verb and object.
 */
function quoteOf(text: string, source: ConstraintSource): string {
  if (source.end - source.start <= QUOTE_WHOLE_CHARS) return text.slice(source.start, source.end);
  const parts = mentionsOf(source.evidence).sort((a, b) => a.start - b.start);
  if (parts.length === 0) return text.slice(source.start, source.end);
  return parts.map((p) => phraseAt(text, p.start, p.end)).join(' … ');
}

/** The mentions (events and time expressions) a piece of evidence names. */
function mentionsOf(evidence: object | undefined): Array<{ start: number; end: number }> {
  if (evidence === undefined) return [];
  const out: Array<{ start: number; end: number }> = [];
  for (const value of Object.values(evidence) as unknown[]) {
    if (typeof value !== 'object' || value === null) continue;
    const { start, end, text } = value as { start?: unknown; end?: unknown; text?: unknown };
    if (typeof start === 'number' && typeof end === 'number' && typeof text === 'string') out.push({ start, end });
  }
  return out;
}

/** The mention at [start, end) with the few words after it in its clause. */
function phraseAt(text: string, start: number, end: number): string {
  const after = WORDS_AFTER.exec(text.slice(end, end + 120))?.[0] ?? '';
  return text.slice(start, end + after.length);
}

/** The public relation of a piece of event–event evidence, between its two mentions (none for a complement). */
function relationOf(link: EventLink): { from: EventMention; to: EventMention; type: TLinkType; via: string } | undefined {
  switch (link.kind) {
    case 'after': return { from: link.earlier, to: link.later, type: 'BEFORE', via: link.via };
    case 'since': return { from: link.event, to: link.anchor, type: 'BEGUN_BY', via: link.via };
    case 'until': return { from: link.event, to: link.anchor, type: 'ENDED_BY', via: link.via };
    case 'overlap': return { from: link.a, to: link.b, type: 'OVERLAP', via: link.via };
    case 'identity': return { from: link.a, to: link.b, type: 'IDENTITY', via: link.via };
    case 'reported': {
      const type = link.when === 'before' ? 'BEFORE' : link.when === 'after' ? 'AFTER' : 'OVERLAP';
      return { from: link.event, to: link.report, type, via: link.via };
    }
    case 'complement': return undefined;
    case 'phase': return { from: link.verb, to: link.event, type: link.phase === 'begin' ? 'BEGINS' : 'ENDS', via: link.via };
  }
}
