/**
 * Turns the evidence of the event layer into difference constraints of the temporal network: anchors (event
 * inside / before / after a time expression), signals between events, reporting frames, infinitive complements,
 * repeated mentions, and — weakest — tense against the publication date.
 */
import type { DateTime } from 'luxon';
import type { Anchoring } from '../events/anchor.js';
import type { EventLink } from '../events/event-links.js';
import type { EventMention } from '../events/event-types.js';
import { tenseFrames, type TenseFrame } from '../events/governing-tense.js';
import { ConstraintList } from './constraint-list.js';
import type { ConstraintSource } from './network.js';
import type { TLinkType } from '../schema.js';
import type { TimexSpans } from './timex-interval.js';

/** Point 0 is the origin (publication instant); event i has start point 1+2i and end point 2+2i. */
export const startPoint = (i: number): number => 1 + 2 * i;
export const endPoint = (i: number): number => 2 + 2 * i;

export interface PublicationFrame {
  readonly origin: DateTime;
  /** Length of the publication "now" in minutes: its whole day when only a date was given (1440, or 1380 or 1500 when the clocks change), 0 for an instant. */
  readonly nowMinutes: number;
  /** The spans of the document's time expressions, in the article's zone. */
  readonly spans: TimexSpans;
}

const PRIORITY: Readonly<Record<ConstraintSource['kind'], number>> = {
  structure: 100, anchor: 50, identity: 40, signal: 30, frame: 20, complement: 15, tense: 5,
};

/**
 * The priority of a finite verb's own past or perfect ("said", "has sent"): above a reporting frame and an
 * infinitive complement, whose inferences rest on other events (a "said" in the news is over when it is published).
 */
const FINITE_PAST_PRIORITY = PRIORITY.frame + 5;
/**
 * The priority of the news convention that what a date-only article tells in the past happened before its day: the
 * weakest of all, set aside without a diagnostic wherever the text puts the event on the publication day.
 */
export const PUBLICATION_DAY_CONVENTION = 1;
/** Relations of an event to a time that let it end after the time starts (a report "at or after" what it tells). */
const REACHES_LATER: ReadonlySet<TLinkType> = new Set<TLinkType>(['OVERLAP-OR-AFTER', 'AFTER', 'IS_INCLUDED', 'OVERLAP', 'DURING']);

export interface ConstraintSet {
  readonly constraints: ConstraintList;
  /** Events whose bounds come from a time expression of their own, by position (true for those). */
  readonly anchored: readonly boolean[];
  /**
   * Anchors whose time the event's tense rules out as its container: their relation as the tense reads it
   * ("backed … said Saturday": backed BEFORE Saturday), or undefined when the tense says nothing about it (a
   * present state beside a past date). They place nothing the tense does not.
   */
  readonly revised: ReadonlyMap<Anchoring, TLinkType | undefined>;
}

/**
 * Builds every constraint of the network. `index` gives each mention's position in text order (−1 for none); `frames` their
 * tense frames (governing-tense.ts), computed here when not given.
 */
