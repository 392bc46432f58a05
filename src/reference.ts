/**
 * Validating the reference point of an analysis: the publication date and the article's time zone.
 * All later arithmetic happens on the luxon DateTime produced here, in the article's zone, never the machine's.
 */
import { DateTime } from 'luxon';
import { articleZone, isKnownZone } from './zone.js';
import { ChronicleInputError } from './errors.js';
import { MONTH_NAMES } from './timex/lexicon.js';

/**
 * Whether a publication reference gives only a date: as parsed (`dateOnly`), else read off the instant (its day's
 * start), for callers that pass a bare DateTime.
 */
export function isDateOnly(dateTime: DateTime, dateOnly?: boolean): boolean {
  return dateOnly ?? dateTime.equals(dateTime.startOf('day'));
}

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface Reference {
  /** The publication instant in the article's zone (midnight starting the day when only a date was given). */
  dateTime: DateTime;
  /** True when only a calendar day was given (no clock time). */
  dateOnly: boolean;
  timeZone: string;
}


/** Why a date of ISO form is not on the calendar, in words ("February 2017 has no day 30"), with luxon's reason as a fallback. */
function whyNotOnCalendar(written: string, dateTime: DateTime): string {
  const [year, month, day] = written.slice(0, 10).split('-').map(Number) as [number, number, number];
  if (month < 1 || month > 12) return `there is no month ${month}`;
  const first = DateTime.utc(year, month, 1);
  if (day < 1 || day > first.daysInMonth!) return `${MONTH_NAMES[month]} ${year} has no day ${day}`;
  const [hour, minute] = [Number(written.slice(11, 13)), Number(written.slice(14, 16))];
  if (hour > 23) return `there is no hour ${hour} in a day`;
  if (minute > 59) return `there is no minute ${minute} in an hour`;
  return dateTime.invalidExplanation ?? dateTime.invalidReason ?? 'luxon cannot read it';
}

function invalidDate(publicationDate: string, field: string, dateTime: DateTime): ChronicleInputError {
  return new ChronicleInputError([
    { field, message: `"${publicationDate}" is not a real calendar date (${whyNotOnCalendar(publicationDate.trim(), dateTime)})` },
  ]);
}

/**
 * Parses and checks `publicationDate` and `timeZone`; throws ChronicleInputError naming the field. An unknown
 * zone and a bad date are both reported (the date is then checked as a calendar date, which no zone changes).
 */
export function parseReference(publicationDate: string, timeZone: string | undefined, field = 'publicationDate'): Reference {
  // Articles of a feed come day by day: the same date and zone as the last call give its (immutable) DateTime.
  const last = lastReference;
  if (last !== undefined && last.publicationDate === publicationDate && last.timeZone === timeZone) {
    return { dateTime: last.reference.dateTime, dateOnly: last.reference.dateOnly, timeZone: last.reference.timeZone };
  }
  const reference = checkedReference(publicationDate, timeZone, field);
  lastReference = { publicationDate, timeZone, reference };
  return { dateTime: reference.dateTime, dateOnly: reference.dateOnly, timeZone: reference.timeZone };
}

/** The last reference parsed without error, with what it was parsed from. */
let lastReference: { publicationDate: string; timeZone: string | undefined; reference: Reference } | undefined;

function checkedReference(publicationDate: string, timeZone: string | undefined, field: string): Reference {
  if (timeZone !== undefined && !isKnownZone(timeZone)) {
    const zoneIssue = { field: 'timeZone', message: `"${timeZone}" is not a known IANA time zone (for example Asia/Beirut or America/New_York)` };
    try {
      parseReference(publicationDate, 'UTC', field);
    } catch (error) {
      if (error instanceof ChronicleInputError) throw new ChronicleInputError([...error.issues, zoneIssue]);
      throw error;
    }
    throw new ChronicleInputError([zoneIssue]);
  }
  const zone = timeZone ?? 'UTC';
  const trimmed = publicationDate.trim();
  const dateOnly = ISO_DATE.test(trimmed);
  if (!dateOnly && !ISO_DATE_TIME.test(trimmed)) {
    throw new ChronicleInputError([
      {
        field,
        message: `"${publicationDate}" is not an ISO 8601 date (expected YYYY-MM-DD, or a date-time with an offset such as 2017-09-02T10:00:00+03:00)`,
      },
    ]);
  }
  // With no zone given, a date-time's own offset is the article's (fixed) zone; a bare date is read in UTC.
  if (timeZone === undefined && !dateOnly) {
    const dateTime = DateTime.fromISO(trimmed, { setZone: true });
    if (dateTime.isValid) return { dateTime, dateOnly, timeZone: dateTime.zoneName ?? 'UTC' };
    throw invalidDate(publicationDate, field, dateTime);
  }
  const articleZoneOf = zone === 'UTC' ? 'UTC' : articleZone(zone);
  // A bare date: the fields luxon's fromISO reads from it, handed to fromObject as fromISO itself does, without
  // running its ISO parser (test/reference.test.ts compares the two).
  const dateTime = dateOnly
    ? DateTime.fromObject({ year: Number(trimmed.slice(0, 4)), month: Number(trimmed.slice(5, 7)), day: Number(trimmed.slice(8, 10)) }, { zone: articleZoneOf })
    : DateTime.fromISO(trimmed, { zone: articleZoneOf, setZone: false }).setZone(articleZoneOf);
  if (!dateTime.isValid) throw invalidDate(publicationDate, field, dateTime);
  return { dateTime, dateOnly, timeZone: zone };
}
