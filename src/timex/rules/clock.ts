/**
 * Clock times, with a zone and a day when the text gives them: "10 a.m.", "3 p.m. EDT", "at 10 a.m. Tuesday",
 * "noon", "midnight", "14:30 GMT".
 */
import { WEEKDAY_PATTERN, weekdayNumber } from '../lexicon.js';
import { isCapitalized, type Rule } from '../rule.js';
import type { ClockTime, Reading } from '../spec.js';

/** Zone abbreviations common in news, as UTC offsets in minutes. */
export const ZONE_OFFSETS: Record<string, number> = {
  UTC: 0, GMT: 0, BST: 60, CET: 60, CEST: 120, EET: 120, EEST: 180, MSK: 180, IST: 330, JST: 540, KST: 540,
  HKT: 480, AEST: 600, AEDT: 660, EST: -300, EDT: -240, CST: -360, CDT: -300, MST: -420, MDT: -360,
  PST: -480, PDT: -420, AKST: -540, HST: -600,
};

const ZONE = `(?:\\s+(?<zone>${Object.keys(ZONE_OFFSETS).join('|')})\\b)?`;
const MERIDIEM = '(?<meridiem>a\\.?\\s?m\\.?|p\\.?\\s?m\\.?)';
const DAY_AFTER = `(?:,?\\s+(?:on\\s+)?(?:(?<dayWord>today|yesterday|tomorrow|tonight)|(?<weekday>${WEEKDAY_PATTERN})))?`;

function clockOf(hour: number, minute: number, meridiem: string | undefined, zone: string | undefined): ClockTime | null {
  let h = hour;
  if (meridiem) {
    if (h < 1 || h > 12) return null;
    const pm = /^p/i.test(meridiem);
    if (pm && h < 12) h += 12;
    if (!pm && h === 12) h = 0;
  }
  if (h > 23 || minute > 59) return null;
  const upper = zone?.toUpperCase();
  return { hour: h, minute, zoneName: upper, offsetMinutes: upper ? ZONE_OFFSETS[upper] : undefined };
}

function withDay(clock: ClockTime, dayWord: string | undefined, weekday: string | undefined): Reading | null {
  if (weekday) {
    if (!isCapitalized(weekday)) return null;
    return { spec: { kind: 'weekday', weekday: weekdayNumber(weekday), clock } };
  }
  const amount = dayWord ? { yesterday: -1, today: 0, tomorrow: 1, tonight: 0 }[dayWord.toLowerCase()] ?? 0 : 0;
  return { spec: { kind: 'shift', from: 'publication', unit: 'day', amount, grain: 'minute', clock } };
}

export const clockRules: Rule[] = [
  {
    name: 'clock-meridiem',
    firstWords: ['#digit'],
    pattern: `(?<hour>1[0-2]|0?[1-9])(?::(?<minute>[0-5]\\d))?\\s?${MERIDIEM}${ZONE}${DAY_AFTER}`,
    examples: ['10 a.m.', '3 p.m. EDT', '10 a.m. Tuesday', '7:30 pm'],
    read: (g) => {
      const clock = clockOf(Number(g.hour), Number(g.minute ?? 0), g.meridiem, g.zone);
      return clock ? withDay(clock, g.dayWord, g.weekday) : null;
    },
  },
  {
    name: 'clock-24h',
    firstWords: ['#digit'],
    pattern: `(?<hour>[01]?\\d|2[0-3]):(?<minute>[0-5]\\d)(?:\\s+(?:hours|hrs))?${ZONE}${DAY_AFTER}`,
    examples: ['14:30 GMT', 'at 19:30'],
    read: (g, _match, context) => {
      // A bare "7:30" is a time only after a time preposition ("at 7:30", "until 19:45"); otherwise it needs a
      // zone or a day (race results, ratios and verses are written the same way).
      const afterPreposition = /\b(?:at|by|until|till|from|before|after|around|about|since)\s+$/i.test(context.text.slice(Math.max(0, context.start - 8), context.start));
      if (!g.zone && !g.dayWord && !g.weekday && !afterPreposition) return null;
      const clock = clockOf(Number(g.hour), Number(g.minute), undefined, g.zone);
      return clock ? withDay(clock, g.dayWord, g.weekday) : null;
    },
  },
  {
    name: 'noon-midnight',
    firstWords: ['noon', 'midnight'],
    pattern: `(?<word>noon|midnight)${ZONE}${DAY_AFTER}`,
    examples: ['noon', 'midnight Tuesday'],
    read: (g) => {
      const clock = clockOf(g.word!.toLowerCase() === 'noon' ? 12 : 0, 0, undefined, g.zone);
      return clock ? withDay(clock, g.dayWord, g.weekday) : null;
    },
  },
];
