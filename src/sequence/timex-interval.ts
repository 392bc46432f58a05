/**
 * The real-time interval and precision of a resolved time expression: its own `interval` when the engine gave
 * one, else read from a TIMEX3 calendar value (YYYY, YYYY-MM, YYYY-MM-DD, YYYY-Www, YYYY-Qn, …THH:mm) in the
 * article's zone.
 */
import { DateTime } from 'luxon';
import { articleZone } from '../zone.js';
import type { IntervalInstants } from '../timex/interval-instants.js';
import type { Precision, Timex } from '../schema.js';

/** An interval as epoch milliseconds (NaN when luxon could not read the value), with its precision. */
export interface TimexSpan {
  readonly startMs: number;
  readonly endMs: number;
  readonly precision: Precision;
}

const SEASON_MONTH: Readonly<Record<string, number>> = { SP: 3, SU: 6, FA: 9, WI: 12 };

/** True when `value` has `count` ASCII digits from `at` on (past its end there are none). */
function digitsAt(value: string, at: number, count: number): boolean {
  for (let k = at; k < at + count; k++) {
    const code = value.charCodeAt(k);
    if (!(code >= 48 && code <= 57)) return false;
  }
  return true;
}

/** Seasons of a YYYY-SS value. */
const SEASONS: ReadonlySet<string> = new Set(Object.keys(SEASON_MONTH));

/**
 * Precision of a TIMEX3 value from its shape, read left to right over its codes (it runs for every time expression
 * placed): YYYY-MM-DDTHH:MM… minute, YYYY-MM-DDTHH… hour, YYYY-MM-DD… day, YYYY-Www… week, and exactly YYYY-MM
 * month, YYYY-Qn quarter, YYYY-SP|SU|FA|WI season, YYYY year, YYY decade, YY century; else unknown.
 */
export function precisionOfValue(value: string): Precision {
  const n = value.length;
  if (!digitsAt(value, 0, 2)) return 'unknown';
  if (n === 2) return 'century';
  if (!digitsAt(value, 2, 1)) return 'unknown';
  if (n === 3) return 'decade';
  if (!digitsAt(value, 3, 1)) return 'unknown';
  if (n === 4) return 'year';
  if (value.charCodeAt(4) !== 45) return 'unknown';
  if (digitsAt(value, 5, 2)) {
    if (n === 7) return 'month';
    if (value.charCodeAt(7) !== 45 || !digitsAt(value, 8, 2)) return 'unknown';
    if (value.charCodeAt(10) !== 84 || !digitsAt(value, 11, 2)) return 'day';
    return value.charCodeAt(13) === 58 && digitsAt(value, 14, 2) ? 'minute' : 'hour';
  }
  if (value.charCodeAt(5) === 87 && digitsAt(value, 6, 2)) return 'week';
  if (n !== 7) return 'unknown';
  if (value.charCodeAt(5) === 81 && digitsAt(value, 6, 1)) return 'quarter';
  return SEASONS.has(value.slice(5)) ? 'season' : 'unknown';
}

/** Precision of a duration's bounds by its smallest unit: P3M → month, PT24H → hour, PXD → day. */
function precisionOfDuration(value: string): Precision {
  const unit = value.at(-1);
  if (value.includes('T')) return unit === 'H' ? 'hour' : 'minute';
  return unit === 'D' ? 'day' : unit === 'W' ? 'week' : unit === 'M' ? 'month' : unit === 'Q' ? 'quarter' : unit === 'Y' ? 'year' : 'unknown';
}

