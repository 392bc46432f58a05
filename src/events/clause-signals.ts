/**
 * What a signal says of a clause anchor (clause-anchor.ts): a signal before a dated event noun ("since the January
 * 1998 bombing", "since the last election in 2021"), before the time's verb ("since she moved to Paris in 2010"), or
 * opening the event's own clause after the main clause's time ("resigned in May after the audit was published").
 */
import type { TLinkType } from '../schema.js';
import { SIGNAL_RELATION, superlativeBefore } from './governed-events.js';
import { eventAtToken, type AnalyzedSentence, type EventMention } from './event-types.js';
import { classAt, tokenAt } from './tokens.js';
import { WordClass } from './lexeme.js';
import { DETERMINERS } from './noun-lexicon.js';

/** A relation a signal gives, and the signal's word. */
export interface SignalReading { readonly relation: TLinkType; readonly signal: string }

/**
 * The relation a signal before a dated event noun gives the clause's other events: "has been on the run since the
 * January 1998 bombing" (BEGUN_BY), "fell 8%, their biggest drop since the March 2020 market crash" (ranked since
 * it: at or after it), "after the 2008 financial crisis" (at or after). The time dates the noun; the clause is not
 * within it.
 */
export function signalledNounRelation(sentence: AnalyzedSentence, governor: EventMention, timeAt: number): SignalReading | undefined {
  if (governor.pos !== 'noun') return undefined;
  const { tokens } = sentence;
  // …or dated after it: "has doubled its support since the last election in 2021".
  const at = governor.tokenIndex < timeAt ? phraseStartBefore(tokens, governor.tokenIndex, timeAt) : DETERMINERS.has(tokenAt(tokens, timeAt - 1)?.lower ?? '') ? timeAt - 1 : timeAt;
  if (at < 0) return undefined;
  const signal = tokenAt(tokens, at - 1)?.lower ?? '';
  if (((classAt(tokens.classes, at - 1)) & WordClass.eventSignal) === 0) return undefined;
  // The noun's event lies within its time, so an event after it may still fall in that time ("asked … after
  // Thursday's ruling" is on Thursday): at or after it, at or before it.
  if (signal === 'after' || (signal === 'since' && superlativeBefore(tokens, at))) return { relation: 'OVERLAP-OR-AFTER', signal };
  if (signal === 'before') return { relation: 'BEFORE-OR-OVERLAP', signal };
  const relation = SIGNAL_RELATION.get(signal);
  return relation === undefined ? undefined : { relation, signal };
}

/**
 * Where the phrase of a noun dated right after it begins ("since the last election in 2021": at "the"), for the
 * signal before it; -1 when a word other than a preposition stands between the noun and its time, or the noun's
 * modifiers run over three words.
 */
function phraseStartBefore(tokens: AnalyzedSentence['tokens'], noun: number, timeAt: number): number {
  if (timeAt - noun > 2 || (timeAt - noun === 2 && (classAt(tokens.classes, noun + 1) & WordClass.preposition) === 0)) return -1;
  for (let k = noun; k > 0 && k >= noun - 3; k--) if ((classAt(tokens.classes, k - 1) & WordClass.eventSignal) !== 0) return k;
  return -1;
}

/** Signals that open a subordinate clause of time, and what they make of the main clause's events. */
const CLAUSE_SIGNAL_RELATION: ReadonlyMap<string, TLinkType> = new Map([
  ['since', 'OVERLAP-OR-AFTER'], ['after', 'OVERLAP-OR-AFTER'], ['before', 'BEFORE-OR-OVERLAP'], ['until', 'BEFORE-OR-OVERLAP'],
]);

/**
 * The relation a signal before the time's verb gives an event of the main clause before it: "has won the title six
 * times since arriving in 2016", "has published four books since she moved to Paris in 2010" (at or after the time,
 * not in it). The signal stands right before the verb, or before its subject: a pronoun or a few plain words.
 */
export function signalledVerbRelation(sentence: AnalyzedSentence, event: EventMention, governor: EventMention): SignalReading | undefined {
  if (governor.pos !== 'verb' || event.tokenIndex >= governor.tokenIndex) return undefined;
  const { tokens } = sentence;
  let at = governor.tokenIndex - 1;
  if (((tokens.classes[at] ?? 0) & WordClass.subjectPronoun) !== 0) at--;
  // …or before a short subject of plain words: "had expected a stronger outlook after rivals reported strong demand".
  else for (let k = 0; k < SUBJECT_WORDS && at > event.tokenIndex && !CLAUSE_SIGNAL_RELATION.has(tokens[at]?.lower ?? ''); k++) {
    // (An event noun may head the subject: "since the war began in 2022".)
    const standing = eventAtToken(sentence, at);
    if (tokens[at]?.isWord !== true || (standing !== undefined && standing.pos !== 'noun')) break;
    at--;
  }
  const signal = tokens[at]?.lower ?? '';
  const relation = CLAUSE_SIGNAL_RELATION.get(signal);
  return relation === undefined || event.tokenIndex >= at ? undefined : { relation, signal };
}

/**
 * What a signal opening the clause of `event` makes of it against a time of the main clause before the signal: the
 * mirror of CLAUSE_SIGNAL_RELATION ("stayed until the storm passed": the passing at or after the staying's time;
 * "resigned in May after the audit was published": the publishing at or before May). The signal stands before the
 * event with at most three words between (its subject), and after the time.
 */
export function subordinateClauseRelation(tokens: AnalyzedSentence['tokens'], event: EventMention, timeAt: number): SignalReading | undefined {
  if (event.pos !== 'verb' || event.group?.form !== 'finite') return undefined;
  for (let k = event.tokenIndex - 1; k > timeAt && k >= event.tokenIndex - SUBJECT_WORDS - 1; k--) {
    const t = tokens[k];
    if (t === undefined || !t.isWord) return undefined;
    const relation = SUBORDINATE_RELATION.get(t.lower);
    if (relation !== undefined) return { relation, signal: t.lower };
  }
  return undefined;
}

/** How many words (a subject) may stand between a clause's signal and its verb ("until the storm passes"). */
const SUBJECT_WORDS = 3;
const SUBORDINATE_RELATION: ReadonlyMap<string, TLinkType> = new Map([
  ['until', 'OVERLAP-OR-AFTER'], ['till', 'OVERLAP-OR-AFTER'], ['before', 'OVERLAP-OR-AFTER'], ['after', 'BEFORE-OR-OVERLAP'], ['since', 'BEFORE-OR-OVERLAP'],
]);

/** True for a time right after a "since" that ranks an event among others: "the worst flood since 2002". */
export function rankedSince(tokens: AnalyzedSentence['tokens'], at: number): boolean {
  return tokenAt(tokens, at - 1)?.lower === 'since' && superlativeBefore(tokens, at);
}

