/**
 * Clock times, with a zone and a day when the text gives them: "10 a.m.", "3 p.m. EDT", "at 10 a.m. Tuesday",
 * "noon", "midnight", "14:30 GMT", "6 p.m. Moscow time", "7 a.m. local time".
 */
import { MONTH_PATTERN, WEEKDAY_PATTERN, monthNumber, parseNumber, weekdayNumber } from '../lexicon.js';
import { dayOfMonthShape } from './explicitDates.js';
import { CITY_PATTERN, cityZone } from '../city-zones.js';
import { isCapitalized, type Groups, type MatchContext, type Rule } from '../rule.js';
import type { ClockTime, Reading } from '../spec.js';

/** Zone abbreviations common in news, as UTC offsets in minutes. */
export const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330, JST: 540, KST: 540,
  HKT: 480, AEST: 600, AEDT: 660, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, AKST: -540, HST: -600,
};

/**
 * US regional zones named without saying standard or daylight time ("10 a.m. ET", "9 p.m. Pacific time"): the
 * offset is the zone's on that day, which luxon computes from the IANA zone.
 */
const REGIONAL_ZONES: Record<string, string> = {
  ET: 'America/New_York', EASTERN: 'America/New_York', CT: 'America/Chicago', CENTRAL: 'America/Chicago',
  MT: 'America/Denver', MOUNTAIN: 'America/Denver', PT: 'America/Los_Angeles', PACIFIC: 'America/Los_Angeles',
};
const REGIONAL = '(?:ET(?!\\s+al\\b)|CT|MT|PT)\\b|(?:Eastern|Central|Mountain|Pacific)(?:\\s+time)?\\b';
/** "10 a.m. local time" (the dateline's, which is the article's zone) and "6 p.m. Moscow time" (city-zones.ts). */
const PLACE = `local\\s+time\\b|(?:${CITY_PATTERN})\\s+time\\b`;
const ZONE = `(?:\\s+(?<zone>(?:${Object.keys(ZONE_OFFSETS).join('|')})\\b|${REGIONAL}|${PLACE}))?`;
/** A zone written after the day instead ("10 a.m. Saturday Japan time", "2 a.m. Sunday Moscow time"). */
const ZONE_AFTER_DAY = ZONE.replace('(?<zone>', '(?<zoneAfter>');
/** "a.m.", "p.m", "pm", "PM": a final period belongs to the abbreviation only when it began with one ("pm." ends a sentence). */
const MERIDIEM = '(?<meridiem>[ap]\\.\\s?m\\.?|[ap]\\s?m\\b)';
/** Seconds after the minutes: "3:15:20 p.m.", "05:57:40 UTC". */
const SECOND = '(?::(?<second>[0-5]\\d))?';
/**
 * "the next day", "the following morning" after a clock time ("at 3:30 a.m. the next day"): the day after the one
 * the text gave last, which the clock time is on; one expression, as TimeML marks "noon Saturday" or "6 a.m. ten days
 * (before)". Not past a comma: "arrived at 7 p.m., the next day he left".
 */
export const NARRATIVE_NEXT_DAY = '(?<!,\\s*)(?<narrative>the\\s+(?:next|following)\\s+(?<narrativePart>day|morning|afternoon|evening|night))(?![-\\w])';

/**
 * A written date, "Nov. 9" or "Nov. 9, 1989", with its groups named month, day, year after `prefix` ("weekday" gives
 * weekdayMonth, weekdayDay, weekdayYear).
 */
function datePattern(prefix: string): string {
  const name = (part: string): string => (prefix === '' ? part : prefix + part[0]!.toUpperCase() + part.slice(1));
  return `(?<${name('month')}>${MONTH_PATTERN})\\.?\\s+(?<${name('day')}>[0-3]?\\d)(?![\\d:])(?:,?\\s+(?<${name('year')}>(?:19|20)\\d\\d))?`;
}

/** The date after a clock time's weekday: "midnight on Saturday, Oct. 1", "5 p.m. Tuesday, June 6, 2023". */
const WEEKDAY_DATE = `(?:,\\s+${datePattern('weekday')})?`;

/**
 * The day a clock time is on, when written right after it: "Tuesday", "today", "Nov. 9", "Nov. 9, 1989"; a weekday
 * or a day word may bring its part of the day ("7:45 Friday evening", "9:15 on Friday night", "8 a.m. tomorrow
 * morning"), which says a.m. or p.m., and so do "this morning", "this evening", "last night" ("10pm last night").
 */
const DAY_AFTER = `(?:,?\\s+(?:on\\s+)?(?:(?:(?<dayWord>today|yesterday|tomorrow|tonight)|(?<weekday>${WEEKDAY_PATTERN})${WEEKDAY_DATE}|(?<deictic>this(?=\\s+(?:morning|afternoon|evening)\\b)|last(?=\\s+night\\b)))(?:\\s+(?<dayPart>morning|afternoon|evening|night))?|${datePattern('')}|${NARRATIVE_NEXT_DAY}))?`;

