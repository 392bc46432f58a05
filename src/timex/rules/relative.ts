/**
 * Deictic and relative expressions anchored at the publication date: "yesterday", "six days ago",
 * "last week", "earlier this week", "next year", and spans like "the past two years" or "the coming months".
 */
import { DAY_EDGES, DAY_EDGE_PATTERN, MONTH_PATTERN, NUMBER_PATTERN, ORDINALS, WEEKDAY_PATTERN, PARTS_OF_DAY, PART_OF_DAY_PATTERN, alternation, countedUnits, parseNumber, unitOf, weekdayNumber } from '../lexicon.js';
import { isCapitalized, type Rule } from '../rule.js';
import { NARRATIVE_NEXT_DAY } from './clock.js';
import { clauseTense, sentenceAround } from '../tense.js';
import type { Grain, Reading } from '../spec.js';
import type { PartOfDay, Unit } from '../lexicon.js';

const UNIT_SINGULAR = '(?<unit>day|week|weekend|month|quarter|year|decade|century|hour|minute)';
const UNIT_ANY = '(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|weekends?|months?|quarters?|years?|decades?|centuries|century)';

/** The grain a shift by this unit lands on: "two weeks ago" names a week, "six days ago" a day. */
export function grainOfUnit(unit: Unit): Grain {
  if (unit === 'second' || unit === 'minute') return 'minute';
  return unit;
}

const DEICTIC_DAYS: Record<string, number> = { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 };

function shift(unit: Unit, amount: number, extra: Partial<Extract<Reading['spec'], { kind: 'shift' }>> = {}): Reading {
  return { spec: { kind: 'shift', from: 'publication', unit, amount, grain: grainOfUnit(unit), ...extra } };
}

