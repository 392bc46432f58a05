/**
 * The words right before a date that settle its side of the publication date.
 * - The date is the time adverbial of the finite verb right before it ("opened in October", "premiered on Oct. 3",
 *   "will visit in August"): the verb's tense places the date, however near the occurrence
 *   on the other side of the publication date is (`adverbialVerbTense`). The nearness rule (occurrence.ts) is for
 *   weaker evidence: a tense read from further away, or a bare date that is the verb's object ("set Nov. 10 as the
 *   deadline") or a participle's ("the quarter ended Oct. 31").
 * - In a present clause, or one with no tense marker, the end of a span ("through Sept. 30") and a schedule ("opens
 *   Monday") point ahead (`presentPointingAhead`).
 */
import { guessRegularForm, verbReadings } from '../events/verb-lexicon.js';
import type { Tense } from '../schema.js';

/** "<verb> in|on|during", optionally "early|late|mid" after it, right before the expression: the verb, and the word before it. */
const VERB_THEN_PREPOSITION = /(?<before>\S*\s+)?(?<verb>[a-z]+)\s+(?:in|on|during)\s+(?:(?:early|late|mid)[-\s]+)?$/i;
/**
 * The end every match of VERB_THEN_PREPOSITION has: a cheap test first, as that pattern, unanchored at its start,
 * is tried from every position of the lead and most leads do not end so.
 */
