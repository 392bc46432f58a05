/**
 * Anchoring: attaches each time expression (a set too) to the event it modifies, within its sentence. A fronted
 * adverbial ("Earlier this week, …") governs the main clause; a detached one (", on March 16") the main finite
 * verb; any other the nearest verb before it ("said Saturday", "left … six days ago"), else the nearest after it.
 */
import type { TLinkType, Timex } from '../schema.js';
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { eventAtToken, tenseOf } from './event-types.js';
import type { Token } from './tokens.js';
import { clauseAnchors } from './clause-anchor.js';
import type { TenseFrame } from './governing-tense.js';
import { BACKWARD_OFFSETS, FORWARD_OFFSETS, offsetAnchors } from './offset-anchor.js';
import { POSTNOMINAL_BEFORE_DATE } from './adjective-lexicon.js';
import { isAdjectivalTime, isComparisonTime, periodsWithEnd, tokenIndexAt, verbAfterAdverb, type PeriodWithEnd } from './adverbial-frames.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './noun-lexicon.js';
import { WordClass } from './lexeme.js';

/** An event–time link: `event` happens in relation `relation` to the timex. */
export interface Anchoring {
  readonly event: EventMention;
  readonly timex: Timex;
  readonly relation: TLinkType;
  /** The signal word that decided the relation ("before", "since"), if any. */
  readonly signal?: string;
  /**
   * `direct`: the time expression modifies this event ("left … six days ago", "the 1996 campaign");
   * `clause`: the event shares a sentence with it and is placed against it by tense (see clause-anchor.ts).
   */
  readonly scope: 'direct' | 'clause';
}

/** Prepositions before a time expression and the relation of the event to it. */
const SIGNAL_RELATION: ReadonlyMap<string, TLinkType> = new Map(Object.entries({
  before: 'BEFORE', by: 'BEFORE', prior: 'BEFORE', after: 'AFTER', since: 'BEGUN_BY', from: 'BEGUN_BY',
  until: 'ENDED_BY', till: 'ENDED_BY', through: 'ENDED_BY', during: 'IS_INCLUDED', over: 'IS_INCLUDED', in: 'IS_INCLUDED', on: 'IS_INCLUDED', at: 'IS_INCLUDED',
} satisfies Record<string, TLinkType>));
/** Words after a duration that make it an offset between events, not an event's own time ("days after"). */
const OFFSET_SIGNALS: ReadonlySet<string> = new Set([...FORWARD_OFFSETS, ...BACKWARD_OFFSETS, 'ago']);

function nextWordAfter(sentences: readonly AnalyzedSentence[], timex: Timex): string {
  const sentence = sentences.find((s) => s.span.start <= timex.start && timex.start < s.span.end);
  if (sentence === undefined) return '';
  return sentence.tokens[tokenIndexAt(sentence.tokens, timex.end)]?.lower ?? '';
}

const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words that open a subordinate clause: a time after one belongs to that clause's verb. */
const SUBORDINATORS = new Set(['that', 'because', 'although', 'though', 'if', 'unless', 'whether']);
/** Words that may come before a sentence-opening time expression ("Then, a week ago, …", "But last year …"). */
const OPENING_CONNECTIVES = new Set(['then', 'but', 'and', 'so', 'yet', 'also', 'still', 'now', 'since']);

/**
 * Anchors the events of each sentence: first every DATE/TIME timex (and durations, as DURING) to the events
 * it modifies (`direct`), then every other event of a sentence with a time expression to its nearest one,
 * with a relation from the tenses (`clause`); in a sentence whose only times are offsets between events ("twenty
 * years after"), its events to the offset (offset-anchor.ts). `frames`: the tense frames of the events
 * (governing-tense.ts), when the caller has them already.
 */
export function anchorTimexes(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[], frames?: ReadonlyMap<EventMention, TenseFrame>): Anchoring[] {
  const direct = directAnchors(sentences, timexes);
  const complements = offsetAnchors(sentences, timexes, new Set(direct.map((a) => a.event)), true);
  const placed = [...direct, ...complements, ...clauseAnchors(sentences, timexes, [...direct, ...complements], isAnchorable, remoteness, frames)];
  const offsets = offsetAnchors(sentences, timexes, new Set(placed.map((a) => a.event)));
  return [...placed, ...offsets].sort((a, b) => a.event.start - b.event.start);
}

