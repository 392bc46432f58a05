/**
 * Clause tense by a lexical method: the verb-group markers nearest to a position in its sentence decide
 * whether the clause is past ("said", "was", "-ed"), present ("is", "says") or future ("will", "is scheduled to",
 * "plans to"). Fast and dependency-free; its accuracy against TimeBank's gold tense is measured in the
 * evaluation script. Used to resolve bare weekdays and month names.
 */
import type { Tense } from '../schema.js';
import { QUOTE_MARK, quotationAt, quotedSpans } from './quoted-spans.js';
import { splitSentences, type TextSpan } from '../events/tokens.js';
import { verbFormWords, verbReadings, type VerbReading } from '../events/verb-lexicon.js';
import { pastFormIsNominal } from './verb-adverbial.js';
import { WordTrie } from './word-trie.js';
import { leadTense } from './lead-tense.js';

const FUTURE = /\b(?:will|won['’]t|shall|['’]ll|would|(?:is|are|am|was|were)\s+(?:going|scheduled|set|due|expected|slated|poised|planning|likely|unlikely|certain|sure|bound|forecast|predicted|projected|tipped|to|on\s+(?:track|course|pace))\s+to|(?:is|are|was|were)\s+to|plans?\s+to|planned\s+to|intend(?:s|ed)?\s+to|hop(?:es|ed|ing)?\s+to|aim(?:s|ed|ing)?\s+to|(?:expect(?:s|ed)?|tells?|told|ask(?:s|ed)?|order(?:s|ed)?|urge[sd]?|direct(?:s|ed)?|instruct(?:s|ed)?)\s+(?:the\s+|a\s+|an\s+|its\s+|their\s+|all\s+)?[a-z]+\s+to|(?:set|due|scheduled|slated|expected)\s+to|(?:has|have)\s+scheduled|scheduled\s+for|next(?!\s+(?:to|door)\b)|upcoming|tomorrow)\b/gi;
/**
 * A refusal to state something ("would not say Friday when…", "wouldn't comment"): a reported act of speech,
 * past, though its auxiliary is the future-in-the-past "would".
 */
