/**
 * The events a time expression governs in its sentence, by position: a fronted adverbial ("Earlier this week, …")
 * the main clause, a detached one (", on March 16") the main finite verb, any other the nearest verb before it
 * ("said Saturday", "left … six days ago"), else the nearest after it — with the distance that settles ties
 * between competing times (anchor.ts).
 */
import type { TLinkType, Timex } from '../schema.js';
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { firstEventFrom, isDecreeingVerb, isPostponingVerb, tenseOf, wordBefore } from './event-types.js';
import { TokenMark, type Token, type TokenList, classAt, tokenAt } from './tokens.js';
import { WordClass } from './lexeme.js';
import { isAdjectivalTime, tokenIndexAt, verbAfterAdverb } from './adverbial-frames.js';
import { DETERMINERS, PREPOSITIONS, SUBJECT_PRONOUNS } from './noun-lexicon.js';
import { ADVERBIAL_END } from '../timex/tense.js';
import type { TimeReadings } from './time-readings.js';

/**
 * Words that start what their clause tells at the time after them, no event of their own: "can register starting
 * Monday", "apply beginning on Jan. 1", "effective Friday" (noun-readings.ts reads the participles so).
 */
export const START_SIGNALS: ReadonlySet<string> = new Set(['starting', 'beginning', 'effective']);

/**
 * Prepositions before a time expression and the relation of the event to it. "by" is a deadline: over by the time's
 * end, perhaps within it (TempEval-2's BEFORE-OR-OVERLAP; "stock up on food by Friday night").
 */
export const SIGNAL_RELATION: ReadonlyMap<string, TLinkType> = new Map<string, TLinkType>([...Object.entries({
  before: 'BEFORE', by: 'BEFORE-OR-OVERLAP', prior: 'BEFORE', after: 'AFTER', since: 'BEGUN_BY', from: 'BEGUN_BY',
  until: 'ENDED_BY', till: 'ENDED_BY', through: 'ENDED_BY', during: 'IS_INCLUDED', over: 'IS_INCLUDED', in: 'IS_INCLUDED', on: 'IS_INCLUDED', at: 'IS_INCLUDED',
} satisfies Record<string, TLinkType>), ...[...START_SIGNALS].map((w) => [w, 'BEGUN_BY'] as const)]);

const CLAUSE_OPENERS = new Set(['who', 'which', 'that', 'whose', 'whom']);
/** Words that may come before a sentence-opening time expression ("Then, a week ago, …", "But last year …"). */
const OPENING_CONNECTIVES = new Set(['then', 'but', 'and', 'so', 'yet', 'also', 'still', 'now', 'since']);

const isVerb = (e: EventMention): boolean => e.pos === 'verb';
const isFinite = (e: EventMention): boolean => e.group?.form === 'finite';
const canTakeTime = (e: EventMention): boolean => isVerb(e) && e.group?.form !== 'infinitive';

const isPastForm = (e: EventMention): boolean =>
  (e.group?.form === 'participle' && e.group.participle === 'past') || (e.group?.form === 'finite' && e.group.tense === 'past');


/** What a time before its event adds to its distance, so that a time after the event wins a tie. */
const FOLLOWING_TIE = 0.5;

/** How far (in tokens) a prepositional time may follow an event noun across its of-phrase. */
const OF_PHRASE_REACH = 7;

