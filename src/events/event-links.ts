/**
 * Event–event evidence found in the text: signal words ("days after they left", "three weeks later", "since the
 * deal", "until the election", "meanwhile"), reporting frames (what was said happened on or before the saying),
 * infinitive complements ("threats to bomb": the bombing is not before the threat) and repeated mentions of the
 * same happening ("left the border" twice).
 */
import type { Timex } from '../schema.js';
import { phaseLinks, type PhaseLink } from './phase-links.js';
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { eventAtToken, tenseOf } from './event-types.js';
import { WordClass } from './lexeme.js';
import { frameLinks } from './report-frames.js';
import { superlativeBefore } from './governed-events.js';
import { TokenMark, isDigit, deniedBefore, type Token, type TokenList, tokenAt } from './tokens.js';

/** A span of time in minutes, from a quantity in the text ("six days" → 8640) or a bare plural ("days" → ≥ 1440). */
export interface Offset {
  readonly minMinutes: number;
  /** Undefined when the text gives only a lower bound ("days after"). */
  readonly maxMinutes?: number;
  readonly phrase: string;
}

/** One piece of event–event evidence; `later` is the event that comes second (if any). */
export type EventLink =
  | { readonly kind: 'after'; readonly earlier: EventMention; readonly later: EventMention; readonly offset?: Offset; readonly via: string }
  | { readonly kind: 'since'; readonly anchor: EventMention; readonly event: EventMention; readonly via: string }
  | { readonly kind: 'until'; readonly anchor: EventMention; readonly event: EventMention; readonly via: string }
  | { readonly kind: 'overlap'; readonly a: EventMention; readonly b: EventMention; readonly via: string }
  | { readonly kind: 'identity'; readonly a: EventMention; readonly b: EventMention; readonly via: string }
  /** `event` is reported by `report`: past/perfect → ends by the end of the report; future → starts after its start. */
  | { readonly kind: 'reported'; readonly report: EventMention; readonly event: EventMention; readonly when: 'before' | 'overlap' | 'after'; readonly via: string }
  /** `event` is the infinitive complement of `governor` ("threats to bomb"): it does not start before it. */
  | { readonly kind: 'complement'; readonly governor: EventMention; readonly event: EventMention; readonly via: string }
  /** An aspectual verb begins or ends `event` ("the war began"): see phase-links.ts. */
  | PhaseLink;

const UNIT_MINUTES: Readonly<Record<string, number>> = {
  minute: 1, hour: 60, day: 1440, week: 10080, month: 43200, year: 525600,
};
const NUMBER_WORDS: Readonly<Record<string, number>> = {
  a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, fifteen: 15, twenty: 20, thirty: 30, several: 2, few: 2, couple: 2,
};

/** The quantity ("six days", "two weeks", "days") ending just before token `i`, and how many tokens it takes (1 or 2). */
function quantityAt(tokens: readonly Token[], i: number): { offset: Offset; words: 1 | 2 } | undefined {
  const unitToken = tokenAt(tokens, i - 1);
  if (unitToken === undefined) return undefined;
  const unit = unitToken.lower.replace(/s$/, '');
  const minutes = UNIT_MINUTES[unit];
  if (minutes === undefined) return undefined;
  const numToken = tokenAt(tokens, i - 2);
  // ("The day before the recall", "the week after the vote": one unit.)
  const one = numToken?.lower === 'the' && !unitToken.lower.endsWith('s') ? 1 : undefined;
  const n = numToken === undefined ? undefined : one ?? NUMBER_WORDS[numToken.lower] ?? (/^\d+$/.test(numToken.text) ? Number(numToken.text) : undefined);
  if (n === undefined || numToken === undefined) {
    return unitToken.lower.endsWith('s') ? { offset: { minMinutes: minutes, phrase: unitToken.text }, words: 1 } : undefined;
  }
  const vague = ['several', 'few', 'couple'].includes(numToken.lower);
  const phrase = `${numToken.text} ${unitToken.text}`;
  return { offset: vague ? { minMinutes: n * minutes, phrase } : { minMinutes: (n - 1) * minutes, maxMinutes: (n + 1) * minutes, phrase }, words: 2 };
}

const insideTimex = (token: Token, timexes: readonly Timex[]): boolean =>
  timexes.some((t) => token.start >= t.start && token.end <= t.end);