/** A timex that can anchor the events of its sentence: not a set, not an offset between events ("days after"). */
function isAnchorable(sentences: readonly AnalyzedSentence[], timex: Timex): boolean {
  return timex.type !== 'SET' && !(timex.type === 'DURATION' && OFFSET_SIGNALS.has(nextWordAfter(sentences, timex)));
}

/**
 * A timex that can anchor the events it modifies: also a set ("gather daily", "work every day"), which TimeML
 * relates to the event it quantifies (a set has no interval, so it places nothing in time).
 */
const isDirectAnchorable = (sentences: readonly AnalyzedSentence[], timex: Timex): boolean =>
  timex.type === 'SET' || isAnchorable(sentences, timex);

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

/** The events each timex modifies (one per event: the nearest timex wins). */
export function directAnchors(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[]): Anchoring[] {
  const byEvent = new Map<EventMention, { readonly anchoring: Anchoring; readonly distance: number }>();
  let s = 0;
  const sorted = [...timexes].sort((a, b) => a.start - b.start);
  // The timexes of each sentence, and its periods closed by an end date, computed once per sentence.
  const bySentence = new Map<AnalyzedSentence, { inSentence: Timex[]; frames: Map<Timex, PeriodWithEnd> }>();
  const sentenceTimes = (sentence: AnalyzedSentence): { inSentence: Timex[]; frames: Map<Timex, PeriodWithEnd> } => {
    let times = bySentence.get(sentence);
    if (times === undefined) {
      const inSentence = sorted.filter((t) => sentence.span.start <= t.start && t.start < sentence.span.end);
      times = { inSentence, frames: periodsWithEnd(sentence, inSentence) };
      bySentence.set(sentence, times);
    }
    return times;
  };
  for (const timex of sorted) {
    if (!isDirectAnchorable(sentences, timex)) continue;
    while (s < sentences.length && (sentences[s]?.span.end ?? 0) <= timex.start) s++;
    const sentence = sentences[s];
    if (sentence === undefined || sentence.span.start > timex.start) continue;
    const { inSentence, frames } = sentenceTimes(sentence);
    // The end date of "the year ended Sept. 30" governs nothing: the period with its date is the adverbial; nor
    // does the "now" closing a duration ("has dominated the city for almost five months now"): it says the
    // length runs to the present; nor a compared figure's time when the clause has a time of its own.
    if (endsSomePeriod(frames, timex) || closesDuration(sentence, inSentence, timex)) continue;
    if (isComparisonTime(sentence, timex) && inSentence.some((t) => t !== timex && placesClause(sentences, sentence, t))) continue;
    const frame = frames.get(timex);
    for (const { event, distance } of timeGovernedEvents(sentence, timex, frame, inSentence)) {
      // A maturity lasts until its date ("debentures due March 1, 2011"); a period ends with its "ended".
      const relation = event === frame?.participle ? 'ENDED_BY' : timex.type === 'DURATION' ? 'DURING' : (POSTNOMINAL_BEFORE_DATE.has(event.lemma) && event.tokenIndex === tokenIndexAt(sentence.tokens, timex.start) - 1) ? 'ENDED_BY' : relationFor(sentence.tokens, timex);
      const signal = signalBefore(sentence.tokens, timex);
      const existing = byEvent.get(event);
      // A date, a time or a definite period places the event; a set only repeats it ("leave each Thursday from
      // August 6"), a bare length only measures it ("took the stand for more than four hours Friday", "358,000 a
      // month for the last four months").
      const placesOverMeasure = existing !== undefined && isBareMeasure(existing.anchoring.timex) && !isBareMeasure(timex);
      if (existing !== undefined && existing.distance <= distance && !placesOverMeasure) continue;
      if (existing !== undefined && isBareMeasure(timex) && !isMeasure(existing.anchoring.timex)) continue;
      const anchoring: Anchoring = signal !== undefined ? { event, timex, relation, scope: 'direct', signal } : { event, timex, relation, scope: 'direct' };
      byEvent.set(event, { anchoring, distance });
    }
  }
  const out: Anchoring[] = [];
  for (const { anchoring } of byEvent.values()) out.push(anchoring);
  return out.sort((a, b) => a.event.start - b.event.start);
}

