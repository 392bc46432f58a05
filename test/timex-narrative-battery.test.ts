/**
 * Readings of narrative news copy a reader would check: each table is one fix, with the phrases that must stay as
 * they were.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

/** The expressions `analyze` finds in `text`, as "text=value" (with "/mod" when there is one). */
function readings(text: string, publicationDate: string, timeZone: string): string[] {
  return analyze({ text, publicationDate, timeZone }).timexes.map((t) => `${t.text}=${t.value}${t.mod ? `/${t.mod}` : ''}`);
}

function stays(cases: { text: string; timexes: string[]; on: string; timeZone: string }[]): void {
  for (const { text, timexes, on, timeZone } of cases) {
    it(`"${text}" → ${timexes.join(', ') || 'nothing'}`, () => expect(readings(text, on, timeZone)).toEqual(timexes));
  }
}

const LA_MORNING = { on: '2024-08-06T09:30:00-07:00', timeZone: 'America/Los_Angeles' };

// "Earlier this morning" was "this morning" alone, "Earlier" left as a word. As "earlier this week", one expression
// (TimeBank: "later this afternoon", TAF mod END), whose interval is the part before (after) the publication instant.
describe('earlier or later in a part of the publication day', () => check([
  { sentence: 'Earlier this morning, crews inspected bridges.', phrase: 'Earlier this morning', type: 'TIME', value: '2024-08-06TMO', mod: 'START', ...LA_MORNING },
  { sentence: 'He will meet the minister later this afternoon.', phrase: 'later this afternoon', type: 'TIME', value: '2024-08-06TAF', mod: 'END', ...LA_MORNING },
  { sentence: 'Earlier today, the mayor toured the site.', phrase: 'Earlier today', type: 'DATE', value: '2024-08-06', mod: 'START', ...LA_MORNING },
  { sentence: 'More storms are expected later tonight.', phrase: 'later tonight', type: 'TIME', value: '2024-08-06TNI', mod: 'END', ...LA_MORNING },
  { sentence: 'The road reopened earlier this evening.', phrase: 'earlier this evening', type: 'TIME', value: '2024-08-06TEV', mod: 'START', ...LA_MORNING },
]));

describe('the interval of earlier or later in a part of the day', () => {
  const interval = (text: string) => analyze({ text, publicationDate: LA_MORNING.on, timeZone: LA_MORNING.timeZone }).timexes[0]?.interval;
  it('earlier this morning: from the morning\'s start to the publication instant', () => expect(interval('Earlier this morning, crews inspected bridges.')).toEqual({ start: '2024-08-06T06:00:00.000-07:00', end: '2024-08-06T09:30:00.000-07:00' }));
  it('earlier today: from midnight to the publication instant', () => expect(interval('Earlier today, it rained.')).toEqual({ start: '2024-08-06T00:00:00.000-07:00', end: '2024-08-06T09:30:00.000-07:00' }));
  it('later this morning: from the publication instant to noon', () => expect(interval('Later this morning, it will stop.')).toEqual({ start: '2024-08-06T09:30:00.000-07:00', end: '2024-08-06T12:00:00.000-07:00' }));
  it('later this afternoon, published in the morning: the whole afternoon', () => expect(interval('Later this afternoon, they meet.')).toEqual({ start: '2024-08-06T12:00:00.000-07:00', end: '2024-08-06T18:00:00.000-07:00' }));
  it('earlier this week keeps its days before the publication day', () => expect(interval('Earlier this week, it rained.')).toEqual({ start: '2024-08-05T00:00:00.000-07:00', end: '2024-08-06T00:00:00.000-07:00' }));
});

describe('earlier and later that stay apart from a part of the day', () => stays([
  // AQUAINT (APW19991008.0265) marks "today" alone in "a news conference for later today".
  { text: 'They scheduled a news conference for later today.', timexes: ['today=2024-08-06'], ...LA_MORNING },
  { text: 'This morning, crews inspected bridges.', timexes: ['This morning=2024-08-06TMO'], ...LA_MORNING },
  { text: 'He said earlier that this morning was calm.', timexes: ['this morning=2024-08-06TMO'], ...LA_MORNING },
  { text: 'Two hours later this morning, the rain stopped.', timexes: ['Two hours later=PAST_REF', 'this morning=2024-08-06TMO'], ...LA_MORNING },
  { text: 'Two days later this week, the rain stopped.', timexes: ['Two days later=PAST_REF', 'this week=2024-W32'], ...LA_MORNING },
  { text: 'Earlier this week, it rained.', timexes: ['Earlier this week=2024-W32/START'], ...LA_MORNING },
]));

