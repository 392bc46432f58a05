/**
 * Dates counted from another date written right after them, read as one expression:
 *   "two days before Friday", "a week after Aug. 1", "a week from today", "two weeks from Monday",
 *   "the day after Christmas", "the night before the 28th", "the week after Easter",
 *   "Monday of last week", "Friday of that week", "the first week of October", "the last week of August",
 *   "the first Tuesday in November", "the last Friday of June", "the Friday before Christmas".
 * TIDES 2005 marks the whole phrase, with the inner date embedded; TimeML, which cannot nest, keeps only a
 * duration and the inner date. Chronicle reports the date the whole phrase names, counted from the inner date
 * (itself resolved as usual: by tense against the publication date), and names both in the explanation.
 */
import { isFiner, periodStart, plus, shiftBy, startOf } from './calendar.js';
import { WEEKDAY_NAMES, introducesLength, type Unit } from './lexicon.js';
import { dated, datedResolution } from './occurrence.js';
import { clauseTense } from './tense.js';
import { grainOfUnit } from './rules/relative.js';
import type { DateTime } from 'luxon';
import type { Resolution, ResolutionContext } from './resolution.js';
import type { AnchorStep, Candidate, Grain, Reading, Spec } from './spec.js';

type Anchored = Extract<Spec, { kind: 'anchored' }>;

/** "two days before", "a week from", "three weeks after" ending at a following date. */
const OFFSET_GAP = /^\s+(?<direction>before|after|from)\s+$/i;
/** "the day after ", "the night before ", "the week after " right before a date. */
const ONE_UNIT_BEFORE = /\bthe\s+(?<unit>day|night|weekend|week|month|year)\s+(?<direction>before|after)\s+$/i;
/** "the first week of ", "the last week of " right before a month. */
const WEEK_OF_MONTH_BEFORE = /\bthe\s+(?<ordinal>first|second|third|fourth|last|final)\s+week\s+of\s+$/i;
const ORDINAL_WEEKS: Record<string, number | 'last'> = { first: 1, second: 2, third: 3, fourth: 4, last: 'last', final: 'last' };
/** "the first ", "the third ", "the last " right before a weekday of a month ("the first Tuesday in November"). */
const ORDINAL_BEFORE_WEEKDAY = /\bthe\s+(?<ordinal>first|second|third|fourth|fifth|last|final)\s+$/i;
const ORDINAL_WEEKDAYS: Record<string, number | 'last'> = { ...ORDINAL_WEEKS, fifth: 5 };
/** The words between the weekday and the month of "the first Tuesday in November". */
const OF_OR_IN_GAP = /^\s+(?:of|in)\s+$/i;
/** The words between the weekday and the date of "the Friday before Christmas". */
const BESIDE_GAP = /^\s+(?<direction>before|after)\s+$/i;

/**
 * How fine the date a reading names is, when it names one a date can be counted from (a day, week, month… with no
 * clock time or part of day, and no modifier); undefined otherwise.
 */
function baseGrain(reading: Reading): Grain | undefined {
  if (reading.mod) return undefined;
  const spec = reading.spec;
  switch (spec.kind) {
    case 'weekday': return spec.clock || spec.partOfDay ? undefined : 'day';
    case 'holiday': return 'day';
    case 'calendar': return spec.clock || spec.partOfDay ? undefined : spec.grain;
    case 'shift': return spec.clock || spec.partOfDay || spec.restrict ? undefined : spec.grain;
    default: return undefined;
  }
}

/** A step of `unit` can be counted from a date of `grain`: "two weeks after Aug. 1", not "three days after March". */
const notFiner = (unit: Unit, grain: Grain): boolean => !isFiner(grainOfUnit(unit), grain);

