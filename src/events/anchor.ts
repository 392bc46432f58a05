/**
 * Anchoring: attaches each time expression (a set too) to the event it modifies, within its sentence — the events
 * it governs by position (governed-events.ts), the nearest time winning an event; then clause anchoring by tense
 * (clause-anchor.ts) and offsets between events (offset-anchor.ts).
 */
import type { TLinkType, Timex } from '../schema.js';
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { eventAtToken, sentenceIndexAt } from './event-types.js';
import type { TokenList } from './tokens.js';
import { clauseAnchors } from './clause-anchor.js';
import type { TenseFrame } from './governing-tense.js';
import { BACKWARD_OFFSETS, FORWARD_OFFSETS, offsetAnchors } from './offset-anchor.js';
import { POSTNOMINAL_BEFORE_DATE } from './adjective-lexicon.js';
import { isPenaltyTerm, isWholeAfterOf, periodsWithEnd, tokenIndexAt, type PeriodWithEnd } from './adverbial-frames.js';
import { WordClass } from './lexeme.js';
import { governedEvents, hedgeBefore, SIGNAL_RELATION, START_SIGNALS, superlativeBefore } from './governed-events.js';
import { quotationOf } from './quotations.js';
import { withRangeAnchors } from './range-anchor.js';
import { withPhaseAnchors } from './phase-links.js';
import { deniedBefore, tokenAt } from './tokens.js';
import { anchoringOf, type Anchoring } from './anchoring.js';
import { scheduleActRelation, scheduledHead, scheduledSubject } from './schedule-anchors.js';
import { TimeReadings } from './time-readings.js';

export type { Anchoring } from './anchoring.js';

/** Words after a duration that make it an offset between events, not an event's own time ("days after"). */
const OFFSET_SIGNALS: ReadonlySet<string> = new Set([...FORWARD_OFFSETS, ...BACKWARD_OFFSETS, 'ago']);

/**
 * Anchors the events of each sentence: first every DATE/TIME timex (and durations, as DURING) to the events
 * it modifies (`direct`), then every other event of a sentence with a time expression to its nearest one,
 * with a relation from the tenses (`clause`); in a sentence whose only times are offsets between events ("twenty
 * years after"), its events to the offset (offset-anchor.ts). `frames`: the tense frames of the events
 * (governing-tense.ts), when the caller has them already.
 */
export function anchorTimexes(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[], frames?: ReadonlyMap<EventMention, TenseFrame>): readonly Anchoring[] {
  // What each time is (a compared figure's, quoted, anchorable), read once for both stages.
  const readings = new TimeReadings();
  const ranged = withRangeAnchors(timexes, directAnchors(sentences, timexes, readings), (timex) => sentences[sentenceIndexAt(sentences, timex.start)]);
  const direct = withPhaseAnchors(ranged, (event) => sentences[sentenceIndexAt(sentences, event.start)]);
  // The events anchored so far, grown stage by stage (each stage reads it before the next adds to it).
  const anchored = new Set<EventMention>();
  for (const a of direct) anchored.add(a.event);
  const complements = offsetAnchors(sentences, timexes, anchored, true);
  for (const a of complements) anchored.add(a.event);
  const placed = direct.concat(complements);
  const clause = clauseAnchors(sentences, timexes, placed, (all, timex) => readings.isAnchorable(all, timex, isAnchorable), (sentence, timex, inSentence) => remoteness(sentence, timex, inSentence, readings), frames, readings);
  for (const a of clause) anchored.add(a.event);
  const offsets = offsetAnchors(sentences, timexes, anchored);
  // Each stage lists its anchorings in text order, and anchors an event no other stage does.
  return mergeInTextOrder(mergeInTextOrder(mergeInTextOrder(direct, complements), clause), offsets);
}