// "Earlier yesterday" was "yesterday" alone, "Earlier" left as a word. One expression, as TimeBank writes it
// (wsj_0340 "Earlier yesterday" mod START, wsj_0816 "Later yesterday" mod END): that day's first (last) part.
describe('earlier or later yesterday or tomorrow', () => check([
  { sentence: 'Earlier yesterday, the exchange was told of the purchase.', phrase: 'Earlier yesterday', type: 'DATE', value: '2024-08-05', mod: 'START', ...LA_MORNING },
  { sentence: 'Later yesterday the auto makers reported losses.', phrase: 'Later yesterday', type: 'DATE', value: '2024-08-05', mod: 'END', ...LA_MORNING },
  { sentence: 'The committee votes later tomorrow.', phrase: 'later tomorrow', type: 'DATE', value: '2024-08-07', mod: 'END', ...LA_MORNING },
  { sentence: 'Crews will start earlier tomorrow than planned.', phrase: 'earlier tomorrow', type: 'DATE', value: '2024-08-07', mod: 'START', ...LA_MORNING },
]));

describe('the interval of earlier or later yesterday', () => {
  const interval = (text: string) => analyze({ text, publicationDate: LA_MORNING.on, timeZone: LA_MORNING.timeZone }).timexes[0]?.interval;
  it('earlier yesterday: the first part of that day, as early yesterday', () => expect(interval('Earlier yesterday, it rained.')).toEqual(interval('Early yesterday, it rained.')));
  it('later yesterday: the last part of that day, as late yesterday', () => expect(interval('Later yesterday, it rained.')).toEqual(interval('Late yesterday, it rained.')));
});

describe('earlier and later that stay apart from yesterday or a weekday', () => stays([
  // AQUAINT marks the weekday alone ("Earlier <Friday>" APW20000107.0318, APW20000128.0316; "Later <Thursday>").
  { text: 'Earlier Friday, lawyers filed a petition.', timexes: ['Friday=2024-08-02'], ...LA_MORNING },
  { text: 'Later Thursday, two cousins sought support.', timexes: ['Thursday=2024-08-01'], ...LA_MORNING },
  { text: 'He said earlier yesterday\'s vote was close.', timexes: ['yesterday=2024-08-05'], ...LA_MORNING },
  { text: 'Earlier yesterday morning, it rained.', timexes: ['yesterday morning=2024-08-05TMO'], ...LA_MORNING },
  { text: 'Two hours later yesterday, the rain stopped.', timexes: ['Two hours later=PAST_REF', 'yesterday=2024-08-05'], ...LA_MORNING },
  { text: 'They scheduled a news conference for later tomorrow.', timexes: ['tomorrow=2024-08-07'], ...LA_MORNING },
  { text: 'Two days earlier, the rain stopped.', timexes: ['Two days earlier=2024-08-04'], ...LA_MORNING },
]));

const PARIS = { on: '2024-12-08T12:00:00+01:00', timeZone: 'Europe/Paris' };

// "five years and eight months" was two lengths (P5Y, P8M). One, as TimeBank writes "a minute and a half" (PT1M30S).
describe('a length of two units joined by and', () => check([
  { sentence: 'The house was rebuilt five years and eight months after the fire.', phrase: 'five years and eight months', type: 'DURATION', value: 'P5Y8M', ...PARIS },
  { sentence: 'The results come in three hours and 12 minutes.', phrase: 'three hours and 12 minutes', type: 'DURATION', value: 'PT3H12M', ...PARIS },
  { sentence: 'The flight took 1 hour and 45 minutes.', phrase: '1 hour and 45 minutes', type: 'DURATION', value: 'PT1H45M', ...PARIS },
  { sentence: 'The siege lasted two weeks and three days.', phrase: 'two weeks and three days', type: 'DURATION', value: 'P17D', ...PARIS },
  { sentence: 'He was held for more than a year and eight months.', phrase: 'more than a year and eight months', type: 'DURATION', value: 'P1Y8M', mod: 'MORE_THAN', ...PARIS },
]));

describe('two lengths that stay apart', () => stays([
  { text: 'It happened two years and three months ago.', timexes: ['two years=P2Y', 'three months ago=2024-09'], ...PARIS },
  { text: 'The wait ranged between two days and three weeks.', timexes: ['two days=P2D', 'three weeks=P3W'], ...PARIS },
  { text: 'They met two days and six months apart.', timexes: ['two days=P2D', 'six months=P6M'], ...PARIS },
  { text: 'He served five years and two years on probation.', timexes: ['five years=P5Y', 'two years=P2Y'], ...PARIS },
  { text: 'The talks took a minute and a half.', timexes: ['a minute and a half=PT1M30S'], ...PARIS },
]));