/** The signed offset a length or narrative shift written before a date states, with the gap between them. */
function offsetBefore(text: string, candidate: Candidate, gap: string): { unit: Unit; amount: number; forward?: true } | undefined {
  // "Eight trading days after Oct. 12" counts business days, which the calendar alone cannot.
  if (candidate.reading.mod || /\b(?:trading|business|working)\b/i.test(text.slice(candidate.start, candidate.end)) || introducesLength(text, candidate.start)) return undefined;
  const spec = candidate.reading.spec;
  // "two days before" (read as a narrative shift when no date follows) with the date right after it.
  if (candidate.rule === 'units-later-earlier' && spec.kind === 'shift' && /^\s+$/.test(gap) && /(?:before|after)$/i.test(text.slice(candidate.start, candidate.end))) {
    return { unit: spec.unit, amount: spec.amount };
  }
  // "a week" + "from" / "before" / "after" + the date.
  const direction = OFFSET_GAP.exec(gap)?.groups?.direction?.toLowerCase();
  if (!direction || candidate.rule !== 'number-units' || spec.kind !== 'duration' || spec.parts.length !== 1) return undefined;
  const part = spec.parts[0]!;
  if (part.amount === 'X' || !Number.isInteger(part.amount)) return undefined;
  return { unit: part.unit, amount: direction === 'before' ? -part.amount : part.amount, ...(direction === 'from' && { forward: true }) };
}

interface Join {
  start: number;
  /** The candidate before the date is part of the joined expression and gives way to it. */
  replaces: boolean;
  step: AnchorStep;
  partOfDay?: 'NI';
  /** The inner date read as one to come, whatever the clause ("three weeks from Sunday"). */
  baseTense?: 'future' | 'past';
}

/** "a week ago ", "two weeks ago " right before a weekday ("a week ago Tuesday"). */
const AGO_END = /\bago$/i;

/**
 * "a week ago Tuesday", "two weeks ago Sunday" (American usage): so many weeks before that weekday, the weekday read
 * as one gone by whatever the clause ("a week ago Tuesday", published on Saturday 2 September 2017, is 22 August).
 * Undefined unless a units-ago of whole weeks or more stands right before a bare weekday.
 */
function agoBeforeWeekday(text: string, previous: Candidate, date: Candidate, gap: string): Join | undefined {
  const spec = previous.reading.spec;
  const day = date.reading.spec;
  if (previous.rule !== 'units-ago' || previous.reading.mod || spec.kind !== 'shift' || spec.amount >= 0 || !/^\s+$/.test(gap)) return undefined;
  if (day.kind !== 'weekday' || day.modifier || day.clock || day.partOfDay || date.reading.mod) return undefined;
  if (!AGO_END.test(text.slice(previous.start, previous.end)) || (spec.unit !== 'week' && spec.unit !== 'month' && spec.unit !== 'year')) return undefined;
  return { start: previous.start, replaces: true, step: { kind: 'offset', unit: spec.unit, amount: spec.amount, grain: 'base' }, baseTense: 'past' };
}

/** The expression a date and what is written right before it make together, if they make one. */
function joined(text: string, previous: Candidate | undefined, date: Candidate): Join | undefined {
  const grain = baseGrain(date.reading);
  if (!grain) return undefined;
  const gap = previous ? text.slice(previous.end, date.start) : '';
  if (previous && gap.length <= 8) {
    const ago = agoBeforeWeekday(text, previous, date, gap);
    if (ago) return ago;
    const offset = offsetBefore(text, previous, gap);
    // "two weeks from Monday" counts forward from a day to come; in a past clause "ran two weeks from March 1" is a
    // length starting on that day, and the two stay apart.
    const forward = offset?.forward === true;
    if (offset && notFiner(offset.unit, grain) && !(forward && clauseTense(text, previous.start, date.end) === 'past')) {
      return { start: previous.start, replaces: true, step: { kind: 'offset', unit: offset.unit, amount: offset.amount, grain: 'base' }, ...(forward && { baseTense: 'future' as const }) };
    }
    const spec = previous.reading.spec;
    if (spec.kind === 'weekday' && !spec.clock && !spec.partOfDay) {
      if (grain === 'week' && !spec.modifier && /^\s+of\s+$/i.test(gap)) {
        return { start: previous.start, replaces: true, step: { kind: 'weekday', weekday: spec.weekday } };
      }
      const weekdayJoin = weekdayOfDate(text, previous, spec, grain, gap);
      if (weekdayJoin) return weekdayJoin;
    }
  }
  // Most dates have no "before", "after" or "of" right before them: the regular expressions run only when they do.
  if (!/(?:before|after|of)\s+$/i.test(text.slice(Math.max(0, date.start - 8), date.start))) return undefined;
  const before = text.slice(Math.max(previous?.start ?? 0, date.start - 30), date.start);
  const week = grain === 'month' ? WEEK_OF_MONTH_BEFORE.exec(before) : null;
  const one = week ? null : ONE_UNIT_BEFORE.exec(before);
  const match = week ?? one;
  if (!match) return undefined;
  const start = date.start - match[0].length;
  // The words must not belong to the expression before, unless it lies wholly inside them ("the last week" of "the
  // last week of August" is found alone as a length).
  const replaces = previous !== undefined && previous.end > start;
  if (replaces && previous.start < start) return undefined;
  if (week) return { start, replaces, step: { kind: 'weekOfMonth', week: ORDINAL_WEEKS[week.groups!.ordinal!.toLowerCase()]! } };
  const word = one!.groups!.unit!.toLowerCase();
  const unit: Unit = word === 'night' ? 'day' : (word as Unit);
  if (!notFiner(unit, grain)) return undefined;
  const step: AnchorStep = { kind: 'offset', unit, amount: one!.groups!.direction!.toLowerCase() === 'before' ? -1 : 1, grain: 'unit' };
  return word === 'night' ? { start, replaces, step, partOfDay: 'NI' } : { start, replaces, step };
}