/** Words before "last" that make it the verb: "to last", "could last", "will not last", "and last". */
const VERB_LAST_BEFORE = /\b(?:to|will|would|could|can|may|might|must|should|shall|not|n['’]t|cannot|and|or|usually|typically|normally|often|generally)\s+$/i;

/**
 * A present perfect in the sentence: "has moved", "have been selling", "has grown". Not "has" with an object ("has
 * problems") nor a past perfect ("had risen"), whose span ends at a past time.
 */
const PRESENT_PERFECT = /\b(?:has|have|['’]ve)\s+(?:(?:not|never|also|already|long|often|steadily|sharply|repeatedly|n['’]t)\s+)?(?:been|[a-z]+(?:ed|en|wn|ne|un|ght)|made|paid|said|sold|lost|won|built|kept|left|spent|held|met|felt|led|fled|cut|hit|set|put|risen|fallen|become|come|grown|begun|run)\b/i;

/** Where one clause of a sentence gives way to another joined to it: "…, and in recent days said …". */
const CLAUSE_JOIN = /[;:]\s+|,\s+(?:and|but|while|whereas)\s+/g;

/** A present perfect in the clause around `offset` (the sentence cut at "; " and ", and …"). */
function inPresentPerfect(text: string, offset: number): boolean {
  const sentence = text.slice(...spanOf(sentenceAround(text, offset)));
  const at = offset - sentenceAround(text, offset).start;
  let from = 0;
  let to = sentence.length;
  for (const join of sentence.matchAll(CLAUSE_JOIN)) {
    if (join.index + join[0].length <= at) from = join.index + join[0].length;
    else if (join.index >= at) {
      to = join.index;
      break;
    }
  }
  return PRESENT_PERFECT.test(sentence.slice(from, to));
}

const spanOf = (span: { start: number; end: number }): [number, number] => [span.start, span.end];

/** A quarter's reported results: "(this quarter's) loss", "(…'s) net income", "(…'s) results". */
const QUARTER_RESULT_AFTER = /^\s+(?:(?:net|operating|pretax|pre-tax)\s+)?(?:loss|losses|profits?|earnings|results|income|sales|revenues?|charges?)\b/i;

/** A date after "of" / "after": "the first two days of March", "the last three months of the year". */
const DATE_AFTER_OF = new RegExp(`^\\s+(?:of|after)\\s+(?:(?:this|last|next|the|that|each|every)\\s+(?:year|month|week|quarter|decade|century)\\b|(?:${MONTH_PATTERN}|${WEEKDAY_PATTERN})\\b|\\d|(?:fiscal|calendar)\\s)`, 'i');

/**
 * "the last 10 minutes of the match", "within 60 days of the ruling", "within five years of the deal entering into
 * force": a length counted from something the text does not date, so not from the publication.
 */
export function countsFromUndated(text: string, end: number): boolean {
  const after = text.slice(end, end + 40);
  return /^\s+(?:of|after)\s+\S/i.test(after) && !DATE_AFTER_OF.test(after);
}

/** A month named with a day or after a preposition of time: "March 3", "Sept. 30", "in March", "since early June". */
const NAMED_MONTH = new RegExp(`\\b(?<month>${MONTH_PATTERN})\\b\\.?\\s+[0-3]?\\d\\b|\\b(?:in|on|since|until|by|from|during|through|early|late|mid)[-\\s]+(?<month2>${MONTH_PATTERN})\\b`, 'gi');

/** Whether the sentence before `start` names a month (capitalized, so not the modal "may"). */
function namesMonthBefore(text: string, start: number): boolean {
  const sentence = sentenceAround(text, start);
  for (const m of text.slice(sentence.start, start).matchAll(NAMED_MONTH)) {
    if (isCapitalized(m.groups!.month ?? m.groups!.month2)) return true;
  }
  return false;
}

/** Ordinal words that name a day of a month ("first" … "thirtieth"; not "last"). */
const DAY_ORDINALS = alternation(Object.keys(ORDINALS).filter((w) => ORDINALS[w]! > 0));

/**
 * A part of the day the text is at — the last day it gave, else the publication day — or, with a weekday after it
 * ("in the afternoon on Tuesday", "at dawn Sunday"), of that weekday; null for a lower-case weekday (not a day name).
 */
export function partOfDayOn(partOfDay: PartOfDay, weekday: string | undefined): Reading['spec'] | null {
  if (weekday === undefined) return { kind: 'shift', from: 'previous', unit: 'day', amount: 0, grain: 'day', partOfDay, withinDay: true };
  return isCapitalized(weekday) ? { kind: 'weekday', weekday: weekdayNumber(weekday.toLowerCase()), modifier: undefined, partOfDay } : null;
}

/** A time preposition right before "mid-century": "by", "until", "before", "after", "around", "since", "toward". */
const MID_CENTURY_BEFORE = /\b(?:by|until|till|before|after|around|about|since|from|to|towards?|through|in|at)\s+$/i;

/** "two hours later this morning", "two days later this week": "later" ends a counted shift of its own. */
const endsCountedShift = (text: string, start: number): boolean =>
  /\b(?:seconds?|minutes?|hours?|days?|nights?|weeks?|months?|years?)\s+$/i.test(text.slice(Math.max(0, start - 10), start));

export const relativeRules: Rule[] = [
  {
    name: 'deictic-day',
    firstWords: ['yesterday', 'today', 'tomorrow', 'tonight', 'the'],
    pattern: `(?:the\\s+day\\s+(?<beyond>before\\s+yesterday|after\\s+tomorrow)|(?<word>yesterday|today|tomorrow|tonight))(?:['’]s)?(?:\\s+(?<part>${PART_OF_DAY_PATTERN}))?`,
    examples: ['yesterday', 'today', 'tomorrow morning', 'tonight', 'the day before yesterday', 'the day after tomorrow'],
    read: (g) => {
      const word = g.word?.toLowerCase();
      const partOfDay = word === 'tonight' ? 'NI' : g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : undefined;
      // "the day before yesterday" is two days back, "the day after tomorrow" two days ahead.
      const amount = word ? DEICTIC_DAYS[word]! : /^before/i.test(g.beyond!) ? -2 : 2;
      return shift('day', amount, { partOfDay, grain: partOfDay ? 'partOfDay' : 'day' });
    },
  },
  {
    name: 'deictic-part-of-day',
    firstWords: ['this', 'last', 'yesterday'],
    pattern: `(?<which>this|last|yesterday)\\s+(?<part>${PART_OF_DAY_PATTERN})`,
    examples: ['this morning', 'last night', 'this afternoon'],
    read: (g) => {
      const partOfDay = PARTS_OF_DAY[g.part!.toLowerCase()]!;
      const amount = g.which!.toLowerCase() === 'this' ? 0 : -1;
      // "last night" is the night before the publication day.
      return shift('day', amount, { partOfDay, grain: 'partOfDay' });
    },
  },
  {
    // "by mid-afternoon", "at midmorning": that part of the day the text is at — the last day it gave, else the
    // publication day — in its middle (TimeBank: TAF, MID). "in the afternoon" is in narrative.ts.
    name: 'mid-part-of-day',
    firstWords: ['morning', 'afternoon', 'evening', 'midmorning', 'midafternoon'],
    pattern: '(?<=\\bmid-?\\s?)(?<part>morning|afternoon|evening)|mid(?<joined>morning|afternoon)',
    examples: ['(mid-)afternoon', 'midmorning'],
    read: (g, _m, context) => {
      // "a mid-morning snack": an adjective.
      if (/\b(?:a|an)\s+(?:mid-?\s?)?$/i.test(context.text.slice(Math.max(0, context.start - 8), context.start))) return null;
      const partOfDay = PARTS_OF_DAY[(g.part ?? g.joined)!.toLowerCase()]!;
      const reading: Reading = { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 0, grain: 'day', partOfDay, withinDay: true } };
      // "mid-" before "afternoon" is folded in by the modifiers; "midafternoon" carries it in the word.
      return g.joined ? { ...reading, mod: 'MID' } : reading;
    },
  },
  {
    // "at dawn", "before dusk", "at nightfall on Friday": the start of that part of the day the text is at — the
    // last day it gave, else the publication day — or of the weekday named. Only after a preposition: "the dawn of a
    // new era" is no time of day.
    name: 'day-edge',
    firstWords: Object.keys(DAY_EDGES),
    pattern: `(?<=\\b(?:at|before|after|by|until|till|from|since|around|near|toward|towards)\\s+)(?<edge>${DAY_EDGE_PATTERN})(?:\\s+(?:on\\s+)?(?<weekday>${WEEKDAY_PATTERN})|\\s+${NARRATIVE_NEXT_DAY})?`,
    examples: ['(at) dawn', '(before) dusk', '(at) nightfall on Friday', '(at) dawn Sunday', '(at) dawn the next morning'],
    read: (g) => {
      const partOfDay = DAY_EDGES[g.edge!.toLowerCase()]!;
      // "at dawn the next morning": that part of the day after the last day the text gave.
      if (g.narrative) return { spec: { kind: 'shift', from: 'previous', unit: 'day', amount: 1, grain: 'day', partOfDay, withinDay: true }, mod: 'START' };
      const spec = partOfDayOn(partOfDay, g.weekday);
      return spec === null ? null : { spec, mod: 'START' };
    },
  },
  {
    name: 'part-of-day-deictic',
    firstWords: ['morning', 'afternoon', 'evening', 'night'],
    pattern: '(?<part>morning|afternoon|evening|night)\\s+(?<word>yesterday|today|tomorrow)',
    examples: ['(mid-)afternoon yesterday', 'morning today'],
    read: (g) => shift('day', DEICTIC_DAYS[g.word!.toLowerCase()]!, { partOfDay: PARTS_OF_DAY[g.part!.toLowerCase()]!, grain: 'partOfDay' }),
  },
  {
    name: 'units-ago',
    firstWords: ['#number', 'several', 'a', 'few'],
    pattern: `(?<number>${NUMBER_PATTERN}|several|a few|a couple|few)(?<fraction>\\s+and\\s+a\\s+half)?\\s+${UNIT_ANY}(?<halfAfter>\\s+and\\s+a\\s+half)?(?<orSo>\\s+or\\s+so)?(?<orMore>\\s+or\\s+(?:two|three|four|five))?\\s+(?<direction>ago|from now|hence)(?<same>\\s+(?:this\\s+(?:week|month)|today))?`,
    examples: ['six days ago', 'thirty-two years ago', 'a dozen years ago', 'a couple of weeks ago', 'three weeks from now', 'two and a half years ago', 'a year and a half ago', 'a week or so ago', 'a year or two ago'],
    read: (g) => {
      if (g.fraction && g.halfAfter) return null;
      const whole = parseNumber(g.number!);
      const written = whole === undefined ? undefined : whole + (g.fraction || g.halfAfter ? 0.5 : 0);
      const sign = g.direction!.toLowerCase() === 'ago' ? -1 : 1;
      // "a year or two ago", like "a few years ago": some time back, no date that far off.
      if (written === undefined || g.orMore) return { spec: { kind: 'reference', value: sign < 0 ? 'PAST_REF' : 'FUTURE_REF' } };
      const { unit, amount } = countedUnits(g.unit!, written);
      // "12 years ago this week", "50 years ago this month", "a year ago today": that week, month or day of the year then.
      const same = g.same?.trim().toLowerCase();
      if (same !== undefined) {
        if (sign > 0) return null;
        return shift(unit, -amount, { grain: same === 'today' ? 'day' : same.endsWith('week') ? 'week' : 'month' });
      }
      // "a year ago" in a report on a quarter means that quarter a year ago; "a week or so ago" is about a week.
      const reading = shift(unit, sign * amount, { inheritGrain: unit === 'year' && amount === 1 });
      return g.orSo ? { ...reading, mod: 'APPROX' } : reading;
    },
  },
  {
    name: 'last-this-next-unit',
    firstWords: ['last', 'this', 'next', 'past', 'coming', 'current', 'previous', 'the'],
    pattern: `(?<which>last|this|next|past|coming|current|previous|the\\s+past|the\\s+coming|the\\s+current|the\\s+last)\\s+(?:${UNIT_SINGULAR}|(?<fortnight>fortnight))(?<possessive>['’]s)?`,
    examples: ['last week', 'this month', 'next year', 'the current quarter', 'the past fortnight'],
    read: (g, _m, context) => {
      const definite = /^the\s/i.test(g.which!);
      const which = g.which!.toLowerCase().replace(/^the\s+/, '');
      if (g.fortnight) {
        // A fortnight is no calendar unit: "the past fortnight", "last fortnight" are the two weeks up to publication.
        const anchoring = which === 'past' || which === 'last' || which === 'previous' ? 'endsAtReference' : which === 'next' || which === 'coming' ? 'startsAtReference' : undefined;
        if (!anchoring) return null;
        return { spec: { kind: 'duration', parts: [countedUnits(g.fortnight, 1)], anchoring }, type: 'DURATION' };
      }
      const unit = unitOf(g.unit!)!;
      if (which === 'past' || which === 'coming' || (definite && which === 'last')) {
        // "the past week", "the coming year": a span ending (starting) at publication.
        return { spec: { kind: 'duration', parts: [{ unit, amount: 1 }] }, type: 'DURATION' };
      }
      const amount = which === 'last' || which === 'previous' ? -1 : which === 'next' ? 1 : 0;
      // "This quarter's loss includes charges": results are reported once a quarter is over, so the quarter whose
      // loss a report gives is the one it covers, not the one under way (unless the clause looks ahead).
      if (unit === 'quarter' && which === 'this' && !definite && g.possessive && QUARTER_RESULT_AFTER.test(context.text.slice(context.end, context.end + 24))
        && clauseTense(context.text, context.start, context.end) !== 'future') {
        return { spec: { kind: 'reportingQuarter', latest: true } };
      }
      return shift(unit, amount);
    },
  },
  {
    name: 'earlier-later-this-unit',
    firstWords: ['earlier', 'later'],
    pattern: `(?<side>earlier|later)\\s+(?:(?<which>this|last|next)\\s+${UNIT_SINGULAR}|in\\s+the\\s+(?<unit2>year|month|week))`,
    examples: ['earlier this week', 'later this month', 'earlier this year', 'earlier in the year'],
    read: (g, _m, context) => {
      if (endsCountedShift(context.text, context.start)) return null;
      const unit = unitOf((g.unit ?? g.unit2)!)!;
      // "earlier in the year" is "earlier this year".
      const which = g.which?.toLowerCase() ?? 'this';
      const amount = which === 'last' ? -1 : which === 'next' ? 1 : 0;
      const restrict = amount !== 0 ? undefined : g.side!.toLowerCase() === 'earlier' ? 'beforeReference' : 'afterReference';
      return { ...shift(unit, amount, { restrict }), mod: g.side!.toLowerCase() === 'earlier' ? 'START' : 'END' };
    },
  },
  {
    // "earlier this morning", "later this afternoon", "earlier today", "later tonight": the part of that day, or of
    // that part of it, before (after) the publication instant (TimeBank: "later this afternoon", TAF mod END).
    // "Earlier yesterday", "later tomorrow": that day's first (last) part, as "early yesterday" (TimeBank wsj_0340
    // "Earlier yesterday" mod START, wsj_0816 "Later yesterday" mod END). A weekday stays apart ("Earlier Friday"):
    // AQUAINT marks the weekday alone four times, TimeBank joins them once.
    name: 'earlier-later-this-part-of-day',
    firstWords: ['earlier', 'later'],
    pattern: `(?<side>earlier|later)\\s+(?:this\\s+(?<part>${PART_OF_DAY_PATTERN})|(?<word>today|tonight|(?:yesterday|tomorrow)(?!\\s+(?:${PART_OF_DAY_PATTERN})\\b)))`,
    examples: ['earlier this morning', 'later this afternoon', 'earlier today', 'later tonight', 'earlier yesterday', 'later tomorrow'],
    read: (g, _m, context) => {
      // "a news conference for later today": AQUAINT marks "today" alone after "for" (APW19991008.0265).
      if (/\bfor\s+$/i.test(context.text.slice(Math.max(0, context.start - 6), context.start)) || endsCountedShift(context.text, context.start)) return null;
      const earlier = g.side!.toLowerCase() === 'earlier';
      const partOfDay = g.part ? PARTS_OF_DAY[g.part.toLowerCase()] : g.word!.toLowerCase() === 'tonight' ? 'NI' : undefined;
      const mod = earlier ? 'START' : 'END';
      const word = g.word?.toLowerCase();
      // Another day than the publication's has no instant to cut at: its first (last) part, as the mod gives it.
      // "He said earlier yesterday's vote was close": "earlier" goes with the verb, the day with its noun.
      if (word === 'yesterday' || word === 'tomorrow') return /^['’]s\b/.test(context.text.slice(context.end, context.end + 3)) ? null : { ...shift('day', DEICTIC_DAYS[word]!), mod };
      const restrict = earlier ? 'beforeInstant' : 'afterInstant';
      return { ...shift('day', 0, { partOfDay, grain: partOfDay ? 'partOfDay' : 'day', restrict }), mod };
    },
  },
  {
    // "the end of the year", "year-end", "the year's end", "the beginning of the month": a part of the
    // reference's own period.
    name: 'part-of-this-unit',
    firstWords: ['the', 'year', 'year-end', 'yearend', 'mid', 'mid-century', 'midcentury'],
    pattern: `the\\s+(?<part>end|beginning|start|middle)\\s+of\\s+the\\s+(?<unit>year|month|week|quarter|decade|century)|(?:the\\s+)?(?<yearEnd>year[-\\s]?end(?!ed|ing)|year['’]s\\s+end)(?:\\s+(?<year>(?:19|20)\\d\\d))?|(?<midCentury>mid[-\\s]?century)(?![-\\s]+(?:modern|style|design|furniture|architecture|houses?|homes?|ranch|buildings?|chairs?)\\b)`,
    examples: ['the end of the year', 'year-end', "the year's end", 'the beginning of the month', 'the end of the decade', '(by) mid-century'],
    read: (g, _m, context) => {
      // "by mid-century", "until mid-century": the middle of the century, as "the middle of the century"; only after a
      // time preposition ("a mid-century house" is a style).
      if (g.midCentury) return MID_CENTURY_BEFORE.test(context.text.slice(Math.max(0, context.start - 12), context.start)) ? { ...shift('century', 0), mod: 'MID' } : null;
      const part = g.part?.toLowerCase() ?? 'end';
      const unit = g.yearEnd ? 'year' : unitOf(g.unit!)!;
      if (g.year) return { spec: { kind: 'calendar', year: Number(g.year), grain: 'year' }, mod: 'END' };
      const mod = part === 'end' ? 'END' : part === 'middle' ? 'MID' : 'START';
      // "starts on March 3 and ends at the end of the month": the month the sentence named, not the publication's.
      if (unit === 'month' && namesMonthBefore(context.text, context.start)) return { spec: { kind: 'shift', from: 'previous', unit, amount: 0, grain: 'month' }, mod };
      // "Two days later, the president promised aid … and by the end of the week pledges exceeded": in a past clause
      // the week of the date the text gave last (the publication's when it gave none).
      if (unit === 'week' && g.part && clauseTense(context.text, context.start, context.end) === 'past') return { spec: { kind: 'shift', from: 'previous', unit, amount: 0, grain: 'week' }, mod };
      return { ...shift(unit, 0), mod };
    },
  },
  {
    // "the week after next", "the year before last": two units from the reference's own.
    name: 'unit-after-next-before-last',
    firstWords: ['the'],
    pattern: `the\\s+(?<unit>week|weekend|month|year)\\s+(?<direction>after\\s+next|before\\s+last)`,
    examples: ['the week after next', 'the year before last', 'the weekend before last'],
    read: (g) => shift(unitOf(g.unit!)!, /^after/i.test(g.direction!) ? 2 : -2),
  },
  {
    // "the last day of the month", "the first day of next year": a day named by its place in a period.
    name: 'edge-day-of-unit',
    firstWords: ['the'],
    pattern: `the\\s+(?<edge>first|last|final)\\s+day\\s+of\\s+(?<which>the|this|next|last)\\s+(?<unit>week|month|quarter|year)`,
    examples: ['the last day of the month', 'the first day of next year', 'the final day of this week'],
    read: (g) => {
      const which = g.which!.toLowerCase();
      const amount = which === 'next' ? 1 : which === 'last' ? -1 : 0;
      const of = g.unit!.toLowerCase() as 'week' | 'month' | 'quarter' | 'year';
      return shift(of, amount, { grain: 'day', within: { edgeDay: { edge: g.edge!.toLowerCase() === 'first' ? 'first' : 'last', of } } });
    },
  },
  {
    // "the first of the month" (by tense, as "on the 28th"), "the 15th of next month", "the first of last month".
    name: 'day-of-this-next-month',
    firstWords: ['the'],
    pattern: `the\\s+(?:(?<digits>3[01]|[12]\\d|0?[1-9])(?:st|nd|rd|th)|(?<word>${DAY_ORDINALS}))\\s+of\\s+(?<which>the|this|next|last)\\s+month`,
    examples: ['the first of the month', 'the 15th of next month', 'the first of last month'],
    read: (g) => {
      const day = g.digits ? Number(g.digits) : ORDINALS[g.word!.toLowerCase()]!;
      const which = g.which!.toLowerCase();
      if (which === 'the' || which === 'this') return { spec: { kind: 'calendar', day, grain: 'day' } };
      return { spec: { kind: 'anchored', base: shift('month', which === 'next' ? 1 : -1), baseText: `${which} month`, step: { kind: 'dayOfMonth', day } } };
    },
  },
  {
    name: 'past-next-n-units',
    firstWords: ['the', 'past', 'last', 'next', 'coming', 'previous', 'following', 'first', 'final'],
    pattern: `(?:the\\s+)?(?<which>past|last|next|coming|previous|following|first|final)\\s+(?<number>${NUMBER_PATTERN}|several|few|many)\\s+${UNIT_ANY}`,
    examples: ['the past two years', 'the next five years', 'the last 12 months', 'the first nine months'],
    read: (g, match, context) => {
      const which = g.which!.toLowerCase();
      // "is expected to last two days", "could last three days": the verb, before a plain length found on its own.
      if (which === 'last' && !/^the\s/i.test(match) && VERB_LAST_BEFORE.test(context.text.slice(Math.max(0, context.start - 24), context.start))) return null;
      const { unit, amount } = countedUnits(g.unit!, parseNumber(g.number!) ?? 'X');
      // "the last 10 minutes of the match": the end of something else than the publication, which the text does not date.
      const ofUndated = countsFromUndated(context.text, context.end);
      const anchoring = ofUndated ? undefined : which === 'past' || which === 'last' ? 'endsAtReference' : which === 'next' || which === 'coming' ? 'startsAtReference' : undefined;
      return { spec: { kind: 'duration', parts: [{ unit, amount }], anchoring }, type: 'DURATION' };
    },
  },
  {
    // "in the years that followed", "the weeks that followed the vote": a span of unknown length after the events the
    // text told last. TimeML marks the unit alone (AQUAINT: "In the [years] that [followed]", DURATION PXY), the
    // following being an event of its own.
    name: 'units-that-followed',
    firstWords: ['hours', 'days', 'weeks', 'months', 'years', 'decades'],
    pattern: '(?<unit>hours|days|weeks|months|years|decades)(?=\\s+(?:that|which)\\s+(?:followed|ensued))',
    examples: ['(the) months (that followed)', '(the) years (that followed)'],
    read: (g, _match, context) => {
      if (!/\bthe\s+$/i.test(context.text.slice(Math.max(0, context.start - 5), context.start))) return null;
      return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit!)!, amount: 'X' }] }, type: 'DURATION' };
    },
  },
  {
    name: 'coming-past-units',
    firstWords: ['the', 'coming', 'past', 'next', 'last', 'recent', 'previous'],
    pattern: `(?:the\\s+)?(?<which>coming|past|next|last|recent|previous)\\s+(?<unit>days|weeks|months|years|decades|hours)|the\\s+(?<unit2>days|weeks|months|years)\\s+ahead`,
    examples: ['the coming months', 'the past weeks', 'recent years', 'the weeks ahead'],
    read: (g, _m, context) => {
      // "in the weeks ahead" is "in the coming weeks".
      if (g.unit2) return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit2)!, amount: 'X' }] }, type: 'DURATION' };
      // "have suffered … in recent years", "In recent months a group of lenders has extended": with a present perfect
      // the span runs up to now, a length (TimeML: PXY); "as the yen soared in recent years" is some time past.
      if (g.which!.toLowerCase() === 'recent') {
        // ("the takeover boom of recent years" names a time of the boom's, not the clause's span.)
        if (!/\bof\s+$/i.test(context.text.slice(Math.max(0, context.start - 4), context.start)) && inPresentPerfect(context.text, context.start)) return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit!)!, amount: 'X' }] }, type: 'DURATION' };
        return { spec: { kind: 'reference', value: 'PAST_REF' } };
      }
      return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit!)!, amount: 'X' }] }, type: 'DURATION' };
    },
  },
];
