/**
 * Validating the reference point of an analysis: the publication date and the article's time zone.
 * All later arithmetic happens on the luxon DateTime produced here, in the article's zone, never the machine's.
 */
import { DateTime } from 'luxon';
import { articleZone, isKnownZone } from './zone.js';
import { ChronicleInputError } from './errors.js';

const ISO_DATE = /^\d{4}-\d{2}-\d{2}$/;
const ISO_DATE_TIME = /^\d{4}-\d{2}-\d{2}T\d{2}:\d{2}(:\d{2}(\.\d+)?)?(Z|[+-]\d{2}:?\d{2})$/;

export interface Reference {
  /** The publication instant in the article's zone (midnight starting the day when only a date was given). */
  dateTime: DateTime;
  /** True when only a calendar day was given (no clock time). */
  dateOnly: boolean;
  timeZone: string;
}

function invalidDate(publicationDate: string, field: string, dateTime: DateTime): ChronicleInputError {
  return new ChronicleInputError([
    { field, message: `"${publicationDate}" is not a real calendar date (${dateTime.invalidExplanation ?? dateTime.invalidReason})` },
  ]);
}

/** Parses and checks `publicationDate` and `timeZone`; throws ChronicleInputError naming the field. */
export function parseReference(publicationDate: string, timeZone: string | undefined, field = 'publicationDate'): Reference {
  const zone = timeZone ?? 'UTC';
  if (timeZone !== undefined && !isKnownZone(timeZone)) {
    throw new ChronicleInputError([
      { field: 'timeZone', message: `"${timeZone}" is not a known IANA time zone (for example Asia/Beirut or America/New_York)` },
    ]);
  }
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
  const dateTime = DateTime.fromISO(trimmed, { zone: articleZoneOf, setZone: false }).setZone(articleZoneOf);
  if (!dateTime.isValid) throw invalidDate(publicationDate, field, dateTime);
  return { dateTime, dateOnly, timeZone: zone };
}
