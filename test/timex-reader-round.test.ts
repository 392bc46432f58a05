/**
 * Misreadings a reader found, each fixed as a general rule: the example rows (sentence, phrase, type, value,
 * publication date) include the near misses that must keep their old reading.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

describe('"last" as a verb is no span ending at publication', () => check([
  { sentence: 'The inquiry is due to last four weeks.', phrase: 'four weeks', type: 'DURATION', value: 'P4W', on: '2026-02-13', spans: false },
  { sentence: 'The heatwave may last five days.', phrase: 'five days', type: 'DURATION', value: 'P5D', on: '2026-02-13', spans: false },
  { sentence: 'Hearings open on May 4 and last three weeks.', phrase: 'three weeks', type: 'DURATION', value: 'P3W', on: '2026-02-13', spans: false },
  { sentence: 'The truce will not last two months.', phrase: 'two months', type: 'DURATION', value: 'P2M', on: '2026-02-13', spans: false },
  // Near misses: the adjective keeps its span up to publication.
  { sentence: 'Rain fell over the last three days.', phrase: 'the last three days', type: 'DURATION', value: 'P3D', on: '2026-02-13', spans: true },
  { sentence: 'Output rose 4% in the last six months.', phrase: 'the last six months', type: 'DURATION', value: 'P6M', on: '2026-02-13', spans: true },
]));

describe('a length counted from something undated is anchored to nothing', () => check([
  { sentence: 'She equalised in the last five minutes of the game.', phrase: 'the last five minutes', type: 'DURATION', value: 'PT5M', on: '2026-02-13', spans: false },
  { sentence: 'Water ran short in the final two weeks of the blockade.', phrase: 'the final two weeks', type: 'DURATION', value: 'P2W', on: '2026-02-13', spans: false },
  { sentence: 'The club will have to respond within 21 days of the verdict.', phrase: '21 days', type: 'DURATION', value: 'P21D', on: '2026-02-13', spans: false },
  { sentence: 'Staff will be told within 10 days of the takeover completing.', phrase: '10 days', type: 'DURATION', value: 'P10D', on: '2026-02-13', spans: false },
  { sentence: 'Duties will go within three years after the treaty takes effect.', phrase: 'three years', type: 'DURATION', value: 'P3Y', on: '2026-02-13', spans: false },
  // "after that" after a date counts from that date.
  { sentence: 'Bids close on April 9, and a winner will be named within 20 days after that.', phrase: '20 days', type: 'DURATION', value: 'P20D', on: '2026-02-13', spans: true },
  // Near misses: from now, up to now, or in a dated period.
  { sentence: 'The board will rule within the next 30 days.', phrase: 'the next 30 days', type: 'DURATION', value: 'P30D', on: '2026-02-13', spans: true },
  { sentence: 'The board will rule within 30 days.', phrase: '30 days', type: 'DURATION', value: 'P30D', on: '2026-02-13', spans: true },
  { sentence: 'Two ships sank in the last two days.', phrase: 'the last two days', type: 'DURATION', value: 'P2D', on: '2026-02-13', spans: true },
  // (The last three months of a year are its fourth quarter: periods.ts reads them as that date.)
  { sentence: 'Profits fell in the last three months of the year.', phrase: 'the last three months of the year', type: 'DATE', value: '2025-Q4', on: '2026-02-13', spans: true },
]));

describe('midnight and noon beside a day', () => check([
  { sentence: 'The ban takes effect at midnight tonight.', phrase: 'midnight tonight', type: 'TIME', value: '2026-02-13T24:00', on: '2026-02-13' },
  { sentence: 'Bidding will close Monday midnight.', phrase: 'Monday midnight', type: 'TIME', value: '2026-02-16T24:00', on: '2026-02-13' },
  { sentence: 'The leaders will meet Thursday noon.', phrase: 'Thursday noon', type: 'TIME', value: '2026-02-19T12:00', on: '2026-02-13' },
  { sentence: 'The strike ended Tuesday midday.', phrase: 'Tuesday midday', type: 'TIME', value: '2026-02-10T12:00', on: '2026-02-13' },
  { sentence: 'The offer lapses Sunday at midnight.', phrase: 'midnight', type: 'TIME', value: '2026-02-15T24:00', on: '2026-02-13' },
  { sentence: 'The ban begins tonight at midnight.', phrase: 'midnight', type: 'TIME', value: '2026-02-13T24:00', on: '2026-02-13' },
  // A past clock time after it is not carried into the next day.
  { sentence: 'The curfew starts at midnight tonight. The blast happened at 3:15 p.m.', phrase: '3:15 p.m.', type: 'TIME', value: '2026-02-13T15:15', on: '2026-02-13' },
  // Near misses: the day written after, noon after "at", and a part of day that is no clock time.
  { sentence: 'The offer lapses Sunday at noon.', phrase: 'noon', type: 'TIME', value: '2026-02-15T12:00', on: '2026-02-13' },
  { sentence: 'The offer expires at midnight Sunday.', phrase: 'midnight Sunday', type: 'TIME', value: '2026-02-15T24:00', on: '2026-02-13' },
  { sentence: 'The talks collapsed Tuesday night.', phrase: 'Tuesday night', type: 'TIME', value: '2026-02-10TNI', on: '2026-02-13' },
]));

describe('clock times with seconds', () => check([
  { sentence: 'The first shot was fired at 2:41:05 p.m.', phrase: '2:41:05 p.m.', type: 'TIME', value: '2026-02-13T14:41:05', on: '2026-02-13' },
  { sentence: 'The tremor was measured at 21:04:33 GMT.', phrase: '21:04:33 GMT', type: 'TIME', value: '2026-02-13T21:04:33Z', on: '2026-02-13' },
  // Near misses: no seconds written, none given.
  { sentence: 'The first shot was fired at 2:41 p.m.', phrase: '2:41 p.m.', type: 'TIME', value: '2026-02-13T14:41', on: '2026-02-13' },
  { sentence: 'The tremor was measured at 21:04 GMT.', phrase: '21:04 GMT', type: 'TIME', value: '2026-02-13T21:04Z', on: '2026-02-13' },
]));

describe('"in the afternoon": that part of the day the text is at', () => check([
  { sentence: 'The ship docked at 7 a.m. and was unloaded in the evening.', phrase: 'the evening', type: 'TIME', value: '2026-05-16TEV', on: '2026-05-16', timeZone: 'Africa/Cairo' },
  { sentence: 'On Tuesday the court met in the morning.', phrase: 'the morning', type: 'TIME', value: '2026-05-12TMO', on: '2026-05-16', timeZone: 'Africa/Cairo' },
  { sentence: 'Crowds gathered on May 3, and the police arrived late in the evening.', phrase: 'late in the evening', type: 'TIME', value: '2026-05-03TEV', mod: 'END', on: '2026-05-16' },
  { sentence: 'Gunmen struck early in the morning.', phrase: 'early in the morning', type: 'TIME', value: '2026-05-16TMO', mod: 'START', on: '2026-05-16' },
  // Near miss: a clock time in the morning stays one expression.
  { sentence: 'The convoy left at 5 in the morning.', phrase: '5 in the morning', type: 'TIME', value: '2026-05-16T05:00', on: '2026-05-16' },
]));

describe('"in the afternoon" as a habit is no date', () => {
  for (const sentence of ['The market opens in the morning.', 'She often runs in the evening.', 'Every day the guards change in the afternoon.', 'It was reported in the evening news.']) {
    it(sentence, () => {
      const found = analyze({ text: sentence, publicationDate: '2026-05-16', timeZone: 'UTC' }).timexes.filter((t) => /morning|afternoon|evening/.test(t.text));
      expect(found.map((t) => t.text)).toEqual([]);
    });
  }
});

describe('last / next season: the most recent to end, the first to start', () => check([
  { sentence: 'The mayor launched her bid last spring.', phrase: 'last spring', type: 'DATE', value: '2026-SP', on: '2026-11-20' },
  { sentence: 'Wildfires spread last summer.', phrase: 'last summer', type: 'DATE', value: '2026-SU', on: '2026-09-30' },
  { sentence: 'Snow closed the pass last winter.', phrase: 'last winter', type: 'DATE', value: '2024-WI', on: '2026-01-20' },
  { sentence: 'The line will open next winter.', phrase: 'next winter', type: 'DATE', value: '2026-WI', on: '2026-01-20' },
  { sentence: 'The games will be held next summer.', phrase: 'next summer', type: 'DATE', value: '2026-SU', on: '2026-04-02' },
  // Near misses: a season still under way is not "last", one already begun not "next"; south of the equator
  // the seasons turn round.
  { sentence: 'Snow closed the pass last winter.', phrase: 'last winter', type: 'DATE', value: '2025-WI', on: '2026-11-20' },
  { sentence: 'Crops failed last fall.', phrase: 'last fall', type: 'DATE', value: '2025-FA', on: '2026-10-10' },
  { sentence: 'The games will be held next summer.', phrase: 'next summer', type: 'DATE', value: '2027-SU', on: '2026-07-02' },
  { sentence: 'Bushfires raged last summer.', phrase: 'last summer', type: 'DATE', value: '2025-SU', on: '2026-11-20', timeZone: 'Australia/Sydney' },
  { sentence: 'Frost hit the vines last winter.', phrase: 'last winter', type: 'DATE', value: '2026-WI', on: '2026-11-20', timeZone: 'Australia/Sydney' },
]));

describe('a schedule in the simple present with a month points ahead', () => check([
  { sentence: 'The inquiry opens in October.', phrase: 'October', type: 'DATE', value: '2026-10', on: '2026-01-07', timeZone: 'Australia/Melbourne' },
  { sentence: 'Voting begins in March.', phrase: 'March', type: 'DATE', value: '2026-03', on: '2026-01-07', timeZone: 'Australia/Melbourne' },
  { sentence: 'The tour starts in early June.', phrase: 'early June', type: 'DATE', value: '2026-06', mod: 'START', on: '2026-01-07', timeZone: 'Australia/Melbourne' },
  // Near misses: a past verb, and a present that is no schedule.
  { sentence: 'The inquiry opened in October.', phrase: 'October', type: 'DATE', value: '2025-10', on: '2026-01-07', timeZone: 'Australia/Melbourne' },
  { sentence: 'Sales peak in October.', phrase: 'October', type: 'DATE', value: '2025-10', on: '2026-01-07', timeZone: 'Australia/Melbourne' },
]));

describe('a range takes the year written at its far end', () => check([
  { sentence: 'The strike lasted from May 4 to May 19, 2020.', phrase: 'May 4', type: 'DATE', value: '2020-05-04', on: '2026-06-02' },
  { sentence: 'Polls were held between April 10 and April 14, 2018.', phrase: 'April 10', type: 'DATE', value: '2018-04-10', on: '2026-06-02' },
  { sentence: 'Snow fell from late January until Feb. 12, 2021.', phrase: 'late January', type: 'DATE', value: '2021-01', mod: 'END', on: '2026-06-02' },
  { sentence: 'The exhibition ran from Nov. 28 to Jan. 9, 2022.', phrase: 'Nov. 28', type: 'DATE', value: '2021-11-28', on: '2026-06-02' },
  // A start and an end told by their verbs are a range too.
  { sentence: 'That recount began in late December and ended on Dec. 29, 2022.', phrase: 'late December', type: 'DATE', value: '2022-12', mod: 'END', on: '2026-11-04' },
  { sentence: 'The strike started in March and ended on May 2, 2019.', phrase: 'March', type: 'DATE', value: '2019-03', on: '2026-11-04' },
  // Near miss: a later year in the sentence that ends no range.
  { sentence: 'They met on May 4 and signed the pact on Aug. 1, 2020.', phrase: 'May 4', type: 'DATE', value: '2026-05-04', on: '2026-06-02' },
  { sentence: 'The strike began in March and will end on May 2, 2027.', phrase: 'March', type: 'DATE', value: '2026-03', on: '2026-11-04' },
]));

describe('a season or quarter of "that year" is in the year the text gave last', () => check([
  { sentence: 'The law passed on Oct. 3, 2022, after hearings held in the spring of that year.', phrase: 'the spring of that year', type: 'DATE', value: '2022-SP', on: '2026-03-01' },
  { sentence: 'She joined in 2018 and quit in the winter of the following year.', phrase: 'the winter of the following year', type: 'DATE', value: '2019-WI', on: '2026-03-01' },
  { sentence: 'Output fell in May 2021 and again in the fourth quarter of that year.', phrase: 'the fourth quarter of that year', type: 'DATE', value: '2021-Q4', on: '2026-03-01' },
  // Near misses: the year written out, and no year at all.
  { sentence: 'The law passed after hearings held in the spring of 2022.', phrase: 'the spring of 2022', type: 'DATE', value: '2022-SP', on: '2026-03-01' },
  { sentence: 'Hearings were held in the spring.', phrase: 'the spring', type: 'DATE', value: '2025-SP', on: '2026-01-20' },
]));

describe('"the end of the month" after a month the sentence named', () => check([
  { sentence: 'Registration opens on Sept. 14 and closes at the end of the month.', phrase: 'the end of the month', type: 'DATE', value: '2026-09', mod: 'END', on: '2026-01-07' },
  { sentence: 'Work began in early April and should be done by the end of the month.', phrase: 'the end of the month', type: 'DATE', value: '2025-04', mod: 'END', on: '2026-01-07' },
  // Near misses: no month named before it in the sentence, or only the modal "may".
  { sentence: 'The firm expects a decision by the end of the month.', phrase: 'the end of the month', type: 'DATE', value: '2026-01', mod: 'END', on: '2026-01-07' },
  { sentence: 'Tenants may stay until the end of the month.', phrase: 'the end of the month', type: 'DATE', value: '2026-01', mod: 'END', on: '2026-01-07' },
]));

describe('a clock time that recurs with the day is a SET', () => check([
  { sentence: 'The gallery closes every day at 6 p.m.', phrase: 'every day at 6 p.m.', type: 'SET', value: 'XXXX-XX-XXT18:00', on: '2026-02-13' },
  { sentence: 'Ferries sail daily at 7:15 a.m.', phrase: 'daily at 7:15 a.m.', type: 'SET', value: 'XXXX-XX-XXT07:15', on: '2026-02-13' },
  { sentence: 'Guards are changed at 11 a.m. each morning.', phrase: '11 a.m. each morning', type: 'SET', value: 'XXXX-XX-XXT11:00', on: '2026-02-13' },
  { sentence: 'The council sits every Tuesday at noon.', phrase: 'every Tuesday at noon', type: 'SET', value: 'XXXX-WXX-2T12:00', on: '2026-02-13' },
  // Near misses: a clock time with no recurrence, and one that ends its sentence before "Every".
  { sentence: 'The gallery closed at 6 p.m.', phrase: '6 p.m.', type: 'TIME', value: '2026-02-13T18:00', on: '2026-02-13' },
  { sentence: 'The gallery closed at 6 p.m. Every visitor left.', phrase: '6 p.m.', type: 'TIME', value: '2026-02-13T18:00', on: '2026-02-13' },
]));

describe('a part of day named with "mid-" or "early" beside a day', () => {
  check([
    { sentence: 'Clashes broke out on Tuesday. By mid-afternoon, the square was empty.', phrase: 'mid-afternoon', type: 'TIME', value: '2026-02-10TAF', mod: 'MID', on: '2026-02-13' },
    // Near miss: no day given before it, so the publication day.
    { sentence: 'By mid-afternoon, the square was empty.', phrase: 'mid-afternoon', type: 'TIME', value: '2026-02-13TAF', mod: 'MID', on: '2026-02-13' },
  ]);
  it('"early Tuesday morning" takes in the small hours', () => {
    const analysis = analyze({ text: 'The fire broke out early Tuesday morning, at about 2:10 a.m.', publicationDate: '2026-02-13', timeZone: 'UTC' });
    const early = analysis.timexes.find((t) => t.text === 'early Tuesday morning')!;
    expect([early.value, early.interval?.start, early.interval?.end]).toEqual(['2026-02-10TMO', '2026-02-10T00:00:00.000Z', '2026-02-10T08:00:00.000Z']);
    expect(analysis.timexes.find((t) => t.text === '2:10 a.m.')?.value).toBe('2026-02-10T02:10');
  });
});

describe('"within N days after that" counts from the date the text gave last', () => {
  it('starts the span at that date', () => {
    const analysis = analyze({ text: 'Bids close on April 9, and a winner will be named within 20 days after that.', publicationDate: '2026-02-13', timeZone: 'UTC' });
    const span = analysis.timexes.find((t) => t.text === '20 days')!;
    expect([span.interval?.start, span.interval?.end]).toEqual(['2026-04-09T00:00:00.000Z', '2026-04-29T00:00:00.000Z']);
  });
  it('is a plain length when the text gave no date before it', () => {
    const analysis = analyze({ text: 'A winner will be named within 20 days after that.', publicationDate: '2026-02-13', timeZone: 'UTC' });
    expect(analysis.timexes.find((t) => t.text === '20 days')?.interval).toBeUndefined();
  });
});