/** Two lists of anchorings in text order (by event start), merged into one in text order. */
function mergeInTextOrder(a: readonly Anchoring[], b: readonly Anchoring[]): readonly Anchoring[] {
  // Most stages add nothing to most texts: the other list as it is (no caller changes the lists).
  if (b.length === 0) return a;
  if (a.length === 0) return b;
  const out: Anchoring[] = [];
  let i = 0;
  let j = 0;
  while (i < a.length && j < b.length) out.push((a[i] as Anchoring).event.start <= (b[j] as Anchoring).event.start ? (a[i++] as Anchoring) : (b[j++] as Anchoring));
  while (i < a.length) out.push(a[i++] as Anchoring);
  while (j < b.length) out.push(b[j++] as Anchoring);
  return out;
}

/** A timex that can anchor the events of its sentence: not a set, not an offset between events ("days after"), not a penalty's length. */
function isAnchorable(sentences: readonly AnalyzedSentence[], timex: Timex): boolean {
  if (timex.type === 'SET') return false;
  if (timex.type !== 'DURATION') return true;
  const sentence = sentences[sentenceIndexAt(sentences, timex.start)];
  if (sentence === undefined) return true;
  // (Nor the length of a penalty: "sentenced to eight years in prison".)
  return !OFFSET_SIGNALS.has(sentence.tokens[tokenIndexAt(sentence.tokens, timex.end)]?.lower ?? '') && !isPenaltyTerm(sentence.tokens, timex);
}

/**
 * A timex that can anchor the events it modifies: also a set ("gather daily", "work every day"), which TimeML
 * relates to the event it quantifies (a set has no interval, so it places nothing in time).
 */
const isDirectAnchorable = (sentences: readonly AnalyzedSentence[], timex: Timex, readings: TimeReadings): boolean =>
  timex.type === 'SET' || readings.isAnchorable(sentences, timex, isAnchorable);

/** A duration or a set measures or repeats an event rather than placing it. */
const isMeasure = (timex: Timex): boolean => timex.type === 'DURATION' || timex.type === 'SET';

/** Words opening a definite period ("the nine months", "the past two weeks", "its first year"). */
const DEFINITE_OPENERS = new Set(['the', 'this', 'these', 'those', 'that', 'its', 'their', 'his', 'her', 'our', 'my', 'your', 'past', 'last', 'next', 'recent']);

/**
 * A set, or a duration that is only a length ("more than four hours", "two weeks", "hours"), not a definite
 * period ("For the nine months, net rose", "in the past two weeks"), which places its event as a date does.
 */
const isBareMeasure = (timex: Timex): boolean =>
  timex.type === 'SET' || (timex.type === 'DURATION' && !DEFINITE_OPENERS.has(timex.text.split(/\s+/)[0]?.toLowerCase() ?? ''));

/**
 * The timexes sorted by start (stably): the list itself when it already is, as the engine's are (a sort allocates
 * its work space on every call).
 */
export function inTextOrder(timexes: readonly Timex[]): readonly Timex[] {
  for (let k = 1; k < timexes.length; k++) {
    if ((timexes[k] as Timex).start < (timexes[k - 1] as Timex).start) return [...timexes].sort((a, b) => a.start - b.start);
  }
  return timexes;
}

/** The timexes of a sentence, and its periods closed by an end date ("the year ended Sept. 30"). */
interface SentenceTimes { readonly inSentence: readonly Timex[]; readonly frames: ReadonlyMap<Timex, PeriodWithEnd> }
const NO_TIMES: SentenceTimes = { inSentence: [], frames: new Map() };