/** True when `timex` is the end date of one of a sentence's periods ("the year ended Sept. 30"). */
function endsSomePeriod(frames: ReadonlyMap<Timex, PeriodWithEnd>, timex: Timex): boolean {
  for (const f of frames.values()) if (f.endDate === timex) return true;
  return false;
}

/** A time that can be a clause's own time: anchorable, not a compared figure's time nor an adjective ("current"). */
const placesClause = (sentences: readonly AnalyzedSentence[], sentence: AnalyzedSentence, timex: Timex): boolean =>
  isAnchorable(sentences, timex) && !isComparisonTime(sentence, timex) && !isAdjectivalTime(sentence, timex);

/** True for a "now" right after a duration ("for five months now"), part of that duration's phrase. */
function closesDuration(sentence: AnalyzedSentence, inSentence: readonly Timex[], timex: Timex): boolean {
  if (timex.text.toLowerCase() !== 'now') return false;
  const before = inSentence[inSentence.indexOf(timex) - 1];
  const previousToken = sentence.tokens[tokenIndexAt(sentence.tokens, timex.start) - 1];
  return before !== undefined && before.type === 'DURATION' && previousToken !== undefined && previousToken.end === before.end;
}

function signalBefore(tokens: readonly Token[], timex: Timex): string | undefined {
  const i = tokenIndexAt(tokens, timex.start);
  const w = tokens[i - 1]?.lower;
  return w !== undefined && SIGNAL_RELATION.has(w) ? w : undefined;
}

/** The relation of the governed event to the timex, from the timex's mod or the preposition before it. */
function relationFor(tokens: readonly Token[], timex: Timex): TLinkType {
  switch (timex.mod) {
    case 'BEFORE': return 'BEFORE';
    case 'AFTER': return 'AFTER';
    case 'ON_OR_BEFORE': return 'ENDED_BY';
    case 'ON_OR_AFTER': return 'BEGUN_BY';
    default: break;
  }
  const signal = signalBefore(tokens, timex);
  return signal !== undefined ? (SIGNAL_RELATION.get(signal) ?? 'IS_INCLUDED') : 'IS_INCLUDED';
}

const isVerb = (e: EventMention): boolean => e.pos === 'verb';
const isFinite = (e: EventMention): boolean => e.group?.form === 'finite';
const canTakeTime = (e: EventMention): boolean => isVerb(e) && e.group?.form !== 'infinitive';

const isPastForm = (e: EventMention): boolean =>
  (e.group?.form === 'participle' && e.group.participle === 'past') || (e.group?.form === 'finite' && e.group.tense === 'past');

/** A secondary time (see `remoteness`) yields to any other time of its sentence in clause anchoring. */
const SECONDARY_TIME_PENALTY = 100;

/** A period closed by its end date governs as the whole phrase would, and its "ended" too (adverbial-frames.ts). */
function timeGovernedEvents(sentence: AnalyzedSentence, timex: Timex, frame: PeriodWithEnd | undefined, inSentence: readonly Timex[]): Array<{ event: EventMention; distance: number }> {
  if (frame === undefined) return governedEvents(sentence, timex, inSentence);
  const phrase = governedEvents(sentence, timex, inSentence, tokenIndexAt(sentence.tokens, frame.endDate.end - 1));
  return [{ event: frame.participle, distance: 0 }, ...phrase.filter((g) => g.event !== frame.participle)];
}

/**
 * How much farther than its token distance a time is for the clause anchoring of an event (see clause-anchor.ts):
 * an adjectival time before a plain noun, or the end date of a period ("the year ended Sept. 30"), comes last.
 */
function remoteness(sentence: AnalyzedSentence, timex: Timex, inSentence: readonly Timex[]): number {
  // A maturity date ("debentures, due March 15, 2007,") is the date of its noun's attribute only.
  const maturity = eventAtToken(sentence, tokenIndexAt(sentence.tokens, timex.start) - 1);
  if (maturity !== undefined && POSTNOMINAL_BEFORE_DATE.has(maturity.lemma)) return Infinity;
  const closesPeriod = endsSomePeriod(periodsWithEnd(sentence, inSentence), timex);
  return closesPeriod || isAdjectivalTime(sentence, timex) || isComparisonTime(sentence, timex) || datesItsNoun(sentence, timex) ? SECONDARY_TIME_PENALTY : 0;
}

