/**
 * Readings of a sentence's structure that place an event against the time of another event (its governor) before
 * any reading by tense: a linking verb's complement, relative clauses (on the subject, after the dated verb, before
 * the main verb), a phase verb's event, a decree's or postponement's object, the subject of a verb dated before or
 * after a time, the crime a charge names, a future act and its dated infinitive or object. Read by clause-anchor.ts.
 */
import type { TLinkType } from '../schema.js';
import type { Anchoring } from './anchoring.js';
import { eventAtToken, type AnalyzedSentence, type EventMention } from './event-types.js';
import { isDigit, type Token } from './tokens.js';
import { WordClass } from './lexeme.js';
import { subjectVerbAfter, type TenseFrame } from './governing-tense.js';
import { isLinkingForm } from './verb-group.js';
import { BE_TENSE } from './auxiliary-lexicon.js';
import { isDecreedObject, isPostponedObject } from './schedule-anchors.js';
import { phasedEvent, phaseOf } from './phase-links.js';
import { inClosedRelative, insideRelativeAfter, relativeBeforeMainVerb } from './relative-clauses.js';
import { isObjectOf } from './governed-events.js';

/** True for a verb in the passive: a form of "be" before its participle ("were declared", "has been announced"). */
export function isPassive(e: EventMention): boolean {
  const g = e.group;
  return g?.form === 'finite' && g.aspect !== 'progressive' && g.auxiliaries.some((a) => BE_TENSE.has(a));
}

/** A structural reading that leaves the event without a clause anchor. */
export const UNPLACED = 'unplaced';

/**
 * The relation the sentence's structure gives `event` to the time of `governor` (whose own anchoring is
 * `governing`), before any reading by tense: `UNPLACED` when the structure says the time does not place it,
 * undefined when the structure says nothing.
 */
export function structuralReading(sentence: AnalyzedSentence, event: EventMention, governor: EventMention, frame: TenseFrame | undefined, governing: Anchoring | undefined): { relation: TLinkType; signal?: string } | typeof UNPLACED | undefined {
  // A linking verb spans what its complement does ("will stay closed through Tuesday": the staying ends by Tuesday),
  // with its signal, which the network reads ("by" bounds the end).
  if (governing !== undefined && isLinkedComplement(sentence, event, governor)) {
    return governing.signal !== undefined ? { relation: governing.relation, signal: governing.signal } : { relation: governing.relation };
  }
  // A relative clause on the subject tells of it before the time of the main verb: "Adler, a computer scientist
  // who helped build the first compilers, died on Sunday" (BEFORE Sunday, as AQUAINT relates "MindSpring, which
  // provided the space, closed it Thursday"); one in another tense is not placed by that time.
  if (inClosedRelative(sentence, event, governor)) {
    return frame !== undefined && (frame.tense === 'past' || frame.aspect === 'perfective') ? { relation: 'BEFORE' } : UNPLACED;
  }
  // The event an aspectual verb begins or ends starts or ends in its time, no more: "The war began in September
  // 1939" (BEGUN_BY), "the strike ended on Friday" (ENDED_BY).
  // (Only a phase in the time: one before or after it, "the meeting ended after noon", puts the event's end after noon,
  // which no relation to the time says; the time places it not at all.)
  const phase = phaseOf(governor);
  if (phase !== undefined && phasedEvent(sentence, governor) === event) {
    return governing?.relation === 'BEFORE' || governing?.relation === 'AFTER' ? UNPLACED : { relation: phase === 'begin' ? 'BEGUN_BY' : 'ENDED_BY' };
  }
  // A past relative clause on a dated event noun tells of that event ("the 1996 Olympic bombing that killed one
  // person": the killing is in 1996, whatever the tense of the verb the noun hangs on).
  if (describesDatedNoun(sentence, event, governor, frame)) return { relation: 'IS_INCLUDED' };
  // What is put off comes after the putting off: "on Monday postponed a vote on the extension" (the vote AFTER Monday);
  // so does what is decreed: "called a snap election on Wednesday".
  if (isPostponedObject(sentence.tokens, event, governor) || isDecreedObject(sentence.tokens, event, governor)) return { relation: 'AFTER' };
  // The subject of a verb dated before or after a time is not in that time: "The fire broke out shortly before 7 p.m."
  // (the fire was IS_INCLUDED in the minute; it began before it and may have burned on past it, which no relation to
  // the time says, so the time places it not at all).
  if (governing !== undefined && event.pos === 'noun' && (governing.relation === 'BEFORE' || governing.relation === 'AFTER') && subjectVerbAfter(event, governor) === governor) return UNPLACED;
  // The crime a charge names came before the charge: "was charged Thursday with seven counts of first-degree murder".
  if (event.pos === 'noun' && isChargedCrime(sentence, event, governor)) return { relation: 'BEFORE' };
  // The main verb after a relative clause on its subject tells of what came of it, at or after the clause's time:
  // "Heavy rains that began in March have killed at least 169 people" (the killing was BEFORE March).
  if (relativeBeforeMainVerb(sentence, governor, event)) return { relation: 'OVERLAP-OR-AFTER' };
  // A decree comes at or before the start of what it decrees: "ordered the evacuation of the coast beginning Monday".
  if (governing?.relation === 'BEGUN_BY' && isDecreedObject(sentence.tokens, governor, event)) return { relation: 'BEFORE-OR-OVERLAP' };
  // A past relative clause on a thing after the dated verb tells of what came before it: "sentenced him on Tuesday for a
  // fraud scheme that cost investors $200 million" (one on an event noun is that event's: "killed in an explosion that
  // took place near the embassy").
  if (governing !== undefined && frame !== undefined && (frame.tense === 'past' || frame.aspect === 'perfective') && insideRelativeAfter(sentence, governor, event, governing.timex)) return { relation: 'BEFORE' };
  // A future act whose purpose or object is a dated infinitive is in that time: "will travel to see the pope next
  // week", "will meet to discuss the bill on Monday", "will vote to approve it next week"; a passive one comes by it
  // ("will be asked to testify next week").
  if (governing !== undefined && isFutureWithInfinitive(sentence, event, governor)) return { relation: isPassive(event) ? 'BEFORE-OR-OVERLAP' : governing.relation };
  // …and so is one whose event-noun object is dated: "will hear the government's appeal next month".
  if (governing !== undefined && isFutureVerb(event) && !isPassive(event) && isObjectOf(sentence.tokens, event, governor)) return { relation: governing.relation };
  return undefined;
}