const FIRE = 'The fire broke out shortly before 7 p.m. on April 15, 2019.';
const FIRE_DAY = 'The fire broke out on April 15, 2019.';

// "at 3:30 a.m. the next day" was "3:30 a.m." on the 16th and "the next day" counted again from it (the 17th). One
// time on the day after the date the text gave last, as TimeML marks "noon Saturday", "6 a.m. ten days (before)".
describe('a clock time on the next or following day', () => check([
  { sentence: `${FIRE} Firefighters declared the blaze under control at 3:30 a.m. the next day.`, phrase: '3:30 a.m. the next day', type: 'TIME', value: '2019-04-16T03:30', ...PARIS },
  { sentence: `${FIRE_DAY} It was under control at noon the following day.`, phrase: 'noon the following day', type: 'TIME', value: '2019-04-16T12:00', ...PARIS },
  { sentence: `${FIRE_DAY} Crews left at dawn the next morning.`, phrase: 'dawn the next morning', type: 'TIME', value: '2019-04-16TMO', mod: 'START', ...PARIS },
  { sentence: `${FIRE_DAY} Crews left at 7:30 the next morning.`, phrase: '7:30 the next morning', type: 'TIME', value: '2019-04-16T07:30', ...PARIS },
  { sentence: `${FIRE_DAY} It flared up at 9 p.m. the following evening.`, phrase: '9 p.m. the following evening', type: 'TIME', value: '2019-04-16T21:00', ...PARIS },
]));

// A clock time that takes the day counted after it ("at 3 p.m. two days later") is on that day; the day itself,
// counted from the clock time, landed a second step further.
describe('a day counted after a clock time is the clock time\'s day', () => stays([
  { text: `${FIRE_DAY} At 3 p.m. two days later, he returned.`, timexes: ['April 15, 2019=2019-04-15', '3 p.m.=2019-04-17T15:00', 'two days later=2019-04-17'], ...PARIS },
  { text: `${FIRE_DAY} At 9 a.m. the day after, they left.`, timexes: ['April 15, 2019=2019-04-15', '9 a.m.=2019-04-16T09:00', 'the day after=2019-04-16'], ...PARIS },
  { text: `${FIRE} The next day, crews left.`, timexes: ['7 p.m. on April 15, 2019=2019-04-15T19:00', 'The next day=2019-04-16'], ...PARIS },
  { text: `${FIRE_DAY} He arrived at 7 p.m., the next day he left.`, timexes: ['April 15, 2019=2019-04-15', '7 p.m.=2019-04-16T19:00', 'the next day=2019-04-16'], ...PARIS },
  { text: 'The office opens at 9 a.m. Tuesday.', timexes: ['9 a.m. Tuesday=2024-12-10T09:00'], ...PARIS },
  { text: `${FIRE_DAY} He was seen at dawn the next-door house.`, timexes: ['April 15, 2019=2019-04-15', 'dawn=2019-04-15TMO/START'], ...PARIS },
]));

const KYIV = { on: '2024-02-18T10:00:00+02:00', timeZone: 'Europe/Kyiv' };
const AVDIIVKA = 'Ukrainian forces pulled out of Avdiivka, the army said Saturday. The town lies near Robotyne, which Ukraine retook in August after weeks of fighting.';

// "The previous day" after an aside about a month ("retook in August") was 2023-08-XX: a day counted from a date
// that names none, lying wholly before the last day the text gave, counts from that day.
describe('a day counted past an aside about a coarser date', () => check([
  { sentence: `${AVDIIVKA} The previous day, Ukrainian forces withdrew from positions.`, phrase: 'The previous day', type: 'DATE', value: '2024-02-16', ...KYIV },
  { sentence: `${AVDIIVKA} The next day, the army regrouped.`, phrase: 'The next day', type: 'DATE', value: '2024-02-18', ...KYIV },
  { sentence: `${AVDIIVKA} Two days earlier, the army had regrouped.`, phrase: 'Two days earlier', type: 'DATE', value: '2024-02-15', ...KYIV },
]));