/**
 * A compound adjective of time before an event noun after its clause's verb ("expects to release third-quarter
 * results in mid-November", "attributed its third-quarter performance to …"): it dates that noun only, the
 * figure the clause is about, not when the clause's other events happen.
 */
function datesItsNoun(sentence: AnalyzedSentence, timex: Timex): boolean {
  if (!/^[\w.]+-[\w-]+$/.test(timex.text)) return false;
  const { tokens } = sentence;
  const first = tokenIndexAt(tokens, timex.start);
  const noun = eventAtToken(sentence, first + 1);
  if (noun === undefined || noun.pos !== 'noun' || !sentence.events.some((e) => e.pos === 'verb' && e.tokenIndex < first)) return false;
  // A dated subject dates its verb ("said its third-quarter earnings will be lower than …").
  const next = tokens[noun.tokenIndex + 1];
  const subject = next !== undefined && ((next.lexeme.classes & (WordClass.modal | WordClass.auxiliaryForm)) !== 0 || eventAtToken(sentence, noun.tokenIndex + 1)?.pos === 'verb');
  return !subject;
}

/** What a time before its event adds to its distance, so that a time after the event wins a tie. */
const FOLLOWING_TIE = 0.5;

/** How far (in tokens) a prepositional time may follow an event noun across its of-phrase. */
const OF_PHRASE_REACH = 7;

