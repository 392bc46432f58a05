/**
 * From point bounds to the public `when` of an event: ISO bounds in the article's zone, a precision and the
 * basis of the bounds (anchored to a time expression, derived from other events, tense only, or unknown).
 */
import type { DateTime } from 'luxon';
import { isoAtInstant } from '../zone.js';
import type { Precision, When } from '../schema.js';
import type { SourceKind } from './constraint-list.js';
import type { Solution } from './network.js';

const DAY = 1440;
const DST_HOUR = 60;

function precisionOfWidth(minutes: number): Precision {
  if (!Number.isFinite(minutes)) return 'unknown';
  if (minutes <= 60) return 'hour';
  // A day, week or month across a change of the clocks is an hour longer.
  const days = (minutes - DST_HOUR) / DAY;
  if (days <= 1) return 'day';
  if (days <= 7) return 'week';
  if (days <= 31) return 'month';
  if (days <= 92) return 'quarter';
  if (days <= 366) return 'year';
  if (days <= 3660) return 'decade';
  return 'unknown';
}

/** What a finite bound rests on: 'derived' for stated evidence, 'tense' for tense or structure only, else nothing. */
function viaBasis(bound: number, via: SourceKind | undefined): 'derived' | 'tense' | undefined {
  if (via === undefined || !Number.isFinite(bound)) return undefined;
  return via !== 'tense' && via !== 'structure' ? 'derived' : 'tense';
}

/** The basis of the bounds of an event's start and end points: 'derived' if either rests on stated evidence. */
function basisOf(bounds: Solution, start: number, end: number): When['basis'] {
  const a = viaBasis(bounds.lower[start] as number, bounds.lowerBasis(start));
  if (a === 'derived') return 'derived';
  const b = viaBasis(bounds.upper[start] as number, bounds.upperBasis(start));
  if (b === 'derived') return 'derived';
  const c = viaBasis(bounds.lower[end] as number, bounds.lowerBasis(end));
  if (c === 'derived') return 'derived';
  const d = viaBasis(bounds.upper[end] as number, bounds.upperBasis(end));
  if (d === 'derived') return 'derived';
  return a !== undefined || b !== undefined || c !== undefined || d !== undefined ? 'tense' : 'unknown';
}

/** Writes an instant given in minutes from the origin as ISO text; null for an open (infinite) bound. */
export type IsoWriter = (minutes: number) => string | null;

/** ISO texts already written, per zone and instant (epoch ms), for the process; a zone's are emptied at KEPT_TEXTS. */
const written = new Map<string, Map<number, string>>();
const KEPT_TEXTS = 4096;

/**
 * The ISO writer of one network: what luxon's toISO would write, made directly, and remembered per instant (most
 * events of a document share their bounds — about 1,900 distinct of 13,900 on the corpora — and the articles of
 * a feed share their days).
 */
export function isoWriter(origin: DateTime, zone: string): IsoWriter {
  // Minutes are exact time from the origin instant.
  const originMs = origin.toMillis();
  let texts = written.get(zone);
  if (texts === undefined) written.set(zone, (texts = new Map()));
  const known = texts;
  return (minutes) => {
    if (!Number.isFinite(minutes)) return null;
    const ms = originMs + minutes * 60_000;
    let text = known.get(ms);
    if (text === undefined) {
      text = isoAtInstant(ms, zone);
      if (known.size >= KEPT_TEXTS) known.clear();
      known.set(ms, text);
    }
    return text;
  };
}

/** The `when` of an event from the bounds of its start and end points in a solved network. */
export function whenOf(bounds: Solution, start: number, end: number, iso: IsoWriter, anchorPrecision: Precision | undefined): When {
  const lower = bounds.lower[start] as number;
  const upper = bounds.upper[end] as number;
  return {
    start: iso(lower),
    end: iso(upper),
    precision: anchorPrecision !== undefined && anchorPrecision !== 'unknown' ? anchorPrecision : precisionOfWidth(upper - lower),
    basis: anchorPrecision !== undefined ? 'anchored' : basisOf(bounds, start, end),
  };
}