/** How many words may stand between a verb and the "to" of its infinitive ("will travel to Rome to see"). */
const INFINITIVE_REACH = 4;

/** True for a verb in the future: "will hear", "is going to hold". */
function isFutureVerb(e: EventMention): boolean {
  const g = e.group;
  return e.pos === 'verb' && g?.form === 'finite' && g.tense === 'future';
}

/** True when `event` is a future verb ("will travel") and `governor` the infinitive after it, words only between. */
function isFutureWithInfinitive(sentence: AnalyzedSentence, event: EventMention, governor: EventMention): boolean {
  if (!isFutureVerb(event) || governor.group?.form !== 'infinitive') return false;
  const to = governor.tokenIndex - 1;
  if (sentence.tokens[to]?.lower !== 'to' || to <= event.tokenIndex || to - event.tokenIndex > INFINITIVE_REACH + 1) return false;
  for (let k = event.tokenIndex + 1; k < to; k++) if (sentence.tokens[k]?.isWord !== true || eventAtToken(sentence, k) !== undefined) return false;
  return true;
}

/** True when `event` is a simple past verb right after a relative pronoun after `governor`, an event noun. */
function describesDatedNoun(sentence: AnalyzedSentence, event: EventMention, governor: EventMention, frame: TenseFrame | undefined): boolean {
  if (governor.pos !== 'noun' || event.pos !== 'verb' || event.tokenIndex !== governor.tokenIndex + 2) return false;
  if (frame?.tense !== 'past' || frame.aspect !== 'none' || frame.inherited) return false;
  return ((sentence.tokens.classes[governor.tokenIndex + 1] ?? 0) & WordClass.relativizer) !== 0;
}

/** Verbs that hold their object in a state for a time: "keep agencies open", "left the road closed". */
const HOLDING_FORMS: ReadonlySet<string> = new Set(['keep', 'keeps', 'kept', 'keeping', 'leave', 'leaves', 'left', 'leaving', 'hold', 'holds', 'held', 'holding']);
/** How many words an object between a holding verb and its complement may take ("keep the federal agencies open"). */
const OBJECT_REACH = 3;

/**
 * True when `event` is a linking verb and `governor` its complement right after it ("stay closed", "remained
 * open"), or a holding verb with its complement after an object of plain words ("would keep agencies open through
 * Jan. 30": the keeping lasts as long as the state).
 */
function isLinkedComplement(sentence: AnalyzedSentence, event: EventMention, governor: EventMention): boolean {
  if (event.pos !== 'verb') return false;
  const word = sentence.tokens[event.tokenIndex]?.lower ?? '';
  if (isLinkingForm(word)) return governor.tokenIndex === event.tokenIndex + 1;
  const gap = governor.tokenIndex - event.tokenIndex;
  if (!HOLDING_FORMS.has(word) || gap < 2 || gap > OBJECT_REACH + 1 || governor.pos !== 'verb') return false;
  for (let k = event.tokenIndex + 1; k < governor.tokenIndex; k++) if (sentence.tokens[k]?.isWord !== true || eventAtToken(sentence, k) !== undefined) return false;
  return true;
}

/** Verbs of charging and the preposition that names the crime: "charged with", "accused of", "convicted of". */
const CHARGE_PREPOSITIONS: ReadonlyMap<string, ReadonlySet<string>> = new Map([
  ['charged', new Set(['with'])], ['accused', new Set(['of'])], ['convicted', new Set(['of'])], ['acquitted', new Set(['of'])],
  ['indicted', new Set(['on', 'for'])], ['arrested', new Set(['for', 'on'])], ['suspected', new Set(['of'])], ['guilty', new Set(['of', 'to'])],
  ['sentenced', new Set(['for'])], ['jailed', new Set(['for'])], ['prosecuted', new Set(['for'])], ['tried', new Set(['for'])],
]);
/** How many tokens the crime's noun phrase may take after its preposition ("with seven counts of first-degree murder"). */
const CRIME_REACH = 7;

/** True when `noun` names the crime `verb` charges: after the verb's preposition, words, numbers and a time only between. */
function isChargedCrime(sentence: AnalyzedSentence, noun: EventMention, verb: EventMention): boolean {
  if (verb.pos !== 'verb' || noun.tokenIndex <= verb.tokenIndex) return false;
  const { tokens } = sentence;
  // ("pleaded guilty to bribery", "was found guilty of murder": "guilty" names the crime as a charging verb does.)
  const prepositions = CHARGE_PREPOSITIONS.get(tokens[verb.tokenIndex + 1]?.lower === 'guilty' ? 'guilty' : (tokens[verb.tokenIndex] as Token).lower);
  if (prepositions === undefined) return false;
  for (let k = noun.tokenIndex - 1; k > verb.tokenIndex && k >= noun.tokenIndex - CRIME_REACH; k--) {
    const t = tokens[k] as Token;
    if (!(t.isWord || isDigit(t.text.charCodeAt(0)) || t.text === '-')) return false;
    if (prepositions.has(t.lower)) return true;
  }
  return false;
}