/** The events a timex governs, with their distance (in tokens) for ties between competing timexes. */
function governedEvents(sentence: AnalyzedSentence, timex: Timex, inSentence: readonly Timex[], lastOfPhrase?: number): Array<{ event: EventMention; distance: number }> {
  const { tokens, events } = sentence;
  const first = tokenIndexAt(tokens, timex.start);
  const last = lastOfPhrase ?? tokenIndexAt(tokens, timex.end - 1);
  const before = events.filter((e) => e.tokenIndex < first);
  const after = events.filter((e) => e.tokenIndex > last);
  const dist = (e: EventMention): number => (e.tokenIndex < first ? first - e.tokenIndex : e.tokenIndex - last);
  const modified = premodifiedNoun(tokens, after, last);
  // A time expression opening its sentence or a quotation ("Tomorrow the board will vote", "Third-quarter sales
  // dropped", "``For the past few weeks we've been subjected …"), after its preposition if any, governs the main
  // clause as a fronted adverbial does.
  const clauseStart = quotationStart(tokens, first);
  const headWord = PREPOSITIONS.has(tokens[first - 1]?.lower ?? '') ? first - 1 : first;
  const headOfClause = before.every((e) => e.tokenIndex < clauseStart);
  let opening = headOfClause;
  for (let k = clauseStart; k < headWord && opening; k++) if ((tokens[k] as Token).isWord && !OPENING_CONNECTIVES.has((tokens[k] as Token).lower)) opening = false;
  if (modified !== undefined) {
    const main = opening ? frontedScope(tokens, after).filter((e) => e.pos === 'verb') : [];
    return [modified, ...main].map((event) => ({ event, distance: dist(event) }));
  }
  const fronted = headOfClause && (tokens[last + 1]?.text === ',' || opening);
  if (fronted || opensCoordinatedClause(tokens, first, last, after)) return frontedScope(tokens, after).map((event) => ({ event, distance: dist(event) }));
  if (lastOfPhrase === undefined && isAdjectivalTime(sentence, timex)) return [];
  const modifiedVerb = lastOfPhrase === undefined ? verbAfterAdverb(sentence, timex) : undefined;
  if (modifiedVerb !== undefined) return [{ event: modifiedVerb, distance: dist(modifiedVerb) }];
  // ", on March 16" detaches the time; ", said Thursday" does not (the time follows its own verb).
  const wordBefore = tokens[first - 1];
  const detached = wordBefore?.text === ',' || (tokens[first - 2]?.text === ',' && !before.some((e) => e.tokenIndex === first - 1 && e.pos === 'verb'));
  if (detached) {
    const main = before.find((e) => isFinite(e) && !CLAUSE_OPENERS.has(tokens[e.tokenIndex - 1]?.lower ?? ''));
    if (main !== undefined) return [{ event: main, distance: dist(main) }];
  }
  // The nearest verb before the time takes it, an infinitive too ("plans to introduce workstations early next
  // year": the introducing is early next year, the planning is now).
  // … unless a complementizer opens a new clause between them ("pleased to note that your Oct. 23 item recognized").
  // A time to come by its words does not date a past verb or participle ("planned to ship a computer based on
  // the 486 chip early next year").
  const toCome = FUTURE_DEICTIC.test(timex.text);
  let precedingVerb: EventMention | undefined;
  for (let k = before.length - 1; k >= 0 && precedingVerb === undefined; k--) {
    const e = before[k] as EventMention;
    if (isVerb(e) && !(toCome && isPastForm(e))) precedingVerb = e;
  }
  let opener = false;
  if (precedingVerb !== undefined) for (let k = precedingVerb.tokenIndex + 1; k < first && !opener; k++) opener = SUBORDINATORS.has((tokens[k] as Token).lower);
  const preceding = opener && after.some(isFinite) ? undefined : precedingVerb;
  // A prepositional time right after an event noun dates the noun ("calling for the redemption on Dec. 7"),
  // not a verb further back — except the saying of a reporting verb ("told a news conference on Tuesday"). A
  // bare time there modifies the verb ("was charged with murder Thursday").
  const noun = before[before.length - 1];
  const gap = noun === undefined ? 0 : first - noun.tokenIndex;
  // … or after the noun's of-phrase ("the sale of Federated Investors in August", "the slayings of 14 women over
  // the last five years"): words and numbers only, up to four.
  const ofPhrase = noun !== undefined && gap > 2 && gap <= OF_PHRASE_REACH && tokens[noun.tokenIndex + 1]?.lower === 'of' &&
    wordsAndNumbers(tokens, noun.tokenIndex + 1, first);
  // A noun dated by a time of its own before it ("release third-quarter results in mid-November") leaves the
  // prepositional time to the verb.
  const datedNoun = noun !== undefined && inSentence.some((t) => t !== timex && t.end <= noun.start && tokenIndexAt(tokens, t.end - 1) === noun.tokenIndex - 1);
  const nounAdjacent = (gap === 2 || ofPhrase) && SIGNAL_RELATION.has(tokens[first - 1]?.lower ?? '') && !datedNoun;
  if (noun !== undefined && noun.pos === 'noun' && nounAdjacent && preceding?.kind !== 'reporting') {
    return [{ event: noun, distance: dist(noun) }];
  }
  if (preceding !== undefined && first - preceding.tokenIndex <= 12) {
    // An infinitive does not start before its governor: a time already past ("invited Sinn Fein to rejoin two
    // weeks ago") dates a past governor, not what it was to bring about.
    const governor = preceding.group?.form === 'infinitive' && PAST_DEICTIC.test(timex.text) ? pastGovernorOf(before, preceding) : undefined;
    const taker = governor ?? preceding;
    return [{ event: taker, distance: dist(taker) }];
  }
  const following = after.find(canTakeTime) ?? after.find(isVerb);
  // (A time the event follows is its adverbial only failing one after it: it loses a tie.)
  if (following !== undefined) return [{ event: following, distance: dist(following) + FOLLOWING_TIE }];
  const nearest = preceding ?? before[before.length - 1] ?? after[0];
  return nearest !== undefined ? [{ event: nearest, distance: dist(nearest) }] : [];
}

/** True when tokens [from, to) are all words or numbers (or "$"). */
function wordsAndNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord && !/^(\d[\d,.]*|\$)$/.test(t.text)) return false;
  }
  return true;
}

/** Opening quotation marks (the tokenizer splits ``), a quotation being a sentence of its own. */
const OPENING_QUOTES = new Set(['`', '“']);

/** The first token of the quotation the token at `index` is in (after its opening mark), else 0. */
function quotationStart(tokens: readonly Token[], index: number): number {
  for (let i = index - 1; i >= 0; i--) if (OPENING_QUOTES.has((tokens[i] as Token).text)) return i + 1;
  return 0;
}

/** Times that lie before the time of writing by their words: "two weeks ago", "last month", "yesterday". */
const PAST_DEICTIC = /(\bago|^(last|yesterday|earlier)\b.*)$/i;
/** Times that lie after the time of writing by their words: "next year", "tomorrow", "the coming weeks". */
const FUTURE_DEICTIC = /\b(next|tomorrow|coming)\b/i;
/** How far (in tokens) an infinitive may follow the verb it complements. */
const COMPLEMENT_REACH = 4;