/** The first event within a few tokens after a signal at `i`, unless a time expression comes first. */
function eventAfterSignal(sentence: AnalyzedSentence, i: number, timexes: readonly Timex[]): EventMention | undefined {
  for (let j = i + 1; j < sentence.tokens.length && j <= i + 7; j++) {
    const token = sentence.tokens[j] as Token;
    if (insideTimex(token, timexes)) return undefined;
    // ("expect it to weaken before landfall but remain a hurricane", "died after a short illness, her publisher said":
    // what comes after "but" or a comma is no part of the phrase.)
    if (token.lower === 'but' || token.text === ',') return undefined;
    const event = eventAtToken(sentence, j);
    if (event !== undefined) return subjectOfVerb(sentence, event) ?? event;
  }
  return undefined;
}

/**
 * The finite verb an event noun is the subject of, right after it: in "until the storm passes" the clause's event is
 * the passing, not the storm ("until the election" keeps its noun). Undefined when none follows. (Stricter than
 * governing-tense.ts's subjectVerbAfter, which also reads auxiliaries and modals between: letting a signal link to
 * those cost TimeBank one DCT reading and made two AQUAINT events zero-length.)
 */
function subjectOfVerb(sentence: AnalyzedSentence, noun: EventMention): EventMention | undefined {
  if (noun.pos !== 'noun') return undefined;
  const next = eventAtToken(sentence, noun.tokenIndex + 1);
  return next !== undefined && next.group?.form === 'finite' ? next : undefined;
}

/** True when the report at token `at` stands between commas, ", the Pentagon said,", right before the phrase at `signal`. */
function isReportAside(tokens: TokenList, at: number, signal: number): boolean {
  let after = at + 1;
  while (after < signal && tokens[after]?.isWord === true) after++;
  if (tokens[after]?.text !== ',') return false;
  for (let k = after + 1; k < signal; k++) if (tokens[k]?.isWord !== true) return false;
  for (let k = at - 1; k >= 0 && k >= at - 5; k--) if (tokens[k]?.text === ',') return true;
  return false;
}

/**
 * The event a signal phrase modifies: the nearest preceding verb or noun that is not a bare infinitive — a modal
 * or a future infinitive is one ("could leave after the talks end", "is expected to be demolished after the FBI
 * has finished": the demolishing, not the expecting, comes after).
 */
function eventBeforeSignal(sentence: AnalyzedSentence, i: number, phraseStart: number): EventMention | undefined {
  const { events, tokens } = sentence;
  const afterComma = tokens[phraseStart - 1]?.text === ',';
  let nearest: EventMention | undefined;
  let reported = false;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as EventMention;
    if (e.tokenIndex >= i) continue;
    // A report set off by commas before the signal phrase is an aside: the phrase modifies the main verb of the clause
    // it reports ("resumed military talks on Tuesday, the Pentagon said, a week after the leaders agreed").
    if (nearest === undefined && !reported && e.kind === 'reporting' && e.pos === 'verb' && k > 0 && isReportAside(tokens, e.tokenIndex, i)) { reported = true; continue; }
    if (reported) { if (e.group?.form === 'finite') return e; continue; }
    // After a comma, a noun of a prepositional phrase is no event of the clause the phrase modifies: ", three weeks
    // after the first suspect was charged" follows "arrested a second man … at a London train station".
    if (nearest === undefined && afterComma && e.pos === 'noun' && finiteBefore(events, k) !== undefined) continue;
    nearest ??= e;
    const g = e.group;
    if (g === undefined || g.form === 'finite' || g.form === 'participle' || g.form === 'modal' || g.tense === 'future') return e;
  }
  return nearest;
}

/** The nearest finite verb among events[0, k), else undefined. */
function finiteBefore(events: readonly EventMention[], k: number): EventMention | undefined {
  for (let j = k - 1; j >= 0; j--) if ((events[j] as EventMention).group?.form === 'finite') return events[j];
  return undefined;
}

/** The nearest event before the signal at token `i` when it is an infinitive verb, else undefined. */
function infinitiveBeforeSignal(sentence: AnalyzedSentence, i: number): EventMention | undefined {
  const { events } = sentence;
  for (let k = events.length - 1; k >= 0; k--) {
    const e = events[k] as EventMention;
    if (e.tokenIndex >= i) continue;
    return e.pos === 'verb' && e.group?.form === 'infinitive' ? e : undefined;
  }
  return undefined;
}