/** The events a timex governs, with their distance (in tokens) for ties between competing timexes. */
export function governedEvents(sentence: AnalyzedSentence, timex: Timex, inSentence: readonly Timex[], lastOfPhrase?: number, readings?: TimeReadings): Array<{ event: EventMention; distance: number }> {
  const { tokens, events } = sentence;
  const first = tokenIndexAt(tokens, timex.start);
  const last = lastOfPhrase ?? tokenIndexAt(tokens, timex.end - 1);
  // Events are in token order: those before the time are a prefix of them, those after it a suffix.
  const before = events.slice(0, firstEventFrom(events, first));
  const after = events.slice(firstEventFrom(events, last + 1));
  const dist = (e: EventMention): number => (e.tokenIndex < first ? first - e.tokenIndex : e.tokenIndex - last);
  const modified = premodifiedNoun(tokens, after, last);
  // A time expression opening its sentence or a quotation ("Tomorrow the board will vote", "Third-quarter sales
  // dropped", "``For the past few weeks we've been subjected …"), after its preposition if any, governs the main
  // clause as a fronted adverbial does.
  const clauseStart = quotationStart(tokens, first);
  const headWord = ((classAt(tokens.classes, first - 1)) & WordClass.preposition) !== 0 ? first - 1 : first;
  const headOfClause = before.every((e) => e.tokenIndex < clauseStart);
  let opening = headOfClause;
  for (let k = clauseStart; k < headWord && opening; k++) if ((tokens[k] as Token).isWord && !OPENING_CONNECTIVES.has((tokens[k] as Token).lower)) opening = false;
  if (modified !== undefined) {
    const main = opening ? frontedScope(tokens, after).filter((e) => e.pos === 'verb') : [];
    return [modified, ...main].map((event) => ({ event, distance: dist(event) }));
  }
  const fronted = headOfClause && (tokens[last + 1]?.text === ',' || opening);
  if (fronted || opensCoordinatedClause(tokens, first, last, after)) return frontedScope(tokens, beforeNextClauseTime(tokens, after, timex, inSentence)).map((event) => ({ event, distance: dist(event) }));
  // (Read through `readings`, when given, which clause anchoring asks again.)
  if (lastOfPhrase === undefined && (readings !== undefined ? readings.isAdjectivalTime(sentence, timex) : isAdjectivalTime(sentence, timex))) return [];
  const modifiedVerb = lastOfPhrase === undefined ? verbAfterAdverb(sentence, timex) : undefined;
  if (modifiedVerb !== undefined) return [{ event: modifiedVerb, distance: dist(modifiedVerb) }];
  // ", on March 16" detaches the time; ", said Thursday" does not (the time follows its own verb).
  const wordBefore = tokenAt(tokens, first - 1);
  const detached = wordBefore?.text === ',' || (tokenAt(tokens, first - 2)?.text === ',' && !before.some((e) => e.tokenIndex === first - 1 && e.pos === 'verb'));
  if (detached) {
    const main = before.find((e) => isFinite(e) && !CLAUSE_OPENERS.has(tokenAt(tokens, e.tokenIndex - 1)?.lower ?? ''));
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
  if (precedingVerb !== undefined) for (let k = precedingVerb.tokenIndex + 1; k < first && !opener; k++) opener = ((tokens.classes[k] as number) & WordClass.subordinator) !== 0;
  const preceding = opener && after.some(isFinite) ? undefined : precedingVerb;
  // A prepositional time right after an event noun dates the noun ("calling for the redemption on Dec. 7"),
  // not a verb further back — except the saying of a reporting verb ("told a news conference on Tuesday"). A
  // bare time there modifies the verb ("was charged with murder Thursday").
  const noun = before.length > 0 ? before[before.length - 1] : undefined;
  const gap = noun === undefined ? 0 : first - noun.tokenIndex;
  // … or after the noun's of-phrase ("the sale of Federated Investors in August", "the slayings of 14 women over
  // the last five years"): words and numbers only, up to four.
  const ofPhrase = noun !== undefined && gap > 2 && gap <= OF_PHRASE_REACH && tokens[noun.tokenIndex + 1]?.lower === 'of' &&
    wordsAndNumbers(tokens, noun.tokenIndex + 1, first);
  // A noun dated by a time of its own before it ("release third-quarter results in mid-November") leaves the
  // prepositional time to the verb.
  const datedNoun = noun !== undefined && inSentence.some((t) => t !== timex && t.end <= noun.start && tokenIndexAt(tokens, t.end - 1) === noun.tokenIndex - 1);
  // ("results for the December quarter", "a forecast for 2027": "for" before a date, not a length, dates the noun.)
  const signalWord = tokenAt(tokens, first - 1)?.lower ?? '';
  const nounAdjacent = (gap === 2 || ofPhrase) && (SIGNAL_RELATION.has(signalWord) || (signalWord === 'for' && timex.type !== 'DURATION' && timex.type !== 'SET')) && !datedNoun;
  // A postponement's new time dates what is put off, not the putting off: "delayed the launch of its moon mission to
  // April 2026".
  if (signalWord === 'to' && preceding !== undefined && isPostponingVerb(preceding)) {
    const object = before.find((e) => isObjectOf(tokens, preceding, e));
    if (object !== undefined) return [{ event: object, distance: dist(object) }];
  }
  // A deadline or sequence after a verb's object times the verb ("will approve the funding before Thanksgiving",
  // "must file the report by Friday"): not a locating preposition, which dates the noun; so does any time after a
  // decree's object but a start ("ordered the evacuation of the coast beginning Monday": the evacuation begins).
  const timesVerb = preceding !== undefined && noun !== undefined && isObjectOf(tokens, preceding, noun) &&
    ((SEQUENCE_SIGNALS.has(signalWord) && preceding.group?.form !== 'participle') || (isDecreeingVerb(preceding) && !START_SIGNALS.has(signalWord)));
  if (noun !== undefined && noun.pos === 'noun' && nounAdjacent && !timesVerb && (preceding?.kind !== 'reporting' || signalWord === 'for')) {
    // A light verb and its event noun are one act: "held talks on Tuesday", "was playing his first match since February".
    if (preceding !== undefined && isObjectEventVerb(tokens, preceding, noun)) return [{ event: noun, distance: dist(noun) }, { event: preceding, distance: dist(preceding) }];
    return [{ event: noun, distance: dist(noun) }];
  }
  // A time right before a finite verb is that verb's subject, not the time of the report before it.
  const subjectOf = preceding?.kind === 'reporting' ? verbOfSubject(tokens, timex, first, last, after[0]) : undefined;
  if (subjectOf !== undefined) return [{ event: subjectOf, distance: dist(subjectOf) }];
  if (preceding !== undefined && first - preceding.tokenIndex <= 12) {
    // An infinitive does not start before its governor: a time already past ("invited Sinn Fein to rejoin two
    // weeks ago") dates a past governor, not what it was to bring about.
    const governor = preceding.group?.form === 'infinitive' && PAST_DEICTIC.test(timex.text) ? pastGovernorOf(before, preceding) : undefined;
    const taker = governor ?? preceding;
    // …and a light verb's event-noun object with it, the same act ("issued its highest warning for 12 prefectures at 5 p.m.").
    const object = noun !== undefined && noun !== taker && isObjectEventVerb(tokens, taker, noun) ? noun : undefined;
    return object === undefined ? [{ event: taker, distance: dist(taker) }] : [{ event: taker, distance: dist(taker) }, { event: object, distance: dist(object) }];
  }
  const following = after.find(canTakeTime) ?? after.find(isVerb);
  // (A time the event follows is its adverbial only failing one after it: it loses a tie.)
  if (following !== undefined) return [{ event: following, distance: dist(following) + FOLLOWING_TIE }];
  const nearest = preceding ?? (before.length > 0 ? before[before.length - 1] : undefined) ?? after[0];
  return nearest !== undefined ? [{ event: nearest, distance: dist(nearest) }] : [];
}

/** Signals of a deadline or of sequence, which time the verb of an object rather than the object itself. */
const SEQUENCE_SIGNALS: ReadonlySet<string> = new Set(['before', 'after', 'by', 'until', 'till']);

/**
 * Verbs whose event-noun object is the act itself: light verbs ("gave notice", "held talks", "took a vote") and
 * verbs of taking part ("was playing his first match since February", "attended the summit on Monday").
 */
const OBJECT_EVENT_VERBS: ReadonlySet<string> = new Set(['give', 'make', 'take', 'hold', 'have', 'stage', 'launch', 'conduct', 'carry', 'deliver', 'issue', 'play', 'attend', 'host', 'win', 'lose']);
/** Verbs that mark an occasion on its day: "marked the anniversary", "celebrated the holiday". */
const MARKING_VERBS: ReadonlySet<string> = new Set(['mark', 'celebrate', 'commemorate', 'observe']);
/** How many words (a determiner, an adjective) may stand between a light verb and its noun. */
const OBJECT_EVENT_REACH = 3;

/** True when `verb` is a finite light verb whose object is `noun`. */
function isObjectEventVerb(tokens: readonly Token[], verb: EventMention, noun: EventMention): boolean {
  return isFinite(verb) && OBJECT_EVENT_VERBS.has(verb.lemma) && isObjectOf(tokens, verb, noun);
}

/** True when `noun` follows `verb` as its object: a few plain words between (a determiner, an adjective), no preposition or pronoun. */
export function isObjectOf(tokens: readonly Token[], verb: EventMention, noun: EventMention): boolean {
  if (noun.pos !== 'noun' || noun.tokenIndex <= verb.tokenIndex || noun.tokenIndex - verb.tokenIndex > OBJECT_EVENT_REACH + 1) return false;
  for (let j = verb.tokenIndex + 1; j < noun.tokenIndex; j++) {
    const t = tokens[j];
    if (t === undefined || !t.isWord || PREPOSITIONS.has(t.lower) || SUBJECT_PRONOUNS.has(t.lower)) return false;
  }
  return true;
}

/**
 * The verb whose subject the time at tokens [first, last] is, `next` being the first event after it: "Insurers said
 * this summer had been the costliest", "said Tuesday was the deadline". Not an adverb of time ("said a month ago
 * would be laid off": the month is the saying's), nor a time after a preposition ("announced in May had cut"), and
 * only before an auxiliary or a form of be/have ("said Tuesday profits fell" keeps the saying's Tuesday).
 */
function verbOfSubject(tokens: TokenList, timex: Timex, first: number, last: number, next: EventMention | undefined): EventMention | undefined {
  if (next === undefined || !(isFinite(next) || next.group?.form === 'modal') || ADVERBIAL_END.test(timex.text)) return undefined;
  if (((classAt(tokens.classes, first - 1)) & WordClass.preposition) !== 0 || !onlyAuxiliariesBetween(tokens, last + 1, next.tokenIndex)) return undefined;
  return next.tokenIndex > last + 1 || ((tokens.classes[next.tokenIndex] ?? 0) & WordClass.auxiliaryForm) !== 0 ? next : undefined;
}

/** True when tokens [from, to) are all auxiliaries or modals ("had been", "would"), at most two, or none. */
function onlyAuxiliariesBetween(tokens: TokenList, from: number, to: number): boolean {
  if (to - from > 2) return false;
  for (let k = from; k < to; k++) if (((tokens.classes[k] as number) & (WordClass.auxiliaryForm | WordClass.modal)) === 0) return false;
  return true;
}

/** True when tokens [from, to) are all words or numbers (or "$"). */
function wordsAndNumbers(tokens: readonly Token[], from: number, to: number): boolean {
  for (let k = from; k < to; k++) {
    const t = tokens[k] as Token;
    if (!t.isWord && !/^(\d[\d,.]*|\$)$/.test(t.text)) return false;
  }
  return true;
}

/**
 * The first token of the quotation the token at `index` is in (after its opening mark, TokenMark.openingQuote:
 * the tokenizer splits ``), a quotation being a sentence of its own; else 0.
 */
function quotationStart(tokens: TokenList, index: number): number {
  for (let i = index - 1; i >= 0; i--) if (((tokens.classes[i] as number) & TokenMark.openingQuote) !== 0) return i + 1;
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
  if (!COORDINATORS.has(tokenAt(tokens, first - 1)?.lower ?? '')) return false;
  const verb = after[0];
  // A subject comes between: in "the late 1980s and early 1990s remains" the second time is only coordinated. (Its
  // reach is counted to the verb group's first auxiliary: "but now those estimates are being revised".)
  if (verb === undefined || !isFinite(verb)) return false;
  const groupStart = verb.tokenIndex - (verb.group?.form === 'finite' ? verb.group.auxiliaries.length : 0);
  if (verb.tokenIndex - last < 2 || groupStart - last > COORDINATED_SUBJECT_REACH) return false;
  return tokens.slice(last + 1, verb.tokenIndex).every((t) => t.isWord && !CLAUSE_OPENERS.has(t.lower));
}

/**
 * The events of `after` before the next time in the sentence that opens a coordinated clause ("In March, members
 * voted to authorize a strike, and in April clerks staged a walkout": the staging is April's, not March's).
 */
function beforeNextClauseTime(tokens: TokenList, after: readonly EventMention[], timex: Timex, inSentence: readonly Timex[]): readonly EventMention[] {
  for (const other of inSentence) {
    if (other.start <= timex.end) continue;
    const opens = coordinatedClauseStart(tokens, other);
    if (opens >= 0) return after.filter((e) => e.tokenIndex < opens);
  }
  return after;
}

/** The token of the conjunction when the time (after its preposition) opens a coordinated clause ("…, and in April"), else -1. */
export function coordinatedClauseStart(tokens: TokenList, timex: Timex): number {
  let lead = tokenIndexAt(tokens, timex.start);
  // Past prepositions and hedges: ", and around 2 a.m. on Sunday a dam gave way", ", and shortly after noon".
  for (;;) {
    const hedge = hedgeBefore(tokens, lead);
    if (hedge > 0) lead -= hedge;
    else if (lead > 0 && ((classAt(tokens.classes, lead - 1)) & WordClass.preposition) !== 0) lead--;
    else break;
  }
  return COORDINATORS.has(tokenAt(tokens, lead - 1)?.lower ?? '') && tokenAt(tokens, lead - 2)?.text === ',' ? lead - 1 : -1;
}

/**
 * Hedges that may stand between a signal and its time ("since at least 2015", "until about noon", "shortly after
 * noon"), last word first.
 */
const HEDGES: readonly (readonly string[])[] = [['least', 'at'], ['most', 'at'], ['as', 'early', 'as'], ['as', 'late', 'as'], ['about'], ['around'], ['nearly'], ['almost'], ['roughly'], ['just'], ['shortly'], ['soon']];

/** The length of the first of HEDGES that stands right before token `i`, else 0 (loops: no closure per call). */
export function hedgeBefore(tokens: TokenList, i: number): number {
  for (const words of HEDGES) {
    let k = 0;
    while (k < words.length && tokenAt(tokens, i - 1 - k)?.lower === words[k]) k++;
    if (k === words.length) return k;
  }
  return 0;
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
  const head = after.find((e) => isFinite(e) && !CLAUSE_OPENERS.has(tokenAt(tokens, e.tokenIndex - 1)?.lower ?? ''));
  if (head === undefined) return after.slice(0, 1);
  const scope = after.filter((e) => e.pos === 'noun' && e.tokenIndex < head.tokenIndex);
  scope.push(head);
  if (head.kind === 'reporting') return scope;
  // The head's object noun ("Last month, the country marked the fourth anniversary of …") is in the time as well.
  const object = directObject(tokens, after, head);
  if (object !== undefined) scope.push(object);
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
    if (g?.form === 'finite' && g.tense === tense && g.aspect !== 'perfective' && !inCommaRelative(tokens, e.tokenIndex) && !RESTRICTIVE_OPENERS.has(tokenAt(tokens, e.tokenIndex - 1)?.lower ?? '')) scope.push(e);
  }
  return scope;
}

