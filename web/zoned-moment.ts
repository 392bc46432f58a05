/**
 * vis-timeline draws its axis with moment. This gives it a moment constructor that places every date in
 * the article's zone, so an event on 2017-09-01 in Beirut sits on September 1 whatever the reader's zone.
 * The 1970–2030 tz data keeps the bundle small (the full data is 735 kB); outside it moment-timezone
 * keeps the nearest known offset. All of the view's own date work is done with luxon.
 */
import moment from 'moment-timezone/builds/moment-timezone-with-data-1970-2030.js';
import type { MomentInput } from 'moment';

export type ZonedMoment = (input?: MomentInput) => moment.Moment;

/** A moment constructor fixed to `zone` (an IANA name). */
export function zonedMoment(zone: string): ZonedMoment {
  return (input?: MomentInput) => moment(input).tz(zone);
}

/** Whether moment-timezone knows `zone` (an unknown zone would draw the axis in UTC, with a console error). */
export function knownToMoment(zone: string): boolean {
  return moment.tz.zone(zone) !== null;
}
