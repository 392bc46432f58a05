/**
 * Which times a report takes from its sentence: whether a report closes its sentence, whether an event lies outside a
 * report's complement, and whether a report tells of the event a time dates. Read by clause-anchor.ts.
 */
import type { AnalyzedSentence, EventMention } from './event-types.js';
import { WordClass } from './lexeme.js';
import { TokenMark } from './tokens.js';

/**
 * True when `report` closes its sentence after `event`: a reporting verb with no event after it, a comma between the
 * two ("They plan to appeal, a spokesman said Wednesday"; not "…, announced yesterday that he will withdraw").
 */
export function isClosingReport(sentence: AnalyzedSentence, report: EventMention, event: EventMention): boolean {
  if (report.kind !== 'reporting' || report.pos !== 'verb' || report.tokenIndex <= event.tokenIndex) return false;
  if (sentence.events[sentence.events.length - 1] !== report) return false;
  for (let k = event.tokenIndex + 1; k < report.tokenIndex; k++) if (((sentence.tokens.classes[k] as number) & TokenMark.comma) !== 0) return true;
  return false;
}

/**
 * True when the event at token `at` is outside the complement of a report that holds the time at token `time`: the
 * report itself or an event before it, or one between it and its "that" ("told analysts on a conference call that").
 */
export function outsideReportedComplement(sentence: AnalyzedSentence, at: number, time: number): boolean {
  const { tokens } = sentence;
  for (const e of sentence.events) {
    if (e.tokenIndex >= time) break;
    if (e.kind !== 'reporting' || e.pos !== 'verb') continue;
    if (e.tokenIndex >= at) return true;
    for (let k = at + 1; k < time; k++) if (tokens[k]?.lower === 'that') return k > e.tokenIndex;
  }
  return false;
}

/**
 * True when `event` is a reporting verb and `governor`, the event a time at token `timeAt` dates, what it reports:
 * "at least 52 people have died since Thursday night, officials said", "officials said the storm hit on
 * Thursday". Not a time right after the verb, which is the report's own ("said Tuesday profits fell"), nor an
 * event joined to the report by a signal ("said so in an interview months before he entered his post in April").
 */
export function reportsTimedEvent(sentence: AnalyzedSentence, event: EventMention, governor: EventMention, timeAt: number): boolean {
  if (event.kind !== 'reporting' || event.pos !== 'verb' || governor === event || (governor.kind === 'reporting' && governor.group?.form === 'finite')) return false;
  if (timeAt === event.tokenIndex + 1 && !(governor.pos === 'verb' && governor.tokenIndex > timeAt)) return false;
  const { classes } = sentence.tokens;
  for (let i = Math.min(event.tokenIndex, governor.tokenIndex) + 1; i < Math.max(event.tokenIndex, governor.tokenIndex); i++) {
    // ("since Thursday night" is the time's own signal.)
    if (i !== timeAt - 1 && ((classes[i] as number) & WordClass.eventSignal) !== 0) return false;
  }
  return true;
}