/** The part of day written with the day after a clock time: "Friday evening", "this morning"; "tonight" is a night. */
const partAfter = (g: Groups): string | undefined => g.dayPart ?? (g.narrativePart !== undefined && g.narrativePart.toLowerCase() !== 'day' ? g.narrativePart : undefined) ?? (g.dayWord?.toLowerCase() === 'tonight' ? 'night' : undefined);

/**
 * The half of the day a part of day puts an hour of the 12-hour clock in: "in the morning" a.m.; afternoon, evening
 * and night p.m., except the small hours of a night ("1:30 Saturday night", "12 at night" is midnight). Undefined
 * for no part, or an hour already on the 24-hour clock ("19:45 Friday evening").
 */
function meridiemOfPart(hour: number, part: string | undefined): 'am' | 'pm' | undefined {
  if (part === undefined || hour < 1 || hour > 12) return undefined;
  const lower = part.toLowerCase();
  if (lower === 'morning') return 'am';
  if (lower === 'night' && (hour === 12 || hour < 5)) return 'am';
  return 'pm';
}

/** A day written right before "at" ("Friday at midnight", "tonight at midnight", "June 3 at midnight"). */
const DAY_THEN_AT = new RegExp(`\\b(?:today|tonight|tomorrow|yesterday|${WEEKDAY_PATTERN}|(?:${MONTH_PATTERN})\\.?\\s+[0-3]?\\d)\\s+at\\s+$`, 'i');

/** "at 7:30", "until 2300 hours": a bare number reads as a clock time only after a time preposition. */
function afterTimePreposition(context: MatchContext): boolean {
  return /\b(?:at|by|until|till|from|before|after|around|about|since)\s+$/i.test(context.text.slice(Math.max(0, context.start - 8), context.start));
}

/** The hour on the 24-hour clock of "9 a.m.", "12 p.m." (noon), "12 a.m." (midnight); null for no such hour. */
export function twentyFourHour(hour: number, meridiem: string): number | null {
  if (hour < 1 || hour > 12) return null;
  const pm = /^p/i.test(meridiem);
  return pm ? (hour < 12 ? hour + 12 : 12) : hour === 12 ? 0 : hour;
}

/** A clock time as written; "3:15:20 p.m." keeps its seconds. */
function clockOf(hour: number, minute: number, meridiem: string | undefined, zone: string | undefined, second?: string): ClockTime | null {
  const clock = clockOfMinute(hour, minute, meridiem, zone);
  return clock && second !== undefined ? { ...clock, second: Number(second) } : clock;
}

function clockOfMinute(hour: number, minute: number, meridiem: string | undefined, zone: string | undefined): ClockTime | null {
  const h = meridiem ? twentyFourHour(hour, meridiem) : hour;
  if (h === null) return null;
  if (h > 23 || minute > 59) return null;
  if (zone === undefined) return { hour: h, minute };
  const upper = zone.toUpperCase();
  const place = upper.replace(/\s+TIME$/, '');
  if (place === 'LOCAL') return { hour: h, minute };
  const regional = REGIONAL_ZONES[place] ?? cityZone(place);
  if (regional !== undefined) {
    return { hour: h, minute, zoneName: zone, ianaZone: regional };
  }
  return { hour: h, minute, zoneName: upper, offsetMinutes: ZONE_OFFSETS[upper] };
}

/**
 * Whether a clock time before 6 a.m. is written with "night" after its day ("1:30 Saturday night", "2 a.m. on Friday
 * night"): news means the small hours after that evening. Not midnight as the day's end ("midnight Saturday night").
 */
function isSmallHoursOfNight(clock: ClockTime, g: Groups): boolean {
  return g.dayPart?.toLowerCase() === 'night' && clock.hour < 6 && !clock.endOfDay;
}

/** The clock time on a written date ("Nov. 9", "Nov. 9, 1989", "Saturday, Oct. 1"), null for no such date. */
function calendarDay(clock: ClockTime, monthText: string, dayText: string | undefined, yearText: string | undefined, weekday?: number): Reading | null {
  const month = monthNumber(monthText);
  const day = Number(dayText);
  if (!isCapitalized(monthText) || !dayOfMonthShape(month, day)) return null;
  return { spec: { kind: 'calendar', year: yearText ? Number(yearText) : undefined, month, day, weekday, grain: 'day', clock } };
}