export function buildConstraints(
  events: readonly EventMention[],
  index: { positionOf(mention: EventMention): number },
  anchors: readonly Anchoring[],
  links: readonly EventLink[],
  frame: PublicationFrame,
  frames: ReadonlyMap<EventMention, TenseFrame> = tenseFrames(events),
  frameAt?: ReadonlyArray<TenseFrame | undefined>,
): ConstraintSet {
  // The frame of the event at position i: from `frameAt` (the same frames by position) when given.
  const frameOfAt = (i: number, e: EventMention): TenseFrame | undefined => (frameAt !== undefined ? frameAt[i] : frames.get(e));
  const out = new ConstraintList();
  const le = (from: number, to: number, weight: number, s: ConstraintSource): void => out.add(from, to, weight, s);
  // Minutes from the publication instant, as luxon's diff(…, 'minutes') computes them, without its Duration objects.
  const originMs = frame.origin.toMillis();
  const id = (e: EventMention): number => index.positionOf(e);

  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EventMention;
    out.addOwn(endPoint(i), startPoint(i), 0, 'structure', PRIORITY.structure, e);
  }

  const anchored: boolean[] = new Array<boolean>(events.length).fill(false);
  // Events whose own time may run on past the publication ("has been closed since Monday", "has overlapped June").
  const runsOn: boolean[] = new Array<boolean>(events.length).fill(false);
  // Events with an own time that reaches into the publication day or later ("today", "Monday" after it): the text may
  // put them on that day. One wholly begun before it ("so far this year", "this quarter") does not. (Also events a
  // clause anchor puts in, at or after a time starting in a date-only publication's day: see below.)
  const reachesDay: boolean[] = new Array<boolean>(events.length).fill(false);
  // Events with an own time that starts before a date-only publication's day ends: a future among them may fall on it.
  const touchesDay: boolean[] = new Array<boolean>(events.length).fill(false);
  const revised = new Map<Anchoring, TLinkType | undefined>();
  for (const a of anchors) {
    const span = frame.spans.of(a.timex);
    const i = id(a.event);
    if (span === undefined || i < 0) continue;
    // A time wholly after the publication day cannot hold a past event ("declared a dividend, payable Dec. 1"),
    // nor one wholly before it a future event: the expression modifies something else, the tense stands.
    // A time with seconds ("at 05:57:40") is the minute it falls in: its start rounds down, its end up.
    const lo = Math.floor((span.startMs - originMs) / 60_000);
    const hi = Math.ceil((span.endMs - originMs) / 60_000);
    const tense = frameOfAt(i, a.event);
    if (contradictsTense(tense, lo, hi, frame.nowMinutes, a)) {
      revised.set(a, relationByTense(tense, hi <= 0));
      continue;
    }
    // A clause anchor (placed by tense against a time of its sentence) is weaker evidence than an event's own
    // time expression, and leaves the event's own tense constraint in place. Where the two cannot both hold —
    // a past event put inside a time that starts in the publication day ("… who married Kopp's father …, said
    // Thursday"), while its tense puts it before that day — the tense stands: the time only shares its
    // sentence, and the bounds do not collapse to the day's first instant.
    if (a.scope === 'clause' && endsBeforePublicationDay(tense) && isInside(a.relation) && lo >= 0) {
      revised.set(a, 'BEFORE');
      continue;
    }
    if (a.scope === 'direct') anchored[i] = true;
    if (a.scope === 'direct' && lo >= 0) reachesDay[i] = true;
    // A clause anchor in, at or after a time starting in the publication day puts the event on that day too: "was detained
    // early Thursday morning, police said" — the report comes after the detention, on Thursday.
    if (a.scope === 'clause' && lo >= 0 && lo < frame.nowMinutes && REACHES_LATER.has(a.relation)) reachesDay[i] = true;
    if (a.scope === 'direct' && lo < frame.nowMinutes) touchesDay[i] = true;
    if (a.scope === 'direct' && CONTINUING.has(a.relation)) runsOn[i] = true;
    const s = new JoinedSource(a.scope === 'direct' ? 'anchor' : 'frame', a.event, a.timex, undefined, a);
    const S = startPoint(i);
    const E = endPoint(i);
    switch (a.relation) {
      case 'BEFORE': le(0, E, lo, s); break;
      case 'AFTER': le(S, 0, -hi, s); break;
      // "no earlier than April 2026" (ON_OR_AFTER) starts the event at the earliest then; "no later than Friday"
      // (ON_OR_BEFORE) ends it by Friday at the latest.
      case 'BEGUN_BY': le(S, 0, -lo, s); if (a.timex.mod !== 'ON_OR_AFTER') le(0, S, hi, s); break;
      case 'ENDED_BY': if (a.timex.mod !== 'ON_OR_BEFORE') le(E, 0, -lo, s); le(0, E, hi, s); break;
      case 'INCLUDES': le(0, S, lo, s); le(E, 0, -hi, s); break;
      case 'OVERLAP': le(0, S, hi, s); le(E, 0, -lo, s); break;
      // At or after the time: it ends after the time starts. At or before it: it starts before the time ends.
      // …and a denied "before" or "until" ("is not expected to rule before March", "won't vote until June") starts it at
      // the time at the earliest.
      case 'OVERLAP-OR-AFTER': le(E, 0, -lo, s); if (a.signal === 'before' || (a.scope === 'direct' && (a.signal === 'until' || a.signal === 'till'))) le(S, 0, -lo, s); break;
      // …and "by the end of the year" or "before the end of the year", a deadline, ends the event by the time's end.
      case 'BEFORE-OR-OVERLAP': le(0, a.signal === 'by' || a.signal === 'before' ? E : S, hi, s); break;
      default:
        // "more than a decade ago" lies before the decade's mark, maybe long before: no lower bound; "nearly a decade
        // ago", "less than a year ago" after it, maybe long after, up to the publication (its day, for a date).
        if (a.timex.mod !== 'MORE_THAN' || a.timex.type === 'DURATION') le(S, 0, -lo, s);
        if (a.timex.mod !== 'LESS_THAN' || a.timex.type === 'DURATION') le(0, E, hi, s);
        else le(0, E, Math.max(hi, 0), s);
        break;
    }
  }

  for (const link of links) linkConstraints(link, id, le);

  // Tense against the publication date: past and present perfect end by it (a perfect's result may last,
  // the event itself is over), future and modal start after it, present overlaps it. Untensed nouns and participles
  // take the frame of their governing verb.
  const now = frame.nowMinutes;
  for (let i = 0; i < events.length; i++) {
    const e = events[i] as EventMention;
    const f = frameOfAt(i, e);
    if (anchored[i]) {
      // An event's own time places it; its own finite tense still cuts that time at the publication instant: "said
      // revenue for the quarter …" in a quarter still under way is said by publication, "will meet in December" is
      // not before the publication day. (Its time was checked above not to contradict the tense.)
      if (f === undefined || f.inherited || e.group?.form !== 'finite') continue;
      // A perfect inside its time is over by then too ("has gained 2% so far this year"); one begun by its time
      // may still run on ("has been closed since Monday").
      if ((f.tense === 'past' && f.aspect !== 'perfective') || (f.aspect === 'perfective' && !runsOn[i])) {
        out.addOwn(0, endPoint(i), now, 'tense', PRIORITY.tense, e);
        // …and, in a time begun before a date-only publication's day, by that day's start: the news convention for
        // an unanchored past, which the time does not set aside ("has gained 2% so far this year", "reported
        // earnings for the quarter" under way).
        if (now > 0 && !reachesDay[i]) out.addOwn(0, endPoint(i), 0, 'tense', PUBLICATION_DAY_CONVENTION, e);
      }
      // (A future of continuing, "will remain closed until Friday", holds now already: it ends after now.)
      // (…and after a date-only publication's day when its own time lies wholly after that day: "will carry a dividend
      // until Dec. 31, 1994", as an unanchored future does.)
      else if (f.tense === 'future') out.addOwn(continues(e) ? endPoint(i) : startPoint(i), 0, !touchesDay[i] ? -now : 0, 'tense', PRIORITY.tense, e);
      continue;
    }
    if (f === undefined) {
      // A modal ("could leave", "would join") speaks of what may come: not before the publication time. (A
      // perfect or progressive modal has a frame: see governing-tense.ts.)
      // So does an infinitive a present "plans", "is going", "is expected" governs ("plans to visit", "is going to be used").
      if (e.group?.form === 'modal' || (e.group?.form === 'infinitive' && e.group.tense === 'future')) out.addOwn(startPoint(i), 0, -now, 'tense', PRIORITY.tense, e);
      continue;
    }
    const S = startPoint(i);
    const E = endPoint(i);
    // A finite verb's own past or perfect is grammar, not inference: it outranks a reporting frame or a complement.
    if (f.tense === 'past' || f.aspect === 'perfective') {
      const priority = f.inherited || e.group?.form !== 'finite' ? PRIORITY.tense : FINITE_PAST_PRIORITY;
      // A date-only publication: the past is over by the end of its day (grammar: by its last minute, so that an
      // event the text puts after the day does not shrink to its last instant), and by its start unless the text
      // puts it on that day (a convention, set aside silently: "The fire broke out this morning, officials said").
      if (now > 0) {
        out.addOwn(0, E, now - 1, 'tense', priority, e);
        if (!reachesDay[i]) out.addOwn(0, E, 0, 'tense', PUBLICATION_DAY_CONVENTION, e);
      } else out.addOwn(0, E, 0, 'tense', priority, e);
    } else if (f.tense === 'future') out.addOwn(continues(e) ? E : S, 0, -now, 'tense', PRIORITY.tense, e);
    else { out.addOwn(0, S, now, 'tense', PRIORITY.tense, e); out.addOwn(E, 0, 0, 'tense', PRIORITY.tense, e); }
  }
  return { constraints: out, anchored, revised };
}