describe('days counted from a coarse date that stay unknown', () => stays([
  { text: 'He was born on May 3, 1950. He moved to Paris in 1975. The next day he found a job.', timexes: ['May 3, 1950=1950-05-03', '1975=1975', 'The next day=1975-XX-XX'], ...KYIV },
  { text: 'Talks began in August. The next day they stalled.', timexes: ['August=2023-08', 'The next day=2023-08-XX'], ...KYIV },
  { text: `${AVDIIVKA} That day, the army regrouped.`, timexes: ['Saturday=2024-02-17', 'August=2023-08', 'weeks=PXW', 'That day=2023-08-XX'], ...KYIV },
]));

const SAID_SUNDAY = 'At least 20 people died, officials said Sunday.';

// "worked through the night" after the publication day (a Sunday, published 10:00) was Sunday night, still to come:
// in a past clause a part of the day not begun by the publication instant is the last one before it.
describe('a past part of the day not yet begun at publication', () => check([
  { sentence: `${SAID_SUNDAY} Rescuers worked through the night to pull survivors.`, phrase: 'the night', type: 'TIME', value: '2024-02-17TNI', ...KYIV },
  { sentence: `${SAID_SUNDAY} Crews searched during the evening.`, phrase: 'the evening', type: 'TIME', value: '2024-02-17TEV', ...KYIV },
  { sentence: `${SAID_SUNDAY} Crews searched through the morning.`, phrase: 'the morning', type: 'TIME', value: '2024-02-17TMO', on: '2024-02-18T05:00:00+02:00', timeZone: 'Europe/Kyiv' },
]));

describe('parts of the day that keep their day', () => stays([
  { text: `${SAID_SUNDAY} Crews searched through the morning.`, timexes: ['Sunday=2024-02-18', 'the morning=2024-02-18TMO'], ...KYIV },
  { text: `${SAID_SUNDAY} Rescuers will work through the night.`, timexes: ['Sunday=2024-02-18', 'the night=2024-02-18TNI'], ...KYIV },
  { text: 'The quake struck Friday. Rescuers worked through the night.', timexes: ['Friday=2024-02-16', 'the night=2024-02-16TNI'], ...KYIV },
  // A date-only publication is read at its day's start: its own day stays.
  { text: `${SAID_SUNDAY} Rescuers worked through the night.`, timexes: ['Sunday=2024-02-18', 'the night=2024-02-18TNI'], on: '2024-02-18', timeZone: 'Europe/Kyiv' },
]));

// "cost investors more than $200 million over a decade" was P10Y MORE_THAN: after an amount, an object or a verb of
// change "over" is "across", outside the expression (TimeBank: "can be used over <three years>", "has evolved over
// <several years>"); after a length verb or a preposition it stays "more than" (TimeBank: "last <over a week>").
describe('over a length meaning across it', () => stays([
  { text: 'The fraud cost investors more than $200 million over a decade.', timexes: ['a decade=P10Y'], ...PARIS },
  { text: 'The remaining $40 million can be used over three years.', timexes: ['three years=P3Y'], ...PARIS },
  { text: 'The system has evolved over several years.', timexes: ['several years=PXY'], ...PARIS },
  { text: 'They paid it back over five years.', timexes: ['five years=P5Y'], ...PARIS },
  { text: 'Sales rose 5% over two years.', timexes: ['two years=P2Y'], ...PARIS },
]));

describe('over a length that stays more than it', () => stays([
  { text: 'The tour is likely to last over a week.', timexes: ['over a week=P1W/MORE_THAN'], ...PARIS },
  { text: 'He waited over an hour.', timexes: ['over an hour=PT1H/MORE_THAN'], ...PARIS },
  { text: 'He worked there for over a decade.', timexes: ['over a decade=P10Y/MORE_THAN'], ...PARIS },
  { text: 'It was the first rise in over a decade.', timexes: ['over a decade=P10Y/MORE_THAN'], ...PARIS },
  { text: 'It happened over 20 years ago.', timexes: ['over 20 years ago=2004/MORE_THAN'], ...PARIS },
  { text: 'Prices rose over the past two years.', timexes: ['the past two years=P2Y'], ...PARIS },
]));

const QUAKE = 'The earthquake struck on November 20. Two days later, the president promised aid.';

// "by the end of the week" in a past narrative was the publication's week (2024-W49): with "the", in a past clause,
// it is the week of the date the text gave last.
describe('the end of the week in a past narrative', () => check([
  { sentence: `${QUAKE} Donations poured in overnight, and by the end of the week pledges exceeded 800 million euros.`, phrase: 'the end of the week', type: 'DATE', value: '2024-W47', mod: 'END', ...PARIS },
  { sentence: `${QUAKE} By the middle of the week, crews had arrived.`, phrase: 'the middle of the week', type: 'DATE', value: '2024-W47', mod: 'MID', ...PARIS },
]));

