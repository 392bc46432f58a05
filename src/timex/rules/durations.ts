/**
 * Lengths of time: "five weeks", "72 hours", "a two-year", "days" (PXD), "several months". Ages ("a 45-year-old")
 * are not durations. Recurrences ("every Monday", "weekly") are in recurrences.ts.
 */
import { NUMBER_PATTERN, countedUnits, parseNumber, unitOf } from '../lexicon.js';
import type { Rule } from '../rule.js';
import { clauseTense } from '../tense.js';
import { UNIT_LETTER } from './recurrences.js';
import { countsFromUndated, grainOfUnit } from './relative.js';

export const UNIT_ANY = '(?<unit>seconds?|minutes?|hours?|days?|weeks?|fortnights?|months?|quarters?|years?|decades?|centuries|century)';
/** "within" right before a length: "within 10 days", "within the 30 days". */
const WITHIN_LEAD = /\bwithin\s+(?:the\s+)?$/i;
/** "(within 15 days) after that", "of then": counted from the date the text gave last. */
/** "in" right before a length: "in 11 days", "in three weeks". */
const IN_LEAD = /(?:^|[^\w])in\s+$/i;
/** A present copula that schedules what it names: "the vote is in three weeks", "the final is due in two days". */
const SCHEDULE_COPULA = /\b(?:is|are)\s+(?:due\s+|set\s+|scheduled\s+|expected\s+|planned\s+)?in\s+$/i;
/** Units a date "in N units" ahead is counted in (hours and minutes need a publication time of day). */
const AHEAD_UNITS: ReadonlySet<string> = new Set(['day', 'week', 'month', 'year']);
const AFTER_THAT = /^\s+(?:after|of|from)\s+(?:that|then)\b/i;
const VAGUE = 'several|a\\s+few|few|many|some|numerous|a\\s+number\\s+of';