/**
 * A weekday counted within a month or from a day: "the first Tuesday in November", "the last Friday of October"
 * (found as "last Friday" after "the"), "the Friday before Christmas", "the Monday after Easter".
 */
function weekdayOfDate(text: string, weekday: Candidate, spec: Extract<Spec, { kind: 'weekday' }>, grain: Grain, gap: string): Join | undefined {
  const before = text.slice(Math.max(0, weekday.start - 12), weekday.start);
  // Where a "the" right before the weekday starts, or -1.
  const the = THE_BEFORE.exec(before);
  const theStart = the === null ? -1 : weekday.start - the[0].length;
  if (grain === 'month' && OF_OR_IN_GAP.test(gap)) {
    if (spec.modifier === 'last' && theStart >= 0) return { start: theStart, replaces: true, step: { kind: 'weekdayOfMonth', weekday: spec.weekday, nth: 'last' } };
    const ordinal = spec.modifier ? null : ORDINAL_BEFORE_WEEKDAY.exec(before);
    if (ordinal) {
      return { start: weekday.start - ordinal[0].length, replaces: true, step: { kind: 'weekdayOfMonth', weekday: spec.weekday, nth: ORDINAL_WEEKDAYS[ordinal.groups!.ordinal!.toLowerCase()]! } };
    }
  }
  const beside = grain === 'day' && !spec.modifier ? BESIDE_GAP.exec(gap) : null;
  if (beside && theStart >= 0) {
    const direction = beside.groups!.direction!.toLowerCase() as 'before' | 'after';
    return { start: theStart, replaces: true, step: { kind: 'weekdayBeside', weekday: spec.weekday, direction } };
  }
  return undefined;
}

const THE_BEFORE = /\bthe\s+$/i;

/** The rule name a joined expression reports, by its step (a `dayOfMonth` step comes from the rule "day-of-this-next-month", not from this pass). */
const RULE_NAMES: Record<AnchorStep['kind'], string> = {
  offset: 'anchored-offset', weekday: 'anchored-weekday-of-week', weekOfMonth: 'anchored-week-of-month', dayOfMonth: 'anchored-day-of-month',
  quarterEnding: 'quarter-ended', holidayWeekend: 'holiday-weekend', holidayWeek: 'holiday-week', weekdayOfMonth: 'anchored-weekday-of-month', weekdayBeside: 'anchored-weekday-beside-date',
};

/** "the quarter ended ", "the quarter ending " between a business report's quarter and the date it ends on. */
const QUARTER_ENDED_GAP = /^\s+end(?:ed|ing)\s+$/i;

/**
 * "the quarter ended Sept. 30", "the quarter ending Dec. 31": the quarter is the one the date closes, not the last
 * one completed before publication. Both expressions stay (TimeBank marks "the quarter" 1989-Q3 and "Sept. 30" apart).
 */
function quarterEndingAt(text: string, quarter: Candidate, date: Candidate): Candidate | undefined {
  if (quarter.reading.spec.kind !== 'reportingQuarter' || !/quarter$/i.test(text.slice(quarter.start, quarter.end))) return undefined;
  if (baseGrain(date.reading) !== 'day' || !QUARTER_ENDED_GAP.test(text.slice(quarter.end, date.start))) return undefined;
  const spec: Anchored = { kind: 'anchored', base: date.reading, baseText: text.slice(date.start, date.end), step: { kind: 'quarterEnding' } };
  return { ...quarter, rule: RULE_NAMES.quarterEnding, reading: { spec } };
}