/** The events each timex modifies (one per event: the nearest timex wins). */
export function directAnchors(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[], readings: TimeReadings = new TimeReadings()): Anchoring[] {
  const byEvent = new Map<EventMention, { readonly anchoring: Anchoring; readonly distance: number }>();
  let s = 0;
  const sorted = inTextOrder(timexes);
  // The timexes of each sentence, and its periods closed by an end date, computed once per sentence. The timexes
  // come in text order, so their sentences do too: only the last sentence's are kept (no map by sentence), and the
  // search for a sentence's run of timexes resumes where the previous one's ended (not from the list's start).
  let timesOf: AnalyzedSentence | undefined;
  let times: SentenceTimes = NO_TIMES;
  let scanned = 0;
  const sentenceTimes = (sentence: AnalyzedSentence): SentenceTimes => {
    if (timesOf !== sentence) {
      // The timexes starting in the sentence, a run of the sorted list.
      let first = scanned;
      while (first < sorted.length && (sorted[first] as Timex).start < sentence.span.start) first++;
      scanned = first;
      let end = first;
      while (end < sorted.length && (sorted[end] as Timex).start < sentence.span.end) end++;
      const inSentence = sorted.slice(first, end);
      times = { inSentence, frames: periodsWithEnd(sentence, inSentence) };
      timesOf = sentence;
    }
    return times;
  };
  for (const timex of sorted) {
    if (!isDirectAnchorable(sentences, timex, readings)) continue;
    while (s < sentences.length && (sentences[s]?.span.end ?? 0) <= timex.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.span.start > timex.start) continue;
    const { inSentence, frames } = sentenceTimes(sentence);
    // The end date of "the year ended Sept. 30" governs nothing: the period with its date is the adverbial; nor
    // does the "now" closing a duration ("has dominated the city for almost five months now"): it says the
    // length runs to the present; nor a compared figure's time when the clause has a time of its own.
    if (endsSomePeriod(frames, timex) || closesDuration(sentence, inSentence, timex)) continue;
    const compared = readings.isComparisonTime(sentence, timex);
    if (compared && inSentence.some((t) => t !== timex && placesClause(sentences, sentence, t, readings))) continue;
    const frame = frames.get(timex);
    const quotation = readings.quotedTimeScope(sentence, timex);
    // "lower than in 2019": the standard of a comparison dates nothing said before it.
    const standardAt = readings.comparisonStandardAt(sentence, timex);
    const yields = isModalNow(sentence.tokens, timex) ? MODAL_NOW_PENALTY : 0;
    // The signal before the time and the relation it gives, read once per time (not per event it governs).
    const signal = signalBefore(sentence.tokens, timex);
    let signalled: TLinkType | undefined;
    for (const { event, distance: near } of timeGovernedEvents(sentence, timex, frame, inSentence, readings)) {
      if (event.tokenIndex < standardAt) continue;
      // A compared figure's time does not date a clause in the present: "Reed is paying 4.6 pence, up 15% from 4
      // pence a year earlier" pays now; nor a present "compare" before it ("These results compare with net income of
      // $1.8 million for the corresponding period last year": the time is the standard's).
      if ((compared || (event.lemma === 'compare' && event.start < timex.start)) && isPlainPresent(event)) continue;
      const distance = near + yields;
      // A quoted time is the speaker's: it dates nothing outside the quotation (the reporting verb least of all).
      if (quotation !== 0 && quotationOf(sentence, event.tokenIndex) !== quotation) continue;
      // A maturity lasts until its date ("debentures due March 1, 2011"); a period ends with its "ended".
      const relation = event === frame?.participle ? 'ENDED_BY' : timex.type === 'DURATION' ? (isWholeAfterOf(sentence.tokens, timex, event) ? 'INCLUDES' : 'DURING') : (POSTNOMINAL_BEFORE_DATE.has(event.lemma) && event.tokenIndex === tokenIndexAt(sentence.tokens, timex.start) - 1) ? 'ENDED_BY'
        // "is not expected to rule before March", "won't vote before June": at or after the time, not before it.
        // …nor "won't vote until June": not before June, at or after it ("it was not until Tuesday that …" is a cleft).
        : (signal === 'before' || ((signal === 'until' || signal === 'till') && event.lemma !== 'be')) && deniedBefore(sentence.tokens, event.tokenIndex) ? 'OVERLAP-OR-AFTER' : (signalled ??= relationFor(sentence.tokens, timex));
      // "gave negotiators until March 22": the date is the deadline given, not when the giving ended.
      if ((signal === 'until' || signal === 'till') && DEADLINE_GIVERS.has(event.lemma)) continue;
      // "The vote had been scheduled for Nov. 1", "a match set for Saturday night": the scheduling comes by the time
      // of what it schedules, which the time dates, whichever time the participle itself keeps.
      // "Sentencing is scheduled for Feb. 14": the time of a schedule is the time of what is scheduled; one before the
      // participle is the schedule's own ("A decision is now expected in March").
      const act = scheduleActRelation(sentence.tokens, event, timex);
      const scheduled = timex.start < event.end ? undefined : scheduledSubject(sentence, event) ?? (act === undefined ? undefined : scheduledHead(sentence, event));
      // (What is put off "until June" or "to Monday" is then: inside the time, not ended by it.)
      if (scheduled !== undefined && !byEvent.has(scheduled)) byEvent.set(scheduled, { anchoring: anchoringOf(scheduled, timex, act === undefined ? relation : 'IS_INCLUDED', 'direct'), distance });
      const existing = byEvent.get(event);
      // A date, a time or a definite period places the event; a set only repeats it ("leave each Thursday from
      // August 6"), a bare length only measures it ("took the stand for more than four hours Friday", "358,000 a
      // month for the last four months").
      const placesOverMeasure = existing !== undefined && isBareMeasure(existing.anchoring.timex) && !isBareMeasure(timex);
      if (existing !== undefined && existing.distance <= distance && !placesOverMeasure) continue;
      if (existing !== undefined && isBareMeasure(timex) && !isMeasure(existing.anchoring.timex)) continue;
      byEvent.set(event, { anchoring: anchoringOf(event, timex, act ?? relation, 'direct', signal), distance });
      // "Hezbollah said in a statement Saturday": the statement is the saying, and has its time.
      const medium = reportMedium(sentence, event);
      if (medium !== undefined && !byEvent.has(medium)) byEvent.set(medium, { anchoring: anchoringOf(medium, timex, relation, 'direct'), distance });
    }
  }
  const out: Anchoring[] = [];
  for (const { anchoring } of byEvent.values()) out.push(anchoring);
  return out.sort((a, b) => a.event.start - b.event.start);
}

