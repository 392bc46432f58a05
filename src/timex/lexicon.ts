/**
 * Word lists of English time expressions as typed data: numbers, months, weekdays, units, seasons, parts of
 * day, ordinals. Rules build their regular expressions from these lists, and normalisation looks words up here.
 */

export type Unit = 'second' | 'minute' | 'hour' | 'day' | 'week' | 'weekend' | 'month' | 'quarter' | 'year' | 'decade' | 'century';
export type Season = 'SP' | 'SU' | 'FA' | 'WI';
export type PartOfDay = 'MO' | 'MI' | 'AF' | 'EV' | 'NI' | 'DT';

export const MONTHS: Record<string, number> = {
  january: 1, jan: 1, february: 2, feb: 2, march: 3, mar: 3, april: 4, apr: 4, may: 5, june: 6, jun: 6,
  july: 7, jul: 7, august: 8, aug: 8, september: 9, sep: 9, sept: 9, october: 10, oct: 10,
  november: 11, nov: 11, december: 12, dec: 12,
};

export const WEEKDAYS: Record<string, number> = {
  monday: 1, mon: 1, tuesday: 2, tue: 2, tues: 2, wednesday: 3, wed: 3, thursday: 4, thu: 4, thur: 4, thurs: 4,
  friday: 5, fri: 5, saturday: 6, sat: 6, sunday: 7, sun: 7,
};
export const WEEKDAY_NAMES = ['', 'Monday', 'Tuesday', 'Wednesday', 'Thursday', 'Friday', 'Saturday', 'Sunday'];
/** Month names by number (1 = January), for explanations and messages. */
export const MONTH_NAMES = ['', 'January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];

export const UNITS: Record<string, Unit> = {
  second: 'second', seconds: 'second', sec: 'second', secs: 'second',
  minute: 'minute', minutes: 'minute', min: 'minute', mins: 'minute',
  hour: 'hour', hours: 'hour', hr: 'hour', hrs: 'hour',
  day: 'day', days: 'day', week: 'week', weeks: 'week', weekend: 'weekend', weekends: 'weekend',
  month: 'month', months: 'month', quarter: 'quarter', quarters: 'quarter',
  year: 'year', years: 'year', yr: 'year', yrs: 'year', decade: 'decade', decades: 'decade',
  century: 'century', centuries: 'century',
};

/** The TIMEX3 duration letter of each unit (`P3D`, `PT4H`…), and whether it sits after the `T`. */
export const UNIT_DURATION: Record<Unit, { letter: string; time: boolean; factor: number }> = {
  second: { letter: 'S', time: true, factor: 1 }, minute: { letter: 'M', time: true, factor: 1 },
  hour: { letter: 'H', time: true, factor: 1 }, day: { letter: 'D', time: false, factor: 1 },
  week: { letter: 'W', time: false, factor: 1 }, weekend: { letter: 'WE', time: false, factor: 1 },
  month: { letter: 'M', time: false, factor: 1 }, quarter: { letter: 'Q', time: false, factor: 1 },
  year: { letter: 'Y', time: false, factor: 1 }, decade: { letter: 'DE', time: false, factor: 1 },
  century: { letter: 'CE', time: false, factor: 1 },
};

export const SEASONS: Record<string, Season> = {
  spring: 'SP', summer: 'SU', fall: 'FA', autumn: 'FA', winter: 'WI',
};

export const PARTS_OF_DAY: Record<string, PartOfDay> = {
  morning: 'MO', noon: 'MI', midday: 'MI', afternoon: 'AF', evening: 'EV', night: 'NI', tonight: 'NI',
  overnight: 'NI', daytime: 'DT',
};

/**
 * The edges of daylight, each the start of the part of day it opens: "at dawn" (the morning's START), "at dusk"
 * (the evening's), "at nightfall" (the night's).
 */
export const DAY_EDGES: Record<string, PartOfDay> = {
  dawn: 'MO', daybreak: 'MO', sunrise: 'MO', dusk: 'EV', sunset: 'EV', nightfall: 'NI',
};

/** Clock hours a part of day spans, in the article's zone: [start, end). */
export const PART_OF_DAY_HOURS: Record<PartOfDay, [number, number]> = {
  MO: [6, 12], MI: [11, 13], AF: [12, 18], EV: [18, 22], NI: [19, 30], DT: [8, 18],
};

const SMALL_NUMBERS: Record<string, number> = {
  zero: 0, a: 1, an: 1, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9, ten: 10,
  eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17, eighteen: 18,
  nineteen: 19, twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
  hundred: 100, dozen: 12, 'a dozen': 12, 'a couple of': 2, 'a couple': 2, couple: 2, 'a pair of': 2,
  'half a': 0.5, 'a half': 0.5,
};
export const NUMBER_WORDS = SMALL_NUMBERS;

/** Vague quantities: "several days" → PXD. */
export const VAGUE_QUANTITIES = ['several', 'a few', 'few', 'many', 'some', 'a number of', 'numerous', 'countless', 'recent', 'coming', 'next few', 'past few'];

export const ORDINALS: Record<string, number> = {
  first: 1, second: 2, third: 3, fourth: 4, fifth: 5, sixth: 6, seventh: 7, eighth: 8, ninth: 9, tenth: 10,
  eleventh: 11, twelfth: 12, thirteenth: 13, fourteenth: 14, fifteenth: 15, sixteenth: 16, seventeenth: 17,
  eighteenth: 18, nineteenth: 19, twentieth: 20, 'twenty-first': 21, 'twenty first': 21, thirtieth: 30,
  last: -1, final: -1,
};

/** Words that only make sense as numbers written out: "thirty-two", "twenty four", "a dozen", "1,000". */
const TENS = 'twenty|thirty|forty|fifty|sixty|seventy|eighty|ninety';
const ONES = 'one|two|three|four|five|six|seven|eight|nine';
const TEENS = 'ten|eleven|twelve|thirteen|fourteen|fifteen|sixteen|seventeen|eighteen|nineteen';
export const NUMBER_PATTERN =
  `(?:\\d+(?:[.,]\\d+)?|(?:${TENS})(?:[- ](?:${ONES}))?|${TEENS}|${ONES}|(?:${ONES}|a|one)[- ]thousand|a dozen|dozens of|a couple of|a couple|couple of|a pair of|a hundred|one hundred|an?|half an?|a half|zero)`;

/** Parses a number written in digits or words; `undefined` when it is not a number. */
export function parseNumber(raw: string): number | undefined {
  const word = raw.toLowerCase().trim().replace(/\s+/g, ' ');
  if (/^\d+(?:,\d{3})*(?:\.\d+)?$/.test(word)) return Number(word.replace(/,/g, ''));
  const small = entryOf(SMALL_NUMBERS, word);
  if (small !== undefined) return small;
  if (word === 'couple of') return 2;
  if (word === 'a hundred' || word === 'one hundred') return 100;
  if (word === 'half an' || word === 'half a') return 0.5;
  const thousands = /^(\w+)[- ]thousand$/.exec(word);
  if (thousands) return thousands[1] === 'a' ? 1000 : SMALL_NUMBERS[thousands[1]!] !== undefined ? SMALL_NUMBERS[thousands[1]!]! * 1000 : undefined;
  const compound = /^(\w+)[- ](\w+)$/.exec(word);
  if (compound) {
    const tens = SMALL_NUMBERS[compound[1]!];
    const ones = SMALL_NUMBERS[compound[2]!];
    if (tens !== undefined && ones !== undefined && tens >= 20 && ones < 10) return tens + ones;
  }
  return undefined;
}

/** Regex alternation of a lexicon's keys, longest first so that "sept" wins over "sep". */
export function alternation(words: Iterable<string>): string {
  return [...new Set(words)].sort((a, b) => b.length - a.length).map((w) => w.replace(/[.*+?^${}()|[\]\\]/g, '\\$&')).join('|');
}

export const MONTH_PATTERN = alternation(Object.keys(MONTHS));
export const WEEKDAY_PATTERN = alternation(Object.keys(WEEKDAYS));
export const SEASON_PATTERN = alternation(Object.keys(SEASONS));
export const PART_OF_DAY_PATTERN = alternation(Object.keys(PARTS_OF_DAY).filter((w) => w !== 'tonight'));
export const DAY_EDGE_PATTERN = alternation(Object.keys(DAY_EDGES));

/** A word table's own entry: `table[key]` would also answer for Object.prototype names ("constructor"). */
function entryOf<V>(table: Readonly<Record<string, V>>, key: string): V | undefined {
  return Object.hasOwn(table, key) ? table[key] : undefined;
}
export function monthNumber(word: string): number {
  return entryOf(MONTHS, word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
export function weekdayNumber(word: string): number {
  return entryOf(WEEKDAYS, word.toLowerCase().replace(/\.$/, '')) ?? 0;
}
export function unitOf(word: string): Unit | undefined {
  return entryOf(UNITS, word.toLowerCase());
}

/** Words that stand for several of a unit: a fortnight is two weeks (TIMEX3 writes "a fortnight" P2W). */
const UNIT_MULTIPLES: Record<string, { unit: Unit; times: number }> = {
  fortnight: { unit: 'week', times: 2 }, fortnights: { unit: 'week', times: 2 },
};

/** `amount` of a unit word, in the unit it counts ("days" → days, "a fortnight" → 2 weeks); a vague amount stays vague. */
export function countedUnits<A extends number | 'X'>(word: string, amount: A): { unit: Unit; amount: A } {
  const unit = unitOf(word);
  const { unit: counted, times } = unit !== undefined ? { unit, times: 1 } : entryOf(UNIT_MULTIPLES, word.toLowerCase())!;
  return { unit: counted, amount: (amount === 'X' ? amount : (amount as number) * times) as A };
}

/** Words after which "five years" is a length even when "before" / "after" follows: "for five years before 1990". */
const BEFORE_A_LENGTH = /\b(?:for|over|during|within|spent|lasting|lasted|lasts|last|took|takes)\s+$/i;

/** Whether the words right before `start` make what follows a length ("for five years before 1990"). */
export function introducesLength(text: string, start: number): boolean {
  return BEFORE_A_LENGTH.test(text.slice(Math.max(0, start - 12), start));
}
