/**
 * Schedules and their times: "Sentencing is scheduled for Feb. 14", "The vote had been scheduled for Nov. 1", "a rugby
 * match set for Saturday night", "flights scheduled for the weekend". The time dates what is scheduled (the subject
 * of the schedule verb, or the noun a reduced relative describes); the act of scheduling comes by that time, not
 * inside it. Read by anchor.ts.
 */
import type { TLinkType, Timex } from '../schema.js';
import { eventAtToken, isDecreeingVerb, isPostponingVerb, type AnalyzedSentence, type EventMention } from './event-types.js';
import { WordClass } from './lexeme.js';
import { BE_TENSE } from './auxiliary-lexicon.js';
import { tokenIndexAt } from './adverbial-frames.js';
import { type TokenList, tokenAt } from './tokens.js';
import { isObjectOf } from './governed-events.js';

/** Participles of scheduling: "is scheduled for", "was set for", "are expected in", "is due on". */
const SCHEDULE_PARTICIPLES: ReadonlySet<string> = new Set(['scheduled', 'set', 'slated', 'planned', 'expected', 'due', 'timed', 'penciled', 'pencilled', 'rescheduled', 'postponed', 'delayed', 'moved']);

/**
 * The event noun or gerund a schedule verb has as its subject, right before its "be" ("Sentencing is scheduled for Feb. 14",
 * "The vote was set for Tuesday", "A decision is now expected in March"), else undefined.
 */
export function scheduledSubject(sentence: AnalyzedSentence, event: EventMention): EventMention | undefined {
  // (The trigger's token has its text lowercased already: no string made per call.)
  if (event.pos !== 'verb' || !SCHEDULE_PARTICIPLES.has(sentence.tokens[event.tokenIndex]?.lower ?? '')) return undefined;
  let i = event.tokenIndex - 1;
  while (i > 0 && ((sentence.tokens.classes[i] as number) & WordClass.groupAdverb) !== 0) i--;
  if (!BE_TENSE.has(sentence.tokens[i]?.lower ?? '')) return undefined;
  // …and the auxiliaries before it: "had been scheduled", "will be set", "could be postponed".
  while (i > 1 && ((sentence.tokens.classes[i - 1] as number) & (WordClass.auxiliaryForm | WordClass.modal)) !== 0) i--;
  // An event noun, or a gerund ("Trading was halted"), right before "be" or before its prepositional phrase ("A
  // vote on the bill is scheduled for Jan. 19"): words only, no verb between.
  for (let k = i - 1; k >= Math.max(0, i - SUBJECT_REACH); k--) {
    const token = sentence.tokens[k];
    if (token === undefined || !token.isWord) return undefined;
    const subject = eventAtToken(sentence, k);
    if (subject === undefined) continue;
    const head = k === i - 1 || ((sentence.tokens.classes[k + 1] as number) & WordClass.preposition) !== 0;
    return head && (subject.pos === 'noun' || subject.group?.form === 'participle') ? subject : undefined;
  }
  return undefined;
}

/** How far (in tokens) a scheduled subject's head may stand before its "be": "vote on the new bill is". */
const SUBJECT_REACH = 6;

/** Schedule participles whose "for" time is the time of what they schedule: "scheduled for", "set for", "slated for". */
const SCHEDULING_ACTS: ReadonlySet<string> = new Set(['scheduled', 'rescheduled', 'set', 'slated', 'planned', 'timed', 'penciled', 'pencilled']);
/** Participles that move an event to a later time: "postponed until June", "delayed to next year", "moved to Monday". */
const POSTPONING_ACTS: ReadonlySet<string> = new Set(['postponed', 'delayed', 'deferred', 'moved', 'pushed']);
const POSTPONED_TO: ReadonlySet<string> = new Set(['to', 'until', 'till', 'for']);

/**
 * The relation of a schedule participle to the time right after its preposition: BEFORE-OR-OVERLAP ("had been
 * scheduled for Nov. 1": the scheduling comes by Nov. 1, most often long before), else undefined (not a schedule).
 */
export function scheduleActRelation(tokens: TokenList, event: EventMention, timex: Timex): TLinkType | undefined {
  if (event.pos !== 'verb' || event.start > timex.start) return undefined;
  const at = tokenIndexAt(tokens, timex.start);
  if (at !== event.tokenIndex + 2) return undefined;
  const preposition = tokenAt(tokens, at - 1)?.lower ?? '';
  const word = tokens[event.tokenIndex]?.lower ?? '';
  const schedules = (SCHEDULING_ACTS.has(word) && preposition === 'for') || (POSTPONING_ACTS.has(word) && POSTPONED_TO.has(preposition));
  return schedules ? 'BEFORE-OR-OVERLAP' : undefined;
}

/**
 * The event noun a reduced relative of scheduling describes, right before its participle: "flights scheduled for the
 * weekend", "a rugby match set for Saturday night". Undefined for a participle in a verb group of its own.
 */
export function scheduledHead(sentence: AnalyzedSentence, event: EventMention): EventMention | undefined {
  const g = event.group;
  if (g === undefined || !(g.form === 'participle' || (g.form === 'finite' && g.auxiliaries.length === 0))) return undefined;
  const head = eventAtToken(sentence, event.tokenIndex - 1);
  return head !== undefined && head.pos === 'noun' ? head : undefined;
}

/** Verbs that move their object event to a later time (the lemmas of POSTPONING_ACTS, and "reschedule", "adjourn"). */

/** True when `event` is the event-noun object of a postponing verb `governor` ("on Monday postponed a vote"). */
export function isPostponedObject(tokens: TokenList, event: EventMention, governor: EventMention): boolean {
  return isPostponingVerb(governor) && isObjectOf(tokens, governor, event);
}

/** True when `event` is the event-noun object of a past decree `governor` ("on Wednesday called a snap election"). */
export function isDecreedObject(tokens: TokenList, event: EventMention, governor: EventMention): boolean {
  return governor.pos === 'verb' && isDecreeingVerb(governor) && isObjectOf(tokens, governor, event);
}
