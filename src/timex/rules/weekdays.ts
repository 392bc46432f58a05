/**
 * Weekdays with and without last/this/next, with parts of day: "Saturday", "last Friday",
 * "next Tuesday", "Wednesday night". Newspaper titles ("The Sunday Telegraph") are not dates.
 */
import { DAY_EDGES, DAY_EDGE_PATTERN, MONTH_PATTERN, NUMBER_PATTERN, PARTS_OF_DAY, PART_OF_DAY_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN, parseNumber, weekdayNumber } from '../lexicon.js';
import { isCapitalized, type Groups, type MatchContext, type Rule } from '../rule.js';
import { RELATIVE_YEAR, monthDay } from './explicitDates.js';
import type { Reading } from '../spec.js';

/** Titles and names built on weekdays: "The Sunday Times", "Mail on Sunday", "Bloody Sunday", "Black Monday". */
const NAME_AFTER = /^\s*(?:Times|Telegraph|Express|Mirror|Herald|Post|Mail|Independent|Tribune|Star|People|Sport|Night Live|Morning Herald|Mass|School|Observer|Business Post|World|Edition|Magazine)\b/;
const NAME_BEFORE = /(?:\bMail on|\bBloody|\bBlack|\bGood|\bAsh|\bPalm|\bEaster|\bSuper|\bCyber|\bMaundy|\bHoly|\bMeet the Press on|\bFace the Nation on)\s*$/;

function isWeekdayName(context: MatchContext): boolean {
  const after = context.text.slice(context.end, context.end + 24);
  const before = context.text.slice(Math.max(0, context.start - 24), context.start);
  return NAME_AFTER.test(after) || NAME_BEFORE.test(before);
}

/** A weekday written as one: capitalized, and an abbreviation only with its full stop ("Fri." yes, "Sun" no). */
function isWrittenWeekday(word: string | undefined, match: string): boolean {
  if (!isCapitalized(word)) return false;
  return word!.length > 4 || match.includes(`${word}.`);
}

/**
 * The night of a weekday, written around "overnight": "overnight Thursday", "overnight on Friday" — a TIME of
 * that weekday's night (YYYY-MM-DDTNI), the weekday resolved by tense as a bare one is (as "Thursday overnight"
 * and "Friday night" are). Null when the weekday is a title ("overnight Sunday Times").
 */
function nightOfWeekday(g: Groups, match: string, context: MatchContext): Reading | null {
  if (!isWrittenWeekday(g.weekday, match)) return null;
  if (NAME_AFTER.test(context.text.slice(context.end, context.end + 24))) return null;
  return { spec: { kind: 'weekday', weekday: weekdayNumber(g.weekday!), partOfDay: 'NI' } };
}

/** Weekdays in the plural, written in full: "Sundays", "Fridays". */
const WEEKDAYS_PLURAL = WEEKDAY_NAMES.slice(1).map((name) => `${name}s`).join('|');

