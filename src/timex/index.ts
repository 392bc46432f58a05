/**
 * Time expressions of a text: found by the rules (scan), then resolved in text order, each against the
 * publication date or — for narrative phrases — the previous concrete date, with the clause's tense.
 */
import type { DateTime } from 'luxon';
import type { Diagnostic, DocumentType, Tense, Timex } from '../schema.js';
import { isFiner, withCalendarMemo } from './calendar.js';
import { iso } from './occurrence.js';
import { instantsOf, type IntervalInstants } from './interval-instants.js';
import type { PreviousDate, ReferencePoint, Resolution, ResolutionContext } from './resolution.js';
import { scan } from './scan.js';
import { withDaysAfterClocks } from './clock-day.js';
import { withAnchoredDates } from './anchored-dates.js';
import { withRangeEnds } from './rules/ranges.js';
import type { Candidate } from './spec.js';
import { adverbialVerbTense, presentPointingAhead } from './verb-adverbial.js';
import { sentenceAround, tenseByLead, tenseByMarkers } from './tense.js';
import { isDateOnly } from '../reference.js';
import { clockOnUnknownDay, eventOffsetAfter } from './clock-from-event.js';
import { clockMovesOn, nextPrevious, remember, resolveInStory } from './previous-date.js';

export interface TimexResult {
  timexes: Timex[];
  diagnostics: Diagnostic[];
}

export interface TimexOptions {
  publication: DateTime;
  timeZone: string;
  /** Forces the tense used for every expression (for `resolve` of a single phrase). */
  tense?: Tense;
  /**
   * `news` (default): deictic expressions ("yesterday", "Friday", "last week") are resolved against the
   * publication date. `narrative`: against the last date the text mentioned, as a story's own timeline runs.
   */
  documentType?: DocumentType;
  /** Whether the publication gives only a date (else read off `publication`: its day's start). */
  dateOnly?: boolean;
}

/** What may stand between a day and the clock time that falls on it: "Friday at 3 p.m.", "Tuesday, about 10". */
const JOINED_GAP = /^,?\s+(?:(?:at|by|around|about|from|until|till)\s+)?(?:(?:about|around|roughly|approximately)\s+)?$/i;

const PUBLICATION: ReferencePoint = { label: 'the publication date', anchor: { kind: 'publicationDate' } };

/** The instant and name of what deictic expressions lean on at this point of the text. */
function referencePoint(options: TimexOptions, previous: PreviousDate | undefined): { instant: DateTime; point: ReferencePoint } {
  if (options.documentType !== 'narrative' || !previous) return { instant: options.publication, point: PUBLICATION };
  return {
    instant: previous.start,
    point: { label: `the last date mentioned, "${previous.text}"`, anchor: { kind: 'timex', timexId: previous.timexId } },
  };
}

/**
 * The tense that places a candidate: given, the expression's own, the one the words right before it impose
 * ("since", "as soon as": `byLead`), or its clause's; and what set it, when the words before it did.
 */
function placingTense(text: string, candidate: Candidate, options: TimexOptions): { tense: Tense | undefined; cue?: string; byLead?: true } {
  const given = options.tense ?? candidate.reading.tense;
  if (given !== undefined || !needsTense(candidate)) return { tense: given };
  const lead = tenseByLead(text, candidate.start, candidate.end);
  if (lead !== undefined) return { tense: lead, byLead: true };
  return presentPointingAhead(text, candidate.start, tenseByMarkers(text, candidate.start, candidate.end));
}

/**
 * Whether the tense decides alone, over the nearness rule: it is the expression's own ("last April"), the words
 * right before it impose it ("since October", "as soon as March"), or the verb the expression is the time
 * adverbial of gives it ("opened in October").
 */
function tenseDecides(text: string, candidate: Candidate, tense: Tense | undefined, byLead: boolean): boolean {
  if (candidate.reading.tense !== undefined || byLead) return true;
  return (tense === 'past' || tense === 'future') && adverbialVerbTense(text, candidate.start, candidate.end) === tense;
}

/** Which readings depend on tense (and so get it computed): those without a year or a modifier, and "overnight" (resolveShift.ts's dayReferent). */
function needsTense(candidate: Candidate): boolean {
  let spec = candidate.reading.spec;
  // A date counted from another ("two days before Friday") needs what the date it counts from needs.
  while (spec.kind === 'anchored') spec = spec.base.spec;
  return spec.kind === 'weekday' || spec.kind === 'clock' || spec.kind === 'weekend' || spec.kind === 'period' || spec.kind === 'holiday' || (spec.kind === 'calendar' && spec.year === undefined)
    || (spec.kind === 'shift' && spec.withinDay === true);
}

/**
 * The start of the sentence a year fronts as an adverbial ("In 2016, the vote was held Nov. 8"), which it sets the
 * year of; undefined for a year further in ("a program approved in 1987 that …" may belong to a subordinate clause).
 */