/** A finite simple or progressive present of now: not a perfect, nor a present that looks ahead ("until Iraq complies"). */
const isPlainPresent = (e: EventMention): boolean =>
  e.group?.form === 'finite' && e.group.tense === 'present' && e.group.aspect !== 'perfective' && e.group.ahead !== true;

/** What a "now" inside a modal's verb group adds to its distance: any other time of its verb wins. */
const MODAL_NOW_PENALTY = 50;

/**
 * True for a "now" right after a modal ("the match will now be played on Monday", "would now face trial in June"):
 * as things now stand, not the time of the event, which another time of the clause gives when there is one.
 */
function isModalNow(tokens: TokenList, timex: Timex): boolean {
  if (timex.value !== 'PRESENT_REF' || timex.text.toLowerCase() !== 'now') return false;
  const before = tokenAt(tokens, tokenIndexAt(tokens, timex.start) - 1);
  return before !== undefined && (before.lexeme.classes & WordClass.modal) !== 0;
}

/**
 * The report noun a reporting verb is made in, in the phrase right after it: "said in a statement", "announced in
 * its annual report" (not across an object: "told reporters in an interview"). Undefined when there is none.
 */
function reportMedium(sentence: AnalyzedSentence, event: EventMention): EventMention | undefined {
  if (event.kind !== 'reporting' || event.pos !== 'verb') return undefined;
  const { tokens } = sentence;
  if (tokens[event.tokenIndex + 1]?.lower !== 'in') return undefined;
  for (let k = event.tokenIndex + 2; k <= event.tokenIndex + 4; k++) {
    const noun = eventAtToken(sentence, k);
    if (noun !== undefined) return noun.pos === 'noun' && noun.kind === 'reporting' ? noun : undefined;
    if (tokens[k]?.isWord !== true) return undefined;
  }
  return undefined;
}