export const weekdayRules: Rule[] = [
  {
    // "two Sundays ago", "three Fridays ago": that many such weekdays back, the first being the last one ("two Sundays
    // ago", published on a Saturday, is the Sunday before last; the plural alone is a recurrence, recurrences.ts).
    name: 'weekdays-ago',
    firstWords: ['#number'],
    pattern: `(?<number>${NUMBER_PATTERN})\\s+(?<weekdays>${WEEKDAYS_PLURAL})\\s+ago`,
    examples: ['two Sundays ago', 'three Fridays ago'],
    read: (g) => {
      const count = parseNumber(g.number!);
      if (!isCapitalized(g.weekdays) || count === undefined || !Number.isInteger(count) || count < 1 || count > 10) return null;
      const weekday = weekdayNumber(g.weekdays!.slice(0, -1));
      const last: Reading = { spec: { kind: 'weekday', weekday, modifier: 'last' } };
      if (count === 1) return last;
      return { spec: { kind: 'anchored', base: last, baseText: `last ${WEEKDAY_NAMES[weekday]}`, step: { kind: 'offset', unit: 'week', amount: 1 - count, grain: 'base' } } };
    },
  },
  {
    // "Storms hit overnight Thursday", "will fall overnight Tuesday": the night of that weekday, one expression.
    name: 'overnight-weekday',
    firstWords: ['overnight'],
    // (Not before a date: "overnight Thursday, Sept. 1" leaves "Thursday, Sept. 1" to the explicit dates.)
    pattern: `overnight\\s+(?:on\\s+)?(?<weekday>${WEEKDAY_PATTERN})\\.?(?!,?\\s+(?:${MONTH_PATTERN})\\b)`,
    examples: ['overnight Thursday', 'overnight on Friday'],
    read: (g, match, context) => nightOfWeekday(g, match, context),
  },
  {
    // "overnight Friday into Saturday", "Thursday overnight into Friday": the night that joins the two days, read
    // as the first one's night. Days that do not follow each other are no one night ("overnight Friday into Sunday":
    // rejected here, left to "overnight Friday" and "Sunday").
    name: 'overnight-weekday-into-next',
    firstWords: ['overnight', '#weekday'],
    pattern: `(?:overnight\\s+(?:(?:on|from)\\s+)?(?<weekday>${WEEKDAY_PATTERN})\\.?|(?<weekdayFirst>${WEEKDAY_PATTERN})\\.?\\s+overnight)\\s+(?:into|to)\\s+(?<next>${WEEKDAY_PATTERN})\\.?`,
    examples: ['overnight Friday into Saturday', 'Thursday overnight into Friday', 'overnight from Sunday to Monday'],
    read: (g, match, context) => {
      const first = g.weekday ?? g.weekdayFirst;
      if (!isWrittenWeekday(g.next, match)) return null;
      if (weekdayNumber(g.next!) !== (weekdayNumber(first!) % 7) + 1) return null;
      return nightOfWeekday({ weekday: first }, match, context);
    },
  },
  {
    name: 'weekday',
    firstWords: ['last', 'this', 'next', 'coming', 'past', 'the', '#weekday'],
    pattern: `(?:(?<modifier>last|this|next|coming|past|this\\s+past|this\\s+coming|the\\s+(?:previous|preceding|following))\\s+)?(?<weekday>${WEEKDAY_PATTERN})(?:['’]s)?(?:\\s+(?:(?<noon>noon|midday)|(?<midnight>midnight)|(?<part>${PART_OF_DAY_PATTERN})|at\\s+(?<edge>${DAY_EDGE_PATTERN})))?`,
    examples: ['Saturday', 'last Friday', 'next Tuesday', 'Wednesday night', 'this past Sunday', 'the previous Friday', 'Wednesday noon', 'Friday midnight', 'Friday at dawn'],
    read: (g, match, context) => {
      if (!isCapitalized(g.weekday)) return null;
      const word = g.weekday!.toLowerCase();
      // Abbreviations need their full stop ("Sat." yes, "sat" no; "Sun" is a newspaper).
      if (word.length <= 4 && !match.endsWith('.') && !/^\./.test(context.text.slice(context.end, context.end + 1))) return null;
      if (isWeekdayName(context)) return null;
      const raw = g.modifier?.toLowerCase().replace(/\s+/g, ' ');
      const modifier = raw === 'this past' ? 'last' : raw === 'this coming' ? 'next'
        : raw === 'the previous' || raw === 'the preceding' ? 'previous' : raw === 'the following' ? 'following'
          : (raw as 'last' | 'this' | 'next' | 'coming' | 'past' | undefined);
      const partOfDay = g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : g.edge ? DAY_EDGES[g.edge.toLowerCase()] : undefined;
      // "Wednesday noon" is twelve o'clock, as "noon Wednesday"; "Friday midnight" ends Friday, as "midnight Friday".
      const clock = g.noon ? { hour: 12, minute: 0 } : g.midnight ? { hour: 0, minute: 0, endOfDay: true } : undefined;
      const reading: Reading = { spec: { kind: 'weekday', weekday: weekdayNumber(word), modifier, partOfDay, ...(clock && { clock }) } };
      // "Friday at dawn": the start of Friday's morning.
      return g.edge ? { ...reading, mod: 'START' } : reading;
    },
  },
  {
    // "the night of Friday to Saturday", "the night of Aug. 28-29", "the night of June 3 to 4": the one night joining
    // two days, read as the first one's night (as "overnight Friday into Saturday"). Days that do not follow each
    // other are rejected here and left to "the night of Friday" and the other day.
    name: 'night-of-two-days',
    firstWords: ['the'],
    pattern: `the\\s+night\\s+of\\s+(?:(?<weekday>${WEEKDAY_PATTERN})\\s+(?:to|into)\\s+(?<nextWeekday>${WEEKDAY_PATTERN})|(?<month>${MONTH_PATTERN})\\.?\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?\\s*(?:-|–|to|into)\\s*(?<nextDay>[0-3]?\\d)(?:st|nd|rd|th)?(?![\\d:])(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?)`,
    examples: ['the night of Friday to Saturday', 'the night of Aug. 28-29', 'the night of June 3 to 4, 2016'],
    read: (g) => {
      if (g.weekday) {
        if (!isCapitalized(g.weekday) || !isCapitalized(g.nextWeekday) || g.weekday.length <= 4 || g.nextWeekday!.length <= 4) return null;
        const weekday = weekdayNumber(g.weekday);
        return weekdayNumber(g.nextWeekday!) === (weekday % 7) + 1 ? { spec: { kind: 'weekday', weekday, partOfDay: 'NI' } } : null;
      }
      if (Number(g.nextDay) !== Number(g.day) + 1) return null;
      const day = monthDay(g);
      return day && day.spec.kind === 'calendar' ? { spec: { ...day.spec, partOfDay: 'NI', grain: 'partOfDay' } } : null;
    },
  },
  {
    // "the night of Aug. 28", "the morning of Friday": a part of a named day, as "Friday morning" is.
    name: 'part-of-named-day',
    firstWords: ['the'],
    pattern: `the\\s+(?<part>morning|afternoon|evening|night)\\s+of\\s+(?:(?<weekday>${WEEKDAY_PATTERN})(?:,\\s+(?=${MONTH_PATTERN}))?)?(?:(?<month>${MONTH_PATTERN})\\.?\\s+(?<day>[0-3]?\\d)(?:st|nd|rd|th)?(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?${RELATIVE_YEAR})?`,
    examples: ['the night of Aug. 28', 'the morning of Friday', 'the evening of March 3, 2016', 'the night of Friday, Oct. 23', 'the night of July 3 last year'],
    read: (g) => {
      const partOfDay = PARTS_OF_DAY[g.part!.toLowerCase()];
      if (!g.weekday && !g.month) return null;
      if (g.weekday && !g.month) return isCapitalized(g.weekday) && g.weekday.length > 4 ? { spec: { kind: 'weekday', weekday: weekdayNumber(g.weekday), partOfDay } } : null;
      const day = monthDay(g);
      if (day?.spec.kind === 'shift') return { spec: { ...day.spec, partOfDay } };
      return day && day.spec.kind === 'calendar' ? { spec: { ...day.spec, partOfDay, grain: 'partOfDay' } } : null;
    },
  },
];