describe('ends of the week that stay the publication\'s', () => stays([
  { text: `${QUAKE} The fund will close by the end of the week.`, timexes: ['November 20=2024-11-20', 'Two days later=2024-11-22', 'the end of the week=2024-W49/END'], ...PARIS },
  { text: `${QUAKE} Prices rose at the end of this week.`, timexes: ['November 20=2024-11-20', 'Two days later=2024-11-22', 'the end of this week=2024-W49/END'], ...PARIS },
  { text: 'Sales fell at the end of the week, the company said.', timexes: ['the end of the week=2024-W49/END'], ...PARIS },
  { text: `${QUAKE} By the end of the year, pledges had doubled.`, timexes: ['November 20=2024-11-20', 'Two days later=2024-11-22', 'the end of the year=2024/END'], ...PARIS },
]));

// "at 6 a.m. ten days before the shooting" was read on the publication day (AQUAINT NYT19990419.0515), which made the
// shooting come after the publication and contradicted the report of it. The day is counted from an undated event.
describe('a clock time counted from an undated event is on an unknown day', () => {
  stays([
    { text: 'A jogger spotted the car at 6 a.m. ten days before the shooting.', timexes: ['6 a.m.=XXXX-XX-XXT06:00', 'ten days=P10D'], on: '1999-04-19', timeZone: 'UTC' },
    { text: 'The alarm sounded at 2:15 a.m., an hour after the blast.', timexes: ['2:15 a.m.=XXXX-XX-XXT02:15', 'an hour=PT1H'], on: '1999-04-19', timeZone: 'UTC' },
    // Not counted from an event: the clock keeps its day.
    { text: 'A jogger spotted the car at 6 a.m. on Tuesday.', timexes: ['6 a.m. on Tuesday=1999-04-13T06:00'], on: '1999-04-19', timeZone: 'UTC' },
    { text: 'The alarm sounded at 2:15 a.m.', timexes: ['2:15 a.m.=1999-04-19T02:15'], on: '1999-04-19', timeZone: 'UTC' },
  ]);
  it('says why in its explanation, and has no interval', () => {
    const [t] = analyze({ text: 'A jogger spotted the car at 6 a.m. ten days before the shooting.', publicationDate: '1999-04-19', timeZone: 'UTC' }).timexes;
    expect(t?.interval).toBeUndefined();
    expect(t?.explanation).toContain('"ten days before the shooting"');
  });
});

const SUNDAY = { on: '2024-08-04T09:30:00-04:00', timeZone: 'America/New_York' };

// "The company reports earnings on Tuesday" was the Tuesday before publication: results reported in the simple
// present are a schedule, as "The summit opens Monday" (src/timex/verb-adverbial.ts). Publication Sunday.
describe('results reported in the simple present: the coming day', () => check([
  { sentence: 'The company reports earnings on Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2024-08-06', ...SUNDAY },
  { sentence: 'Alcoa releases its second-quarter results Thursday.', phrase: 'Thursday', type: 'DATE', value: '2024-08-08', ...SUNDAY },
  { sentence: 'The bank announces quarterly earnings Monday.', phrase: 'Monday', type: 'DATE', value: '2024-08-05', ...SUNDAY },
  { sentence: 'Analysts said the company reports earnings on Friday.', phrase: 'Friday', type: 'DATE', value: '2024-08-09', ...SUNDAY },
  { sentence: 'The retailer posts results on Wednesday.', phrase: 'Wednesday', type: 'DATE', value: '2024-08-07', ...SUNDAY },
]));

describe('reports and results that stay in the past', () => check([
  { sentence: 'The company reported earnings on Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2024-07-30', ...SUNDAY },
  { sentence: 'Alcoa released its results Thursday.', phrase: 'Thursday', type: 'DATE', value: '2024-08-01', ...SUNDAY },
  { sentence: 'The paper reports that results on Friday were weak.', phrase: 'Friday', type: 'DATE', value: '2024-08-02', ...SUNDAY },
  { sentence: 'The company reports on Friday were wrong, he said.', phrase: 'Friday', type: 'DATE', value: '2024-08-02', ...SUNDAY },
  { sentence: 'The bank announced quarterly earnings Monday.', phrase: 'Monday', type: 'DATE', value: '2024-07-29', ...SUNDAY },
]));