/** Verbs of going on: their future ("will remain", "will stay", "will continue") says the state holds now and after. */
const CONTINUING_VERBS: ReadonlySet<string> = new Set(['remain', 'stay', 'continue', 'persist']);
const continues = (e: EventMention): boolean => e.pos === 'verb' && CONTINUING_VERBS.has(e.lemma);

/**
 * The relation a tense gives an event to a time it rules out as the event's container: a past (or perfect) event
 * is before it, a future one after it, a present one after an earlier time or still overlapping it (and before or
 * overlapping a later one).
 */
function relationByTense(f: TenseFrame | undefined, timeIsEarlier: boolean): TLinkType | undefined {
  if (f === undefined) return undefined;
  if (f.tense === 'past' || f.aspect === 'perfective') return 'BEFORE';
  if (f.tense === 'future') return 'AFTER';
  return timeIsEarlier ? 'OVERLAP-OR-AFTER' : 'BEFORE-OR-OVERLAP';
}

/** True for a frame whose tense constraint ends the event by the start of the publication day. */
const endsBeforePublicationDay = (f: TenseFrame | undefined): boolean => f !== undefined && (f.tense === 'past' || f.aspect === 'perfective');
/** Anchoring relations that let the event go on after its time: it starts at or overlaps the time. */
const CONTINUING: ReadonlySet<Anchoring['relation']> = new Set(['BEGUN_BY', 'OVERLAP-OR-AFTER', 'INCLUDES', 'OVERLAP']);
/** Relations that put the event inside the time's interval. */
const isInside = (relation: Anchoring['relation']): boolean => relation === 'IS_INCLUDED' || relation === 'DURING' || relation === 'SIMULTANEOUS';

