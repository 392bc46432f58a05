/**
 * Recurring times (TIMEX3 type SET): "every Monday", "every other Thursday", "every summer", "weekly", "twice a
 * year", "five days a week", "on Mondays", "Tuesday nights", "weekends". The value is the period of one
 * occurrence ("XXXX-WXX-1", "P1W"), `quant` the quantifier written ("EVERY", "EACH") and `freq` how many
 * occurrences fall in that period ("2X", "5D"), as TimeML 1.2.1 writes them. "each July" is with the months
 * (explicitDates.ts).
 */
import { PARTS_OF_DAY, SEASONS, SEASON_PATTERN, WEEKDAY_NAMES, WEEKDAY_PATTERN, alternation, parseNumber, unitOf, weekdayNumber } from '../lexicon.js';
import { isCapitalized, type Rule } from '../rule.js';
import { twentyFourHour } from './clock.js';

const SET_WORDS: Record<string, { value: string; freq?: string }> = {
  hourly: { value: 'PT1H' }, daily: { value: 'P1D' }, nightly: { value: 'P1D' }, weekly: { value: 'P1W' },
  biweekly: { value: 'P2W' }, monthly: { value: 'P1M' }, quarterly: { value: 'P3M' }, yearly: { value: 'P1Y' },
  annually: { value: 'P1Y' }, annual: { value: 'P1Y' },
};

/** A unit's part of a one-unit TIMEX3 period ("P" + it): "1D", "T1H". */
export const UNIT_LETTER: Record<string, string> = { second: 'T1S', minute: 'T1M', hour: 'T1H', day: '1D', week: '1W', month: '1M', quarter: '1Q', year: '1Y', decade: '10Y', century: '100Y' };

/** Full weekday names only: "Sun nights" and "Wed mornings" are too ambiguous to read as recurrences. */
const FULL_WEEKDAY = alternation(WEEKDAY_NAMES.slice(1).map((name) => name.toLowerCase()));
const PLURAL_WEEKDAYS = WEEKDAY_NAMES.slice(1).map((name) => `${name.toLowerCase()}s`);
const PLURAL_PART_OF_DAY = '(?<part>mornings|afternoons|evenings|nights)';

/** The working days or the weekend of any week, in the ISO-week position as TIMEX3 writes the weekend ("2019-W41-WE"). */
/**
 * "of" and a bare noun after "every month", "each year": a measure of that noun in units ("every month of delay costs
 * $5 million", "each year of service adds to the pension"), not a recurrence. With a determiner the noun is a
 * dated span the unit recurs in ("each day of the strike"), which stays a set.
 */
const MEASURED_NOUN_AFTER = /^\s+of\s+(?!(?:the|this|that|these|those|his|her|its|their|our|my|your|a|an|each|every)\b)[a-z]/i;

const dayKindSet = (word: string): string => `XXXX-WXX-${/^weekdays?$/i.test(word) ? 'WD' : 'WE'}`;

/** "XXXX-WXX-2", with "TNI" after it for "Tuesday nights". */
function weekdaySet(weekday: string, part?: string): string {
  const time = part ? `T${PARTS_OF_DAY[part.toLowerCase().replace(/s$/, '')]}` : '';
  return `XXXX-WXX-${weekdayNumber(weekday)}${time}`;
}

/** A clock time in a recurrence: "9 a.m.", "7:30 pm", "noon", "midnight". */
const CLOCK = '(?:(?<hour>1[0-2]|0?[1-9])(?:[:.](?<minute>[0-5]\\d))?\\s?(?<meridiem>[ap]\\.\\s?m\\.?|[ap]\\s?m\\b)|(?<noon>noon|midday)|(?<midnight>midnight))';
/** What recurs each day or each week: "every day", "each morning", "daily", "every Monday". */
const EACH_DAY = `(?:(?<quant>every|each)\\s+(?:(?<weekday>${FULL_WEEKDAY})|day|morning|afternoon|evening|night)|daily|nightly)`;

/**
 * "every day at 9 a.m.", "at 7 p.m. daily", "every Monday at noon": the clock time recurs with the day, one SET
 * (XXXX-XX-XXT09:00, XXXX-WXX-1T12:00), not a time pinned to the publication day.
 */
function clockSet(g: Record<string, string | undefined>): ReturnType<Rule['read']> {
  if (g.weekday && !isCapitalized(g.weekday)) return null;
  const hour = g.noon ? 12 : g.midnight ? 0 : twentyFourHour(Number(g.hour), g.meridiem!);
  if (hour === null) return null;
  const time = `T${String(hour).padStart(2, '0')}:${(g.minute ?? '00').padStart(2, '0')}`;
  const day = g.weekday ? `XXXX-WXX-${weekdayNumber(g.weekday)}` : 'XXXX-XX-XX';
  return { spec: { kind: 'set', value: `${day}${time}`, ...(g.quant && { quant: g.quant.toUpperCase() }) } };
}