/** The candidates with each date and the offset or weekday written right before it joined into one expression. */
export function withAnchoredDates(text: string, candidates: readonly Candidate[]): Candidate[] {
  const out: Candidate[] = [];
  for (const date of candidates) {
    // (Not out[-1] on the first: a negative index makes V8's read site megamorphic, see events/tokens.ts itemAt.)
    const previous = out.length > 0 ? out[out.length - 1] : undefined;
    const quarter = previous && quarterEndingAt(text, previous, date);
    if (quarter) out[out.length - 1] = quarter;
    const join = joined(text, previous, date);
    if (!join) {
      out.push(date);
      continue;
    }
    if (join.replaces) out.pop();
    const spec: Anchored = { kind: 'anchored', base: date.reading, baseText: text.slice(date.start, date.end), step: join.step };
    if (join.partOfDay) spec.partOfDay = join.partOfDay;
    if (join.baseTense) spec.baseTense = join.baseTense;
    out.push({ start: join.start, end: date.end, rule: RULE_NAMES[join.step.kind], reading: { spec } });
  }
  return out;
}

const ORDINAL_NAMES = ['first', 'second', 'third', 'fourth', 'fifth'];

/**
 * A month written without a year is the publication's own when it holds the publication date; the day counted in it
 * then moves a year on when the clause is future and the day already past ("will vote on the first Tuesday in
 * November" in a story of Nov. 18), and a year back when the clause is past and the day still to come. The years
 * to add: 1, -1 or 0.
 */
function yearAcrossPublication(base: Reading, day: DateTime, context: ResolutionContext): number {
  const spec = base.spec;
  if (spec.kind !== 'calendar' || spec.year !== undefined || spec.month === undefined || day.month !== context.publication.month || day.year !== context.publication.year) return 0;
  const publicationDay = startOf(context.publication, 'day');
  if (context.tense === 'future' && day < publicationDay) return 1;
  if (context.tense === 'past' && day > publicationDay) return -1;
  return 0;
}

/** The month's nth (or last) `weekday`, the month starting at `monthStart`; a fifth one the month lacks is an error. */
function nthWeekdayOfMonth(monthStart: DateTime, weekday: number, nth: number | 'last', baseText: string, baseValue: string): DateTime {
  if (nth === 'last') {
    const lastDay = plus(plus(monthStart, 'months', 1), 'days', -1);
    return plus(lastDay, 'days', -((lastDay.weekday - weekday + 7) % 7));
  }
  const day = plus(monthStart, 'days', (weekday - monthStart.weekday + 7) % 7 + (nth - 1) * 7);
  if (day.month !== monthStart.month) throw new Error(`"${baseText}" (${baseValue}) has no ${ORDINAL_NAMES[nth - 1]} ${WEEKDAY_NAMES[weekday]}`);
  return day;
}

/** The value after the arrow of an explanation ("Friday → 2017-09-01: the most recent …" → its reason). */
const reasonOf = (explanation: string): string => explanation.slice(explanation.indexOf(': ') + 2);

/** Resolves a date counted from another: the inner date first (by `resolveBase`), then the step from it. */
/**
 * A day of the `amount`th weekend after (or, negative, before) `from`, not counting a weekend `from` is in: "the
 * weekend after Thanksgiving" (a Thursday) is the Saturday two days on, "the weekend before Christmas" (a Monday) the
 * Sunday just before. (A shift by a week would skip the first: Thanksgiving's own week's weekend is after it.)
 */
function weekendBeside(from: DateTime, amount: number): DateTime {
  if (amount > 0) return plus(from, 'days', ((6 - from.weekday + 7) % 7 || 7) + 7 * (amount - 1) + (from.weekday === 6 ? 1 : 0));
  return plus(from, 'days', -(((from.weekday + 7) % 7 || 7) + 7 * (-amount - 1)) - (from.weekday === 7 ? 1 : 0));
}