/**
 * True when a tense frame rules out the interval [lo, hi) (minutes from the publication instant): a past or
 * perfect event cannot lie wholly after the publication day, a future one wholly before it. A simple or
 * progressive present placed only by sharing a sentence with the time ("is serving a sentence for the November
 * 1995 assassination") cannot lie wholly before or after the publication day; with a time of its own it can (a
 * caption's "children evacuate … on March 16", a scheduled "the talks resume Monday") — but a present
 * intention or expectation does not move to the time of what it intends ("the closing, which is expected in
 * December": the expecting is now).
 */
function contradictsTense(f: TenseFrame | undefined, lo: number, hi: number, now: number, anchoring: Anchoring): boolean {
  const { scope, event } = anchoring;
  const kind = event.kind;
  // An inherited frame is weaker than the noun's own time ("announced the election next year"), but not than a
  // time it merely shares a sentence with.
  if (f === undefined || (f.inherited && scope === 'direct')) return false;
  if (f.tense === 'past' || f.aspect === 'perfective') return lo >= now;
  if (f.tense === 'future') return hi <= 0;
  // (A noun in a present clause may be set for a time to come: "The funeral is on Friday", "Its next match is on Saturday";
  // not one a signal puts against it: "the talks that are supposed to conclude by May".)
  if (f.inherited && event.pos === 'noun' && kind !== 'intention' && anchoring.signal === undefined) return hi <= 0;
  return (scope === 'clause' || kind === 'intention') ? hi <= 0 || lo >= now : false;
}