function withDay(clock: ClockTime, g: Groups): Reading | null {
  const { dayWord, weekday } = g;
  if (g.month) return calendarDay(clock, g.month, g.day, g.year);
  if (weekday && g.weekdayMonth) return isCapitalized(weekday) ? calendarDay(clock, g.weekdayMonth, g.weekdayDay, g.weekdayYear, weekdayNumber(weekday)) : null;
  if (weekday) {
    if (!isCapitalized(weekday)) return null;
    const day: Reading = { spec: { kind: 'weekday', weekday: weekdayNumber(weekday) } };
    // "1:30 Saturday night", "1 a.m. Sunday night": the small hours after that evening, on the next day's clock.
    if (isSmallHoursOfNight(clock, g)) return { spec: { kind: 'anchored', base: day, baseText: weekday, step: { kind: 'offset', unit: 'day', amount: 1, grain: 'base' }, clock } };
    return { spec: { kind: 'weekday', weekday: weekdayNumber(weekday), clock } };
  }
  // "10pm last night" is yesterday's; "at 2 a.m. last night", in its small hours, today's. "this morning": today.
  if (g.deictic) return { spec: { kind: 'shift', from: 'publication', unit: 'day', amount: /^last$/i.test(g.deictic) && clock.hour >= 6 ? -1 : 0, grain: 'minute', clock } };
  // "at 3:30 a.m. the next day": on the day after the one the text gave last.
  if (g.narrative) return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 1, grain: 'minute', clock } };
  if (!dayWord) return { spec: { kind: 'clock', clock } };
  const amount = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }[dayWord.toLowerCase()] ?? 0;
  return { spec: { kind: 'shift', from: 'publication', unit: 'day', amount, grain: 'minute', clock } };
}

/**
 * The half of the day of a range's near end written without a.m. or p.m., from the far end's ("from 2 to 4 p.m.": p.m.;
 * "from 11 to 2 p.m.": a.m., the range crossing noon; "from 10 to 2 a.m.": p.m., crossing midnight).
 */
function nearMeridiem(near: number, far: number, farMeridiem: string): 'am' | 'pm' {
  const same = /^p/i.test(farMeridiem) ? 'pm' : 'am';
  const other = same === 'pm' ? 'am' : 'pm';
  if (near === 12) return same;
  return far === 12 || near > far ? other : same;
}