/**
 * The event noun right after `head` as its object, when the head's act is that event or marks it ("held talks",
 * "marked the fourth anniversary"): the next event, a noun, with only plain words (no preposition) between. Other
 * verbs' objects keep their own time ("Last Monday, the company pushed the launch back by four days").
 */
function directObject(tokens: readonly Token[], after: readonly EventMention[], head: EventMention): EventMention | undefined {
  if (!OBJECT_EVENT_VERBS.has(head.lemma) && !MARKING_VERBS.has(head.lemma)) return undefined;
  const next = after.find((e) => e.tokenIndex > head.tokenIndex);
  return next !== undefined && isObjectOf(tokens, head, next) ? next : undefined;
}

/**
 * True when the verb at `index` is in a ", where" clause (within the three words before it): "moved to Bell Labs,
 * where she stayed until 1991" tells of another time. (A ", which" clause stays in the fronted time: "Third-quarter
 * results included gains, which included $27 million from the sale", as TimeBank relates it.)
 */
function inCommaRelative(tokens: readonly Token[], index: number): boolean {
  const where = wordBefore(tokens, index, 3, WHERE);
  return where > 0 && tokenAt(tokens, where - 1)?.text === ',';
}

const WHERE: ReadonlySet<string> = new Set(['where']);
/**
 * Words opening a restrictive relative clause, which describes its noun rather than going on with the main clause:
 * "Last month, the country marked the anniversary of the February 2023 earthquakes that killed 53,000 people".
 */