export function resolveAnchored(spec: Anchored, context: ResolutionContext, resolveBase: (reading: Reading, context: ResolutionContext) => Resolution): Resolution {
  const base = resolveBase(spec.base, spec.baseTense ? { ...context, text: spec.baseText, tense: spec.baseTense, tenseIsStated: true } : { ...context, text: spec.baseText });
  if (!base.interval || !base.grain) throw new Error(`"${spec.baseText}" names no date to count from`);
  const from = base.interval.start;
  const step = spec.step;
  let target: ReturnType<typeof dated>;
  let how: string;
  if (step.kind === 'offset') {
    const grain = step.grain === 'unit' ? grainOfUnit(step.unit) : base.grain;
    const shifted = step.unit === 'weekend' ? weekendBeside(from, step.amount) : shiftBy(from, step.unit, step.amount);
    // A clock time or part of day of its own ("the night before", an overnight range's start) falls on the day reached.
    target = spec.clock || spec.partOfDay ? dated(startOf(shifted, 'day'), 'day', spec, context) : dated(periodStart(shifted, grain), grain, {}, context);
    const size = Math.abs(step.amount);
    // No step at all ("the new year": the year New Year's Day begins) is the unit holding the date.
    how = size === 0 ? `the ${step.unit} of` : `${size} ${step.unit}${size === 1 ? '' : 's'} ${step.amount < 0 ? 'before' : 'after'}`;
  } else if (step.kind === 'weekday') {
    target = dated(plus(startOf(from, 'week'), 'days', step.weekday - 1), 'day', spec, context);
    how = `the ${WEEKDAY_NAMES[step.weekday]} of`;
  } else if (step.kind === 'dayOfMonth') {
    const day = plus(from, 'days', step.day - 1);
    if (day.month !== from.month) throw new Error(`"${spec.baseText}" (${base.value}) has no day ${step.day}`);
    target = dated(day, 'day', spec, context);
    how = `day ${step.day} of`;
  } else if (step.kind === 'weekdayOfMonth') {
    const day = nthWeekdayOfMonth(from, step.weekday, step.nth, spec.baseText, base.value);
    const year = yearAcrossPublication(spec.base, day, context);
    target = dated(year === 0 ? day : nthWeekdayOfMonth(plus(from, 'years', year), step.weekday, step.nth, spec.baseText, base.value), 'day', spec, context);
    how = `${year === 0 ? '' : `a year ${year > 0 ? 'after' : 'before'} `}the ${typeof step.nth === 'number' ? ORDINAL_NAMES[step.nth - 1] : 'last'} ${WEEKDAY_NAMES[step.weekday]} of`;
  } else if (step.kind === 'weekdayBeside') {
    // The nearest such weekday strictly before or after the day: "the Monday after Easter" is the next day.
    const ahead = (step.weekday - from.weekday + 7) % 7 || 7;
    const back = (from.weekday - step.weekday + 7) % 7 || 7;
    target = dated(plus(from, 'days', step.direction === 'after' ? ahead : -back), 'day', spec, context);
    how = `the ${WEEKDAY_NAMES[step.weekday]} ${step.direction}`;
  } else if (step.kind === 'holidayWeekend') {
    // A Monday (or Tuesday) holiday ends the weekend before it; one late in the week (Thanksgiving, Good Friday)
    // begins the weekend after it; a weekend day is in its own.
    const toSaturday = from.weekday <= 2 ? -(from.weekday + 1) : from.weekday <= 6 ? 6 - from.weekday : -1;
    target = dated(plus(from, 'days', toSaturday), 'weekend', {}, context);
    how = 'the weekend of';
  } else if (step.kind === 'holidayWeek') {
    // "as Easter week began": the Monday-to-Sunday week the holiday falls in (Holy Week for Easter Sunday).
    target = dated(startOf(from, 'week'), 'week', {}, context);
    how = 'the week of';
  } else if (step.kind === 'quarterEnding') {
    // The three months ending on the date lie mostly in the calendar quarter of the day a month before it.
    target = dated(periodStart(plus(from, 'months', -1), 'quarter'), 'quarter', {}, context);
    how = 'the calendar quarter holding most of the three months ending on';
  } else {
    // The week of a month: the ISO week holding most of the month's first (second…) seven days, or its last seven.
    const monthEnd = plus(from, 'months', 1);
    const middle = step.week === 'last' ? plus(monthEnd, 'days', -4) : plus(from, 'days', (step.week - 1) * 7 + 3);
    target = dated(startOf(middle, 'week'), 'week', {}, context);
    how = `the ISO week holding most of the ${step.week === 'last' ? 'last' : ['first', 'second', 'third', 'fourth'][step.week - 1]} seven days of`;
  }
  return datedResolution(target, base.anchor, `${context.text} → ${target.value}: ${how} "${spec.baseText}" (${base.value}); "${spec.baseText}": ${reasonOf(base.explanation)}`);
}