/** The main event of a sentence: its first finite verb, else its first event. */
function mainEvent(sentence: AnalyzedSentence | undefined): EventMention | undefined {
  if (sentence === undefined) return undefined;
  return sentence.events.find((e) => e.group?.form === 'finite' && e.kind !== 'reporting') ?? sentence.events.find((e) => e.group?.form === 'finite') ?? sentence.events[0];
}

/** Finds all event–event evidence of the text. */
export function findEventLinks(sentences: readonly AnalyzedSentence[], timexes: readonly Timex[]): EventLink[] {
  const links: EventLink[] = [];
  let previous: AnalyzedSentence | undefined;
  for (const sentence of sentences) {
    signalLinks(sentence, previous, timexes, links);
    frameLinks(sentence, links);
    phaseLinks(sentence, links);
    if (sentence.events.length > 0) previous = sentence;
  }
  identityLinks(sentences, links);
  return links;
}

function signalLinks(sentence: AnalyzedSentence, previous: AnalyzedSentence | undefined, timexes: readonly Timex[], out: EventLink[]): void {
  const { tokens } = sentence;
  const { classes } = tokens;
  for (let i = 0; i < tokens.length; i++) {
    if (((classes[i] as number) & (WordClass.eventSignal | WordClass.sequenceAdverb)) === 0) continue;
    const w = (tokens[i] as Token).lower;
    if (w === 'after' || w === 'before' || w === 'since' || w === 'until' || w === 'till') {
      const governed = eventAfterSignal(sentence, i, timexes);
      // What lasts "until" is the nearest verb before it, an infinitive too ("urged residents to stay indoors until the
      // storm passes": the staying ends with the passing, not the urging).
      const lasting = w === 'until' || w === 'till' ? infinitiveBeforeSignal(sentence, i) : undefined;
      const quantity = quantityAt(tokens, i);
      const offset = quantity?.offset;
      // A signal with no event before it in its sentence ("Two days after the vote, protesters gathered", "In the days
      // after the vote, …") modifies the main clause after it.
      const modified = governed === undefined ? undefined : lasting ?? eventBeforeSignal(sentence, i, i - (quantity?.words ?? 0)) ?? mainEventAfter(sentence, governed);
      if (governed === undefined || modified === undefined || modified === governed) continue;
      const via = offset !== undefined ? `${offset.phrase} ${w}` : w;
      if (w === 'after') out.push({ kind: 'after', earlier: governed, later: modified, ...(offset ? { offset } : {}), via });
      else if (w === 'before') out.push({ kind: 'after', earlier: modified, later: governed, ...(offset ? { offset } : {}), via });
      // ("Cases have fallen for the first time since the outbreak began": after it, not begun by it.)
      else if (w === 'since' && superlativeBefore(tokens, i + 1)) out.push({ kind: 'after', earlier: governed, later: modified, via: 'since (ranked)' });
      else if (w === 'since') out.push({ kind: 'since', anchor: governed, event: modified, via });
      // "would not vote until an audit was complete": what is denied until a time comes after it.
      else if (deniedBefore(tokens, modified.tokenIndex)) out.push({ kind: 'after', earlier: governed, later: modified, via: `not … ${w}` });
      else out.push({ kind: 'until', anchor: governed, event: modified, via });
    } else if ((w === 'later' || w === 'afterwards' || w === 'earlier') && !insideTimex(tokens[i] as Token, timexes) && tokens[i + 1]?.lower !== 'than' || (w === 'meanwhile' && i <= 1)) {
      // ("a year later than it had said" compares; it tells no sequence.)
      const quantity = quantityAt(tokens, i);
      const current = eventBeforeSignal(sentence, i, i - (quantity?.words ?? 0)) ?? mainEvent(sentence);
      const prior = mainEvent(previous);
      if (current === undefined || prior === undefined || previous === undefined) continue;
      if (w === 'meanwhile') { out.push({ kind: 'overlap', a: prior, b: current, via: 'meanwhile' }); continue; }
      const offset = quantity?.offset;
      const via = offset !== undefined ? `${offset.phrase} ${w}` : w;
      if (w === 'earlier') out.push({ kind: 'after', earlier: current, later: prior, ...(offset ? { offset } : {}), via });
      else out.push({ kind: 'after', earlier: prior, later: current, ...(offset ? { offset } : {}), via });
    }
  }
}