const RESTRICTIVE_OPENERS: ReadonlySet<string> = new Set(['that', 'who', 'whom', 'whose']);

/** Words that rank an event among others since a time: "the first time since", "the lowest since January 26". */
export const SUPERLATIVES: ReadonlySet<string> = new Set([
  'first', 'biggest', 'largest', 'highest', 'lowest', 'worst', 'best', 'strongest', 'weakest', 'fastest', 'slowest',
  'longest', 'deepest', 'sharpest', 'steepest', 'heaviest', 'smallest', 'greatest', 'busiest', 'warmest', 'coldest',
  'wettest', 'driest', 'deadliest', 'costliest', 'most', 'least',
]);
/** How far before "since" the ranking word may stand ("his first match since", "its biggest one-day drop since"). */
const SUPERLATIVE_REACH = 5;

/** True when a superlative stands within a few words before the "since" right before token `at`, in the same phrase. */
export function superlativeBefore(tokens: TokenList, at: number): boolean {
  for (let k = at - 2; k >= 0 && k >= at - 1 - SUPERLATIVE_REACH; k--) {
    const t = tokens[k] as Token;
    // (Not across a verb group: "most infections have been recorded since January" ranks nothing.)
    if ((!t.isWord && t.text !== '-') || (t.lexeme.classes & WordClass.auxiliaryForm) !== 0) return false;
    if (SUPERLATIVES.has(t.lower)) return true;
  }
  return false;
}