const REFUSAL = /\b(?:would\s+not|wouldn['’]t)\s+(?:say|comment|confirm|disclose|discuss|elaborate|specify|identify|reveal|name|speculate)\b/gi;
/**
 * A plan or schedule stated in the past perfect ("had been due to expire Friday", "had planned to") lies
 * before the time of reporting: past, although its words are those of a future marker.
 */
const PAST_PLAN = /\bhad\s+(?:been\s+)?(?:(?:due|scheduled|set|expected|slated|planned|planning|going|hoping|hoped|intended)\s+to|(?:due|scheduled|set|slated|planned)\s+(?:for|on))\b/gi;
/**
 * A participle after "be" / "been" / "being" ("would be held", "has been shot") or after a copula ("will stay
 * closed", "remains shut", "got hurt") takes its tense from the auxiliary or the copula.
 */
const PASSIVE_AUXILIARY = /\b(?:be|been|being|stay|stays|staying|remain|remains|remaining|get|gets|getting|become|becomes|becoming|seem|seems)\s+(?:[a-z]+ly\s+)?$/i;
/** What follows "called" when it names rather than narrates: a capitalised name or a quotation. */
const NAMING = /^\s+(?:[A-Z"“'‘`])/;
const POSSESSIVE = /^['’]s\b/;
/** A marker this close before the expression (one space, or "on ") is its own verb. */
const ADJACENT = 4;
/**
 * A modal before a verb ("could take until Tuesday", "might resume Monday", "should reopen in March"): the
 * possibility or obligation lies ahead. Not with a perfect ("could have left"), which looks back. Case-sensitive
 * so that the month "May" is not the modal "may".
 */
const MODAL = /\b(?:[Cc]ould|[Mm]ight|[Ss]hould|[Mm]ust|may)(?:n['’]t)?(?=(?:\s+not)?\s+(?!have\b)[a-z])/g;
/** A negation before "could" ("could not be reached Monday", "neither he nor … could be located"): the past of "can". */
const NEGATED_COULD = /\b(?:not|n['’]t|never|neither|nor|no\s+one|nobody)\b/i;
/** A preposition before the expression makes it an adverbial, not a subject ("began in January will resume"). */
const PREPOSITION_BEFORE = /\b(?:in|on|at|by|since|during|from|until|till|through|for|of|after|before|over|within|to)\s+$/i;
/** How far (in characters) a clause's future verb before a possessive day may stand ("will face Carlos Alcaraz in Sunday's final"). */
const POSSESSIVE_FUTURE_REACH = 40;
/** A possessive day before what is done and over, which a future verb acts on: "will appeal Wednesday's ruling". */
const DONE_AFTER_POSSESSIVE = /^['’]s\s+(?:[a-z-]+\s+)?(?:ruling|decision|verdict|storm|attack|attacks|announcement|statement|remarks|comments|loss|losses|defeat|crash|explosion|blast|quake|earthquake|shooting|bombing|killing|fire|flood|flooding|raid|strike|strikes|arrest|arrests|resignation|report|results)\b/i;
/** A possessive day before a scheduled event: "Sunday's final", "Tuesday's vote", "next week's summit". */
const SCHEDULED_AFTER_POSSESSIVE = /^['’]s\s+(?:[a-z-]+\s+)?(?:final|finals|semifinal|match|game|race|vote|election|meeting|summit|hearing|debate|session|deadline|launch|ceremony|opener|showdown|talks|auction|referendum|primary)\b/i;

/** Expressions that end as adverbs ("a month ago", "two days later"): never a clause's subject. */
export const ADVERBIAL_END = /\b(?:ago|earlier|later|before|after|since|now|today|yesterday|tomorrow|tonight)$/i;
/** A subordinating word between the expression and a later marker puts the marker in another clause ("warned Wednesday that they should expect"). */
const SUBORDINATOR = /\b(?:that|who|which|whom|whose|if|whether|because|unless|although|though)\b/i;
/** What joins a later clause right before its future marker: "… on Saturday and will remain", "…, but it will". */
const COORDINATED_AFTER = /^[^.;:]*?,?\s+(?:and|but)\s+(?:that\s+)?(?:(?:it|they|he|she|we|these|those|this|the\s+\w+)\s+)?$/i;
/**
 * Past and present markers are whole words, read by a walk over the sentence's words (wordMarkers) as the
 * patterns /\b(?:was|were|had|did|yesterday|ago|last|earlier|[a-z]{3,}ed)\b/gi and
 * /\b(?:is|are|am|has|have|does|do|says|now|currently|remains|continues)\b/gi would find them: runs of word
 * characters [A-Za-z0-9_] that are all letters, in any case.
 */
const PAST_WORDS = ['was', 'were', 'had', 'did', 'yesterday', 'ago', 'last', 'earlier'];
const PRESENT_WORDS = ['is', 'are', 'am', 'has', 'have', 'does', 'do', 'says', 'now', 'currently', 'remains', 'continues'];

/** Words ending in -ed that are not past-tense verbs. */
const NOT_PAST = new Set(['need', 'needed', 'speed', 'seed', 'breed', 'feed', 'bed', 'red', 'shed', 'hundred', 'embed', 'indeed', 'creed', 'greed', 'weed', 'proceed', 'exceed', 'succeed', 'steed', 'tweed', 'united', 'based', 'armed', 'related', 'alleged', 'so-called', 'limited', 'advanced', 'detailed', 'experienced', 'concerned', 'interested', 'supposed', 'used', 'planned', 'scheduled', 'expected']);

/**
 * Reversative "un-" verbs, whose -ed form is a past tense ("police uncovered", "unveiled the plan"). Other "un-"
 * + participle words are negative adjectives ("an unspecified date", "unnamed officials"), not verbs.
 */
const REVERSATIVE = /^un(?:cover|lock|fold|veil|leash|seal|earth|ravel|load|pack|tie|wrap|roll|plug|mask|block|freez|furl|buckl|button|chain|hook|screw|settl|nerv|seat|dress|burden)/;

/** "unspecified", "undisclosed", "unnamed": a negated participle of a known verb, used as an adjective. */
function negativeParticiple(word: string): boolean {
  return word.startsWith('un') && word.endsWith('ed') && !REVERSATIVE.test(word) && verbReadings(word).length === 0
    && verbReadings(word.slice(2)).some((r) => r.form === 'participle' || r.form === 'pastOrParticiple');
}

/** The sentences of the last text looked at: expressions are resolved document by document, in text order. */
let lastText: { text: string; sentences: readonly TextSpan[] } | undefined;

/**
 * The sentence around `offset`, as the event layer splits sentences (`splitSentences`: abbreviations and
 * initials do not end one). An offset between sentences belongs to the one after it.
 */
export function sentenceAround(text: string, offset: number): TextSpan {
  if (lastText?.text !== text) lastText = { text, sentences: splitSentences(text) };
  const sentences = lastText.sentences;
  let lo = 0;
  let hi = sentences.length;
  while (lo < hi) {
    const mid = (lo + hi) >> 1;
    if (sentences[mid]!.end <= offset) lo = mid + 1;
    else hi = mid;
  }
  return sentences[lo] ?? { start: offset, end: offset };
}

/** A tense marker found in a sentence: where it sits in the sentence (to drop future markers inside a past-perfect plan). */
interface SentenceMarker {
  tense: Tense;
  start: number;
  end: number;
}

function found(pattern: RegExp, tense: Tense, clause: string): SentenceMarker[] {
  const markers: SentenceMarker[] = [];
  pattern.lastIndex = 0;
  for (let m = pattern.exec(clause); m; m = pattern.exec(clause)) {
    const word = m[0].toLowerCase();
    const markerEnd = m.index + m[0].length;
    if (tense === 'past' ? !isPastMarker(clause, word, m.index, markerEnd) : word === 'called' && NAMING.test(clause.slice(markerEnd, markerEnd + 3))) continue;
    markers.push({ tense, start: m.index, end: markerEnd });
  }
  return markers;
}

/** Whether a past form (`word`, lower case, at clause[start, end)) marks the clause as past. */
function isPastMarker(clause: string, word: string, start: number, end: number): boolean {
  if (NOT_PAST.has(word) || negativeParticiple(word)) return false;
  if (word === 'called' && NAMING.test(clause.slice(end, end + 3))) return false; // "a group called Hamas"
  if (pastFormIsNominal(clause, start, false)) return false; // "with updated forecasts"
  return !PASSIVE_AUXILIARY.test(clause.slice(Math.max(0, start - 20), start)); // "will be held"
}

const isPastForm = (reading: VerbReading): boolean => reading.form === 'past' || reading.form === 'pastOrParticiple';
const isAsciiLetter = (code: number): boolean => (code >= 65 && code <= 90) || (code >= 97 && code <= 122);

/** What a word may mark: a listed past or present word, or an irregular simple past of the lexicon (bit flags). */
const PAST_WORD = 1;
const PRESENT_WORD = 2;
const IRREGULAR_PAST = 4;
/** An irregular simple past written as its base form ("cut", "set", "forecast"), often a noun. */
const SAME_AS_BASE = 8;

/**
 * The listed past and present words and the lexicon's simple-past forms the -ed pattern cannot see ("flew", "met",
 * "said", "died"), as a trie of a–z words, made when first needed.
 */
let markerWords: WordTrie<number> | undefined;
function markerWordTrie(): WordTrie<number> {
  if (markerWords === undefined) {
    const flags = new Map<string, number>();
    const mark = (word: string, flag: number) => flags.set(word, (flags.get(word) ?? 0) | flag);
    for (const word of PAST_WORDS) mark(word, PAST_WORD);
    for (const word of PRESENT_WORDS) mark(word, PRESENT_WORD);
    for (const word of verbFormWords()) {
      // (…and the -ed pasts too short for the -ed pattern: "died", "fled", "led", "sued"; not "used", "shed".)
      const patternSees = word.endsWith('ed') && word.length >= 5;
      if (/^[a-z]+$/.test(word) && !patternSees && !NOT_PAST.has(word) && verbReadings(word).some(isPastForm)) {
        mark(word, IRREGULAR_PAST | (verbReadings(word).some((r) => r.form === 'base') ? SAME_AS_BASE : 0));
      }
    }
    markerWords = new WordTrie<number>();
    for (const [word, flag] of flags) markerWords.set(word, flag);
  }
  return markerWords;
}

const isWordCharacter = (code: number): boolean => isAsciiLetter(code) || (code >= 48 && code <= 57) || code === 95;

/** Whether the word clause[start, end) (letters) ends in -ed with at least three letters before it. */
function endsInEd(clause: string, start: number, end: number): boolean {
  return end - start >= 5 && (clause.charCodeAt(end - 2) | 32) === 101 && (clause.charCodeAt(end - 1) | 32) === 100;
}

/**
 * The word markers of a sentence, read from the character codes with no regex match or lower-cased copy per
 * word: past and present words (see PAST_WORDS) with the checks `found` makes, and the lexicon's irregular
 * simple pasts ("flew", "met", "said"), which the -ed pattern cannot see, looked up at every run of ASCII
 * letters (which may be part of a longer run of word characters).
 */
function wordMarkers(clause: string): { pasts: SentenceMarker[]; presents: SentenceMarker[]; irregularPasts: SentenceMarker[] } {
  const pasts: SentenceMarker[] = [];
  const presents: SentenceMarker[] = [];
  const irregularPasts: SentenceMarker[] = [];
  const words = markerWordTrie();
  const n = clause.length;
  for (let start = 0; start < n;) {
    if (!isWordCharacter(clause.charCodeAt(start))) {
      start++;
      continue;
    }
    // A run of word characters, and in it the runs of letters.
    let end = start;
    let letters = true;
    let flags = 0;
    while (end < n && isWordCharacter(clause.charCodeAt(end))) {
      if (!isAsciiLetter(clause.charCodeAt(end))) {
        letters = false;
        end++;
        continue;
      }
      let letterEnd = end + 1;
      while (letterEnd < n && isAsciiLetter(clause.charCodeAt(letterEnd))) letterEnd++;
      flags = words.lookup(clause, end, letterEnd) ?? 0;
      if ((flags & IRREGULAR_PAST) !== 0 && !PASSIVE_AUXILIARY.test(clause.slice(Math.max(0, end - 20), end)) && !pastFormIsNominal(clause, end, (flags & SAME_AS_BASE) !== 0)) {
        irregularPasts.push({ tense: 'past', start: end, end: letterEnd });
      }
      end = letterEnd;
    }
    // A run of letters only is one run of letters, whose flags were just looked up.
    if (letters) {
      if (flags & PRESENT_WORD) presents.push({ tense: 'present', start, end });
      else if ((flags & PAST_WORD || endsInEd(clause, start, end)) && isPastMarker(clause, clause.slice(start, end).toLowerCase(), start, end)) {
        pasts.push({ tense: 'past', start, end });
      }
    }
    start = end;
  }
  return { pasts, presents, irregularPasts };
}

/** Modal markers of the clause: future, except a negated "could" ("could not be reached"), the past of "can". */
function modalMarkers(clause: string): SentenceMarker[] {
  return found(MODAL, 'future', clause).map((m) => {
    const cannot = clause.slice(m.start, m.end).toLowerCase().startsWith('could') && NEGATED_COULD.test(clause.slice(Math.max(0, m.start - 40), m.end + 5));
    return cannot ? { ...m, tense: 'past' } : m;
  });
}

/** Every marker of one sentence, by kind: found once and reused for each expression of the sentence. */
interface SentenceMarkers {
  plans: SentenceMarker[];
  futures: SentenceMarker[];
  modals: SentenceMarker[];
  pasts: SentenceMarker[];
  presents: SentenceMarker[];
  irregularPasts: SentenceMarker[];
}

function sentenceMarkers(clause: string): SentenceMarkers {
  return {
    plans: [...found(PAST_PLAN, 'past', clause), ...found(REFUSAL, 'past', clause)],
    futures: found(FUTURE, 'future', clause),
    modals: modalMarkers(clause),
    ...wordMarkers(clause),
  };
}

/** The last sentence looked at, with its markers: expressions are resolved in text order, several per sentence. */
let lastSentence: { text: string; start: number; end: number; clause: string; markers?: SentenceMarkers; quotes?: readonly number[] } | undefined;

function sentenceOf(text: string, offset: number): NonNullable<typeof lastSentence> {
  // Every offset from a sentence's start to its end has that same sentence around it.
  if (lastSentence && lastSentence.text === text && offset >= lastSentence.start && offset <= lastSentence.end) return lastSentence;
  const { start, end } = sentenceAround(text, offset);
  const clause = text.slice(start, end);
  lastSentence = { text, start, end, clause };
  return lastSentence;
}

/**
 * The markers outside the expression [from, to), added to `into` as they are (the sentence's own objects: a copy
 * with its distance per expression made half the allocations of tenseByMarkers).
 */
function placed(markers: readonly SentenceMarker[], from: number, to: number, into: SentenceMarker[]): SentenceMarker[] {
  for (const m of markers) {
    if (m.start < to && m.end > from) continue; // inside the expression itself
    into.push(m);
  }
  return into;
}

/**
 * How far a marker outside the expression [from, to) is from it: verbs usually precede their time adverbial
 * ("said Saturday"), so markers after it count as further away.
 */
const distanceOf = (m: SentenceMarker, from: number, to: number): number => (m.start >= to ? (m.start - to) * 1.5 : from - m.end);


/**
 * The tense the words right before [start, end) impose (see leadTense: "since", "as soon as", "postponed until",
 * "is", "set for"), or undefined. Such words decide the side of the publication date alone.
 */
export function tenseByLead(text: string, start: number, end: number): Tense | undefined {
  const sentence = sentenceOf(text, start);
  return leadTense(sentence.clause, start - sentence.start, text.slice(start, end));
}

/**
 * A marker right after the expression, which is then its subject and the marker its own verb: "said Tuesday would
 * be the deadline", "this summer had been the wettest". Not for an adverb of time ("said a month ago would be laid
 * off" is the saying's month) nor after a preposition ("began in January will resume").
 */
function subjectMarker(clause: string, from: number, to: number, markers: readonly SentenceMarker[]): SentenceMarker | undefined {
  if (ADVERBIAL_END.test(clause.slice(from, to)) || PREPOSITION_BEFORE.test(clause.slice(Math.max(0, from - 12), from))) return undefined;
  return markers.find((m) => m.start >= to && m.start - to <= 1 && /^\s?$/.test(clause.slice(to, m.start)));
}

/**
 * The tense of the clause containing [start, end): the nearest marker wins; a future marker anywhere in the
 * same clause (between commas/semicolons) outranks past ones further away. `undefined` when there is no marker.
 */
export function clauseTense(text: string, start: number, end: number = start): Tense | undefined {
  return tenseByLead(text, start, end) ?? tenseByMarkers(text, start, end);
}

/** A weekday (with its part of day) and "or"/"and" right before an expression: "late Wednesday or early Thursday". */
const COORDINATED_DAY = /((?:Mon|Tues|Wednes|Thurs|Fri|Satur|Sun)day(?:\s+(?:morning|afternoon|evening|night))?)\s+(?:or|and)\s+$/;
/** How many characters before an expression the coordinated day may start. */
const COORDINATION_REACH = 32;

/** The markers `keep` accepts, or all of them when it accepts none. */
function narrowed(markers: SentenceMarker[], keep: (m: SentenceMarker) => boolean): SentenceMarker[] {
  const own = markers.filter(keep);
  return own.length > 0 ? own : markers;
}

/** The tense of the clause containing [start, end) by its markers alone, the words right before it aside. */
export function tenseByMarkers(text: string, start: number, end: number = start): Tense | undefined {
  // The second of two days joined by "or"/"and" is in the first one's clause: "late Wednesday or early Thursday,
  // forecasters said" (the report after the pair is not nearer to the second).
  const window = Math.max(0, start - COORDINATION_REACH);
  const pair = COORDINATED_DAY.exec(text.slice(window, start));
  if (pair !== null) return tenseByMarkers(text, window + pair.index, window + pair.index + (pair[1] as string).length);
  const sentence = sentenceOf(text, start);
  const clause = sentence.clause;
  const from = start - sentence.start;
  const to = end - sentence.start;
  const markers = (sentence.markers ??= sentenceMarkers(clause));
  const plans = placed(markers.plans, from, to, []);
  const futures = placed(markers.futures, from, to, []);
  const modals = placed(markers.modals, from, to, []);
  futures.push(...modals.filter((m) => m.tense === 'future'));
  const ownClause = futures.filter((f) => f.start < to || !SUBORDINATOR.test(clause.slice(to, f.start)));
  let outside: SentenceMarker[] = [...plans, ...ownClause.filter((f) => !plans.some((p) => f.start < p.end && p.start < f.end))];
  outside.push(...modals.filter((m) => m.tense === 'past'));
  placed(markers.pasts, from, to, outside);
  placed(markers.presents, from, to, outside);
  placed(markers.irregularPasts, from, to, outside);
  if (outside.length === 0) return undefined;
  // A verb after the time joined by "and" starts another clause when a verb stands before the time: "were raised to
  // 5 percent on Saturday and will remain there", "would hand the report to ministers in September and hoped the law
  // could pass" (the day and the month are the raising's and the handing's).
  if (outside.some((m) => m.end <= from)) outside = narrowed(outside, (m) => m.start < to || !COORDINATED_AFTER.test(clause.slice(to, m.start)));
  // A quotation's verbs are the speaker's, the reporting clause's the writer's: '"We will win," she said on Monday'.
  // (A quoted phrase with no verb of its own takes the clause's: 'called it "a day of shame" on Monday'.)
  if (QUOTE_MARK.test(clause)) {
    const spans = (sentence.quotes ??= quotedSpans(clause));
    const quote = quotationAt(spans, from);
    outside = narrowed(outside, (m) => quotationAt(spans, m.start) === quote);
  }
  const ownVerb = subjectMarker(clause, from, to, outside);
  if (ownVerb !== undefined) return ownVerb.tense;
  // The nearest marker, and the nearest future one: on equal distances the first listed (as a stable sort by
  // distance would give them, without sorting a copy).
  let nearest = outside[0]!;
  let nearestDistance = distanceOf(nearest, from, to);
  let future: SentenceMarker | undefined;
  let futureDistance = 0;
  let before: SentenceMarker | undefined;
  let beforeDistance = 0;
  for (const m of outside) {
    const distance = distanceOf(m, from, to);
    if (distance < nearestDistance) {
      nearest = m;
      nearestDistance = distance;
    }
    if (m.tense === 'future' && (future === undefined || distance < futureDistance)) {
      future = m;
      futureDistance = distance;
    }
    if (m.end <= from && (before === undefined || distance < beforeDistance)) {
      before = m;
      beforeDistance = distance;
    }
  }
  // The verb right before the expression governs it over a nearer marker after it: "the trial which began in
  // January will resume" (January is when it began).
  if (before && beforeDistance <= ADJACENT && nearest.start >= to) {
    nearest = before;
    nearestDistance = beforeDistance;
  }
  // A verb right before the expression governs it ("said Monday they will…"): a later future marker belongs
  // to another clause.
  const governs = nearestDistance <= ADJACENT && nearest.end <= from;
  // A possessive ("Wednesday's ruling") names a day by what happened on it, mostly already reported: only a
  // future marker close to it makes it future ("will attend Tuesday's meeting").
  // So does the clause's future verb before a possessive on a thing that is scheduled, with no other marker between:
  // "will face Alcaraz in Sunday's final" ("will review the damage from Monday's storm" keeps the past).
  if (POSSESSIVE.test(clause.slice(to, to + 3))) {
    const leads = future !== undefined && future === nearest && future.end <= from && futureDistance <= POSSESSIVE_FUTURE_REACH && SCHEDULED_AFTER_POSSESSIVE.test(clause.slice(to, to + 24));
    const close = future !== undefined && futureDistance <= 12 && !DONE_AFTER_POSSESSIVE.test(clause.slice(to, to + 24));
    return close || leads ? 'future' : nearest.tense === 'future' ? 'past' : nearest.tense;
  }
  if (future && futureDistance < nearestDistance + 12 && !(governs && future.start >= to)) return 'future';
  return nearest.tense;
}