/** Interval of a calendar value, or undefined for durations, sets and references (PRESENT_REF, PAST_REF). */
export function intervalOfValue(value: string, zone: string): TimexSpan | undefined {
  const precision = precisionOfValue(value);
  const articleZoneOf = articleZone(zone);
  const at = (iso: string): DateTime => DateTime.fromISO(iso, { zone: articleZoneOf });
  const span = (start: DateTime, end: DateTime): TimexSpan => ({ startMs: start.toMillis(), endMs: end.toMillis(), precision });
  let start: DateTime;
  switch (precision) {
    case 'minute': case 'hour': case 'day': case 'month': case 'year': {
      start = at(value.slice(0, precision === 'minute' ? 16 : precision === 'hour' ? 13 : value.length));
      if (precision === 'hour') start = at(`${value.slice(0, 13)}:00`);
      const unit = precision === 'minute' ? 'minutes' : precision === 'hour' ? 'hours' : precision === 'day' ? 'days' : precision === 'month' ? 'months' : 'years';
      return start.isValid ? span(start, start.plus({ [unit]: 1 })) : undefined;
    }
    case 'week': start = at(value.slice(0, 8)); return start.isValid ? span(start, start.plus({ weeks: 1 })) : undefined;
    case 'quarter': start = at(`${value.slice(0, 4)}-${String((Number(value.slice(6)) - 1) * 3 + 1).padStart(2, '0')}`); return span(start, start.plus({ months: 3 }));
    case 'season': {
      const month = SEASON_MONTH[value.slice(5)] ?? 1;
      start = DateTime.fromObject({ year: Number(value.slice(0, 4)), month }, { zone: articleZoneOf });
      return span(start, start.plus({ months: 3 }));
    }
    case 'decade': start = DateTime.fromObject({ year: Number(value) * 10 }, { zone: articleZoneOf }); return span(start, start.plus({ years: 10 }));
    case 'century': start = DateTime.fromObject({ year: Number(value) * 100 }, { zone: articleZoneOf }); return span(start, start.plus({ years: 100 }));
    default: return undefined;
  }
}

/** An ISO date-time with an explicit offset (or Z), whose instant `Date.parse` reads exactly. */
const OFFSET_ISO = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(?::\d{2}(?:\.\d{1,3})?)?(?:Z|[+-]\d{2}:\d{2})$/;

/**
 * Instants of date-times with an offset already read, for the process (articles of a feed name the same days
 * again and again); emptied when it reaches KEPT_INSTANTS entries.
 */
const instants = new Map<string, number>();
const KEPT_INSTANTS = 4096;

/**
 * The instant of an engine date-time (epoch milliseconds, NaN when unreadable): exact from its offset when it
 * carries one (no DateTime needed), else read by luxon in the article's zone.
 */
function instantIn(iso: string, zone: string): number {
  const known = instants.get(iso);
  if (known !== undefined) return known;
  if (OFFSET_ISO.test(iso)) {
    const ms = Date.parse(iso);
    if (Number.isFinite(ms)) {
      if (instants.size >= KEPT_INSTANTS) instants.clear();
      instants.set(iso, ms);
      return ms;
    }
  }
  return DateTime.fromISO(iso, { zone: articleZone(zone), setZone: false }).toMillis();
}

/** The spans of the time expressions of one document in its zone, each computed once (anchors share them). */
export class TimexSpans {
  private readonly known = new Map<Timex, TimexSpan | undefined>();
  /** The last timex asked for and its span: the anchors of one time expression come one after another. */
  private lastTimex: Timex | undefined;
  private lastSpan: TimexSpan | undefined;

  /** @param instants the instants of the engine's own intervals, when known (interval-instants.ts) */
  constructor(private readonly zone: string, private readonly instants?: ReadonlyMap<Timex, IntervalInstants>) {}

  of(timex: Timex): TimexSpan | undefined {
    if (timex === this.lastTimex) return this.lastSpan;
    this.lastTimex = timex;
    let span = this.known.get(timex);
    if (span === undefined && !this.known.has(timex)) {
      const kept = this.instants?.get(timex);
      span = kept === undefined || timex.type === 'SET' ? timexSpan(timex, this.zone) : { startMs: kept.startMs, endMs: kept.endMs, precision: precisionOf(timex) };
      this.known.set(timex, span);
    }
    this.lastSpan = span;
    return span;
  }
}

/**
 * The precision of a timex with an interval. intervalOfValue's precision is always precisionOfValue's, so the
 * value need not be parsed here. A duration placed in time ("the past three months": up to the publication) is
 * as precise as its unit.
 */
const precisionOf = (timex: Timex): Precision => (timex.type === 'DURATION' ? precisionOfDuration(timex.value) : precisionOfValue(timex.value));

/** The interval a timex denotes, preferring the engine's own `interval`. */
export function timexSpan(timex: Timex, zone: string): TimexSpan | undefined {
  if (timex.type === 'SET') return undefined;
  if (timex.interval !== undefined) {
    const startMs = instantIn(timex.interval.start, zone);
    const endMs = instantIn(timex.interval.end, zone);
    if (Number.isFinite(startMs) && Number.isFinite(endMs)) return { startMs, endMs, precision: precisionOf(timex) };
  }
  if (timex.type === 'DURATION') return undefined;
  return intervalOfValue(timex.value, zone);
}