function mainEventAfter(sentence: AnalyzedSentence, after: EventMention): EventMention | undefined {
  return sentence.events.find((e) => e.tokenIndex > after.tokenIndex && e.group?.form === 'finite' && tokenAt(sentence.tokens, e.tokenIndex - 1)?.text !== ',');
}


/** Index of the first content word (a word not a determiner, pronoun or preposition) after token `from` and before `end`, else -1. */
function contentWordAfter(tokens: TokenList, from: number, end: number): number {
  for (let i = from + 1; i < end; i++) {
    const c = tokens.classes[i] as number;
    if ((c & TokenMark.word) !== 0 && (c & (WordClass.determiner | WordClass.subjectPronoun | WordClass.preposition)) === 0) return i;
  }
  return -1;
}

/** A verb's first mention with an object: the object's first two content words (see identityLinks). */
interface VerbWithObject {
  readonly head: string;
  readonly tail: string;
  readonly event: EventMention;
}

/** The mention in `mentions` with this object, if any. */
function sameObject(mentions: readonly VerbWithObject[], head: string, tail: string): EventMention | undefined {
  for (const m of mentions) if (m.head === head && m.tail === tail) return m.event;
  return undefined;
}

/** The same verb with the same object in two places ("left the Lebanon-Syria border") names one happening. */
function identityLinks(sentences: readonly AnalyzedSentence[], out: EventLink[]): void {
  // The first mention of each verb with its object, by lemma: the objects' two words compared in a short list per
  // lemma (the words' own strings, mostly the lexicon's), not a joined string per verb nor two maps per lemma.
  const seen = new Map<string, VerbWithObject[]>();
  for (const sentence of sentences) {
    const { tokens } = sentence;
    for (const e of sentence.events) {
      if (e.pos !== 'verb' || e.kind === 'reporting' || e.group?.form !== 'finite' || tenseOf(e) === 'future') continue;
      // Its object: the first two content words among the four tokens after it.
      const end = Math.min(tokens.length, e.tokenIndex + 5);
      const first = contentWordAfter(tokens, e.tokenIndex, end);
      const second = first < 0 ? -1 : contentWordAfter(tokens, first, end);
      if (second < 0) continue;
      const head = (tokens[first] as Token).lower;
      // A number after the object tells objects apart ("approved plan number 1", "approved plan number 14").
      const numbered = tokens[second + 1];
      const tail = numbered !== undefined && !numbered.isWord && isDigit(numbered.text.charCodeAt(0)) ? `${(tokens[second] as Token).lower} ${numbered.text}` : (tokens[second] as Token).lower;
      let ofLemma = seen.get(e.lemma);
      if (ofLemma === undefined) seen.set(e.lemma, (ofLemma = []));
      const earlier = sameObject(ofLemma, head, tail);
      if (earlier === undefined) ofLemma.push({ head, tail, event: e });
      else out.push({ kind: 'identity', a: earlier, b: e, via: `repeated "${e.text} … ${head} ${tail}"` });
    }
  }
  nominalIdentityLinks(sentences, out);
}

/** Possessive pronouns that make an event noun refer back: "his arrest", "its merger". */
const REFERRING_POSSESSIVES: ReadonlySet<string> = new Set(['his', 'her', 'its', 'their']);

/**
 * An event noun after a possessive pronoun names the happening a past verb of the same lemma told of earlier:
 * "Mark Ellis was arrested in March 2015. … has been on bail since his arrest" (the arrest is that one).
 */
function nominalIdentityLinks(sentences: readonly AnalyzedSentence[], out: EventLink[]): void {
  const toldOf = new Map<string, EventMention>();
  for (const sentence of sentences) {
    for (const e of sentence.events) {
      if (e.pos === 'verb') {
        // A past or present perfect tells of a happening.
        const g = e.group;
        if (g?.form === 'finite' && (g.tense === 'past' || (g.tense === 'present' && g.aspect === 'perfective'))) toldOf.set(e.lemma, e);
        continue;
      }
      if (!REFERRING_POSSESSIVES.has(tokenAt(sentence.tokens, e.tokenIndex - 1)?.lower ?? '')) continue;
      const earlier = toldOf.get(e.lemma);
      if (earlier !== undefined) out.push({ kind: 'identity', a: earlier, b: e, via: `"${earlier.text}" … "${tokenAt(sentence.tokens, e.tokenIndex - 1)?.text} ${e.text}"` });
    }
  }
}
