/**
 * A range of months written without a year, "from June to October", "between March and May", "June-August",
 * placed as one span: its far end is the first such month at or after its near end ("from November to March"
 * crosses into the next year), and the span as a whole is placed by the clause's tense — past: the latest
 * span that is over by the publication date ("The siege lasted from June to October", published in September,
 * is June–October of last year); future: the first that starts after it; otherwise the one running through the
 * publication date, or the nearest.
 */
import type { DateTime } from 'luxon';
import { MONTH_NAMES } from './lexicon.js';
import { calendarDate, plus } from './calendar.js';
import { alternative, dated, datedResolution, tenseReason } from './occurrence.js';
import type { Resolution, ResolutionContext } from './resolution.js';

/** How many months a range from `first` to `last` (1–12) covers, the year boundary crossed when `last` < `first`. */
export function monthsSpanned(first: number, last: number): number {
  return ((last - first + 12) % 12) + 1;
}

/** The near end of a month range: the month `month` of the span of `span` months that the tense picks. */
export function resolveMonthRangeStart(month: number, span: number, context: ResolutionContext): Resolution {
  const ref = context.publication;
  const starts = [-1, 0, 1].map((offset) => calendarDate(ref, ref.year + offset, month));
  const spanEnd = (start: DateTime) => plus(start, 'months', span);
  const label = context.reference.label;
  const rangeName = `${MONTH_NAMES[month]}–${MONTH_NAMES[((month + span - 2) % 12) + 1]}`;
  let chosen: DateTime;
  let how: string;
  if (context.tense === 'past') {
    chosen = [...starts].reverse().find((start) => spanEnd(start) <= ref) ?? starts[0]!;
    how = `the most recent ${rangeName} span over by ${label}, ${tenseReason(context)}`;
  } else if (context.tense === 'future') {
    chosen = starts.find((start) => start > ref) ?? starts[2]!;
    how = `the first ${rangeName} span to begin after ${label}, ${tenseReason(context)}`;
  } else {
    const running = starts.find((start) => start <= ref && spanEnd(start) > ref);
    const gap = (start: DateTime) => Math.min(Math.abs(start.toMillis() - ref.toMillis()), Math.abs(spanEnd(start).toMillis() - ref.toMillis()));
    chosen = running ?? [...starts].sort((a, b) => gap(a) - gap(b))[0]!;
    how = running ? `the ${rangeName} span running through ${label}` : `the ${rangeName} span nearest to ${label}`;
  }
  const resolved = dated(chosen, 'month', {}, context);
  const other = starts.find((start) => start.year === chosen.year + (chosen < ref ? 1 : -1));
  return datedResolution(
    resolved,
    context.reference.anchor,
    `${context.text} → ${resolved.value}: no year is given, so the start of ${how}`,
    alternative(other, 'month', {}, context, `the start of the ${rangeName} span on the other side of ${label}`),
  );
}