/** The finite past verb an infinitive complements ("invited … to rejoin", "agreed to pay"), if any. */
function pastGovernorOf(before: readonly EventMention[], infinitive: EventMention): EventMention | undefined {
  let governor: EventMention | undefined;
  for (let k = before.length - 1; k >= 0 && governor === undefined; k--) {
    const e = before[k] as EventMention;
    if (e.tokenIndex < infinitive.tokenIndex && e.group?.form !== 'infinitive') governor = e;
  }
  const g = governor?.group;
  return governor !== undefined && g?.form === 'finite' && g.tense === 'past' && infinitive.tokenIndex - governor.tokenIndex <= COMPLEMENT_REACH ? governor : undefined;
}

/** Conjunctions that join two clauses. */
const COORDINATORS = new Set(['and', 'but', 'yet', 'so']);
/** How far (in tokens) the verb of a coordinated clause may follow its opening time ("and the following year he was appointed"). */
const COORDINATED_SUBJECT_REACH = 4;

/**
 * True when the timex at tokens [first, last] opens a clause joined by a conjunction: "Farkas was made a brigadier
 * general, and the following year he was appointed attache" — a fronted adverbial of the second clause, whose
 * finite verb follows after a short subject (no punctuation between).
 */
function opensCoordinatedClause(tokens: readonly Token[], first: number, last: number, after: readonly EventMention[]): boolean {
  if (!COORDINATORS.has(tokens[first - 1]?.lower ?? '')) return false;
  const verb = after[0];
  // A subject comes between: in "the late 1980s and early 1990s remains" the second time is only coordinated.
  if (verb === undefined || !isFinite(verb) || verb.tokenIndex - last < 2 || verb.tokenIndex - last > COORDINATED_SUBJECT_REACH) return false;
  return tokens.slice(last + 1, verb.tokenIndex).every((t) => t.isWord && !CLAUSE_OPENERS.has(t.lower));
}

/**
 * A noun event the timex premodifies inside its noun phrase: "the 1996 campaign", "last month's explosion",
 * "a four-day state visit" — up to two plain words between, no punctuation or verb.
 */
function premodifiedNoun(tokens: readonly Token[], after: readonly EventMention[], last: number): EventMention | undefined {
  const next = after[0];
  if (next === undefined || next.pos !== 'noun' || next.tokenIndex - last > 3) return undefined;
  for (let j = last + 1; j < next.tokenIndex; j++) {
    const t = tokens[j];
    if (t === undefined || (!t.isWord && t.text !== "'s" && t.text !== "'") || t.lower === 'and' || t.lower === 'of') return undefined;
    // A determiner, preposition or pronoun opens another phrase ("said Sunday that Netanyahu's comments").
    if (DETERMINERS.has(t.lower) || PREPOSITIONS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return undefined;
  }
  const before = tokens[last + 1];
  return before !== undefined && (before.isWord || before.text === "'") ? next : undefined;
}

/**
 * The events of a main clause governed by a fronted adverbial: its first finite verb, the nouns before it, and
 * finite verbs coordinated with it (same tense, not perfect); it stops at the first reporting verb.
 */
function frontedScope(tokens: readonly Token[], after: readonly EventMention[]): EventMention[] {
  // The head is the main clause's verb, not one of a relative clause ("the company, which is 61%-owned, had").
  const head = after.find((e) => isFinite(e) && !CLAUSE_OPENERS.has(tokens[e.tokenIndex - 1]?.lower ?? ''));
  if (head === undefined) return after.slice(0, 1);
  const scope = after.filter((e) => e.pos === 'noun' && e.tokenIndex < head.tokenIndex);
  scope.push(head);
  if (head.kind === 'reporting') return scope;
  const tense = tenseOf(head);
  // The infinitives complementing the head come with it ("On Tuesday, the league plans to hold a conference to
  // screen an advertisement"), up to the next finite verb.
  let complements = true;
  for (const e of after) {
    if (e.tokenIndex <= head.tokenIndex) continue;
    if (e.kind === 'reporting') break;
    const g = e.group;
    if (g?.form === 'infinitive' && complements) { scope.push(e); continue; }
    if (g?.form === 'finite') complements = false;
    if (g?.form === 'finite' && g.tense === tense && g.aspect !== 'perfective') scope.push(e);
  }
  return scope;
}