/** Verbs whose "until" date is a deadline they grant, not their own end. */
const DEADLINE_GIVERS: ReadonlySet<string> = new Set(['give', 'grant', 'allow', 'extend']);

/** True when `timex` is the end date of one of a sentence's periods ("the year ended Sept. 30"). */
function endsSomePeriod(frames: ReadonlyMap<Timex, PeriodWithEnd>, timex: Timex): boolean {
  for (const f of frames.values()) if (f.endDate === timex) return true;
  return false;
}

/** A time that can be a clause's own time: anchorable, not a compared figure's time nor an adjective ("current"). */
const placesClause = (sentences: readonly AnalyzedSentence[], sentence: AnalyzedSentence, timex: Timex, readings: TimeReadings): boolean =>
  readings.isAnchorable(sentences, timex, isAnchorable) && !readings.isComparisonTime(sentence, timex) && !readings.isAdjectivalTime(sentence, timex);

/** True for a "now" right after a duration ("for five months now"), part of that duration's phrase. */
function closesDuration(sentence: AnalyzedSentence, inSentence: readonly Timex[], timex: Timex): boolean {
  if (timex.text.length !== 3 || timex.text.toLowerCase() !== 'now') return false;
  const at = inSentence.indexOf(timex);
  const before = at > 0 ? inSentence[at - 1] : undefined;
  const previousToken = tokenAt(sentence.tokens, tokenIndexAt(sentence.tokens, timex.start) - 1);
  return before !== undefined && before.type === 'DURATION' && previousToken !== undefined && previousToken.end === before.end;
}

/** The signal word before a time, past a hedge ("since at least 2015"). */
function signalBefore(tokens: TokenList, timex: Timex): string | undefined {
  let i = tokenIndexAt(tokens, timex.start);
  i -= hedgeBefore(tokens, i);
  const w = tokenAt(tokens, i - 1)?.lower;
  // "beginning on Jan. 1", "starting from Monday": the start is the signal, the preposition after it only joins.
  const start = tokenAt(tokens, i - 2)?.lower;
  if ((w === 'on' || w === 'from' || w === 'in') && start !== undefined && START_SIGNALS.has(start)) return start;
  return w !== undefined && SIGNAL_RELATION.has(w) ? w : undefined;
}


/** The relation of the governed event to the timex, from the timex's mod or the preposition before it. */
function relationFor(tokens: TokenList, timex: Timex): TLinkType {
  switch (timex.mod) {
    case 'BEFORE': return 'BEFORE';
    case 'AFTER': return 'AFTER';
    case 'ON_OR_BEFORE': return 'ENDED_BY';
    case 'ON_OR_AFTER': return 'BEGUN_BY';
    default: break;
  }
  const signal = signalBefore(tokens, timex);
  if (signal === undefined) return 'IS_INCLUDED';
  // "before the end of the year" is a deadline, by the year's end (the end is a span: the event may fall in it).
  if (signal === 'before' && timex.mod === 'END') return 'BEFORE-OR-OVERLAP';
  // "his first match since February", "its biggest drop since 2020": the event is after the time, not begun by it.
  if (signal === 'since' && superlativeBefore(tokens, tokenIndexAt(tokens, timex.start))) return 'AFTER';
  // "at least until Tuesday" ends no earlier than Tuesday; "since at least 2015" began in 2015 or before.
  if (atLeast(tokens, timex, signal)) {
    if (signal === 'until' || signal === 'till' || signal === 'through') return 'OVERLAP-OR-AFTER';
    if (signal === 'since') return 'BEFORE-OR-OVERLAP';
  }
  return SIGNAL_RELATION.get(signal) ?? 'IS_INCLUDED';
}

/** True when "at least" stands before the signal ("at least until Tuesday") or between it and the time ("since at least 2015"). */
function atLeast(tokens: TokenList, timex: Timex, signal: string): boolean {
  const i = tokenIndexAt(tokens, timex.start);
  const before = (k: number): string | undefined => tokenAt(tokens, i - k)?.lower;
  if (before(1) === 'least' && before(2) === 'at') return true;
  return before(1) === signal && before(2) === 'least' && before(3) === 'at';
}