type Le = (from: number, to: number, weight: number, s: ConstraintSource) => void;

/** A mention of the text: an event or a time expression. */
interface Mention { readonly text: string; readonly start: number; readonly end: number }

/**
 * The source of the constraints of one piece of evidence joining two mentions, over the stretch of text from
 * one to the other. Its phrase ("said … Saturday", "left … crossed (after)") is written when read — only the
 * few constraints of a contradiction are ever quoted.
 */
class JoinedSource implements ConstraintSource {
  readonly priority: number;
  readonly start: number;
  readonly end: number;

  constructor(readonly kind: ConstraintSource['kind'], private readonly first: Mention, private readonly second: Mention, private readonly via: string | undefined, readonly evidence: object) {
    this.priority = PRIORITY[kind];
    this.start = Math.min(first.start, second.start);
    this.end = Math.max(first.end, second.end);
  }

  get phrase(): string {
    const joined = `${this.first.text} … ${this.second.text}`;
    return this.via === undefined ? joined : `${joined} (${this.via})`;
  }
}

function linkConstraints(link: EventLink, id: (e: EventMention) => number, le: Le): void {
  const span = (a: EventMention, b: EventMention, kind: ConstraintSource['kind'], via: string): ConstraintSource => new JoinedSource(kind, a, b, via, link);
  switch (link.kind) {
    case 'after': {
      const [a, b] = [id(link.earlier), id(link.later)];
      const s = span(link.earlier, link.later, 'signal', link.via);
      // Later is after: the earlier is over when the later begins ("deliberated for three days before convicting
      // him": the deliberating ends by the conviction) …
      le(startPoint(b), endPoint(a), 0, s);
      if (link.offset === undefined) return;
      // … and the offset, when the text gives one, separates their starts.
      le(startPoint(b), startPoint(a), -link.offset.minMinutes, s);
      if (link.offset.maxMinutes !== undefined) le(startPoint(a), startPoint(b), link.offset.maxMinutes, s);
      return;
    }
    case 'since': {
      const s = span(link.anchor, link.event, 'signal', link.via);
      le(startPoint(id(link.event)), startPoint(id(link.anchor)), 0, s);
      return;
    }
    case 'until': {
      const s = span(link.anchor, link.event, 'signal', link.via);
      le(startPoint(id(link.anchor)), endPoint(id(link.event)), 0, s);
      return;
    }
    case 'overlap': {
      const [a, b] = [id(link.a), id(link.b)];
      const s = span(link.a, link.b, 'signal', link.via);
      le(endPoint(a), startPoint(b), 0, s);
      le(endPoint(b), startPoint(a), 0, s);
      return;
    }
    case 'identity': {
      const [a, b] = [id(link.a), id(link.b)];
      const s = span(link.a, link.b, 'identity', link.via);
      for (const p of [startPoint, endPoint]) { le(p(a), p(b), 0, s); le(p(b), p(a), 0, s); }
      return;
    }
    case 'reported': {
      const [r, e] = [id(link.report), id(link.event)];
      const s = span(link.event, link.report, 'frame', link.via);
      if (link.when === 'before') le(endPoint(r), endPoint(e), 0, s);
      else if (link.when === 'after') le(startPoint(e), startPoint(r), 0, s);
      else { le(endPoint(r), startPoint(e), 0, s); le(endPoint(e), startPoint(r), 0, s); }
      return;
    }
    case 'complement': {
      const s = span(link.governor, link.event, 'complement', link.via);
      le(startPoint(id(link.event)), startPoint(id(link.governor)), 0, s);
      return;
    }
    case 'phase': {
      // The phased event's start (or end) lies within the beginning (or ending): "the war began" in 1939.
      const [v, e] = [id(link.verb), id(link.event)];
      const s = span(link.event, link.verb, 'signal', link.via);
      const point = link.phase === 'begin' ? startPoint(e) : endPoint(e);
      le(point, startPoint(v), 0, s);
      le(endPoint(v), point, 0, s);
      return;
    }
  }
}
