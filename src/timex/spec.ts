/**
 * Underspecified time values: what a rule read from the text, before resolution against a reference.
 * A discriminated union, so resolution can never confuse "Friday" with "six days ago".
 */
import type { Tense, TimexMod, TimexType } from '../schema.js';
import type { PartOfDay, Season, Unit } from './lexicon.js';

/** How fine a resolved value is; decides both the TIMEX3 value's form and its interval. */
export type Grain =
  | 'century' | 'decade' | 'year' | 'half' | 'quarter' | 'season' | 'month' | 'week' | 'weekend'
  | 'day' | 'partOfDay' | 'hour' | 'minute';

/** A clock time stated in the text ("10 a.m.", "3 p.m. EDT"). */
export interface ClockTime {
  hour: number;
  minute: number;
  /** Seconds, when written ("3:15:20 p.m."). */
  second?: number;
  /** A zone named in the text, as a fixed UTC offset in minutes. */
  offsetMinutes?: number;
  zoneName?: string;
  /** A regional zone named in the text ("ET", "Pacific time"): its offset on the day, daylight saving included. */
  ianaZone?: string;
  /** Midnight closing the named day ("midnight Friday"), written T24:00 as TimeML does. */
  endOfDay?: boolean;
}

/** Parts of a day stated beside a date ("Wednesday night", "10 a.m. Tuesday"). */
export interface DayDetail {
  partOfDay?: PartOfDay;
  clock?: ClockTime;
}

/** A named part of a shifted period: "the third quarter of last year" (within year −1). */
export interface PeriodWithin {
  quarter?: number;
  half?: number;
  season?: Season;
  /** "the following summer" / "the previous summer": the first season after (1) or last before (-1) the base date. */
  seasonSide?: 1 | -1;
  month?: number;
  /** "July 1 last year": the day of `month`. */
  day?: number;
  /** "the last day of the month": the first or last day of the shifted period. */
  edgeDay?: { edge: 'first' | 'last'; of: 'week' | 'month' | 'quarter' | 'year' };
}

/**
 * "earlier this week": only the part of the period before (or after) the publication day; "earlier this morning",
 * "later tonight": only the part of a part of the day before (or after) the publication instant itself.
 */
export type Restriction = 'beforeReference' | 'afterReference' | 'beforeInstant' | 'afterInstant';

