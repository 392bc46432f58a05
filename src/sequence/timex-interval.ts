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

/** Precision of a TIMEX3 value from its shape. */
export function precisionOfValue(value: string): Precision {
  if (/^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}/.test(value)) return 'minute';
  if (/^\d{4}-\d{2}-\d{2}T\d{2}/.test(value)) return 'hour';
  if (/^\d{4}-\d{2}-\d{2}/.test(value)) return 'day';
  if (/^\d{4}-W\d{2}/.test(value)) return 'week';
  if (/^\d{4}-\d{2}$/.test(value)) return 'month';
  if (/^\d{4}-Q\d$/.test(value)) return 'quarter';
  if (/^\d{4}-(SP|SU|FA|WI)$/.test(value)) return 'season';
  if (/^\d{4}$/.test(value)) return 'year';
  if (/^\d{3}$/.test(value)) return 'decade';
  if (/^\d{2}$/.test(value)) return 'century';
  return 'unknown';
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