/** A modal or "to" right before "one day": "will one day", "could one day", "hopes to one day". */
const MODAL_BEFORE = /(?:\b(?:will|would|could|can|may|might|shall|should|must|to)|\w['’]ll)\s+$/i;
/** A modal whose verb comes after the time set off by commas: "You may, in a year or two, save lives". */
const MODAL_COMMA_IN = /\b(?:will|would|could|can|may|might|shall|should|must)\s*,\s*in\s+$/i;
/** A pronoun subject right before "one day", a verb after it: "he one day follow", "they one day return". */
const SUBJECT_BEFORE = /\b(?:he|she|they|we|i|you|it)\s+$/i;
/** A verb after "one day" (a lower-case word that is no preposition, article or comparison): "one day be", "one day run". */
const VERB_AFTER = /^\s+(?!(?:later|earlier|after|before|ago|of|in|on|at|and|or|to|for|a|an|the|per|each|every|with|from|off|more|less|longer|or)\b)[a-z]+\b/;

/** "a day", "an hour" — one unit after an article, which after an amount is a rate. */
const RATE_UNIT = /^an?\s+(?:hour|day|week|month|year)$/i;
/** An amount before the unit, with at most two words of what is counted: "$1 billion", "1.2 million barrels", "30%". */
const AMOUNT_BEFORE = /(?:\d|\b(?:million|billion|trillion|thousand|hundred|dozen|percent|cents?|dollars?|euros?|pounds?))%?\s+(?:[a-z]+\s+){0,2}$/i;
/** Words after the unit that make it a length or a distance in time ("$9 million a year earlier", "a day or two"). */
const NOT_RATE_AFTER = /^\s*(?:ago|earlier|later|before|after|from|of|or|to|longer|old|apart|-)\b/i;

/** Units of a compound length, longest first: "five years and eight months", "three hours and 12 minutes". */
const COMPOUND_ORDER: readonly string[] = ['year', 'month', 'week', 'day', 'hour', 'minute', 'second'];
const COMPOUND_UNIT = '(?:seconds?|minutes?|hours?|days?|weeks?|months?|years?)';
/** Words after a length that make it a shift or a range end ("… and eight months later", "… ago", "… to go"). */
const SHIFT_AFTER = /^\s*(?:ago|later|earlier|before|after\s+(?:that|then)\b|afterwards?|from\s+now|hence|old\b|-old|or\b)/i;

export const durationRules: Rule[] = [
  {
    // "five years and eight months after the fire", "in three hours and 12 minutes": one length of both units, as
    // TimeBank writes "a minute and a half" (PT1M30S); they were two. Longest unit first only ("between two days and
    // three weeks" is a range). Before "later", "ago", "before" the two stay as they were (a shift of the last one).
    name: 'compound-units',
    firstWords: ['#number'],
    pattern: `(?<n1>${NUMBER_PATTERN})[-\\s]+(?<u1>${COMPOUND_UNIT}),?\\s+and\\s+(?<n2>${NUMBER_PATTERN})[-\\s]+(?<u2>${COMPOUND_UNIT})`,
    examples: ['five years and eight months', 'three hours and 12 minutes', 'two days, and six hours'],
    read: (g, _m, context) => {
      const first = parseNumber(g.n1!);
      const second = parseNumber(g.n2!);
      if (first === undefined || second === undefined || !Number.isInteger(first) || !Number.isInteger(second)) return null;
      const longer = countedUnits(g.u1!, first);
      const shorter = countedUnits(g.u2!, second);
      if (COMPOUND_ORDER.indexOf(longer.unit) >= COMPOUND_ORDER.indexOf(shorter.unit)) return null;
      // "a years" is not English: an article needs a singular unit.
      if ((/^an?$/i.test(g.n1!) && /s$/i.test(g.u1!)) || (/^an?$/i.test(g.n2!) && /s$/i.test(g.u2!))) return null;
      if (SHIFT_AFTER.test(context.text.slice(context.end, context.end + 16))) return null;
      if (/\bbetween\s+$/i.test(context.text.slice(Math.max(0, context.start - 10), context.start))) return null;
      // ISO 8601 mixes no weeks with other units: "two weeks and three days" is P17D.
      if (longer.unit === 'week') {
        const days = longer.amount * 7;
        return { spec: { kind: 'duration', parts: shorter.unit === 'day' ? [{ unit: 'day', amount: days + shorter.amount }] : [{ unit: 'day', amount: days }, shorter] } };
      }
      return { spec: { kind: 'duration', parts: [longer, shorter] } };
    },
  },
  {
    name: 'number-units',
    firstWords: ['the', '#number', 'several', 'few', 'many', 'some', 'numerous', 'a'],
    pattern: `(?:the\\s+)?(?<number>${NUMBER_PATTERN}|${VAGUE})(?<fraction>\\s+1/2|\\s+and\\s+a\\s+half)?(?:\\s+(?:more|additional|straight|consecutive|full|long|trading|business|working))?[-\\s]+${UNIT_ANY}(?<halfAfter>\\s+and\\s+a\\s+half)?(?<tail>[-\\s]+old|-long|\\s+or\\s+so|(?<=(?:^|[^\\w])in\\s+[^\\s]+\\s+[a-z]+)\\s+or\\s+(?:two|three|four|five))?`,
    examples: ['five weeks', '72 hours', 'a two-year', 'several months', 'thirty-two years', 'a dozen years', 'a minute and a half', '(in) a day or two'],
    read: (g, match, context) => {
      if (g.tail && /old/i.test(g.tail)) return null; // ages
      const whole = parseNumber(g.number!);
      // "two and a half years", "a minute and a half", "two years and a half".
      if (g.halfAfter && g.fraction) return null;
      const amount = whole === undefined ? undefined : whole + (g.fraction || g.halfAfter ? 0.5 : 0);
      // "a years" is not English: an article needs a singular unit.
      if (/^(?:the\s+)?an?$/i.test(g.number!) && /s$/i.test(g.unit!)) return null;
      if (/^the\s/i.test(match) && whole === undefined) return null; // "the many years" is not a length
      if (/^the\s+\S+-/i.test(match)) return null; // "the 14-day": the adjective alone is the expression (found without "the")
      if (/^an?\s+\S+-long$/i.test(match)) return null; // "a month-long": the adjective alone, as "a [two-year]" (unit-long)
      // "three quarters of the vote" is a fraction, "a quarter mile" a distance.
      if (/^quarters?$/i.test(g.unit!) && !/^\s+(?:later|earlier|ago|in\s+a\s+row|of\s+(?:growth|decline|losses|profits?|gains))\b|^[\s,.;:]*$|^\s*[,.;)]/i.test(context.text.slice(context.end, context.end + 16))) return null;
      // "a second betrayal", "a second term", "a second-half goal": the ordinal, not a length of one second.
      if (/^an?\s+second$/i.test(match) && /^(?:\s+(?!(?:later|earlier|ago|after|before|or|and|of|in|to|for|longer)\b)[a-z]|-half\b)/.test(context.text.slice(context.end, context.end + 12))) return null;
      // "will one day be", "hopes to one day run", "he one day follow": some day to come, not a length of a day.
      if (/^one\s+day$/i.test(match) && VERB_AFTER.test(context.text.slice(context.end, context.end + 16))
        && (MODAL_BEFORE.test(context.text.slice(Math.max(0, context.start - 12), context.start)) || SUBJECT_BEFORE.test(context.text.slice(Math.max(0, context.start - 8), context.start)))) {
        return { spec: { kind: 'reference', value: 'FUTURE_REF' } };
      }
      // "$1 billion a day", "1.2 million barrels a day": a rate, recurring each unit (TimeBank: "$3 million a year", SET P1Y).
      if (RATE_UNIT.test(match) && AMOUNT_BEFORE.test(context.text.slice(Math.max(0, context.start - 40), context.start)) && !NOT_RATE_AFTER.test(context.text.slice(context.end, context.end + 12))) {
        return { spec: { kind: 'set', value: `P${UNIT_LETTER[g.unit!.toLowerCase()]}`, quant: 'EVERY' } };
      }
      const lead = context.text.slice(Math.max(0, context.start - 20), context.start);
      const within = amount !== undefined && WITHIN_LEAD.test(lead);
      // "within 60 days of the ruling", "in 30 days of the ruling" count from the ruling, not from now.
      const undated = (within || IN_LEAD.test(lead)) && countsFromUndated(context.text, context.end);
      // "will play Barcelona in 11 days", "the vote is in three weeks": the date that far ahead of publication, as "11
      // days from now" is ("took power in three weeks", a past, stays a length).
      if (typeof amount === 'number' && Number.isInteger(amount) && (!g.tail || /\bor\s+(?!so\b)/i.test(g.tail)) && !undated && IN_LEAD.test(lead)) {
        const { unit, amount: count } = countedUnits(g.unit!, amount);
        if (AHEAD_UNITS.has(unit) && (SCHEDULE_COPULA.test(lead) || MODAL_COMMA_IN.test(lead) || clauseTense(context.text, context.start, context.end) === 'future')) {
          // "may, in a year or two, save more lives": some time ahead, no date that far off.
          if (g.tail && /\bor\s+(?!so\b)/i.test(g.tail)) return { spec: { kind: 'reference', value: 'FUTURE_REF' } };
          return { spec: { kind: 'shift', from: 'publication', unit, amount: count, grain: grainOfUnit(unit) } };
        }
      }
      // "will file a report within 10 days" runs from now; "within 15 days after that" from the date the text gave last.
      const fromThat = within && AFTER_THAT.test(context.text.slice(context.end, context.end + 16));
      const fromNow = within && !fromThat && !undated && clauseTense(context.text, context.start, context.end) === 'future';
      const anchoring = fromThat ? 'startsAtPrevious' as const : fromNow ? 'startsAtReference' as const : undefined;
      return { spec: { kind: 'duration', parts: [countedUnits(g.unit!, amount ?? 'X')], ...(anchoring && { anchoring }) } };
    },
  },
  {
    // "a month-long campaign", "the decades-long feud": one unit, or an unknown number of them (TimeBank: "day-long"
    // P1D, "decades-long" PXY).
    name: 'unit-long',
    firstWords: ['hour', 'day', 'week', 'month', 'year', 'decade', 'hours', 'days', 'weeks', 'months', 'years', 'decades'],
    pattern: '(?<unit>hours?|days?|weeks?|months?|years?|decades?)-long',
    examples: ['a month-long campaign', 'the decades-long feud', 'day-long'],
    read: (g) => ({ spec: { kind: 'duration', parts: [countedUnits(g.unit!, /s$/i.test(g.unit!) ? 'X' : 1)] } }),
  },
  {
    // "over the years", "through the decades": a vague length running up to the time the clause is at (TimeBank:
    // "the years", PXY); "the years" elsewhere ("the years of war") is the narrative's period.
    name: 'over-the-units',
    firstWords: ['the'],
    pattern: 'the\\s+(?<unit>years|decades|months|weeks)(?!\\s+(?:of|since|before|after|that|when|to|ahead|between)\\b)',
    examples: ['(over) the years', '(through) the decades'],
    read: (g, _m, context) => {
      if (!/\b(?:over|through|throughout|down|across)\s+$/i.test(context.text.slice(Math.max(0, context.start - 12), context.start))) return null;
      return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit!)!, amount: 'X' }] } };
    },
  },
  {
    name: 'bare-plural-units',
    firstWords: ['days', 'weeks', 'months', 'years', 'decades', 'hours', 'minutes'],
    // "within weeks or months": one vague length, valued by its first unit (TimeBank: PXW), as "two to three weeks" is.
    pattern: '(?<unit>days|weeks|months|years|decades|hours|minutes)(?:\\s+or\\s+(?:days|weeks|months|years|decades|hours|minutes))?(?<ago>\\s+ago)?',
    examples: ['days after they left', 'for years', 'within weeks or months'],
    read: (g, _m, context) => {
      const before = context.text.slice(Math.max(0, context.start - 16), context.start);
      // "the days", "those years" are periods of the narrative rather than lengths; numbers are the rule above.
      if (/\b(?:the|these|those|their|his|her|its|our|my|your|recent|\d+)\s*$/i.test(before)) return null;
      // "the early hours of Sunday", "the small hours": a part of the night, not a length.
      if (/^hours$/i.test(g.unit!) && /\b(?:early|small|wee)\s+$/i.test(before)) return null;
      if (g.ago) return { spec: { kind: 'reference', value: 'PAST_REF' } };
      return { spec: { kind: 'duration', parts: [{ unit: unitOf(g.unit!)!, amount: 'X' }] } };
    },
  },
];
