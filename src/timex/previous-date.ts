/**
 * Which date of the text later narrative phrases count from ("the next day", "a year earlier", "the prior quarter"):
 * each explicit, deictic or calendar date in turn, except the ones that only describe or measure another.
 */
import type { DateTime } from 'luxon';
import type { Timex } from '../schema.js';
import { periodEnd, periodStart, plus } from './calendar.js';
import type { PreviousDate, Resolution, ResolutionContext } from './resolution.js';
import { resolveReading } from './resolve.js';
import { tenseByMarkers } from './tense.js';
import type { Candidate } from './spec.js';

/**
 * Updates the narrative anchor: explicit, day-or-finer or calendar dates become "the previous date" — but not a
 * comparison's baseline, nor the day that ends a period just named.
 */
export function nextPrevious(
  text: string, timex: Timex, candidate: Candidate, start: DateTime | undefined, grain: PreviousDate['grain'] | undefined,
  previous: PreviousDate | undefined, previousEnd: number,
): PreviousDate | undefined {
  if (!start || !grain || timex.type === 'DURATION' || timex.type === 'SET') return previous;
  if (candidate.reading.spec.kind === 'reference') return previous;
  if (previous !== undefined && (isBaseline(text, candidate) || endsPeriod(text, candidate, start, previous, previousEnd))) return previous;
  return timex.mod === 'END' && grain === 'day'
    ? { timexId: timex.id, text: timex.text, start, grain, value: timex.value, late: true }
    : { timexId: timex.id, text: timex.text, start, grain, value: timex.value };
}

/** Words of a sentence that looks back from the time the text is at: "Earlier, at 9 a.m.", "before that". */
const LOOKS_BACK = /\b(?:earlier|before|previously|had\s+been)\b/i;

/**
 * True when a clock time lies in a later sentence than the previous date, `previousAt` being where that date ends,
 * and its sentence does not look back: the narrative has moved on from that date.
 */
export function clockMovesOn(text: string, candidateStart: number, sentenceStart: number, previousAt: number): boolean {
  return previousAt >= 0 && previousAt <= sentenceStart && !LOOKS_BACK.test(text.slice(sentenceStart, candidateStart));
}

/**
 * A comparison before the phrase in its clause: "from", "compared with", "versus", "against", "than" — up to 80
 * characters before it and with no "to" in between ("moved from Boston to Paris two years earlier" moves).
 */
const BASELINE_LEAD = /\b(?:from|compared\s+(?:with|to)|versus|vs\.|against|than)\b(?![^.;:!?]*\bto\b)[^.;:!?]{0,80}$/i;

/**
 * True for a look back that is a comparison's baseline: "rose 64% from a year earlier", "compared with a loss a year
 * earlier", "down from the prior quarter". A report measures each change from the period it reports, so the
 * baseline is not the date the next phrase counts from: "… from a year earlier. Net income fell 6% from the prior
 * quarter" is the quarter before the one reported, not the one before the year-ago quarter.
 */
function isBaseline(text: string, candidate: Candidate): boolean {
  const spec = candidate.reading.spec;
  if (spec.kind !== 'shift' || spec.amount >= 0 || (spec.from !== 'previous' && spec.inheritGrain !== true)) return false;
  return BASELINE_LEAD.test(text.slice(Math.max(0, candidate.start - 100), candidate.start));
}

/** What joins a period to the day it ends on: "the quarter ended Sept. 30", "the year ending on March 31". */
const ENDING_GAP = /^\s+(?:that\s+|which\s+)?(?:ended|ending|ends)\s+(?:on\s+)?$/i;

/**
 * True for the day that ends the period named just before it ("the quarter ended Sept. 30"): it describes that
 * period, which stays what "a year earlier" and "the prior quarter" count from.
 */
function endsPeriod(text: string, candidate: Candidate, start: DateTime, previous: PreviousDate, previousEnd: number): boolean {
  if (previous.grain !== 'quarter' && previous.grain !== 'half' && previous.grain !== 'year' && previous.grain !== 'month') return false;
  if (previousEnd < 0 || !ENDING_GAP.test(text.slice(previousEnd, candidate.start))) return false;
  const from = periodStart(previous.start, previous.grain);
  // A quarter ending on a day outside it is in a company's fiscal numbering, written on the calendar ("the fiscal-first
  // quarter ended Sept. 30" is 1989-Q1 in TimeML, "its fourth quarter ended Sept. 30" 1989-Q4): the day still ends it.
  if (previous.grain === 'quarter' || previous.grain === 'half') return start >= plus(from, 'months', -12) && start < plus(from, 'months', 12);
  return start >= from && start < periodEnd(from, previous.grain);
}

/** How many of the dates the text gave are kept for a look back past the latest one. */
const HISTORY = 8;

/** Adds a date the text gave to `history`, keeping the latest few. */
export function remember(history: PreviousDate[], date: PreviousDate): void {
  history.push(date);
  if (history.length > HISTORY) history.shift();
}

/**
 * A candidate's resolution in the story the text tells: in a past clause, a count on from the previous date
 * ("Critics said the plan failed three years later", "understood it two decades later") cannot land after
 * publication. It then counts from the latest earlier date of the text that keeps it in the past (after "The plan
 * was adopted in 2019. The mayor spoke on Monday.", from 2019); with none, the reading stands, `stranded`.
 */
export function resolveInStory(text: string, candidate: Candidate, context: ResolutionContext, history: readonly PreviousDate[]): { resolution: Resolution; stranded: boolean } {
  const resolution = resolveReading(candidate.reading, context);
  const spec = candidate.reading.spec;
  if (spec.kind !== 'shift' || spec.from !== 'previous' || spec.amount <= 0) return { resolution, stranded: false };
  if (resolution.interval === undefined || resolution.interval.start < context.publication) return { resolution, stranded: false };
  // (A count on has no tense of its own to resolve with: its clause's is read only here.)
  if ((context.tense ?? tenseByMarkers(text, candidate.start, candidate.end)) !== 'past') return { resolution, stranded: false };
  // With no date before it at all ("Police arrested him; two days later he was charged"), some time before
  // publication (index.ts says it had no date to count from).
  if (context.previous === undefined) {
    return { resolution: { type: 'DATE', value: 'PAST_REF', anchor: context.reference.anchor, explanation: `${context.text} → PAST_REF: the text gives no date before it to count from, and its clause is past: some time before publication` }, stranded: false };
  }
  for (let k = history.length - 2; k >= 0; k--) {
    const earlier = history[k] as PreviousDate;
    const retry = resolveReading(candidate.reading, { ...context, previous: earlier, previousDay: undefined, previousClock: undefined });
    if (retry.interval !== undefined && retry.interval.start < context.publication) return { resolution: retry, stranded: false };
  }
  return { resolution, stranded: true };
}
