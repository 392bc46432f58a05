/**
 * Readings a news reader would check, from batteries of realistic sentences: each table is one fix, with the phrases
 * that must stay as they were. Publication Saturday 2017-09-02 unless stated.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { check } from './timex-example-check.js';

/** The expressions `analyze` finds in `text`, as "text=value". */
function readings(text: string, publicationDate = '2017-09-02'): string[] {
  return analyze({ text, publicationDate, timeZone: 'America/New_York' }).timexes.map((t) => `${t.text}=${t.value}`);
}

function stays(cases: { text: string; timexes: string[]; on?: string }[]): void {
  for (const { text, timexes, on } of cases) {
    it(`"${text}" → ${timexes.join(', ') || 'nothing'}`, () => expect(readings(text, on)).toEqual(timexes));
  }
}

// A midnight still to come on the publication day ends it (T24:00, as "midnight tonight"); it was the 00:00 that
// began the day, already behind the article.
describe('a coming midnight ends the day', () => check([
  { sentence: 'The curfew begins at midnight.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
  { sentence: 'The law will take effect at midnight.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
  { sentence: 'Stores will close at midnight, officials said.', phrase: 'midnight', type: 'TIME', value: '2017-09-02T24:00' },
]));
describe('midnights that stay as they were', () => stays([
  { text: 'He was killed shortly after midnight.', timexes: ['midnight=2017-09-02T00:00'] },
  { text: 'The deadline expires at midnight tonight.', timexes: ['midnight tonight=2017-09-02T24:00'] },
  { text: 'Polls close at midnight Sunday.', timexes: ['midnight Sunday=2017-09-03T24:00'] },
  { text: 'The strike will begin at 12:01 a.m.', timexes: ['12:01 a.m.=2017-09-02T00:01'] },
]));

// "the early hours of Sunday" is the start of Sunday (mod START, from midnight), as "early Sunday" is; it was all of
// Sunday. The words stay outside the expression, as AQUAINT leaves them ("in the early hours of <Thursday morning>").
describe('the early, small or wee hours of a day', () => check([
  { sentence: 'He was arrested in the early hours of Sunday.', phrase: 'Sunday', type: 'DATE', value: '2017-08-27', mod: 'START' },
  { sentence: 'The attack came in the wee hours of Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2017-08-29', mod: 'START' },
  { sentence: 'He died in the early hours of Saturday morning.', phrase: 'Saturday morning', type: 'TIME', value: '2017-09-02TMO', mod: 'START' },
  { sentence: "Revelers partied into the small hours of New Year's Day.", phrase: "New Year's Day", type: 'DATE', value: '2017-01-01', mod: 'START' },
]));
describe('the interval of the early hours of a day', () => {
  const cases = [
    { text: 'He was arrested in the early hours of Sunday.', phrase: 'Sunday', start: '2017-08-27T00:00', end: '2017-08-27T08:00' },
    { text: 'He died in the early hours of Saturday morning.', phrase: 'Saturday morning', start: '2017-09-02T00:00', end: '2017-09-02T08:00' },
  ];
  for (const { text, phrase, start, end } of cases) {
    it(`${phrase} in "${text}" runs ${start} to ${end}`, () => {
      const found = analyze({ text, publicationDate: '2017-09-02', timeZone: 'America/New_York' }).timexes.find((t) => t.text === phrase);
      expect([found?.interval?.start.slice(0, 16), found?.interval?.end.slice(0, 16)]).toEqual([start, end]);
    });
  }
});
describe('hours that are no time of a day', () => stays([
  { text: 'In the early hours of the war, troops advanced.', timexes: [] },
  { text: 'The early hours of trading were calm on Friday.', timexes: ['Friday=2017-09-01'] },
  { text: 'He was arrested early Sunday.', timexes: ['early Sunday=2017-08-27'] },
]));

// A clock time before a weekday and its part of day is one expression, the part saying a.m. or p.m.: "9:15 on Friday
// night" was 09:15 Friday (the night dropped), "7:45 Friday evening" and "at 8 Tuesday morning" lost their clock.
describe('a clock time on a weekday\'s part of day', () => check([
  { sentence: 'Police were called at 9:15 on Friday night.', phrase: '9:15 on Friday night', type: 'TIME', value: '2017-09-01T21:15' },
  { sentence: 'The plane landed at 7:45 Friday evening.', phrase: '7:45 Friday evening', type: 'TIME', value: '2017-09-01T19:45' },
  { sentence: 'The blast hit at 10:30 Tuesday morning.', phrase: '10:30 Tuesday morning', type: 'TIME', value: '2017-08-29T10:30' },
  { sentence: 'The blast hit at 12:15 Tuesday afternoon.', phrase: '12:15 Tuesday afternoon', type: 'TIME', value: '2017-08-29T12:15' },
  { sentence: 'The blast hit at 8 Tuesday morning.', phrase: '8 Tuesday morning', type: 'TIME', value: '2017-08-29T08:00' },
  { sentence: 'Polls open at 7 Tuesday morning.', phrase: '7 Tuesday morning', type: 'TIME', value: '2017-09-05T07:00' },
  { sentence: 'The vote is at 11 on Friday night.', phrase: '11 on Friday night', type: 'TIME', value: '2017-09-01T23:00' },
  { sentence: "Police arrived by six o'clock Friday evening.", phrase: "six o'clock Friday evening", type: 'TIME', value: '2017-09-01T18:00' },
  // Already on the 24-hour clock, or with its a.m. or p.m.: as written.
  { sentence: 'The train left at 19:45 Friday evening.', phrase: '19:45 Friday evening', type: 'TIME', value: '2017-09-01T19:45' },
  { sentence: 'The plane landed at 7:45 p.m. Friday evening.', phrase: '7:45 p.m. Friday evening', type: 'TIME', value: '2017-09-01T19:45' },
]));
describe('numbers and clock times that stay as they were', () => stays([
  { text: 'He won 8 Tuesday night games.', timexes: ['Tuesday night=2017-08-29TNI'] },
  { text: 'At 7:45 Friday, the plane landed.', timexes: ['7:45 Friday=2017-09-01T07:45'] },
  { text: 'The plane landed at 7:45 in the evening.', timexes: ['7:45 in the evening=2017-09-02T19:45'] },
  { text: "He woke at 4 o'clock at night.", timexes: ["4 o'clock at night=2017-09-02T04:00"] },
]));

// "by mid-century" is the middle of the century, as "the middle of the century" is; it was missed.
describe('mid-century after a time preposition', () => check([
  { sentence: 'By mid-century, temperatures will rise.', phrase: 'mid-century', type: 'DATE', value: '20', mod: 'MID' },
  { sentence: 'Emissions must fall to zero by mid-century.', phrase: 'mid-century', type: 'DATE', value: '20', mod: 'MID' },
  { sentence: 'By mid century, the ice will be gone.', phrase: 'mid century', type: 'DATE', value: '20', mod: 'MID' },
]));
describe('a mid-century style is no time', () => stays([
  { text: 'They bought a mid-century house.', timexes: [] },
  { text: 'The sofa is in mid-century modern style.', timexes: [] },
  { text: 'Mid-century temperatures will be higher.', timexes: [] },
]));

// "two Sundays ago" is the Sunday before last; it was the recurrence "Sundays" (every Sunday).
describe('so many weekdays ago', () => check([
  { sentence: 'The vote was held two Sundays ago.', phrase: 'two Sundays ago', type: 'DATE', value: '2017-08-20' },
  { sentence: 'He was last seen three Fridays ago.', phrase: 'three Fridays ago', type: 'DATE', value: '2017-08-18' },
  { sentence: 'Two Sundays ago, protesters marched.', phrase: 'Two Sundays ago', type: 'DATE', value: '2017-08-27', on: '2017-09-04' },
]));
describe('plural weekdays that stay recurrences', () => stays([
  { text: 'He works Sundays.', timexes: ['Sundays=XXXX-WXX-7'] },
  { text: 'Two Sundays a month, the shop opens.', timexes: ['Sundays=XXXX-WXX-7', 'a month=P1M'] },
]));

// "a week ago Tuesday" is a week before last Tuesday, one expression as "a week from Tuesday" is; it was the week a
// week back and last Tuesday apart.
describe('so long ago a weekday', () => check([
  { sentence: 'He was arrested a week ago Tuesday.', phrase: 'a week ago Tuesday', type: 'DATE', value: '2017-08-22' },
  { sentence: 'Two weeks ago Sunday, the plant closed.', phrase: 'Two weeks ago Sunday', type: 'DATE', value: '2017-08-13' },
  { sentence: 'He has been missing since a week ago Tuesday.', phrase: 'a week ago Tuesday', type: 'DATE', value: '2017-08-22' },
  { sentence: 'A year ago Friday, the storm hit.', phrase: 'A year ago Friday', type: 'DATE', value: '2016-09-01' },
]));
describe('ago before a weekday that stays apart', () => stays([
  { text: 'He left a week ago. Tuesday, he called.', timexes: ['a week ago=2017-W34', 'Tuesday=2017-08-29'] },
  { text: 'The plant closed three days ago Tuesday.', timexes: ['three days ago=2017-08-30', 'Tuesday=2017-08-29'] },
  { text: 'They met a week ago today.', timexes: ['a week ago today=2017-08-26'] },
]));

// A clock time before "this morning", "last night", "tonight", "tomorrow morning" is one expression on that day, its
// part of day saying a.m. or p.m.: "10pm last night" was 22:00 of the publication day beside "last night", "8:15
// tonight" 08:15. Published Monday 30 October 2017.
describe('a clock time on a day word and its part of day', () => check([
  { sentence: 'The vote closed at 10pm last night.', phrase: '10pm last night', type: 'TIME', value: '2017-10-29T22:00', on: '2017-10-30' },
  { sentence: 'Shots rang out at 2 a.m. last night.', phrase: '2 a.m. last night', type: 'TIME', value: '2017-10-30T02:00', on: '2017-10-30' },
  { sentence: 'The blast hit at 9:30 this morning.', phrase: '9:30 this morning', type: 'TIME', value: '2017-10-30T09:30', on: '2017-10-30' },
  { sentence: 'At 7:30 this evening, the council meets.', phrase: '7:30 this evening', type: 'TIME', value: '2017-10-30T19:30', on: '2017-10-30' },
  { sentence: 'Talks resume at 8 a.m. tomorrow morning.', phrase: '8 a.m. tomorrow morning', type: 'TIME', value: '2017-10-31T08:00', on: '2017-10-30' },
  { sentence: 'The show starts at 8:15 tonight.', phrase: '8:15 tonight', type: 'TIME', value: '2017-10-30T20:15', on: '2017-10-30' },
  { sentence: 'He spoke at 10 this morning.', phrase: '10 this morning', type: 'TIME', value: '2017-10-30T10:00', on: '2017-10-30' },
  { sentence: 'He called at 9 last night.', phrase: '9 last night', type: 'TIME', value: '2017-10-29T21:00', on: '2017-10-30' },
  { sentence: 'The show starts at 8 tonight.', phrase: '8 tonight', type: 'TIME', value: '2017-10-30T20:00', on: '2017-10-30' },
  { sentence: 'He left at 11 yesterday evening.', phrase: '11 yesterday evening', type: 'TIME', value: '2017-10-29T23:00', on: '2017-10-30' },
]));
describe('numbers before a day word that stay apart', () => stays([
  { text: 'The price was 10 this morning.', timexes: ['this morning=2017-10-30TMO'], on: '2017-10-30' },
  { text: 'He scored 10 tonight.', timexes: ['tonight=2017-10-30TNI'], on: '2017-10-30' },
  { text: 'The show starts at 10 p.m. tonight.', timexes: ['10 p.m. tonight=2017-10-30T22:00'], on: '2017-10-30' },
]));

// A country of one zone names a clock's zone as a city does ("3pm UK time" was 3pm of the article's zone, and its
// day lost), and a zone may follow the day ("2 a.m. Sunday Moscow time" was read in the article's zone). Published
// Monday 30 October 2017 in London.
describe('a clock time in a country\'s time, or with its zone after the day', () => {
  const cases = [
    { text: 'The match kicked off at 3pm UK time on Saturday.', phrase: '3pm UK time on Saturday', value: '2017-10-28T15:00+01:00', start: '2017-10-28T15:00' },
    { text: 'He landed at 3:15 p.m. Israeli time.', phrase: '3:15 p.m. Israeli time', value: '2017-10-30T15:15+02:00', start: '2017-10-30T13:15' },
    { text: 'The attack happened at 2 a.m. Sunday Moscow time.', phrase: '2 a.m. Sunday Moscow time', value: '2017-10-29T02:00+03:00', start: '2017-10-29T00:00' },
    { text: 'At 12:30 Sunday London time, the race began.', phrase: '12:30 Sunday London time', value: '2017-10-29T12:30Z', start: '2017-10-29T12:30' },
  ];
  for (const { text, phrase, value, start } of cases) {
    it(`${phrase} in "${text}" → ${value}`, () => {
      const found = analyze({ text, publicationDate: '2017-10-30', timeZone: 'Europe/London' }).timexes.find((t) => t.text === phrase);
      expect([found?.value, found?.interval?.start.slice(0, 16)]).toEqual([value, start]);
    });
  }
});
describe('zone-like words that stay apart', () => stays([
  { text: 'A German time zone was proposed.', timexes: [] },
  { text: 'He landed at 3:15 p.m. Martian time.', timexes: ['3:15 p.m.=2017-09-02T15:15'] },
]));

// A quarter named by its months as a "period", or with "of 2017" after it, is that quarter, one expression ("the
// July-September period" was July and September apart; "of 2017" a year apart).
describe('a quarter named by its months', () => check([
  { sentence: 'Exports fell in the July-September period.', phrase: 'the July-September period', type: 'DATE', value: '2017-Q3' },
  { sentence: 'Exports will rise in the October-December period.', phrase: 'the October-December period', type: 'DATE', value: '2017-Q4' },
  { sentence: 'Output rose in the January-March quarter of 2017.', phrase: 'the January-March quarter of 2017', type: 'DATE', value: '2017-Q1' },
  { sentence: 'The economy grew 3% in the April-June quarter.', phrase: 'the April-June quarter', type: 'DATE', value: '2017-Q2' },
  { sentence: 'The Jan.-March period was weak.', phrase: 'The Jan.-March period', type: 'DATE', value: '2017-Q1' },
]));
describe('months that are no quarter stay apart', () => stays([
  { text: 'Exports fell in the July-August period.', timexes: ['July=2017-07', 'August=2017-08'] },
  { text: 'Sales fell in the December period.', timexes: ['December=2016-12'] },
]));

// Financial copy's "end-June", "end-2018": the end of the month or year (mod END), as "late June" is; they were missed.
describe('end- before a month or a year', () => check([
  { sentence: 'Debt will peak at end-2018.', phrase: 'end-2018', type: 'DATE', value: '2018', mod: 'END' },
  { sentence: 'Reserves stood at $30 billion at end-September.', phrase: 'end-September', type: 'DATE', value: '2017-09', mod: 'END', on: '2017-10-12' },
  { sentence: 'He met the end-June deadline.', phrase: 'end-June', type: 'DATE', value: '2017-06', mod: 'END' },
]));
describe('ends that are no time', () => stays([
  { text: 'It was a dead-end job.', timexes: [] },
  { text: 'The front-end-2018 model sold well.', timexes: [] },
  { text: 'Year-end results came out.', timexes: ['Year-end=2017'] },
]));

// "in early fall", "by late spring": the season with its modifier, as "in early autumn" is; "fall" and "spring" after
// "in early" were taken for the verb and the noun and missed. And "The fall in prices" is the noun (it was autumn).
describe('early or late fall and spring after a preposition', () => check([
  { sentence: 'Rains come in early fall.', phrase: 'early fall', type: 'DATE', value: '2017-FA', mod: 'START' },
  { sentence: 'Leaves fall in late fall.', phrase: 'late fall', type: 'DATE', value: '2017-FA', mod: 'END' },
  { sentence: 'Rains came in early spring.', phrase: 'early spring', type: 'DATE', value: '2017-SP', mod: 'START' },
]));
describe('fall and spring that stay no season', () => stays([
  { text: 'Prices are expected to fall in late trading.', timexes: [] },
  { text: 'The fall in prices was sharp in early trading.', timexes: [] },
  { text: 'The fall from grace was swift.', timexes: [] },
  { text: 'In the fall in Paris, leaves drop.', timexes: ['the fall=2017-FA'] },
  { text: 'Sales will rise in the fall from new stores.', timexes: ['the fall=2017-FA'] },
]));

// The near end of a range of weekdays is the one before the far end, which the clause places: "Talks run from Monday
// through Wednesday" put Monday behind the publication date (28 August) and Wednesday ahead of it (6 September).
describe('a range of weekdays', () => stays([
  { text: 'Talks run from Monday through Wednesday.', timexes: ['Monday=2017-09-04', 'Wednesday=2017-09-06'] },
  { text: 'Talks will be held between Tuesday and Thursday.', timexes: ['Tuesday=2017-09-05', 'Thursday=2017-09-07'] },
  { text: 'The festival ran from Friday to Sunday.', timexes: ['Friday=2017-08-25', 'Sunday=2017-08-27'] },
  { text: 'The festival runs Friday through Sunday.', timexes: ['Friday=2017-09-01', 'Sunday=2017-09-03'] },
  // Not a range: each weekday keeps its own reading.
  { text: 'He left Monday and returned Wednesday.', timexes: ['Monday=2017-08-28', 'Wednesday=2017-08-30'] },
  { text: 'He spoke Monday; on Wednesday he left.', timexes: ['Monday=2017-08-28', 'Wednesday=2017-08-30'] },
]));

// The near end of a range of clock times takes a.m. or p.m. from the far end: "from 2 to 4 p.m." (the "2" was
// missed), "from 10:30 to 11:15 p.m." (read as 10:30 a.m.), crossing noon or midnight when it runs back.
describe('the near end of a range of clock times', () => check([
  { sentence: 'The meeting runs from 2 to 4 p.m.', phrase: '2', type: 'TIME', value: '2017-09-02T14:00' },
  { sentence: 'Voting is between 9 and 11 a.m.', phrase: '9', type: 'TIME', value: '2017-09-02T09:00' },
  { sentence: 'Polls are open 7-10 p.m.', phrase: '7', type: 'TIME', value: '2017-09-02T19:00' },
  { sentence: 'Trading halted from 10:30 to 11:15 p.m.', phrase: '10:30', type: 'TIME', value: '2017-09-02T22:30' },
  { sentence: 'The store is open from 11 to 2 p.m.', phrase: '11', type: 'TIME', value: '2017-09-02T11:00' },
  { sentence: 'Lunch is served from 12 to 2 p.m.', phrase: '12', type: 'TIME', value: '2017-09-02T12:00' },
  { sentence: 'The curfew runs from 10 to 6 a.m.', phrase: '10', type: 'TIME', value: '2017-09-02T22:00' },
  { sentence: 'The party runs from 9 to 1 a.m. Saturday.', phrase: '9', type: 'TIME', value: '2017-09-01T21:00' },
]));
describe('numbers before a clock time that are no range', () => stays([
  { text: 'Prices rose 2 and 3 p.m. trading.', timexes: ['3 p.m.=2017-09-02T15:00'] },
  { text: 'The score was 2 to 4 on Friday.', timexes: ['Friday=2017-09-01'] },
]));

// A century before Christ is no century of the era TIMEX3 values count in: "the 5th century BC" was read as 04, the
// 400s AD. It is left unread, as "753 BC" and "1500 B.C." already are.
describe('centuries before Christ', () => stays([
  { text: 'It was built in the 5th century BC.', timexes: [] },
  { text: 'It was built in the 5th century B.C.', timexes: [] },
  { text: 'The city was founded in 753 BC.', timexes: [] },
  { text: 'The fort dates to the first century A.D.', timexes: ['the first century=00'] },
  { text: 'The 20th century was violent.', timexes: ['The 20th century=19'] },
]));

// "circa 1850" is an approximate date (mod APPROX, "circa" outside the expression as "about" is); the mod was missing.
describe('circa before a date', () => check([
  { sentence: 'He was born circa 1850.', phrase: '1850', type: 'DATE', value: '1850', mod: 'APPROX' },
  { sentence: 'The photo dates from circa March 1920.', phrase: 'March 1920', type: 'DATE', value: '1920-03', mod: 'APPROX' },
]));
describe('abbreviations that are no circa', () => stays([
  { text: 'He took Vitamin C. 2000 people came in 1990.', timexes: ['1990=1990'] },
]));

// A clock time before "on" and a holiday is on that holiday, placed as the holiday is ("at midnight on New Year's
// Eve" was 00:00 of the publication day; midnight is the one ending the holiday). Published 20 December 2017.
describe('a clock time on a holiday', () => check([
  { sentence: "Fireworks light up the sky at midnight on New Year's Eve.", phrase: 'midnight', type: 'TIME', value: '2017-12-31T24:00', on: '2017-12-20' },
  { sentence: 'Mass begins at 10 p.m. on Christmas Eve.', phrase: '10 p.m.', type: 'TIME', value: '2017-12-24T22:00', on: '2017-12-20' },
  { sentence: 'The parade starts at 9 a.m. on Thanksgiving.', phrase: '9 a.m.', type: 'TIME', value: '2017-11-23T09:00', on: '2017-12-20' },
]));
describe('clock times before a holiday that keep their day', () => stays([
  { text: "He left at 9 p.m. Officials said Christmas was calm.", timexes: ['9 p.m.=2017-12-20T21:00', 'Christmas=2017-12-25'], on: '2017-12-20' },
]));

// "the weekend before Christmas", "the weekend after Thanksgiving" are one expression, the nearest weekend on that
// side of the holiday; they were the weekend of the publication's week and the holiday apart.
describe('the weekend before or after a date', () => check([
  { sentence: 'Travel peaks the weekend before Christmas.', phrase: 'the weekend before Christmas', type: 'DATE', value: '2017-W51-WE', on: '2017-12-20' },
  { sentence: 'Stores reopen the weekend after Thanksgiving.', phrase: 'the weekend after Thanksgiving', type: 'DATE', value: '2018-W47-WE', on: '2018-11-10' },
  { sentence: 'The fair is the weekend after Labor Day.', phrase: 'the weekend after Labor Day', type: 'DATE', value: '2017-W36-WE' },
]));
describe('a weekend before with no date after it', () => stays([
  { text: 'He left the weekend before.', timexes: ['the weekend=2017-W35-WE'] },
]));