export type Spec =
  /** Calendar fields stated in the text; a missing year is resolved by tense. */
  | ({ kind: 'calendar'; year?: number; month?: number; day?: number; weekday?: number;
      quarter?: number; half?: number; season?: Season; decade?: number; century?: number; grain: Grain;
      /** "the 1988 quarter": the quarter index comes from the quarter mentioned before. */
      quarterFromPrevious?: boolean;
      /**
       * The ends of a range written in short share a year: "(Sept. 1-)3" is in the year of its first day, the date
       * before it (`rangeStart`); "March 5 (to 7, 2015)" has the year written after its last day (`rangeEnd`).
       */
      yearFrom?: 'rangeStart' | 'rangeEnd';
      /** The near end of a range of months without a year ("from June to October"): the months the range covers. */
      rangeMonths?: number;
      /**
       * "last March", "next March": a month named with last / next, which is never the publication's own month (that
       * is "this month") nor, after "last", the month before it ("last month"): resolveDates.ts.
       */
      namedWith?: 'last' | 'next';
      /** "fiscal 2026" where the text says its fiscal years end in June: the month they end in (fiscal-year.ts). */
      fiscalYearEnd?: number } & DayDetail)
  /** A weekday with an optional last/this/next; "the previous / following Friday" count from the previous date. */
  | ({ kind: 'weekday'; weekday: number; modifier?: 'last' | 'this' | 'next' | 'coming' | 'past' | 'previous' | 'following' } & DayDetail)
  /** An offset from the publication date ("six days ago", "next week") or from the previous date ("the next day"). */
  | ({ kind: 'shift'; from: 'publication' | 'previous'; unit: Unit; amount: number; grain: Grain;
      restrict?: Restriction; inheritGrain?: boolean; within?: PeriodWithin;
      /** "until then", "since then": the previous date itself, at its own grain; which side of it the signal faces. */
      samePrevious?: 'since' | 'until';
      /** "earlier in the day": within the last day the text gave (or the publication day), not a coarser date. */
      withinDay?: true;
      /** "the following week": the unit itself, not the day a week on ("a week later"). */
      namesUnit?: true;
      /** "the current fiscal year" where the text says its fiscal years end in June: the month they end in. */
      fiscalYearEnd?: number } & DayDetail)
  /** A season, quarter or half named without a year ("the third quarter", "this summer"). */
  | { kind: 'period'; grain: 'quarter' | 'half' | 'season'; index: number | Season; modifier?: 'last' | 'this' | 'next';
      /** "the fiscal second quarter" where the text says its fiscal years end in June (fiscal-year.ts). */
      fiscalYearEnd?: number }
  /** A clock time alone ("at 3 p.m."), on the reference day. */
  | ({ kind: 'clock' } & DayDetail & { clock: ClockTime })
  /** A length of time: "five weeks", "72 hours", "days" (PXD). */
  /** `startsAtPrevious`: "within 15 days after that", from the date the text gave last. */
  | { kind: 'duration'; parts: { unit: Unit; amount: number | 'X' }[]; anchoring?: 'endsAtReference' | 'startsAtReference' | 'startsAtPrevious' }
  /** A recurrence: "every Monday", "weekly". */
  | { kind: 'set'; value: string; quant?: string; freq?: string }
  /** PAST_REF / PRESENT_REF / FUTURE_REF. */
  | { kind: 'reference'; value: 'PAST_REF' | 'PRESENT_REF' | 'FUTURE_REF' }
  /** "the weekend": the nearest weekend by tense, like a bare weekday. */
  | { kind: 'weekend' }
  /** "the quarter" of a business report: the quarter just mentioned, else the last one completed. */
  | { kind: 'reportingQuarter'; latest: boolean }
  /** A date counted from the date written right after it: "two days before Friday", "Monday of last week". */
  /** `baseIsNext`: the base is the next expression of the text ("Monday" of "from Monday through Wednesday"), placed by its tense. */
  | ({ kind: 'anchored'; base: Reading; baseText: string; step: AnchorStep; baseTense?: Tense; baseIsNext?: true } & DayDetail)
  /** A holiday, fixed or computed. */
  | { kind: 'holiday'; holiday: string; year?: number; modifier?: 'last' | 'this' | 'next' };

/** How a date counted from another is reached from it ("two days before", "the Monday of", "the first week of"). */
export type AnchorStep =
  /** `grain: 'base'` keeps the inner date's precision ("two weeks after Aug. 1" is a day); `'unit'` takes the unit's ("the week after Easter"). */
  | { kind: 'offset'; unit: Unit; amount: number; grain: 'base' | 'unit' }
  | { kind: 'weekday'; weekday: number }
  | { kind: 'weekOfMonth'; week: number | 'last' }
  | { kind: 'dayOfMonth'; day: number }
  /** "the first Tuesday in November", "the last Friday of October": the month's nth (or last) such weekday. */
  | { kind: 'weekdayOfMonth'; weekday: number; nth: number | 'last' }
  /** "the Friday before Christmas", "the Monday after Easter": the nearest such weekday on that side of the date. */
  | { kind: 'weekdayBeside'; weekday: number; direction: 'before' | 'after' }
  /** "the quarter ended Sept. 30": the calendar quarter holding most of the three months that end on the date. */
  | { kind: 'quarterEnding' }
  /** "Labor Day weekend", "Thanksgiving weekend": the weekend next to the holiday. */
  | { kind: 'holidayWeekend' }
  /** "Christmas week", "Easter week": the ISO week holding the holiday. */
  | { kind: 'holidayWeek' };

/** What a rule hands on: the spec plus the attributes it already knows. */
export interface Reading {
  spec: Spec;
  mod?: TimexMod;
  /** Overrides the type inferred from the spec (e.g. a DURATION spec read as a DATE). */
  type?: TimexType;
  /** A tense the words themselves impose ("last April" looks back whatever the verb). */
  tense?: Tense;
}

/** A candidate time expression found by a rule. */
export interface Candidate {
  start: number;
  end: number;
  rule: string;
  reading: Reading;
}
