/**
 * Dates counted from another: two units from the publication's own ("the week after next"), and dates counted
 * from a date written right after them ("two days before Friday", "a week from today", "the day
 * after Christmas", "Monday of last week", "the first week of October", "the first Tuesday in November", "the Friday
 * before Christmas"), and the start of an overnight range whose
 * day is written at its end. Publication: Saturday 2017-09-02, Beirut.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

describe('an offset from the date written after it', () => check([
  { sentence: 'He left two days before Friday.', phrase: 'two days before Friday', type: 'DATE', value: '2017-08-30' },
  { sentence: 'It opened a week after Aug. 1.', phrase: 'a week after Aug. 1', type: 'DATE', value: '2017-08-08' },
  { sentence: 'They met three weeks before March 16, 2017.', phrase: 'three weeks before March 16, 2017', type: 'DATE', value: '2017-02-23' },
  { sentence: 'The talks will resume a week from today.', phrase: 'a week from today', type: 'DATE', value: '2017-09-09' },
  // The inner date is read by tense as usual: "will meet … Monday" is the coming Monday, 2017-09-04.
  { sentence: 'They will meet two weeks from Monday.', phrase: 'two weeks from Monday', type: 'DATE', value: '2017-09-18' },
  // Counting forward "from" a weekday is from the one to come, whatever the clause's tense.
  { sentence: 'Voters go to the polls on Sept. 24, three weeks from Sunday.', phrase: 'three weeks from Sunday', type: 'DATE', value: '2017-09-24' },
  { sentence: 'The shops reopened two days after Christmas.', phrase: 'two days after Christmas', type: 'DATE', value: '2016-12-27' },
  { sentence: 'A month after March 16, 2017, the siege ended.', phrase: 'A month after March 16, 2017', type: 'DATE', value: '2017-04-16' },
  { sentence: 'Two months after March 2016 the plant closed.', phrase: 'Two months after March 2016', type: 'DATE', value: '2016-05' },
]));

describe('"the day / night / week after" a date', () => check([
  { sentence: 'They met the day after Christmas.', phrase: 'the day after Christmas', type: 'DATE', value: '2016-12-26' },
  { sentence: 'It was signed the day before yesterday.', phrase: 'the day before yesterday', type: 'DATE', value: '2017-08-31' },
  { sentence: 'They came the night before the 28th.', phrase: 'the night before the 28th', type: 'TIME', value: '2017-08-27TNI' },
  // Easter 2018 is Sunday April 1 (2018-W13); the week after it is the next ISO week.
  { sentence: 'They will leave the week after Easter.', phrase: 'the week after Easter', type: 'DATE', value: '2018-W14' },
  { sentence: 'Prices fell the year after 2008.', phrase: 'the year after 2008', type: 'DATE', value: '2009' },
]));

describe('a weekday of a week, a week of a month', () => check([
  { sentence: 'It happened Monday of last week.', phrase: 'Monday of last week', type: 'DATE', value: '2017-08-21' },
  { sentence: 'The vote is on Thursday of next week.', phrase: 'Thursday of next week', type: 'DATE', value: '2017-09-07' },
  { sentence: 'They left on Aug. 21. The deal came Friday of that week.', phrase: 'Friday of that week', type: 'DATE', value: '2017-08-25' },
  // October 2017 starts on a Sunday: its first seven days lie mostly in 2017-W40 (Oct. 2–8).
  { sentence: 'Results are due in the first week of October.', phrase: 'the first week of October', type: 'DATE', value: '2017-W40' },
  { sentence: 'The second week of October is busy.', phrase: 'The second week of October', type: 'DATE', value: '2017-W41' },
  // August 25–31, 2017 lie mostly in 2017-W35 (Aug. 28 – Sept. 3).
  { sentence: 'It was in the last week of August.', phrase: 'the last week of August', type: 'DATE', value: '2017-W35' },
]));

describe('a weekday counted in a month or from a day', () => check([
  // Published Saturday 2017-09-02. November 2017 starts on a Wednesday: its first Tuesday is the 7th.
  { sentence: 'Voters go to the polls on the first Tuesday in November.', phrase: 'the first Tuesday in November', type: 'DATE', value: '2017-11-07' },
  { sentence: 'The festival opened on the third Thursday of March.', phrase: 'the third Thursday of March', type: 'DATE', value: '2017-03-16' },
  // Found first as "last Friday" (the Friday before publication): "the" and "of June" make it June's last.
  { sentence: 'They met on the last Friday of June.', phrase: 'the last Friday of June', type: 'DATE', value: '2017-06-30' },
  { sentence: 'The race is held on the second Saturday in October.', phrase: 'the second Saturday in October', type: 'DATE', value: '2017-10-14' },
  // The month holding the publication date: a day of it already past is next year's in a future clause, and a day
  // still to come is last year's in a past one.
  { sentence: 'The board will meet on the first Monday of September.', phrase: 'the first Monday of September', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The board will meet on the first Friday of September.', phrase: 'the first Friday of September', type: 'DATE', value: '2018-09-07' },
  { sentence: 'The board met on the last Monday of September.', phrase: 'the last Monday of September', type: 'DATE', value: '2016-09-26' },
  { sentence: 'Shops stay shut the Friday before Christmas.', phrase: 'the Friday before Christmas', type: 'DATE', value: '2017-12-22' },
  { sentence: 'Talks resumed the Monday after Easter.', phrase: 'the Monday after Easter', type: 'DATE', value: '2017-04-17' },
  // Strictly on that side: Christmas 2017 is a Monday, and the Monday before it is a week earlier.
  { sentence: 'Shops will close the Monday before Christmas.', phrase: 'the Monday before Christmas', type: 'DATE', value: '2017-12-18' },
  { sentence: 'The strike began the Wednesday after Aug. 1.', phrase: 'the Wednesday after Aug. 1', type: 'DATE', value: '2017-08-02' },
]));

describe('a weekday a month lacks', () => {
  it('is a diagnostic naming the month, not a day of the next', () => {
    const analysis = analyze({ text: 'The fifth Monday of February 2017 was cold.', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' });
    expect(analysis.timexes).toEqual([]);
    expect(analysis.diagnostics[0]).toMatchObject({ code: 'UNRESOLVED_EXPRESSION', text: 'The fifth Monday of February 2017' });
    expect(analysis.diagnostics[0]!.message).toContain('"February 2017" (2017-02) has no fifth Monday');
  });
});

describe('two units from the reference\'s own', () => check([
  { sentence: 'He will visit the week after next.', phrase: 'the week after next', type: 'DATE', value: '2017-W37' },
  { sentence: 'It was the year before last.', phrase: 'the year before last', type: 'DATE', value: '2015' },
  { sentence: 'They met the month before last.', phrase: 'the month before last', type: 'DATE', value: '2017-07' },
  // Publication is itself a weekend day (2017-W35-WE): last weekend is W34's, the one before it W33's.
  { sentence: 'They met the weekend before last.', phrase: 'the weekend before last', type: 'DATE', value: '2017-W33-WE' },
]));

describe('a day of this, next or last month', () => check([
  { sentence: 'The law will take effect on the first of the month.', phrase: 'the first of the month', type: 'DATE', value: '2017-10-01' },
  { sentence: 'The law took effect on the first of the month.', phrase: 'the first of the month', type: 'DATE', value: '2017-09-01' },
  { sentence: 'It will start on the 15th of next month.', phrase: 'the 15th of next month', type: 'DATE', value: '2017-10-15' },
  { sentence: 'It began on the first of last month.', phrase: 'the first of last month', type: 'DATE', value: '2017-08-01' },
  { sentence: 'It ends the thirtieth of next month.', phrase: 'the thirtieth of next month', type: 'DATE', value: '2017-10-30' },
]));

describe('an overnight range with its day written at the end', () => check([
  { sentence: 'The curfew ran from 10 p.m. to 2 a.m. Sunday.', phrase: '10 p.m.', type: 'TIME', value: '2017-08-26T22:00' },
  { sentence: 'The curfew ran from 10 p.m. to 2 a.m. Sunday.', phrase: '2 a.m. Sunday', type: 'TIME', value: '2017-08-27T02:00' },
  { sentence: 'The curfew will run from 10 p.m. to 6 a.m. Sunday.', phrase: '10 p.m.', type: 'TIME', value: '2017-09-02T22:00' },
  // Not overnight: both ends on the day written at the end.
  { sentence: 'It ran from 9 a.m. to 5 p.m. Friday.', phrase: '9 a.m.', type: 'TIME', value: '2017-09-01T09:00' },
]));

describe('lengths that stay lengths', () => check([
  // A length ending at the date: "for" makes it a duration, as TimeML annotates it.
  { sentence: 'He was jailed for five years before 1990.', phrase: 'five years', type: 'DURATION', value: 'P5Y' },
  { sentence: 'He was jailed for five years before 1990.', phrase: '1990', type: 'DATE', value: '1990' },
  // Trading days are not calendar days: the length and the date stay apart (TimeBank wsj_0585 does so).
  { sentence: 'Eight trading days after Oct. 12, the index rose.', phrase: 'Eight trading days', type: 'DURATION', value: 'P8D', on: '1989-10-26' },
  { sentence: 'Eight trading days after Oct. 12, the index rose.', phrase: 'Oct. 12', type: 'DATE', value: '1989-10-12', on: '1989-10-26' },
  // In a past clause, "two weeks from March 1" is a length starting that day.
  { sentence: 'The course ran two weeks from March 1.', phrase: 'two weeks', type: 'DURATION', value: 'P2W' },
  { sentence: 'The course ran two weeks from March 1.', phrase: 'March 1', type: 'DATE', value: '2017-03-01' },
  // An event, not a date, follows: left to the event layer.
  { sentence: 'He quit two days after the vote.', phrase: 'two days', type: 'DURATION', value: 'P2D' },
]));

describe('what an anchored date reports', () => {
  const text = 'He left two days before Friday.';
  const [timex] = analyze({ text, publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' }).timexes;

  it('is one expression whose interval is the day reached', () => {
    expect(timex).toMatchObject({ text: 'two days before Friday', start: 8, end: 30, rule: 'anchored-offset' });
    expect(timex!.interval).toEqual({ start: '2017-08-30T00:00:00.000+03:00', end: '2017-08-31T00:00:00.000+03:00' });
  });

  it('names the inner date and why it was read so', () => {
    expect(timex!.explanation).toBe('two days before Friday → 2017-08-30: 2 days before "Friday" (2017-09-01); "Friday": the most recent Friday before the publication date, because the clause is in the past tense (Friday 1 September 2017)');
  });

  it('a day a month lacks is a diagnostic, not another day', () => {
    const analysis = analyze({ text: 'It ends on the 31st of next month.', publicationDate: '2017-08-02', timeZone: 'Asia/Beirut' });
    expect(analysis.timexes).toEqual([]);
    expect(analysis.diagnostics[0]).toMatchObject({ code: 'UNRESOLVED_EXPRESSION', text: 'the 31st of next month' });
    expect(analysis.diagnostics[0]!.message).toContain('has no day 31');
  });

  it('the week of a month spans the ISO week its value names', () => {
    const [week] = analyze({ text: 'It was in the last week of August.', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' }).timexes;
    expect(week!.interval).toEqual({ start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-04T00:00:00.000+03:00' });
  });
});

describe('a range of months without a year is placed as one span', () => check([
  // Published 2017-09-02: a finished June–October span is last year's; a running one this year's.
  { sentence: 'The siege lasted from June to October.', phrase: 'June', type: 'DATE', value: '2016-06' },
  { sentence: 'The siege lasted from June to October.', phrase: 'October', type: 'DATE', value: '2016-10' },
  { sentence: 'The season runs from June to October.', phrase: 'June', type: 'DATE', value: '2017-06' },
  { sentence: 'The season runs from June to October.', phrase: 'October', type: 'DATE', value: '2017-10' },
  // The far end crosses into the next year when its month comes first in the calendar.
  { sentence: 'Talks will run from November to March.', phrase: 'November', type: 'DATE', value: '2017-11' },
  { sentence: 'Talks will run from November to March.', phrase: 'March', type: 'DATE', value: '2018-03' },
  { sentence: 'The camp was open from November through February.', phrase: 'February', type: 'DATE', value: '2017-02' },
  { sentence: 'Between March and May, prices fell.', phrase: 'March', type: 'DATE', value: '2017-03' },
  { sentence: 'Between March and May, prices fell.', phrase: 'May', type: 'DATE', value: '2017-05' },
  // A hyphen joins two months too, and a year written at the far end is the near end's.
  { sentence: 'Sales in the June-August quarter rose.', phrase: 'August', type: 'DATE', value: '2017-08' },
  { sentence: 'The show ran from June-August.', phrase: 'June', type: 'DATE', value: '2017-06' },
  { sentence: 'The survey ran Sept.-Nov. 2016.', phrase: 'Sept.', type: 'DATE', value: '2016-09' },
  // (Months that make a calendar quarter are that quarter: "The Jan.-March period" is 2017-Q1, timex-news-battery.test.ts.)
  { sentence: 'The Jan.-April period was weak.', phrase: 'April', type: 'DATE', value: '2017-04' },
]));

describe('months that are not a range keep their own readings', () => {
  it('"in June and October" are two months, each placed alone', () => {
    const timexes = analyze({ text: 'Prices rose in June and October.', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' }).timexes;
    expect(timexes.map((t) => [t.text, t.value])).toEqual([['June', '2017-06'], ['October', '2017-10']]);
    expect(timexes[1]!.explanation).not.toContain('range');
  });
});

describe('"the quarter ended <date>" is the quarter the date closes', () => check([
  { sentence: 'Net income for the quarter ended Sept. 30 rose.', phrase: 'the quarter', type: 'DATE', value: '1989-Q3', on: '1989-10-26' },
  // A fiscal quarter ending July 31 runs May–July, mostly the calendar's second quarter (TimeBank: 1989-Q2).
  { sentence: 'Sales in the quarter ended July 31 fell.', phrase: 'the quarter', type: 'DATE', value: '1989-Q2', on: '1989-10-26' },
  // Ahead of publication: not the last quarter completed but the one under way.
  { sentence: 'Revenue for the quarter ending Dec. 31 will fall.', phrase: 'the quarter', type: 'DATE', value: '2024-Q4', on: '2024-12-06' },
  { sentence: 'Revenue for the quarter ending Dec. 31 will fall.', phrase: 'Dec. 31', type: 'DATE', value: '2024-12-31', on: '2024-12-06' },
  // Without its end date "the quarter" of a report is still the last one completed.
  { sentence: 'Net income for the quarter rose.', phrase: 'the quarter', type: 'DATE', value: '2024-Q3', on: '2024-12-06' },
]));