export const clockRules: Rule[] = [
  {
    // The near end of a range of clock times that writes a.m. or p.m. only at the far end: "from 2 to 4 p.m.", "between
    // 9 and 11 a.m.", "7-10 p.m.", "from 10:30 to 11:15 p.m." (TimeML marks each end; "2" was missed, "10:30" read as
    // a.m.). The far end is clock-meridiem's.
    name: 'clock-range-near',
    firstWords: ['#digit'],
    pattern: `(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?(?=\\s*(?:-|–|to\\b|until\\b|till\\b|and\\b)\\s*(?<farHour>1[0-2]|0?[1-9])(?::[0-5]\\d)?\\s?(?<farMeridiem>[ap])\\.?\\s?m\\b)`,
    examples: ['(from) 2 (to 4 p.m.)', '(between) 9 (and 11 a.m.)', '7(-10 p.m.)', '(from) 10:30 (to 11:15 p.m.)'],
    read: (g, _match, context) => {
      // "and" joins a range only after "between" ("rose 2 and 3 p.m." is no range).
      const join = /^\s*and\b/i.test(context.text.slice(context.end, context.end + 6));
      if (join && !/\bbetween\s+$/i.test(context.text.slice(Math.max(0, context.start - 9), context.start))) return null;
      const hour = Number(g.hour);
      const clock = clockOf(hour, Number(g.minute ?? 0), nearMeridiem(hour, Number(g.farHour), g.farMeridiem!), undefined);
      return clock ? { spec: { kind: 'clock', clock } } : null;
    },
  },
  {
    name: 'clock-meridiem',
    firstWords: ['#digit'],
    // "7.30pm" is the British way of writing 7:30 p.m.
    pattern: `(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d)${SECOND})?\\s?${MERIDIEM}${ZONE}${DAY_AFTER}${ZONE_AFTER_DAY}`,
    examples: ['10 a.m.', '3 p.m. EDT', '10 a.m. Tuesday', '7:30 pm', '5 p.m. EST Nov. 9', '7.30pm', '3:30 a.m. the next day'],
    read: (g) => {
      const clock = clockOf(Number(g.hour), Number(g.minute ?? 0), g.meridiem, g.zone ?? g.zoneAfter, g.second);
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    // "0735 GMT", "at 2300 hours": four-digit (military) times, with a zone or after a time preposition.
    name: 'clock-four-digit',
    firstWords: ['#digit'],
    pattern: `(?<hour>[01]\\d|2[0-3])(?<minute>[0-5]\\d)(?<hours>\\s+(?:hours|hrs))?${ZONE}${DAY_AFTER}`,
    examples: ['0735 GMT', '(at) 2300 hours'],
    read: (g, _match, context) => {
      if (!g.zone && !(g.hours && afterTimePreposition(context))) return null;
      const clock = clockOf(Number(g.hour), Number(g.minute), undefined, g.zone);
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    name: 'clock-24h',
    firstWords: ['#digit'],
    pattern: `(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)${SECOND}(?:\\s+(?:hours|hrs))?${ZONE}${DAY_AFTER}${ZONE_AFTER_DAY}`,
    examples: ['14:30 GMT', 'at 19:30'],
    read: (g, _match, context) => {
      // A bare "7:30" is a time only after a time preposition ("at 7:30", "until 19:45"); otherwise it needs a
      // zone or a day (race results, ratios and verses are written the same way).
      if (!g.zone && !g.dayWord && !g.weekday && !g.deictic && !g.month && !g.narrative && !afterTimePreposition(context)) return null;
      const clock = clockOf(Number(g.hour), Number(g.minute), meridiemOfPart(Number(g.hour), partAfter(g)), g.zone ?? g.zoneAfter, g.second);
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    // "at 5 o'clock", "by six o'clock Friday": the hour as written (no a.m. or p.m. is given).
    name: 'clock-oclock',
    firstWords: ['#digit', 'one', 'two', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve'],
    pattern: `(?<hour>1[0-2]|0?[1-9]|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+o['’]clock${ZONE}${DAY_AFTER}`,
    examples: ["5 o'clock", "six o'clock Friday"],
    read: (g) => {
      const hour = parseNumber(g.hour!)!;
      const clock = clockOf(hour, 0, meridiemOfPart(hour, partAfter(g)), g.zone);
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    name: 'clock-part-of-day',
    firstWords: ['#digit'],
    pattern: `(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?(?:\\s+o['’]clock)?\\s+(?:in\\s+the\\s+(?<part>morning|afternoon|evening)|(?<night>at\\s+night))${DAY_AFTER}`,
    examples: ['4 in the morning', '3 in the afternoon', "10 o'clock at night"],
    read: (g) => {
      const hour = Number(g.hour);
      const part = g.part?.toLowerCase();
      // "in the morning" is a.m.; afternoon, evening and "at night" p.m. ("12 at night" is midnight).
      const clock = clockOf(hour, Number(g.minute ?? 0), meridiemOfPart(hour, part ?? 'night'), undefined);
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    // "at 8 Tuesday morning", "by 11 on Friday night", "at 10 this morning", "at 9 last night", "at 8 tonight": a bare
    // hour, after a time preposition, on a day whose part of day says a.m. or p.m. (with minutes, "7:45 Friday
    // evening" is clock-24h's).
    name: 'clock-hour-day-part',
    firstWords: ['#digit'],
    pattern: `(?<hour>1[0-2]|0?[1-9])\\s+(?:on\\s+)?(?:(?:(?<weekday>${WEEKDAY_PATTERN})|(?<dayWord>yesterday|tomorrow)|(?<deictic>this(?=\\s+(?:morning|afternoon|evening)\\b)|last(?=\\s+night\\b)))\\s+(?<dayPart>morning|afternoon|evening|night)|(?<tonight>tonight))`,
    examples: ['(at) 8 Tuesday morning', '(by) 11 on Friday night', '(at) 10 this morning', '(at) 9 last night', '(at) 8 tonight', '(at) 6 tomorrow morning'],
    read: (g, _match, context) => {
      if (!afterTimePreposition(context)) return null;
      const hour = Number(g.hour);
      const clock = clockOf(hour, 0, meridiemOfPart(hour, g.dayPart ?? (g.tonight ? 'night' : undefined)), undefined);
      if (g.tonight) return clock ? withDay(clock, { dayWord: g.tonight }) : null;
      return clock ? withDay(clock, g) : null;
    },
  },
  {
    name: 'noon-midnight',
    firstWords: ['noon', 'midday', 'midnight'],
    // "high noon" is a showdown (and a film), not twelve o'clock.
    pattern: `(?<!high\\s)(?<word>noon|midday|midnight)${ZONE}${DAY_AFTER}`,
    examples: ['noon', 'midday', 'midnight Tuesday', 'noon the following day'],
    read: (g, _match, context) => {
      const midnight = g.word!.toLowerCase() === 'midnight';
      const clock = clockOf(midnight ? 0 : 12, 0, undefined, g.zone);
      // Midnight with a day named ends that day: "expire at midnight Friday" is Friday T24:00, "midnight tonight"
      // the end of the publication day, and so are "Friday at midnight", "tonight at midnight".
      const day = g.weekday ?? g.month ?? g.dayWord ?? DAY_THEN_AT.exec(context.text.slice(Math.max(0, context.start - 24), context.start))?.[0];
      return clock ? withDay(midnight && day ? { ...clock, endOfDay: true } : clock, g) : null;
    },
  },
];