export const recurrenceRules: Rule[] = [
  {
    name: 'every-day-at-clock',
    firstWords: ['every', 'each', 'daily', 'nightly'],
    pattern: `${EACH_DAY}\\s+at\\s+${CLOCK}`,
    examples: ['every day at 9 a.m.', 'daily at 7 p.m.', 'every morning at 6 a.m.', 'every Monday at noon'],
    read: (g) => clockSet(g),
  },
  {
    name: 'clock-every-day',
    firstWords: ['#digit', 'noon', 'midday', 'midnight'],
    pattern: `${CLOCK}\\s+${EACH_DAY}`,
    examples: ['9 a.m. every day', '7 p.m. daily', 'noon each Friday'],
    // "They met at 9 a.m. Every day counts": a sentence ends between them.
    read: (g, match) => (/\.\s+[A-Z]/.test(match) ? null : clockSet(g)),
  },
  {
    // "for the past three summers", "the last two winters": the season recurring over those years, one SET (TimeBank:
    // XXXX-SU), not "the past" alone.
    name: 'past-n-seasons',
    firstWords: ['the', 'past', 'last'],
    pattern: `(?:the\\s+)?(?:past|last|previous)\\s+(?<number>two|three|four|five|six|seven|eight|nine|ten|several|few|\\d{1,2})\\s+(?<season>summers|winters|springs|autumns|falls)`,
    examples: ['the past three summers', 'the last two winters'],
    read: (g) => ({ spec: { kind: 'set', value: `XXXX-${SEASONS[g.season!.toLowerCase().replace(/s$/, '')]}` } }),
  },
  {
    name: 'every-unit',
    firstWords: ['every', 'each'],
    pattern: `(?<quant>every|each)\\s+(?:(?:(?<other>other)\\s+)?(?<weekday>${WEEKDAY_PATTERN})|(?<season>${SEASON_PATTERN})\\b|(?<dayKind>weekday|weekend)\\b|(?<number>other|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve|few|\\d{1,2})?\\s*(?<unit>second|minute|hour|day|week|month|quarter|year|morning|night|evening)(?<plural>s)?)`,
    examples: ['every Monday', 'every day', 'each year', 'every two weeks', 'every six weeks', 'every 10 days', 'every weekday', 'every other Thursday', 'every summer'],
    read: (g, _m, context) => {
      const quant = g.quant!.toUpperCase();
      // "every month of delay": one unit of a measured length, not a recurrence.
      if (g.unit && !g.number && !g.plural && UNIT_LETTER[g.unit.toLowerCase()] && MEASURED_NOUN_AFTER.test(context.text.slice(context.end, context.end + 16))) {
        return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit)!, amount: 1 }] } };
      }
      // "every weekend" is the SET XXXX-WXX-WE.
      if (g.dayKind) return { spec: { kind: 'set', value: dayKindSet(g.dayKind), quant } };
      if (g.weekday) {
        if (!isCapitalized(g.weekday)) return null;
        // "every other Thursday": the same day of the week, one week in two.
        return { spec: { kind: 'set', value: weekdaySet(g.weekday), quant: g.other ? `${quant} OTHER` : quant } };
      }
      if (g.season) return { spec: { kind: 'set', value: `XXXX-${SEASONS[g.season.toLowerCase()]}`, quant } };
      const word = g.unit!.toLowerCase();
      if (word === 'morning' || word === 'night' || word === 'evening') {
        return { spec: { kind: 'set', value: `XXXX-XX-XXT${PARTS_OF_DAY[word]}`, quant } };
      }
      const step = g.number ? (g.number.toLowerCase() === 'other' ? 2 : parseNumber(g.number) ?? 1) : 1;
      // A count of more than one takes the plural ("every two weeks"), one or "other" the singular ("every other week").
      if ((step > 1 && g.number!.toLowerCase() !== 'other') !== (g.plural !== undefined) && !/^few$/i.test(g.number ?? '')) return null;
      const letter = UNIT_LETTER[word]!;
      // "every few years": an unknown count of them, PXY.
      const value = `P${letter.replace(/\d+/, (n) => (/^few$/i.test(g.number ?? '') ? 'X' : String(Number(n) * step)))}`;
      return { spec: { kind: 'set', value, quant } };
    },
  },
  {
    name: 'frequency-adverb',
    firstWords: ['hourly', 'daily', 'nightly', 'weekly', 'biweekly', 'monthly', 'yearly'],
    pattern: '(?<word>hourly|daily|nightly|weekly|biweekly|monthly|yearly)',
    examples: ['weekly', 'yearly', 'daily'],
    read: (g) => ({ spec: { kind: 'set', ...SET_WORDS[g.word!.toLowerCase()]! } }),
  },
  {
    name: 'times-per-unit',
    firstWords: ['once', 'twice', 'three', 'four', 'five', 'six', 'seven', 'eight', 'nine', 'ten', 'eleven', 'twelve', '#digit'],
    pattern: '(?<times>once|twice|(?:three|four|five|six|seven|eight|nine|ten|eleven|twelve|\\d+)\\s+times)\\s+(?:a|an|per|each)\\s+(?<unit>day|week|month|year)',
    examples: ['twice a year', 'once a week', 'eight times a year'],
    read: (g) => {
      const times = g.times!.toLowerCase();
      const n = times === 'once' ? 1 : times === 'twice' ? 2 : parseNumber(times.split(/\s+/)[0]!) ?? 1;
      return { spec: { kind: 'set', value: `P${UNIT_LETTER[g.unit!.toLowerCase()]}`, freq: `${n}X` } };
    },
  },
  {
    // "five days a week", "two nights each week", "12 hours a day": the period, and how much of it recurs
    // (HeidelTime writes "2 days each week" the same way: P1W with freq 2D).
    name: 'units-per-unit',
    firstWords: ['#number'],
    pattern: '(?<count>\\d{1,2}|one|two|three|four|five|six|seven|eight|nine|ten|eleven|twelve)\\s+(?<part>days?|nights?|hours?)\\s+(?:a|an|per|each|every)\\s+(?<unit>day|week|month|year)(?!\\s+(?:ago|earlier|later|before|after)\\b)',
    examples: ['five days a week', '12 hours a day', 'two nights each week', 'five hours a week'],
    read: (g) => {
      const count = parseNumber(g.count!);
      const part = g.part!.toLowerCase().replace(/s$/, '');
      const unit = g.unit!.toLowerCase();
      // The recurring part must be shorter than its period: not "two days a day".
      if (count === undefined || (part !== 'hour' && unit === 'day')) return null;
      return { spec: { kind: 'set', value: `P${UNIT_LETTER[unit]}`, freq: `${count}${part === 'hour' ? 'H' : 'D'}` } };
    },
  },
  {
    // "on Mondays", "Sundays are quiet": a weekday in the plural is every such day.
    name: 'weekday-plural',
    firstWords: PLURAL_WEEKDAYS,
    pattern: `(?<weekday>${alternation(PLURAL_WEEKDAYS)})(?:\\s+${PLURAL_PART_OF_DAY})?`,
    examples: ['on Mondays', 'Sundays are quiet', 'Saturdays and Sundays'],
    read: (g) => (isCapitalized(g.weekday) ? { spec: { kind: 'set', value: weekdaySet(g.weekday!.replace(/s$/i, ''), g.part) } } : null),
  },
  {
    // "Tuesday nights", "Friday afternoons": a part of a weekday in the plural recurs weekly. In "Monday and
    // Tuesday nights" the plural covers both days, so "Monday" alone is read as the recurring night too.
    name: 'weekday-part-of-day-plural',
    firstWords: WEEKDAY_NAMES.slice(1).map((name) => name.toLowerCase()),
    pattern: `(?<weekday>${FULL_WEEKDAY})(?:\\s+${PLURAL_PART_OF_DAY}|(?=\\s+(?:and|or)\\s+(?:${FULL_WEEKDAY})\\s+(?<sharedPart>mornings|afternoons|evenings|nights)\\b))`,
    examples: ['Tuesday nights', 'Friday afternoons', 'Monday and Tuesday nights'],
    read: (g) => (isCapitalized(g.weekday) ? { spec: { kind: 'set', value: weekdaySet(g.weekday!, g.part ?? g.sharedPart) } } : null),
  },
  {
    // "works weekends", "on weekdays": every weekend, every working day. A count or a determiner makes them a
    // number of particular weekends ("the past two weekends", "those weekends"), which is not read.
    name: 'weekends-plural',
    firstWords: ['weekends', 'weekdays'],
    pattern: '(?<dayKind>weekends|weekdays)',
    examples: ['works weekends', 'on weekdays'],
    read: (g, _match, context) => {
      const before = context.text.slice(Math.max(0, context.start - 24), context.start);
      if (/\b(?:the|these|those|their|his|her|its|our|my|your|several|few|many|some|two|three|four|five|\d+|long|recent|past|coming|next|last)\s*$/i.test(before)) return null;
      return { spec: { kind: 'set', value: dayKindSet(g.dayKind!) } };
    },
  },
];