const PREPOSITION_END = /(?:in|on|during|early|late|mid)[-\s]+$/i;
const FUTURE_MODAL = /(?:^|\w')(?:will|shall|ll)\s+$/i;
/** Words before a past form that make it a passive, a perfect or a participle of another tense: "is expected in", "has risen in", "would be held in". */
const NOT_SIMPLE_PAST = /^(?:has|have|is|are|am|be|being|to)\s+$/i;
function isPastVerb(word: string): boolean {
  const readings = verbReadings(word);
  if (readings.length === 0) return guessRegularForm(word)?.form === 'pastOrParticiple';
  return readings.some((r) => r.form === 'past' || r.form === 'pastOrParticiple');
}

function isBaseVerb(word: string): boolean {
  return verbReadings(word).some((r) => r.form === 'base');
}

/**
 * The word right before a past form that makes it a noun or an adjective, not a verb: a determiner or preposition
 * ("with updated forecasts", "the injured", "a cut"), and for a form the same as the base, an ordinal, an adjective
 * or a noun it compounds with ("the first cut in May", "a rate cut", "the weather forecast").
 */
const DETERMINER_OR_PREPOSITION = /(?:^|[^a-z])(?:a|an|the|its|their|his|her|our|your|my|another|every|each|no|any|with|of|for|from|into)\s+$/i;
const NOUN_MODIFIER = /(?:^|[^a-z])(?:first|second|third|last|next|latest|new|further|initial|final|big|bigger|deep|deeper|sharp|steep|small|modest|surprise|rate|tax|price|budget|spending|job|pay|power|weather|official)\s+$/i;

/** Whether the past form at text[start, …) stands where a noun or adjective does (see DETERMINER_OR_PREPOSITION). */
export function pastFormIsNominal(text: string, start: number, sameAsBase: boolean): boolean {
  const before = text.slice(Math.max(0, start - 14), start);
  return DETERMINER_OR_PREPOSITION.test(before) || (sameAsBase && NOUN_MODIFIER.test(before));
}

/** "until", "through", "till" right before the expression: the end of a span that runs on from the clause's time. */
const SPAN_END_LEAD = /\b(?:until|till|through|thru)\s+$/i;

/**
 * A verb of schedule in the present right before the expression, "on" or "at" between them or not: "The summit
 * opens Monday", "Talks resume on Tuesday", "the law takes effect Jan. 1", "funding runs out at midnight Friday" —
 * news writes what is scheduled in the simple present, and "The trial starts in August" too; an adverb of manner
 * may stand between ("Arafat and Netanyahu meet separately Monday"). (tense.ts's SCHEDULE_LEAD, "set for", "slated for", decides
 * whatever the clause; these verbs only when the clause has no past or future of its own, or, in the third person,
 * when it has a past: see `presentPointingAhead`.)
 */
const SCHEDULE_VERB_LEAD = /\b(?:(?:open|begin|start|resume|close|end|arrive|leave|meet|return|convene|expire|lapse|launch|debut|premiere|reopen|adjourn)s?|kicks?\s+off|runs?\s+out|takes?\s+effect|go(?:es)?\s+into\s+effect)\s+(?:(?:again|separately|together|briefly|formally|privately|jointly)\s+)?(?:on\s+|at\s+|in\s+(?:(?:early|late|mid)[-\s]+)?)?$/i;

/**
 * A fixture in the simple present, its object between verb and day: "Newcastle play at Brighton on Sunday", "Villa
 * host Chelsea on Saturday", "Obama meets Netanyahu on Monday", "the leaders travel to Brussels on Tuesday".
 */
const FIXTURE_LEAD = /\b(?:play|face|host|visit|meet|travel\s+to|take\s+on)(?:s|es)?\s+(?:(?:at|in|against)\s+)?(?:the\s+)?(?:[A-Z][\w'’.-]*\s+){1,3}(?:on\s+|at\s+)?$/;
/**
 * A company's results in the simple present, a scheduled act: "The company reports earnings on Tuesday", "Alcoa
 * releases its second-quarter results Thursday", "announces quarterly earnings Monday". Only the -s form with
 * "earnings" or "results" right before the day ("reported earnings on Monday" is past; "reports that sales rose" none).
 */
const RESULTS_LEAD = /\b(?:reports|releases|announces|posts)\s+(?!that\b)(?:[\w'’-]+\s+){0,4}(?:earnings|results)\s+(?:on\s+)?$/i;

/** "starting Monday", "beginning on Jan. 1", "effective Friday": the start of what the present clause describes. */
const STARTING_LEAD = /\b(?:starting|beginning|effective)\s+(?:on\s+|from\s+)?$/i;

/** "effective Feb. 1", ", effective on Monday": when a change announced takes effect. */
const EFFECTIVE_LEAD = /\beffective\s+(?:on\s+|from\s+|as\s+of\s+)?$/i;

/**
 * A past verb of committing to an act and that act's verb, then the act's words up to the date, in one clause:
 * "agreed to purchase Milton Roy's line for $22 million in". Not "agreed to a cease-fire in" (no verb) nor
 * "agreed in" (the date is the agreement's).
 */
const COMMITTED_ACT_LEAD = /\b(?:agreed|decided|promised|pledged|vowed|threatened)\s+to\s+(?!(?:a|an|the|his|her|its|their|this|that|these|those|him|them|it|be)\b)[a-z]+\b[^,;:.!?]*\s(?:in|on|by)\s+$/i;

/** A schedule lead whose verb is an -s form ("opens", "runs out", "takes effect"), not a base form after "did not". */
const THIRD_PERSON_LEAD = /^\w*s\b/i;

/**
 * The tense that places an expression in a present-tense clause, or one with no tense marker, when the words right
 * before it point ahead: the end of a span ("The bill funds agencies through Sept. 30", "He remains in custody
 * until Friday" run on from now) or a schedule ("The summit opens Monday"). A past or future clause keeps its
 * reading ("The strike lasted until Friday").
 */
export function presentPointingAhead(text: string, start: number, tense: Tense | undefined): { tense: Tense | undefined; cue?: string; byLead?: true } {
  // A schedule verb in the third person is a present of its own, whatever the clause's other verbs ("said Thursday
  // they had reached a deal, days before funding runs out at midnight Friday").
  if (tense === 'past' && SCHEDULE_VERB_LEAD.exec(text.slice(Math.max(0, start - 24), start))?.[0].match(THIRD_PERSON_LEAD)) {
    return { tense: 'future', cue: 'a schedule in the simple present points ahead' };
  }
  // "Analysts said the company reports earnings on Tuesday": the results' schedule is a present of its own.
  if (tense !== 'future' && RESULTS_LEAD.test(text.slice(Math.max(0, start - 60), start))) return { tense: 'future', cue: 'results reported in the simple present are scheduled' };
  // "created an office of the chairman, effective Feb. 1": the date a change takes effect is not the past of the
  // clause that announces it; the nearer occurrence places it.
  if (tense === 'past' && EFFECTIVE_LEAD.test(text.slice(Math.max(0, start - 24), start))) return { tense: undefined };
  // "Thermo Electron agreed to purchase the line for $22 million in February": the act agreed to lies after the
  // agreement, on either side of publication; the nearer occurrence places it, not the past of "agreed".
  if (tense === 'past' && COMMITTED_ACT_LEAD.test(text.slice(Math.max(0, start - 120), start))) return { tense: undefined };
  if (tense !== 'present' && tense !== undefined) return { tense };
  if (SPAN_END_LEAD.test(text.slice(Math.max(0, start - 8), start))) return { tense: 'future', cue: 'it ends a span that runs on from the clause\'s present' };
  const lead = text.slice(Math.max(0, start - 60), start);
  // A schedule verb right before the time decides alone: "Voting starts in September" in October is next September.
  if (SCHEDULE_VERB_LEAD.test(lead.slice(-24))) return { tense: 'future', cue: 'a schedule in the simple present points ahead', byLead: true };
  if (FIXTURE_LEAD.test(lead)) return { tense: 'future', cue: 'a schedule in the simple present points ahead' };
  if (STARTING_LEAD.test(lead.slice(-24))) return { tense: 'future', cue: 'it starts what the clause\'s present describes' };
  return { tense };
}

/** A fronted time adverbial: the expression opens its sentence, after a preposition at most (a comma may follow it). */
const FRONTED_LEAD = /(?:^|[.!?]["”’)]?\s+|\n\s*)["“(]?(?:(?:in|on|during|by|early|late)\s+)?$/i;
/** The words of the main clause after a fronted adverbial (and its comma), up to the first punctuation. */
const CLAUSE_AFTER_COMMA = /^\s*,?\s+([^,;:.!?"“”()]{1,80})/;
/** Words that end the subject without a simple past: a present, a modal other than "will", a relative or a conjunction. */
const NOT_PAST_MAIN_VERB = /^(?:is|are|am|has|have|does|do|says|can|may|might|must|should|would|could|who|which|that|when|if|as|and|but)$/i;

/**
 * "In January, American Medical brought in a new chief", "On Tuesday, the court will rule": a time adverbial
 * fronted before its main clause is that clause's verb's, whose tense places it as firmly as "brought it in in
 * January" would. Reads the first finite verb of the clause after the comma, within six words.
 */
function frontedAdverbialTense(text: string, start: number, end: number): Tense | undefined {
  if (!FRONTED_LEAD.test(text.slice(Math.max(0, start - 16), start))) return undefined;
  const clause = CLAUSE_AFTER_COMMA.exec(text.slice(end, end + 90));
  if (!clause) return undefined;
  const words = clause[1]!.split(/\s+/).slice(0, 7);
  for (let i = 0; i < words.length; i++) {
    const word = words[i]!.toLowerCase();
    if (NOT_PAST_MAIN_VERB.test(word)) return undefined;
    if ((word === 'will' || word === 'shall' || /\w['’]ll$/.test(word)) && isBaseVerb(words[i + 1]?.toLowerCase() ?? '')) return 'future';
    if (i > 0 && /^[a-z]+$/.test(word) && isPastVerb(word) && !isBaseVerb(word) && !DETERMINER_OR_PREPOSITION.test(`${words[i - 1]} `)) return 'past';
  }
  return undefined;
}

/**
 * The tense of the verb whose time adverbial the expression at [start, end) is, when the words around show it: the
 * verb right before it ("opened in October") or the main clause after it when it is fronted ("In October, it opened").
 */
export function adverbialVerbTense(text: string, start: number, end: number): Tense | undefined {
  return verbBeforeTense(text, start) ?? frontedAdverbialTense(text, start, end);
}

/** The tense of the verb right before the expression at `start` whose time adverbial it is ("opened in October"). */
function verbBeforeTense(text: string, start: number): Tense | undefined {
  const leadText = text.slice(Math.max(0, start - 40), start);
  if (!PREPOSITION_END.test(leadText)) return undefined;
  const lead = VERB_THEN_PREPOSITION.exec(leadText);
  if (!lead?.groups) return undefined;
  const verb = lead.groups.verb!.toLowerCase();
  const before = lead.groups.before ?? '';
  if (FUTURE_MODAL.test(before) && isBaseVerb(verb)) return 'future';
  if (isPastVerb(verb) && !NOT_SIMPLE_PAST.test(before) && !pastFormIsNominal(text, start - lead[0].length + before.length, isBaseVerb(verb))) return 'past';
  return undefined;
}
