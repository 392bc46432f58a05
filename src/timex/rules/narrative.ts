/**
 * Narrative phrases resolved against the previous date mentioned: "the next day", "three weeks later",
 * "that day", "the following week", "the previous year", "a year earlier", "the year-earlier quarter".
 */
import { NUMBER_PATTERN, PARTS_OF_DAY, SEASONS, WEEKDAY_PATTERN, countedUnits, introducesLength, parseNumber, unitOf } from '../lexicon.js';
import type { Rule } from '../rule.js';
import { clauseTense, sentenceAround } from '../tense.js';
import type { Reading } from '../spec.js';
import { grainOfUnit, partOfDayOn } from './relative.js';
import type { Unit } from '../lexicon.js';

/** Words that make a part of day a habit rather than a date: "usually", "every day", "each morning". */
const HABIT = /\b(?:usually|often|always|typically|generally|normally|regularly|sometimes|never|every|each|daily|routinely)\b/i;

/** What may follow a part of day that ends its phrase: punctuation, a name, or a function word ("in the morning he left"). */
const PART_OF_DAY_ENDS = /^(?:\s*(?:[,.;:!?)"”'’—–-]|$)|\s+(?:[A-Z]|(?:of|on|and|or|but|to|with|when|while|before|after|as|at|in|by|for|from|until|that|the|a|an|he|she|it|they|we|i|you|his|her|their|its|local)\b))/;

const UNIT_SINGULAR = '(?<unit>day|week|weekend|month|quarter|year|decade)';
const UNIT_ANY = '(?<unit>minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?)';

function fromPrevious(unit: Unit, amount: number, inheritGrain = false): Reading {
  return { spec: { kind: 'shift', from: 'previous', unit, amount, grain: grainOfUnit(unit), inheritGrain } };
}

export const narrativeRules: Rule[] = [
  {
    name: 'next-previous-unit',
    firstWords: ['the'],
    pattern: `the\\s+(?<which>next|following|previous|preceding|prior|same)\\s+${UNIT_SINGULAR}`,
    examples: ['the next day', 'the following week', 'the previous year', 'the same day'],
    read: (g, _m, context) => {
      const which = g.which!.toLowerCase();
      // "the next five years" is a span, handled elsewhere; "the next day or two" stays a date.
      if (/^\s+(?:of|in\s+which)\b/i.test(context.text.slice(context.end, context.end + 10))) return null;
      const amount = which === 'same' ? 0 : which === 'next' || which === 'following' ? 1 : -1;
      // "over the next decade", "within the next year": the coming one, from publication (TimeBank: "will be closed
      // over the next year or so" → the year after the publication's), not from the date the text gave last.
      if (which === 'next' && /\b(?:over|during|within|in|for|throughout)\s+$/i.test(context.text.slice(Math.max(0, context.start - 12), context.start))) {
        const unit = unitOf(g.unit!)!;
        return { spec: { kind: 'shift', from: 'publication', unit, amount: 1, grain: grainOfUnit(unit) } };
      }
      // "the following week" after "November 18" names a week (TimeBank: "The following month" 1989-04), unlike "a
      // week later", a day.
      const reading = fromPrevious(unitOf(g.unit!)!, amount);
      return reading.spec.kind === 'shift' && amount !== 0 ? { spec: { ...reading.spec, namesUnit: true } } : reading;
    },
  },
  {
    name: 'next-previous-part-of-day',
    firstWords: ['the', 'that'],
    pattern: `(?:the\\s+(?<which>next|following|previous|same)|that)\\s+(?<part>morning|afternoon|evening|night)`,
    examples: ['the next morning', 'the following evening', 'that night'],
    read: (g) => {
      const which = g.which?.toLowerCase();
      const amount = which === 'next' || which === 'following' ? 1 : which === 'previous' ? -1 : 0;
      return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount, grain: 'day', partOfDay: PARTS_OF_DAY[g.part!.toLowerCase()]! } };
    },
  },
  {
    // "flown to Cairo in the afternoon", "late in the evening": that part of the day the text is at — the last day it
    // gave, else the publication day, as "that afternoon" (TimeBank: "placed heavy buy orders in [the morning]" after
    // "Friday", TMO of that Friday; "early"/"late" are the START/END of it). Not a habit ("usually trades in the
    // morning", "opens in the morning"): a present clause, or one that says how often, is left alone.
    name: 'in-the-part-of-day',
    firstWords: ['the', 'early', 'late'],
    // (…and "through the morning", "during the night": the whole part of that day, "the night" only after these.)
    pattern: `(?:(?:(?<edge>early|late)\\s+in\\s+|(?<=\\bin\\s+)|(?<=\\b(?:through|throughout|during)\\s+))the\\s+(?<part>morning|afternoon|evening)|(?<=\\b(?:through|throughout|during)\\s+)the\\s+(?<part2>night))(?:\\s+on\\s+(?<weekday>${WEEKDAY_PATTERN}))?`,
    examples: ['(in) the afternoon', 'late in the evening', 'early in the morning', '(through) the morning', '(during) the night', '(in) the afternoon on Friday'],
    read: (g, _m, context) => {
      // "in the afternoon session", "the evening news": a noun's modifier.
      if (!PART_OF_DAY_ENDS.test(context.text.slice(context.end, context.end + 12))) return null;
      const sentence = sentenceAround(context.text, context.start);
      if (HABIT.test(context.text.slice(sentence.start, sentence.end))) return null;
      const tense = clauseTense(context.text, context.start, context.end);
      if (tense !== 'past' && tense !== 'future') return null;
      // "in the afternoon on Friday": that weekday's afternoon.
      const spec = partOfDayOn(PARTS_OF_DAY[(g.part ?? g.part2)!.toLowerCase()]!, g.weekday);
      if (spec === null) return null;
      return g.edge ? { spec, mod: g.edge.toLowerCase() === 'early' ? 'START' : 'END' } : { spec };
    },
  },
  {
    // "until then", "since then", "by then": the date the text gave last (TimeBank: "Until then" 1989-11-30, anchored
    // to the date before it). A bare "then" is mostly "next" or "in that case", and is left alone.
    name: 'signal-then',
    firstWords: ['then'],
    pattern: 'then',
    examples: ['then'],
    read: (_g, _m, context) => {
      const signal = /\b(until|till|since|by|before|from)\s+$/i.exec(context.text.slice(Math.max(0, context.start - 7), context.start))?.[1]?.toLowerCase();
      if (signal === undefined) return null;
      return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 0, grain: 'day', samePrevious: signal === 'since' || signal === 'from' ? 'since' : 'until' } };
    },
  },
  {
    // "began training that summer" after "April 2023": the season of the year the text gave last.
    // "the following summer" after "October 2023" is the first one after it (2024-SU), "the previous winter" the last before.
    name: 'that-season',
    firstWords: ['that', 'the'],
    pattern: '(?:that|the\\s+(?<which>following|next|previous|preceding))\\s+(?<season>spring|summer|fall|autumn|winter)',
    examples: ['that summer', 'that winter', 'the following summer', 'the previous winter'],
    read: (g) => {
      const season = SEASONS[g.season!.toLowerCase()]!;
      const which = g.which?.toLowerCase();
      const within = which === undefined ? { season } : { season, seasonSide: which === 'following' || which === 'next' ? 1 as const : -1 as const };
      return { spec: { kind: 'shift', from: 'previous', unit: 'year', amount: 0, grain: 'season', within } };
    },
  },
  {
    name: 'that-unit',
    firstWords: ['that', 'the'],
    pattern: `(?:that(?:\\s+same)?|the\\s+same)\\s+${UNIT_SINGULAR}`,
    examples: ['that day', 'that week', 'that same day'],
    read: (g) => fromPrevious(unitOf(g.unit!)!, 0),
  },
  {
    // "For the year, pet food volume was flat", "a high for the year of $42.875", "the first nine months of the year.":
    // a bare "the year" after "for", "of", "during", ending its phrase, is the year the text is at (that of the date it
    // gave last, else the publication's). Not "the year ended Sept. 30" nor "Man of the Year".
    name: 'the-year',
    firstWords: ['the'],
    pattern: 'the\\s+year(?=\\s*[,.;:)]|\\s+of\\s+\\$|\\s+(?:so\\s+far|to\\s+date)\\b)',
    examples: ['(For) the year(, sales rose)', '(a high for) the year (of $42)'],
    read: (_g, match, context) => {
      if (!match.endsWith('year')) return null;
      if (!/\b(?:for|of|during|throughout)\s+$/i.test(context.text.slice(Math.max(0, context.start - 12), context.start))) return null;
      return fromPrevious('year', 0);
    },
  },
  {
    // "earlier that day", "later in the day": within the date the text gave last (TimeML values it as that date).
    name: 'earlier-later-that-unit',
    firstWords: ['earlier', 'later'],
    pattern: '(?:earlier|later)\\s+(?:that(?:\\s+same)?\\s+(?<unit>day|week|month|year)|in\\s+the\\s+day)',
    examples: ['earlier that day', 'later that week', 'earlier in the day'],
    // "in the day" needs a day: after a coarser date it is within the last day the text gave.
    read: (g) => (g.unit === undefined ? { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 0, grain: 'day', withinDay: true } } : fromPrevious(unitOf(g.unit)!, 0)),
  },
  {
    // "struck energy facilities overnight, officials said Sunday", "depressed by overnight losses in New York" (after
    // "Friday"): the night before the day the text is at — the last day it gave, else the publication day (TimeBank:
    // TIME 1989-10-26TNI after Friday 1989-10-27). Not the overnight of money markets ("the overnight rate").
    name: 'overnight',
    firstWords: ['overnight'],
    pattern: 'overnight(?!\\s+(?:rates?|loans?|lending|funds|money|repo|interbank|index|deposits?|stays?|bag|train|flight|success|sensation)\\b)',
    examples: ['struck overnight', 'overnight losses'],
    read: () => ({ spec: { kind: 'shift', from: 'previous', unit: 'day', amount: -1, grain: 'day', partOfDay: 'NI', withinDay: true } }),
  },
  {
    name: 'units-later-earlier',
    firstWords: ['#number', 'several', 'a'],
    pattern: `(?<number>${NUMBER_PATTERN}|several|a\\s+few|a\\s+couple)\\s+(?:${UNIT_ANY}|(?<nights>nights?))\\s+(?<direction>later|earlier|before|after|afterwards?|afterward)`,
    examples: ['three weeks later', 'a year earlier', 'two days before', 'a night earlier'],
    read: (g, _m, context) => {
      const direction = g.direction!.toLowerCase();
      // "two days after the attack", "two days before parliament breaks" anchor on an event, not a date: left as a
      // duration for the event layer. ("Two days before that" counts from what the text told last.)
      if ((direction === 'before' || direction === 'after') && /^\s+(?!that\b|then\b)[A-Za-z]/.test(context.text.slice(context.end, context.end + 8))) {
        return null;
      }
      // "for five years before 1990": a length that ends at the date, not a date before it.
      if ((direction === 'before' || direction === 'after') && introducesLength(context.text, context.start)) return null;
      // "a year later than promised" compares two times: the length is a duration, not a shifted date.
      if ((direction === 'later' || direction === 'earlier') && /^\s+than\b/i.test(context.text.slice(context.end, context.end + 6))) return null;
      const written = parseNumber(g.number!);
      const sign = direction === 'earlier' || direction === 'before' ? -1 : 1;
      if (written === undefined) return { spec: { kind: 'reference', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      // "a night earlier": the night of the day before.
      if (g.nights !== undefined) return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: sign * written, grain: 'day', partOfDay: 'NI' } };
      const { unit, amount } = countedUnits(g.unit!, written);
      // The comparison convention ("up from $3 million a year earlier": the publication year's date, a year back)
      // holds for looking back only: "two years later" counts on from the date the text gave last ("In the late
      // 1950s she worked on compilers. Two years later she moved" is about 1959, not two years after publication).
      return fromPrevious(unit, sign * amount, unit === 'year' && sign < 0);
    },
  },
  {
    name: 'day-before-after',
    firstWords: ['the'],
    pattern: 'the\\s+(?<unit>day|night|week|month|year)\\s+(?<direction>before|after)(?!\\s+(?:the|a|an|his|her|their|its|this|that|[A-Z]))',
    examples: ['the day before', 'the day after'],
    read: (g) => {
      const amount = g.direction!.toLowerCase() === 'before' ? -1 : 1;
      // "the night before": the night of the day before, a TIME as "that night" is.
      if (g.unit!.toLowerCase() === 'night') return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount, grain: 'day', partOfDay: 'NI' } };
      return fromPrevious(unitOf(g.unit!)!, amount);
    },
  },
  {
    name: 'year-earlier-period',
    firstWords: ['the', 'year', 'prior'],
    pattern: '(?:the\\s+(?:comparable\\s+|corresponding\\s+)?(?=(?:year[-\\s](?:earlier|ago)|prior[-\\s]year)\\s+\\w))?(?:year[-\\s](?:earlier|ago)|prior[-\\s]year)(?:\\s+(?:(?<ordinal>first|second|third|fourth)\\s+)?(?<what>quarter|period|month|week)|\\s+(?:first\\s+)?(?<months>six|nine|\\d{1,2})\\s+months)?',
    examples: ['the year-earlier quarter', 'year-ago', 'the year-earlier period', 'the year-earlier nine months'],
    read: (g) => {
      // "Net for the year-earlier nine months": a reporting span, as "the first nine months" is (TimeBank: P9M).
      if (g.months) return { spec: { kind: 'duration', parts: [{ unit: 'month', amount: parseNumber(g.months)! }] }, type: 'DURATION' };
      if (g.ordinal) return { spec: { kind: 'shift', from: 'publication', unit: 'year', amount: -1, grain: 'quarter', within: { quarter: ['first', 'second', 'third', 'fourth'].indexOf(g.ordinal.toLowerCase()) + 1 } } };
      return fromPrevious('year', -1, true);
    },
  },
];