/** A secondary time (see `remoteness`) yields to any other time of its sentence in clause anchoring. */
const SECONDARY_TIME_PENALTY = 100;

/** A period closed by its end date governs as the whole phrase would, and its "ended" too (adverbial-frames.ts). */
function timeGovernedEvents(sentence: AnalyzedSentence, timex: Timex, frame: PeriodWithEnd | undefined, inSentence: readonly Timex[], readings: TimeReadings): Array<{ event: EventMention; distance: number }> {
  if (frame === undefined) return governedEvents(sentence, timex, inSentence, undefined, readings);
  const phrase = governedEvents(sentence, timex, inSentence, tokenIndexAt(sentence.tokens, frame.endDate.end - 1));
  return [{ event: frame.participle, distance: 0 }, ...phrase.filter((g) => g.event !== frame.participle)];
}

/**
 * How much farther than its token distance a time is for the clause anchoring of an event (see clause-anchor.ts):
 * an adjectival time before a plain noun, or the end date of a period ("the year ended Sept. 30"), comes last.
 */
function remoteness(sentence: AnalyzedSentence, timex: Timex, inSentence: readonly Timex[], readings: TimeReadings): number {
  // A maturity date ("debentures, due March 15, 2007,") is the date of its noun's attribute only.
  const maturity = eventAtToken(sentence, tokenIndexAt(sentence.tokens, timex.start) - 1);
  if (maturity !== undefined && POSTNOMINAL_BEFORE_DATE.has(maturity.lemma)) return Infinity;
  const closesPeriod = endsSomePeriod(periodsAmong(sentence, inSentence), timex);
  return closesPeriod || readings.isAdjectivalTime(sentence, timex) || readings.isComparisonTime(sentence, timex) || datesItsNoun(sentence, timex) ? SECONDARY_TIME_PENALTY : 0;
}

/** The last list of a sentence's times `periodsAmong` read, and its periods with an end date. */
let lastPeriods: { readonly inSentence: readonly Timex[]; readonly periods: ReadonlyMap<Timex, PeriodWithEnd> } | undefined;

/** `periodsWithEnd` of a sentence's times, computed once for the list (clause anchoring asks for each time in turn). */
function periodsAmong(sentence: AnalyzedSentence, inSentence: readonly Timex[]): ReadonlyMap<Timex, PeriodWithEnd> {
  if (lastPeriods?.inSentence !== inSentence) lastPeriods = { inSentence, periods: periodsWithEnd(sentence, inSentence) };
  return lastPeriods.periods;
}

/**
 * A compound adjective of time before an event noun after its clause's verb ("expects to release third-quarter
 * results in mid-November", "attributed its third-quarter performance to …"): it dates that noun only, the
 * figure the clause is about, not when the clause's other events happen.
 */
function datesItsNoun(sentence: AnalyzedSentence, timex: Timex): boolean {
  // (A hyphen first: most times have none, and the test is a regex run per time.)
  if (!timex.text.includes('-') || !/^[\w.]+-[\w-]+$/.test(timex.text)) return false;
  const { tokens } = sentence;
  const first = tokenIndexAt(tokens, timex.start);
  const noun = eventAtToken(sentence, first + 1);
  if (noun === undefined || noun.pos !== 'noun' || !sentence.events.some((e) => e.pos === 'verb' && e.tokenIndex < first)) return false;
  // A dated subject dates its verb ("said its third-quarter earnings will be lower than …").
  const next = tokens[noun.tokenIndex + 1];
  const subject = next !== undefined && ((next.lexeme.classes & (WordClass.modal | WordClass.auxiliaryForm)) !== 0 || eventAtToken(sentence, noun.tokenIndex + 1)?.pos === 'verb');
  return !subject;
}