function frontsSentence(text: string, start: number, end: number, commaOptional = false): number | undefined {
  // The comma first: it is cheap, and most years have none after them, so their sentence is never looked up.
  if (!commaOptional && !/^\s*,/.test(text.slice(end, end + 3))) return undefined;
  const sentenceStart = sentenceAround(text, start).start;
  return FRONTING.test(text.slice(sentenceStart, start)) ? sentenceStart : undefined;
}
/** Lengths a report covers besides a quarter: "the first nine months", "the six months", "the year". */
const REPORTING_SPAN = /^P(?:\d+M|1Y)$/;
const FRONTING = /^[\s"“(]*(?:(?:(?:early|late|later|earlier|also)\s+)?(?:in|by|during|throughout)\s+)?$/i;

/** A month or a month-day written without a year ("Nov. 8", "in March"), or a holiday ("on Black Friday"). */
function needsYear(candidate: Candidate): boolean {
  const spec = candidate.reading.spec.kind === 'anchored' ? candidate.reading.spec.base.spec : candidate.reading.spec;
  return (spec.kind === 'calendar' && spec.year === undefined && spec.month !== undefined) || (spec.kind === 'holiday' && spec.year === undefined && spec.modifier === undefined);
}

/** Narrative phrases ("the next day", "that week") that count from the previous date of the text. */
function leansOnPrevious(candidate: Candidate): boolean {
  const spec = candidate.reading.spec;
  // ("earlier in the day", "overnight" lean on the last day the text gave, and in a news lead on the publication day:
  // no date before them is the ordinary case, not a gap.)
  return spec.kind === 'shift' && spec.from === 'previous' && !spec.inheritGrain && spec.withinDay !== true;
}

/**
 * The public Timex of a resolved candidate, its keys in the schema's order and the optional ones present only
 * when set. Most timexes have no mod, quant or freq: those are made as one literal per shape (a literal is
 * allocated at its full size; adding keys one by one moves the object through a map per key). The others are
 * written field by field (object spreads of optional parts cost more than the rest of the step).
 */
function timexOf(id: string, phrase: string, candidate: Candidate, resolution: Resolution): Timex {
  const { start, end, rule } = candidate;
  const { type, value, anchor, explanation, alternatives } = resolution;
  const interval = resolution.interval ? iso(resolution.interval) : undefined;
  if (!resolution.mod && !resolution.quant && !resolution.freq) {
    if (interval === undefined) {
      return alternatives ? { id, text: phrase, start, end, type, value, anchor, rule, explanation, alternatives } : { id, text: phrase, start, end, type, value, anchor, rule, explanation };
    }
    return alternatives ? { id, text: phrase, start, end, type, value, anchor, interval, rule, explanation, alternatives } : { id, text: phrase, start, end, type, value, anchor, interval, rule, explanation };
  }
  const timex: Partial<Timex> = { id, text: phrase, start, end, type, value };
  if (resolution.mod) timex.mod = resolution.mod;
  if (resolution.quant) timex.quant = resolution.quant;
  if (resolution.freq) timex.freq = resolution.freq;
  timex.anchor = anchor;
  if (interval) timex.interval = interval;
  timex.rule = rule;
  timex.explanation = explanation;
  if (alternatives) timex.alternatives = alternatives;
  return timex as Timex;
}

export function findTimexes(text: string, options: TimexOptions): TimexResult {
  return withCalendarMemo(() => timexesOf(text, options, undefined), options.publication);
}

/** `findTimexes`, with the instants of each timex's interval (for sequencing, see interval-instants.ts). */
export function findTimexesWithInstants(text: string, options: TimexOptions): TimexResult & { instants: Map<Timex, IntervalInstants> } {
  const instants = new Map<Timex, IntervalInstants>();
  const { timexes, diagnostics } = withCalendarMemo(() => timexesOf(text, options, instants), options.publication);
  return { timexes, diagnostics, instants };
}

function timexesOf(text: string, options: TimexOptions, instants: Map<Timex, IntervalInstants> | undefined): TimexResult {
  const timexes: Timex[] = [];
  const diagnostics: Diagnostic[] = [];
  let previous: PreviousDate | undefined;
  let previousCurrent: PreviousDate | undefined;
  let previousDay: PreviousDate | undefined;
  let previousClock: PreviousDate | undefined;
  let previousQuarter: PreviousDate | undefined;
  let spanSinceQuarter = false;
  /** Where the last expression ended, when it became `previous`. */
  let previousEnd = -1;
  /** Where the previous date ends in the text. */
  let previousAt = -1;
  /** The dates the text gave before, the latest last (a few). */
  const history: PreviousDate[] = [];
  /** A news article's publication gives its time of day (a clock time later that day is still to come). */
  const timedPublication = options.documentType !== 'narrative' && !isDateOnly(options.publication, options.dateOnly);
  /** The last year written alone ("in 2016") and the start of its sentence. */
  let lastYear: { year: number; sentenceStart: number } | undefined;
  const candidates = withAnchoredDates(text, withDaysAfterClocks(text, withRangeEnds(text, scan(text))));
  for (let index = 0; index < candidates.length; index++) {
    const candidate = candidates[index]!;
    const phrase = text.slice(candidate.start, candidate.end);
    // The near end of "from Monday through Wednesday" is counted from the far end, placed by the far end's tense.
    const spec0 = candidate.reading.spec;
    const placed = spec0.kind === 'anchored' && spec0.baseIsNext === true && index + 1 < candidates.length ? candidates[index + 1]! : candidate;
    const { tense, cue, byLead } = placingTense(text, placed, options);
    try {
      const { instant, point } = referencePoint(options, previous);
      const context: ResolutionContext = {
        publication: instant, reference: point, timeZone: options.timeZone, tense, tenseIsStated: tenseDecides(text, placed, tense, byLead === true), tenseCue: cue, previous, previousCurrent, previousDay, previousClock, previousQuarter, spanSinceQuarter, text: phrase,
        joinedToPrevious: previousEnd >= 0 && JOINED_GAP.test(text.slice(previousEnd, candidate.start)),
        timedPublication,
        clockMovesOn: candidate.reading.spec.kind === 'clock' && previous !== undefined && clockMovesOn(text, candidate.start, sentenceAround(text, candidate.start).start, previousAt),
        sentenceYear: lastYear !== undefined && needsYear(candidate) && sentenceAround(text, candidate.start).start === lastYear.sentenceStart ? lastYear.year : undefined,
      };
      const inStory = resolveInStory(text, candidate, context, history);
      // ("at 6 a.m. ten days before the shooting": a day counted from an undated event is unknown.)
      const spec1 = candidate.reading.spec;
      const fromEvent = spec1.kind === 'clock' ? eventOffsetAfter(text, candidate.end) : undefined;
      const resolution = fromEvent === undefined || spec1.kind !== 'clock' ? inStory.resolution : clockOnUnknownDay(spec1.clock, phrase, fromEvent);
      const stranded = inStory.stranded;
      const timex = timexOf(`t${timexes.length + 1}`, phrase, candidate, resolution);
      timexes.push(timex);
      const kept = instants !== undefined && resolution.interval !== undefined ? instantsOf(resolution.interval) : undefined;
      if (kept !== undefined) instants!.set(timex, kept);
      if (stranded) {
        diagnostics.push({
          code: 'NO_NARRATIVE_ANCHOR', start: candidate.start, end: candidate.end, text: phrase,
          message: `"${phrase}" counts on from "${previous?.text ?? ''}" to ${timex.value}, after the publication date, though its clause is in the past tense; no earlier date of the text keeps it in the past`,
        });
      }
      if (leansOnPrevious(candidate) && !previous) {
        diagnostics.push({
          code: 'NO_NARRATIVE_ANCHOR', start: candidate.start, end: candidate.end, text: phrase,
          message: `"${phrase}" counts from an earlier date, but the text mentions none before it; it was ${timex.value.endsWith('_REF') ? `read as ${timex.value}, a time on that side of the publication date` : 'resolved against the publication date instead'}`,
        });
      }
      const spec = candidate.reading.spec;
      if (spec.kind === 'calendar' && spec.grain === 'year' && spec.year !== undefined) {
        const sentenceStart = frontsSentence(text, candidate.start, candidate.end);
        if (sentenceStart !== undefined) lastYear = { year: spec.year, sentenceStart };
      } else if (spec.kind === 'shift' && spec.from === 'publication' && spec.unit === 'year' && spec.grain === 'year' && !spec.within && !spec.restrict && resolution.interval) {
        // "Last year shoppers spent …", "This year, the vote is held Nov. 5": a relative year opening its sentence.
        const sentenceStart = frontsSentence(text, candidate.start, candidate.end, true);
        if (sentenceStart !== undefined) lastYear = { year: resolution.interval.start.year, sentenceStart };
      }
      const next = nextPrevious(text, timex, candidate, resolution.interval?.start, resolution.grain, previous, previousEnd);
      previousEnd = next !== previous ? candidate.end : -1;
      if (next !== previous) previousAt = candidate.end;
      if (next !== previous && next !== undefined) remember(history, next);
      previous = next;
      if (previous && previous.start.year >= instant.year) previousCurrent = previous;
      if (previous && (previous.grain === 'day' || isFiner(previous.grain, 'day'))) previousDay = previous;
      if (previous && (previous.grain === 'hour' || previous.grain === 'minute')) previousClock = previous;
      if (previous && (previous.grain === 'quarter' || previous.grain === 'half') && previous !== previousQuarter) {
        previousQuarter = previous;
        spanSinceQuarter = false;
      }
      // A reporting span of another length since ("in the first nine months … in the 1988 period"): the quarter
      // named before is no longer the period the text is about.
      if (timex.type === 'DURATION' && REPORTING_SPAN.test(timex.value)) {
        previousQuarter = undefined;
        spanSinceQuarter = true;
      }
    } catch (error) {
      diagnostics.push({
        code: 'UNRESOLVED_EXPRESSION', start: candidate.start, end: candidate.end, text: phrase,
        message: `"${phrase}" was recognised by rule ${candidate.rule} but could not be resolved: ${(error as Error).message}`,
      });
    }
  }
  return { timexes, diagnostics };
}
