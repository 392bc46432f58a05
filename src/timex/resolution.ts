/** The result of resolving one underspecified value against its reference. */
import type { DateTime } from 'luxon';
import type { Alternative, Tense, TimexAnchor, TimexMod, TimexType } from '../schema.js';
import type { PartOfDay } from './lexicon.js';
import type { Grain } from './spec.js';

export interface Resolution {
  type: TimexType;
  value: string;
  mod?: TimexMod;
  quant?: string;
  freq?: string;
  /** The half-open span of real time denoted, in the article's zone. */
  interval?: { start: DateTime; end: DateTime };
  grain?: Grain;
  /** The interval was already cut to part of its period ("earlier this week"); `mod` must not narrow it again. */
  restricted?: boolean;
  partOfDay?: PartOfDay;
  anchor: TimexAnchor;
  explanation: string;
  alternatives?: Alternative[];
}

/** The previous concrete date of the text, for narrative phrases ("the next day"). */
export interface PreviousDate {
  timexId: string;
  text: string;
  start: DateTime;
  grain: Grain;
  /** Its TIMEX3 value, as explanations quote it ("2024-03-21TNI"). */
  value: string;
  /** The end of its day ("late Sunday", "late on Monday"): a morning after it is the next one. */
  late?: true;
}

/** What deictic expressions are resolved against: the publication date (news) or the last date (narrative). */
export interface ReferencePoint {
  /** How explanations name it: "the publication date", or a quoted earlier expression. */
  label: string;
  anchor: TimexAnchor;
}

export interface ResolutionContext {
  /** The reference instant (the publication instant in news), in the article's zone. */
  publication: DateTime;
  reference: ReferencePoint;
  timeZone: string;
  tense?: Tense;
  /**
   * The tense decides alone, over nearness: it comes from the expression's own words ("last April") or from the verb
   * the expression is the time adverbial of ("opened in October", verb-adverbial.ts).
   */
  tenseIsStated?: boolean;
  /** What set `tense` when it is not the clause's own ("the end of a span that runs on from now"), for explanations. */
  tenseCue?: string;
  previous?: PreviousDate;
  /** The most recent previous date lying in the publication's own year: what "year-earlier" compares with. */
  previousCurrent?: PreviousDate;
  /** The most recent previous date of a day or finer: what "earlier in the day" is within. */
  previousDay?: PreviousDate;
  /** The most recent clock time: what "three hours later" counts from when the previous date is only its day. */
  previousClock?: PreviousDate;
  /**
   * The most recent quarter (or half) the text gave: what "the 1988 quarter" and "last year's quarter" name the same
   * quarter as, when dates of another grain ("last year", "the current year") came since.
   */
  previousQuarter?: PreviousDate;
  /**
   * A reporting span of another length than a quarter ("For the nine months", "the year ended Sept. 30") came after
   * the last quarter the text gave: "a year earlier" then compares with the year before, not that quarter a year back.
   */
  spanSinceQuarter?: boolean;
  /** The phrase being resolved, for explanations. */
  text: string;
  /**
   * `previous` is written right before this phrase, joined only by a comma or "at"/"about" ("Friday at 3 p.m.",
   * "Tuesday, about 10 a.m."): a clock time then falls on that day whatever the tense.
   */
  joinedToPrevious?: boolean;
  /**
   * For a clock time: `previous` lies in an earlier sentence and this one does not look back ("earlier", "before"),
   * so the narrative has moved on from it ("The storm hit late Sunday. By 5 a.m., …" is Monday's 5 a.m.).
   */
  clockMovesOn?: boolean;
  /** The publication gives its time of day (news; a date-only one is read at its day's start). */
  timedPublication?: boolean;
  /** A year written alone earlier in the same sentence ("In 2016, the vote was held Nov. 8"): a month or day without a year is in it. */
  sentenceYear?: number;
}
