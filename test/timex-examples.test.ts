/**
 * Example tables for every family of time expressions: phrase (in a sentence, for tense), publication date,
 * expected span text, type and TIMEX3 value (publication Saturday 2017-09-02 unless stated). One generic checker
 * (timex-example-check.ts) gives precise failure messages.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';
import { ON, check } from './timex-example-check.js';

describe('explicit dates', () => check([
  { sentence: 'It happened on March 16, 2017.', phrase: 'March 16, 2017', type: 'DATE', value: '2017-03-16' },
  // A relative year after a date is part of it, as "January this year" is (TimeBank annotates both ways).
  { sentence: 'Shops close on Dec. 25 this year.', phrase: 'Dec. 25 this year', type: 'DATE', value: '2017-12-25' },
  { sentence: 'The contract expired on July 1 last year.', phrase: 'July 1 last year', type: 'DATE', value: '2016-07-01' },
  { sentence: 'The contract was signed in March of last year.', phrase: 'March of last year', type: 'DATE', value: '2025-03', on: '2026-10-09' },
  { sentence: 'The deal closes in May of next year.', phrase: 'May of next year', type: 'DATE', value: '2027-05', on: '2026-10-09' },
  { sentence: 'He left on July 4 of last year.', phrase: 'July 4 of last year', type: 'DATE', value: '2025-07-04', on: '2026-10-09' },
  { sentence: 'It ends 3 March next year.', phrase: '3 March next year', type: 'DATE', value: '2018-03-03' },
  { sentence: 'The fire started on the night of July 3 last year.', phrase: 'the night of July 3 last year', type: 'TIME', value: '2016-07-03TNI' },
  { sentence: 'He was born on 4 July 2019.', phrase: '4 July 2019', type: 'DATE', value: '2019-07-04' },
  { sentence: 'The filing is dated 2021-11-03.', phrase: '2021-11-03', type: 'DATE', value: '2021-11-03' },
  { sentence: 'The vote was held Tuesday, June 6.', phrase: 'Tuesday, June 6', type: 'DATE', value: '2017-06-06' },
  // The weekday picks the year when only one year around the publication has it: Oct. 1 is a Sunday in 2017 only.
  { sentence: 'The vote is on Sunday, Oct. 1.', phrase: 'Sunday, Oct. 1', type: 'DATE', value: '2017-10-01' },
  { sentence: 'The vote was on Saturday, Oct. 1.', phrase: 'Saturday, Oct. 1', type: 'DATE', value: '2016-10-01' },
  { sentence: 'The war ended in 1998.', phrase: '1998', type: 'DATE', value: '1998' },
  { sentence: 'Prices soared in the 1990s.', phrase: 'the 1990s', type: 'DATE', value: '199' },
  { sentence: 'It was built in the 20th century.', phrase: 'the 20th century', type: 'DATE', value: '19' },
  { sentence: 'The talks collapsed in March.', phrase: 'March', type: 'DATE', value: '2017-03' },
  { sentence: 'The talks will resume in November.', phrase: 'November', type: 'DATE', value: '2017-11' },
  { sentence: 'Sales rose in July 1997.', phrase: 'July 1997', type: 'DATE', value: '1997-07' },
  { sentence: 'The firm reported results for fiscal 1989.', phrase: 'fiscal 1989', type: 'DATE', value: '1989' },
  { sentence: 'The deal closed last April.', phrase: 'last April', type: 'DATE', value: '2017-04' },
  { sentence: 'The mission was launched in December. Colonel Collins led it.', phrase: 'December', type: 'DATE', value: '2016-12' },
  { sentence: 'They met under a June agreement.', phrase: 'June', type: 'DATE', value: '2017-06' },
  { sentence: 'Economists spoke of nineteen ninety-six.', phrase: 'nineteen ninety-six', type: 'DATE', value: '1996' },
]));

// TimeML marks each end of a range: the far end borrows the near end's month or century, and the two share a year.
describe('ranges written in short', () => check([
  { sentence: 'Fighting raged Sept. 1-3 near the border.', phrase: '3', type: 'DATE', value: '2017-09-03' },
  { sentence: 'Fighting raged Sept. 1-3 near the border.', phrase: 'Sept. 1', type: 'DATE', value: '2017-09-01' },
  { sentence: 'The festival ran March 5 through 7, 2016.', phrase: '7, 2016', type: 'DATE', value: '2016-03-07' },
  // Both ends share a year: the near end takes the one written after the far end, the far end its first day's.
  { sentence: 'The festival ran March 5 through 7, 2016.', phrase: 'March 5', type: 'DATE', value: '2016-03-05' },
  { sentence: 'They met Nov. 28-30, 2015, in Paris.', phrase: 'Nov. 28', type: 'DATE', value: '2015-11-28' },
  { sentence: 'The summit is slated for Dec. 10-11.', phrase: 'Dec. 10', type: 'DATE', value: '2017-12-10' },
  { sentence: 'The summit is slated for Dec. 10-11.', phrase: '11', type: 'DATE', value: '2017-12-11' },
  // A range of clock times: the far end on the near end's day, or the next when earlier in the day; the near end on
  // the day written after the far end.
  { sentence: 'The curfew runs from 10 p.m. to 6 a.m.', phrase: '6 a.m.', type: 'TIME', value: '2017-09-03T06:00' },
  { sentence: 'The raid lasted from 11 p.m. Friday to 3 a.m.', phrase: '3 a.m.', type: 'TIME', value: '2017-09-02T03:00' },
  { sentence: 'Polls are open between 7 a.m. and 7 p.m.', phrase: '7 p.m.', type: 'TIME', value: '2017-09-02T19:00' },
  { sentence: 'Voting ran from 8 a.m. until 8 p.m. on Sunday.', phrase: '8 a.m.', type: 'TIME', value: '2017-08-27T08:00' },
  { sentence: 'He left at 10 p.m. Officials said at 6 a.m. he had arrived.', phrase: '6 a.m.', type: 'TIME', value: '2017-09-02T06:00' },
  // A verb of schedule in the simple present points ahead: news writes what is scheduled that way.
  { sentence: 'The summit opens Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'Talks resume on Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05' },
  { sentence: 'Parliament meets Thursday to vote.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07' },
  { sentence: 'The new law takes effect Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The ceasefire goes into effect on Sunday.', phrase: 'Sunday', type: 'DATE', value: '2017-09-03' },
  { sentence: 'The summit opened Monday.', phrase: 'Monday', type: 'DATE', value: '2017-08-28' },
  // …also with an adverb of manner between ("meet separately Monday"); not in the past.
  { sentence: 'He and Arafat meet separately Monday with Albright.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The two sides met separately Monday with Albright.', phrase: 'Monday', type: 'DATE', value: '2017-08-28' },
  // A clock time in the small hours after a night the text named is in that night, on the next calendar day.
  { sentence: 'The deal came together Thursday night. Talks ended at 2:30 a.m.', phrase: '2:30 a.m.', type: 'TIME', value: '2017-09-01T02:30' },
  { sentence: 'The raid began Wednesday evening. The last shots were fired at 4 a.m.', phrase: '4 a.m.', type: 'TIME', value: '2017-08-31T04:00' },
  { sentence: 'The deal came together Thursday morning. Talks ended at 2:30 a.m.', phrase: '2:30 a.m.', type: 'TIME', value: '2017-08-31T02:30' },
  // Not a range end: a month-day with its own month keeps its own reading.
  { sentence: 'They met March 5 and left Sept. 7, 2016.', phrase: 'March 5', type: 'DATE', value: '2017-03-05' },
  { sentence: 'The summit is on April 24 and 25.', phrase: '25', type: 'DATE', value: '1999-04-25', on: '1999-02-10' },
  { sentence: 'He served from 2001-2005.', phrase: '2005', type: 'DATE', value: '2005' },
  { sentence: 'He served from 2001-2005.', phrase: '2001', type: 'DATE', value: '2001' },
  { sentence: 'The 2016-17 season was long.', phrase: '17', type: 'DATE', value: '2017' },
  { sentence: 'The 1999-00 season was long.', phrase: '00', type: 'DATE', value: '2000' },
  { sentence: 'The talks ran 3-5 p.m. Friday.', phrase: '5 p.m. Friday', type: 'TIME', value: '2017-09-01T17:00' },
]));

describe('more written forms', () => check([
  { sentence: 'It happened in the 90s.', phrase: 'the 90s', type: 'DATE', value: '199' },
  { sentence: 'It happened in the early 90s.', phrase: 'the early 90s', type: 'DATE', value: '199', mod: 'START' },
  { sentence: 'It happened in the late 1980s and early 90s.', phrase: 'early 90s', type: 'DATE', value: '199', mod: 'START' },
  // A year fronting the sentence gives its month-days their year; one inside a subordinate clause does not.
  { sentence: 'In 2016, the vote was held Nov. 8.', phrase: 'Nov. 8', type: 'DATE', value: '2016-11-08' },
  { sentence: 'In 2016, the vote was held in March and again on Nov. 8.', phrase: 'March', type: 'DATE', value: '2016-03' },
  { sentence: 'In 1998, he left. He returned on Jan. 5.', phrase: 'Jan. 5', type: 'DATE', value: '2017-01-05' },
  // So does a relative year opening the sentence, with or without a comma, and it gives a holiday its year too.
  { sentence: 'Last year, the vote was held on Nov. 8.', phrase: 'Nov. 8', type: 'DATE', value: '2016-11-08' },
  { sentence: 'Last year shoppers spent $9.8 billion on Black Friday.', phrase: 'Black Friday', type: 'DATE', value: '2023-11-24', on: '2024-11-19' },
  { sentence: 'Under a program approved in 1987, it had bought shares through Sept. 29.', phrase: 'Sept. 29', type: 'DATE', value: '1989-09-29', on: '1989-10-30' },
  { sentence: 'It was signed on the 28th.', phrase: 'the 28th', type: 'DATE', value: '2017-08-28' },
  { sentence: 'It will be signed on the 5th.', phrase: 'the 5th', type: 'DATE', value: '2017-09-05' },
  // A day of the month recurs within weeks: the tense decides alone, however near the other one (Aug. 28 was 5 days
  // before publication, Sept. 28 is 26 after); the 1st ended at the publication's first instant, so it is past.
  { sentence: 'It will start on the 28th.', phrase: 'the 28th', type: 'DATE', value: '2017-09-28' },
  { sentence: 'It will start on the 1st.', phrase: 'the 1st', type: 'DATE', value: '2017-10-01' },
  { sentence: 'It ended on the 31st, officials said.', phrase: 'the 31st', type: 'DATE', value: '2017-08-31' },
  { sentence: 'Rent was paid on the 31st.', phrase: 'the 31st', type: 'DATE', value: '2017-08-31', on: '2017-10-02' },
  { sentence: 'It was signed 2017/08/28.', phrase: '2017/08/28', type: 'DATE', value: '2017-08-28' },
  { sentence: 'It was signed 28/08/2017.', phrase: '28/08/2017', type: 'DATE', value: '2017-08-28' },
  { sentence: 'It was signed 03/04/2017.', phrase: '03/04/2017', type: 'DATE', value: '2017-03-04' },
  { sentence: 'It happened on the night of Aug. 28.', phrase: 'the night of Aug. 28', type: 'TIME', value: '2017-08-28TNI' },
  { sentence: 'He came back on the evening of Friday.', phrase: 'the evening of Friday', type: 'TIME', value: '2017-09-01TEV' },
  { sentence: 'He was shot on the night of Friday, Oct. 23.', phrase: 'the night of Friday, Oct. 23', type: 'TIME', value: '1998-10-23TNI', on: '1998-11-21' },
]));

describe('seasons, quarters, halves', () => check([
  { sentence: 'Fighting intensified this summer.', phrase: 'this summer', type: 'DATE', value: '2017-SU' },
  { sentence: 'Profits fell in the second quarter.', phrase: 'the second quarter', type: 'DATE', value: '2017-Q2' },
  { sentence: 'Output grew in the first half of 2016.', phrase: 'the first half of 2016', type: 'DATE', value: '2016-H1' },
  { sentence: 'Sales in the fourth quarter of last year slipped.', phrase: 'the fourth quarter of last year', type: 'DATE', value: '2016-Q4' },
  { sentence: 'Revenue for Q3 2017 was flat.', phrase: 'Q3 2017', type: 'DATE', value: '2017-Q3' },
  { sentence: 'Sales rose in the third quarter of fiscal 2016.', phrase: 'the third quarter of fiscal 2016', type: 'DATE', value: '2016-Q3' },
  { sentence: 'The first half of fiscal 2018 will be weak.', phrase: 'The first half of fiscal 2018', type: 'DATE', value: '2018-H1' },
  // A quarter named by its months, as business news writes them (a month ending no quarter is only a month).
  { sentence: 'Profit for the July-September quarter came to 420 billion yen.', phrase: 'the July-September quarter', type: 'DATE', value: '2026-Q3', on: '2026-11-11' },
  { sentence: 'It will report results for the December quarter in early February.', phrase: 'the December quarter', type: 'DATE', value: '2026-Q4', on: '2026-11-11' },
  { sentence: 'Sales in the June 2025 quarter rose.', phrase: 'the June 2025 quarter', type: 'DATE', value: '2025-Q2', on: '2026-11-11' },
  { sentence: 'Sales in the November quarter rose.', phrase: 'November', type: 'DATE', value: '2026-11', on: '2026-11-11' },
  // The end of a period a forecast is for is the nearest such month; results reported for a year are for one over.
  { sentence: 'Sony raised its outlook for the fiscal year ending in March.', phrase: 'March', type: 'DATE', value: '2027-03', on: '2026-11-11' },
  { sentence: 'The company reported profit for the year ending March 31.', phrase: 'March 31', type: 'DATE', value: '2026-03-31', on: '2026-11-11' },
]));

describe('weekdays and parts of day', () => check([
  { sentence: 'Activists said Saturday that the convoy moved.', phrase: 'Saturday', type: 'DATE', value: '2017-09-02' },
  { sentence: 'The coalition issued a statement Friday.', phrase: 'Friday', type: 'DATE', value: '2017-09-01' },
  { sentence: 'The minister will visit Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05' },
  { sentence: 'The envoy is scheduled to arrive Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  // A schedule verb in the third person points ahead whatever the clause's other verbs; a base form after "did
  // not" does not.
  { sentence: 'Leaders said Thursday they had reached a deal, days before funding runs out at midnight Friday.', phrase: 'midnight Friday', type: 'TIME', value: '2017-09-08T24:00' },
  { sentence: 'The strike did not end Friday.', phrase: 'Friday', type: 'DATE', value: '2017-09-01' },
  // A fixture in the simple present, its object between verb and day; a past one stays past.
  { sentence: 'Newcastle play at Brighton on Sunday.', phrase: 'Sunday', type: 'DATE', value: '2017-09-03' },
  { sentence: 'Villa host Chelsea on Wednesday.', phrase: 'Wednesday', type: 'DATE', value: '2017-09-06' },
  { sentence: 'Obama meets Netanyahu on Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'Newcastle played at Brighton on Sunday.', phrase: 'Sunday', type: 'DATE', value: '2017-08-27' },
  // What starts on a day in a present clause, a sign-off, and the day a forecast is for.
  { sentence: 'Consumers can register for a replacement starting Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The new fares apply effective Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05' },
  { sentence: '"See you Tuesday," he said.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05' },
  { sentence: 'The weather forecast for Tuesday morning calls for rain.', phrase: 'Tuesday morning', type: 'TIME', value: '2017-09-05TMO' },
  { sentence: 'Aid groups said the cold was the danger, with more snow forecast for Friday night.', phrase: 'Friday night', type: 'TIME', value: '2017-09-08TNI' },
  // A past form after a determiner, a preposition or (when it is also the base form) an ordinal is a noun or an
  // adjective, not the clause's past: "with updated forecasts", "the first cut in May".
  { sentence: 'The bank will release its statement on Friday, with updated forecasts.', phrase: 'Friday', type: 'DATE', value: '2017-09-08' },
  { sentence: 'Economists expect the first cut in May.', phrase: 'May', type: 'DATE', value: '2027-05', on: '2027-02-09' },
  // A present expectation points its object ahead, whatever the reporting verb; so do "are forecast to", "expected from".
  { sentence: '"It is open," said Surya, an economist who expects the first cut in May.', phrase: 'May', type: 'DATE', value: '2027-05', on: '2027-02-09' },
  { sentence: 'Levels on the Danube are forecast to peak on Wednesday.', phrase: 'Wednesday', type: 'DATE', value: '2027-09-22', on: '2027-09-20' },
  { sentence: 'The service said more rain was expected from Tuesday night.', phrase: 'Tuesday night', type: 'TIME', value: '2027-09-21TNI', on: '2027-09-20' },
  { sentence: 'The company cut jobs in May.', phrase: 'May', type: 'DATE', value: '2026-05', on: '2027-02-09' },
  { sentence: 'The budget office has told agencies to prepare plans by Wednesday.', phrase: 'Wednesday', type: 'DATE', value: '2017-09-06' },
  // A directive's infinitive past a longer object: what is urged or ordered lies ahead of the urging.
  { sentence: 'The retailers urged President Vance on Thursday to intervene before the weekend.', phrase: 'the weekend', type: 'DATE', value: '2017-W36-WE', on: '2017-09-04' },
  { sentence: 'Reno ordered the Miami relatives to surrender the boy by Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07' },
  { sentence: 'The council condemned the bombing on Thursday and called on all states to cooperate.', phrase: 'Thursday', type: 'DATE', value: '2017-08-31' },
  { sentence: 'They met last Friday.', phrase: 'last Friday', type: 'DATE', value: '2017-09-01' },
  // "this past weekend" is the last one before publication; "this coming weekend" on a Monday is that week's.
  { sentence: 'They met this past weekend.', phrase: 'this past weekend', type: 'DATE', value: '2017-W34-WE' },
  { sentence: 'They met this past weekend.', phrase: 'this past weekend', type: 'DATE', value: '2017-W35-WE', on: '2017-09-04' },
  { sentence: 'They meet this coming weekend.', phrase: 'this coming weekend', type: 'DATE', value: '2017-W36-WE', on: '2017-09-04' },
  { sentence: 'They met last weekend.', phrase: 'last weekend', type: 'DATE', value: '2017-W35-WE', on: '2017-09-04' },
  { sentence: 'They will meet next Wednesday.', phrase: 'next Wednesday', type: 'DATE', value: '2017-09-06' },
  { sentence: 'Shelling resumed Wednesday night.', phrase: 'Wednesday night', type: 'TIME', value: '2017-08-30TNI' },
  { sentence: 'The army said this afternoon it had withdrawn.', phrase: 'this afternoon', type: 'TIME', value: '2017-09-02TAF' },
  // The edges of daylight start a part of the day: the day the text is at, or the weekday named.
  { sentence: 'Troops moved in at dawn.', phrase: 'dawn', type: 'TIME', value: '2017-09-02TMO', mod: 'START' },
  { sentence: 'They crossed Friday at dawn.', phrase: 'Friday at dawn', type: 'TIME', value: '2017-09-01TMO', mod: 'START' },
  { sentence: 'The convoy left at dusk on Thursday.', phrase: 'dusk on Thursday', type: 'TIME', value: '2017-08-31TEV', mod: 'START' },
  { sentence: 'They will leave at dawn Sunday.', phrase: 'dawn Sunday', type: 'TIME', value: '2017-09-03TMO', mod: 'START' },
  { sentence: 'Fighting stopped at nightfall.', phrase: 'nightfall', type: 'TIME', value: '2017-09-02TNI', mod: 'START' },
  // "through the morning", "during the night": that part of the day the text is at; "on Friday" after it names the day.
  { sentence: 'Aftershocks continued through the morning.', phrase: 'the morning', type: 'TIME', value: '2017-09-02TMO' },
  { sentence: 'Fighting raged through the night.', phrase: 'the night', type: 'TIME', value: '2017-09-02TNI' },
  { sentence: 'It rained throughout the afternoon on Friday.', phrase: 'the afternoon on Friday', type: 'TIME', value: '2017-09-01TAF' },
  { sentence: 'They met in the afternoon on Tuesday.', phrase: 'the afternoon on Tuesday', type: 'TIME', value: '2017-08-29TAF' },
  { sentence: 'The meeting began at 10 a.m. Tuesday.', phrase: '10 a.m. Tuesday', type: 'TIME', value: '2017-08-29T10:00' },
  // A month "of that year" is in the year the text gave last; a month joined to it by "and" too.
  { sentence: 'He fell ill in 2014. He died in March of that year.', phrase: 'March of that year', type: 'DATE', value: '2014-03' },
  { sentence: 'He fell ill in 2014. He recovered in April of the following year.', phrase: 'April of the following year', type: 'DATE', value: '2015-04' },
  { sentence: 'He fell ill in 2014. The patients died in February and March of that year.', phrase: 'February', type: 'DATE', value: '2014-02' },
  { sentence: 'He fell ill in 2014. The patients died in February and March of that year.', phrase: 'March of that year', type: 'DATE', value: '2014-03' },
  // …not a month joined to another with no "of that year": the publication's year, by tense.
  { sentence: 'He fell ill in 2014. He was in Paris in February and in Rome in March.', phrase: 'February', type: 'DATE', value: '2017-02' },
  // Short -ed pasts mark the past as the -ed pattern does longer ones: Feb. 9 lies nearer ahead of the publication than behind it.
  { sentence: 'The first victim died on Feb. 9.', phrase: 'Feb. 9', type: 'DATE', value: '2017-02-09' },
  { sentence: 'The family fled on Feb. 9.', phrase: 'Feb. 9', type: 'DATE', value: '2017-02-09' },
  { sentence: 'She led the team on Feb. 9.', phrase: 'Feb. 9', type: 'DATE', value: '2017-02-09' },
  { sentence: 'The club sued the league on Feb. 9.', phrase: 'Feb. 9', type: 'DATE', value: '2017-02-09' },
  // …not a word listed as no past ("used"), nor a future.
  { sentence: 'The old shed will be demolished on Feb. 9.', phrase: 'Feb. 9', type: 'DATE', value: '2018-02-09' },
  // A weekday's date after it is the clock's day: the year is the one that day falls on the weekday, as for "Tuesday, June 6".
  { sentence: 'The deadline is midnight on Saturday, Sept. 30.', phrase: 'midnight on Saturday, Sept. 30', type: 'TIME', value: '2017-09-30T24:00' },
  { sentence: 'The vote is at 5 p.m. Tuesday, June 6.', phrase: '5 p.m. Tuesday, June 6', type: 'TIME', value: '2017-06-06T17:00' },
  { sentence: 'They met at 9 a.m. on Friday, Dec. 1, 2006.', phrase: '9 a.m. on Friday, Dec. 1, 2006', type: 'TIME', value: '2006-12-01T09:00' },
  // Not a date: a weekday's clause going on after a comma.
  { sentence: 'He left at 9 a.m. Monday, and returned.', phrase: '9 a.m. Monday', type: 'TIME', value: '2017-08-28T09:00' },
  { sentence: 'Polls close at 19:45.', phrase: '19:45', type: 'TIME', value: '2017-09-02T19:45' },
  { sentence: 'They met at 3.45pm.', phrase: '3.45pm', type: 'TIME', value: '2017-09-02T15:45' },
  { sentence: "They met at 5 o'clock.", phrase: "5 o'clock", type: 'TIME', value: '2017-09-02T05:00' },
  { sentence: "He left at six o'clock Friday.", phrase: "six o'clock Friday", type: 'TIME', value: '2017-09-01T06:00' },
  // ISO 8601 date-times as web pages print them: the offset is kept in the value.
  { sentence: 'Posted 2017-09-02T15:00Z by staff.', phrase: '2017-09-02T15:00Z', type: 'TIME', value: '2017-09-02T15:00Z' },
  { sentence: 'Updated 2017-09-02T15:00:00+03:00.', phrase: '2017-09-02T15:00:00+03:00', type: 'TIME', value: '2017-09-02T15:00+03:00' },
  { sentence: 'The market closed at 3 p.m. EDT.', phrase: '3 p.m. EDT', type: 'TIME', value: '2017-09-02T15:00-04:00' },
  // US regional zones take their offset on the day (daylight saving in September, standard time in January).
  { sentence: 'The debate starts at 9 p.m. ET.', phrase: '9 p.m. ET', type: 'TIME', value: '2017-09-02T21:00-04:00' },
  { sentence: 'It started at 9 p.m. Pacific time on Jan. 5.', phrase: '9 p.m. Pacific time on Jan. 5', type: 'TIME', value: '2017-01-05T21:00-08:00' },
  { sentence: 'The bank meets at 10 a.m. Central time.', phrase: '10 a.m. Central time', type: 'TIME', value: '2017-09-02T10:00-05:00' },
  // A city's clock ("Moscow time") takes the city's offset on that day; "local time" is the dateline's, the article's zone.
  { sentence: 'The ceasefire began at 6 p.m. Moscow time.', phrase: '6 p.m. Moscow time', type: 'TIME', value: '2017-09-02T18:00+03:00' },
  { sentence: 'Trading opens at 9:30 a.m. New York time on Jan. 5.', phrase: '9:30 a.m. New York time on Jan. 5', type: 'TIME', value: '2018-01-05T09:30-05:00' },
  { sentence: 'The polls closed at 23:00 Tehran time.', phrase: '23:00 Tehran time', type: 'TIME', value: '2017-09-02T23:00+04:30' },
  { sentence: 'Polls opened at 7 a.m. local time.', phrase: '7 a.m. local time', type: 'TIME', value: '2017-09-02T07:00' },
  { sentence: 'The talks began at 5 p.m. Gotham time.', phrase: '5 p.m.', type: 'TIME', value: '2017-09-02T17:00' },
  { sentence: 'The blast was at 10:35 a.m. (0735 GMT).', phrase: '0735 GMT', type: 'TIME', value: '2017-09-02T07:35Z' },
  { sentence: 'The curfew starts at 2300 hours.', phrase: '2300 hours', type: 'TIME', value: '2017-09-02T23:00' },
  { sentence: 'He has logged 2300 hours in the air.', phrase: '2300 hours', type: 'DURATION', value: 'PT2300H' },
  { sentence: 'The study by Smith at 10 a.m. et al.', phrase: '10 a.m.', type: 'TIME', value: '2017-09-02T10:00' },
  // A clock time written right after a day falls on that day, whatever the tense; "pm." keeps the sentence's period out.
  { sentence: 'The talks will resume Friday at 3 pm.', phrase: '3 pm', type: 'TIME', value: '2017-09-08T15:00' },
  { sentence: 'The talks resumed Friday at 3 PM.', phrase: '3 PM', type: 'TIME', value: '2017-09-01T15:00' },
  { sentence: 'The talks resume Friday at 3 PM.', phrase: '3 PM', type: 'TIME', value: '2017-09-08T15:00' },
  { sentence: 'He arrived Friday, at about 9 p.m.', phrase: '9 p.m.', type: 'TIME', value: '2017-09-01T21:00' },
  { sentence: 'They met at 7pm.', phrase: '7pm', type: 'TIME', value: '2017-09-02T19:00' },
  // The day written after a clock time's conversion or a comma is the clock time's day (wire copy: "(0735 GMT) Friday").
  { sentence: 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', phrase: '10:35 a.m.', type: 'TIME', value: '2017-09-01T10:35' },
  { sentence: 'The blast occurred at about 10:35 a.m. (0735 GMT) Friday.', phrase: '0735 GMT', type: 'TIME', value: '2017-09-01T07:35Z' },
  { sentence: 'Polls opened at 7 a.m. local time, Sunday.', phrase: '7 a.m. local time, Sunday', type: 'TIME', value: '2017-08-27T07:00' },
  { sentence: 'At 3 p.m. (local time), on Aug. 28, 2017, the convoy left.', phrase: '3 p.m.', type: 'TIME', value: '2017-08-28T15:00' },
  { sentence: 'It began at 3 p.m. and ended Friday.', phrase: '3 p.m.', type: 'TIME', value: '2017-09-02T15:00' },
  { sentence: 'It began at 3 p.m. Prices fell Friday.', phrase: '3 p.m.', type: 'TIME', value: '2017-09-02T15:00' },
  // Not joined: a day in another sentence leaves a present-tense clock time on the publication day.
  { sentence: 'Friday was calm. At 3 p.m. the talks resume.', phrase: '3 p.m.', type: 'TIME', value: '2017-09-02T15:00' },
  { sentence: 'The weekly holiday fell on Sunday, 2019-12-29.', phrase: '2019-12-29', type: 'DATE', value: '2019-12-29' },
]));

describe('deictic and relative expressions', () => check([
  { sentence: 'He arrived yesterday.', phrase: 'yesterday', type: 'DATE', value: '2017-09-01' },
  { sentence: 'He arrived the day before yesterday.', phrase: 'the day before yesterday', type: 'DATE', value: '2017-08-31' },
  { sentence: 'The talks resume the day after tomorrow.', phrase: 'the day after tomorrow', type: 'DATE', value: '2017-09-04' },
  { sentence: 'He leaves tomorrow.', phrase: 'tomorrow', type: 'DATE', value: '2017-09-03' },
  { sentence: 'It is raining today.', phrase: 'today', type: 'DATE', value: '2017-09-02' },
  { sentence: 'They speak tonight.', phrase: 'tonight', type: 'TIME', value: '2017-09-02TNI' },
  { sentence: 'The convoy left six days ago.', phrase: 'six days ago', type: 'DATE', value: '2017-08-27' },
  { sentence: 'It was announced 12 years ago this week.', phrase: '12 years ago this week', type: 'DATE', value: '2014-W11', on: '2026-03-14' },
  { sentence: 'The plant opened 50 years ago this month.', phrase: '50 years ago this month', type: 'DATE', value: '1976-03', on: '2026-03-14' },
  { sentence: 'He died a year ago today.', phrase: 'a year ago today', type: 'DATE', value: '2025-03-14', on: '2026-03-14' },
  // A fortnight is two weeks, counted as weeks are ("three weeks ago" is a week too).
  { sentence: 'They met a fortnight ago.', phrase: 'a fortnight ago', type: 'DATE', value: '2017-W33' },
  { sentence: 'Prices rose over the past fortnight.', phrase: 'the past fortnight', type: 'DURATION', value: 'P2W' },
  { sentence: 'The town fell thirty-two years ago.', phrase: 'thirty-two years ago', type: 'DATE', value: '1985' },
  { sentence: 'The deal was struck a dozen years ago.', phrase: 'a dozen years ago', type: 'DATE', value: '2005' },
  { sentence: 'They met a couple of weeks ago.', phrase: 'a couple of weeks ago', type: 'DATE', value: '2017-W33' },
  { sentence: 'It rained last week.', phrase: 'last week', type: 'DATE', value: '2017-W34' },
  { sentence: 'It will rain next month.', phrase: 'next month', type: 'DATE', value: '2017-10' },
  { sentence: 'Taxes rose this year.', phrase: 'this year', type: 'DATE', value: '2017' },
  { sentence: 'Earlier this week, an airstrike hit.', phrase: 'Earlier this week', type: 'DATE', value: '2017-W35', mod: 'START' },
  { sentence: 'A vote is due later this month.', phrase: 'later this month', type: 'DATE', value: '2017-09', mod: 'END' },
  { sentence: 'Elections are planned for early next year.', phrase: 'early next year', type: 'DATE', value: '2018', mod: 'START' },
  { sentence: 'The war began in mid-2015.', phrase: 'mid-2015', type: 'DATE', value: '2015', mod: 'MID' },
  { sentence: 'Prices rose late last month.', phrase: 'late last month', type: 'DATE', value: '2017-08', mod: 'END' },
  { sentence: 'Prices doubled over the past two years.', phrase: 'the past two years', type: 'DURATION', value: 'P2Y' },
  { sentence: 'More will come in the coming months.', phrase: 'the coming months', type: 'DURATION', value: 'PXM' },
  // "in a year or two" ahead, "a year or two ago": some time on that side, no date that far off; a length "a month or
  // two" keeps its first count (AQUAINT: "a month").
  { sentence: 'You may, in a year or two, save more lives.', phrase: 'a year or two', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'The decision will come in a day or two.', phrase: 'a day or two', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'He left the party a year or two ago.', phrase: 'a year or two ago', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'The appeal could take a month or two.', phrase: 'a month', type: 'DURATION', value: 'P1M' },
  { sentence: 'You may, in two years, save more lives.', phrase: 'two years', type: 'DATE', value: '2019' },
  // "over the years": a vague length; "the years of war" is the narrative's period, no length.
  { sentence: 'Over the years many more patients have died.', phrase: 'the years', type: 'DURATION', value: 'PXY' },
  { sentence: 'The city changed through the decades.', phrase: 'the decades', type: 'DURATION', value: 'PXY' },
  // "the weeks ahead" is "the coming weeks"; "weeks or months" one vague length, valued by its first unit.
  { sentence: 'Funds may sell junk bonds in the weeks ahead.', phrase: 'the weeks ahead', type: 'DURATION', value: 'PXW' },
  { sentence: 'He probably died within weeks or months of his capture.', phrase: 'weeks or months', type: 'DURATION', value: 'PXW' },
  { sentence: 'Talks could take days or weeks.', phrase: 'days or weeks', type: 'DURATION', value: 'PXD' },
  // Negative row: a plural unit after "or" alone is no disjunction of lengths.
  { sentence: 'It took years, or so he said.', phrase: 'years', type: 'DURATION', value: 'PXY' },
  { sentence: 'Fighting recently spread.', phrase: 'recently', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'He now lives in Europe.', phrase: 'now', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'He currently lives in Europe.', phrase: 'currently', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'Historians will judge it in the future.', phrase: 'the future', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'That was common in the past.', phrase: 'the past', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'He left two and a half years ago.', phrase: 'two and a half years ago', type: 'DATE', value: '2015' },
  { sentence: 'He left a week or so ago.', phrase: 'a week or so ago', type: 'DATE', value: '1991-W08', mod: 'APPROX', on: '1991-02-25' },
  { sentence: 'It lasted a week or so.', phrase: 'a week or so', type: 'DURATION', value: 'P1W' },
  { sentence: 'He left a year and a half ago.', phrase: 'a year and a half ago', type: 'DATE', value: '2016' },
  { sentence: 'They met one and a half weeks ago.', phrase: 'one and a half weeks ago', type: 'DATE', value: '2017-W34' },
  { sentence: 'It opens two and a half months from now.', phrase: 'two and a half months from now', type: 'DATE', value: '2017-11' },
  { sentence: 'Rent is due on the last day of the month.', phrase: 'the last day of the month', type: 'DATE', value: '2017-09-30' },
  { sentence: 'They met on the first day of the year.', phrase: 'the first day of the year', type: 'DATE', value: '2017-01-01' },
  { sentence: 'The lease ends on the last day of next year.', phrase: 'the last day of next year', type: 'DATE', value: '2018-12-31' },
  { sentence: 'The law took effect the first day of last quarter.', phrase: 'the first day of last quarter', type: 'DATE', value: '2017-04-01' },
  { sentence: 'The fair closes on the final day of this week.', phrase: 'the final day of this week', type: 'DATE', value: '2017-09-03' },
  { sentence: 'February ends on the last day of the month.', phrase: 'the last day of the month', type: 'DATE', value: '2016-02-29', on: '2016-02-10' },
]));

describe('durations and sets', () => check([
  // "in N units" ahead of a future or scheduled clause is the date that far after publication (TimeBank: "would be
  // redeemed in five years" → 1994 in 1989); in a past clause, or counted from an event, a length.
  { sentence: 'Madrid will play Barcelona in 11 days.', phrase: '11 days', type: 'DATE', value: '2025-09-13', on: '2025-09-02' },
  { sentence: 'The vote is in three weeks.', phrase: 'three weeks', type: 'DATE', value: '2025-W39', on: '2025-09-02' },
  { sentence: 'Results are expected in two months.', phrase: 'two months', type: 'DATE', value: '2025-11', on: '2025-09-02' },
  { sentence: 'The bonds would be redeemed in five years.', phrase: 'five years', type: 'DATE', value: '2030', on: '2025-09-02' },
  { sentence: 'He took power in three weeks.', phrase: 'three weeks', type: 'DURATION', value: 'P3W', on: '2025-09-02' },
  { sentence: 'The company will appeal in 30 days of the ruling.', phrase: '30 days', type: 'DURATION', value: 'P30D', on: '2025-09-02' },
  // A range keeps both ends (each marked, as a range of dates is): timex-range-ends.test.ts.
  { sentence: 'Talks will resume in two to three weeks.', phrase: 'two', type: 'DURATION', value: 'P2W', on: '2025-09-02' },
  { sentence: 'Talks will resume in two to three weeks.', phrase: 'three weeks', type: 'DURATION', value: 'P3W', on: '2025-09-02' },
  { sentence: 'The siege lasted five weeks.', phrase: 'five weeks', type: 'DURATION', value: 'P5W' },
  { sentence: 'The talks lasted a fortnight.', phrase: 'a fortnight', type: 'DURATION', value: 'P2W' },
  { sentence: 'The count took two fortnights.', phrase: 'two fortnights', type: 'DURATION', value: 'P4W' },
  { sentence: 'The vote is in two fortnights.', phrase: 'two fortnights', type: 'DATE', value: '2017-W39' },
  { sentence: 'They were held for 72 hours.', phrase: '72 hours', type: 'DURATION', value: 'PT72H' },
  { sentence: 'The threat came days after they left.', phrase: 'days', type: 'DURATION', value: 'PXD' },
  { sentence: 'It took several months.', phrase: 'several months', type: 'DURATION', value: 'PXM' },
  { sentence: 'They waited 2 1/2 years.', phrase: '2 1/2 years', type: 'DURATION', value: 'P2Y6M' },
  // "-long" adjectives: the adjective alone, as "a [two-year]" is annotated.
  { sentence: 'A month-long campaign began.', phrase: 'month-long', type: 'DURATION', value: 'P1M' },
  { sentence: 'The day-long strike ended.', phrase: 'day-long', type: 'DURATION', value: 'P1D' },
  { sentence: 'The decades-long feud ended.', phrase: 'decades-long', type: 'DURATION', value: 'PXY' },
  { sentence: 'A months-long probe ended.', phrase: 'months-long', type: 'DURATION', value: 'PXM' },
  { sentence: 'The six-month-long trial ended.', phrase: 'six-month-long', type: 'DURATION', value: 'P6M' },
  { sentence: 'They waited about two decades.', phrase: 'two decades', type: 'DURATION', value: 'P20Y', mod: 'APPROX' },
  { sentence: 'They waited nearly two years.', phrase: 'nearly two years', type: 'DURATION', value: 'P2Y', mod: 'LESS_THAN' },
  { sentence: 'The market opens every Monday.', phrase: 'every Monday', type: 'SET', value: 'XXXX-WXX-1' },
  { sentence: 'Buses carry 50,000 people every weekday.', phrase: 'every weekday', type: 'SET', value: 'XXXX-WXX-WD' },
  { sentence: 'The market is held every weekend.', phrase: 'every weekend', type: 'SET', value: 'XXXX-WXX-WE' },
  { sentence: 'The figures are published weekly.', phrase: 'weekly', type: 'SET', value: 'P1W' },
  { sentence: 'The meeting is held yearly.', phrase: 'yearly', type: 'SET', value: 'P1Y' },
  { sentence: 'The board meets twice a year.', phrase: 'twice a year', type: 'SET', value: 'P1Y' },
]));

describe('narrative phrases', () => check([
  { sentence: 'They left on March 3, 2017. The next day they crossed.', phrase: 'The next day', type: 'DATE', value: '2017-03-04' },
  { sentence: 'They left on March 3, 2017. Three weeks later they crossed.', phrase: 'Three weeks later', type: 'DATE', value: '2017-03-24' },
  // "N years later" counts on from the date the text gave last, even when a day of the publication year came before
  // (an obituary: "died on Sunday … In 1957 she worked on compilers. Two years later she moved").
  { sentence: 'Adler died on Sunday. In 1957 she worked on compilers. Two years later she moved to Bell Labs.', phrase: 'Two years later', type: 'DATE', value: '1959', on: '2025-11-04' },
  { sentence: 'Adler died on Sunday. In the late 1950s she worked on compilers. Two years later she moved.', phrase: 'Two years later', type: 'DATE', value: '1959', on: '2025-11-04' },
  { sentence: 'Adler died on Sunday. In 1957 she worked on compilers. Two years earlier she had graduated.', phrase: 'Two years earlier', type: 'DATE', value: '1955', on: '2025-11-04' },
  // "overnight": the night before the day the text is at (TimeBank: TIME 1989-10-26TNI after "Friday" 1989-10-27).
  { sentence: 'Russian drones struck energy facilities overnight, officials said Sunday.', phrase: 'overnight', type: 'TIME', value: '2026-11-21TNI', on: '2026-11-22' },
  { sentence: 'Shares fell on Friday. They were depressed by overnight losses in New York.', phrase: 'overnight', type: 'TIME', value: '2026-11-19TNI', on: '2026-11-22' },
  // In a past clause not the night before a day still to come: the night before publication.
  { sentence: 'Schools will reopen on March 15. At a tent camp, temperatures fell to minus 6 Celsius overnight.', phrase: 'overnight', type: 'TIME', value: '2027-03-03TNI', on: '2027-03-04' },
  // "in the years that followed": the unit alone is the expression, "followed" an event (AQUAINT).
  { sentence: 'In the years that followed, the fighters left.', phrase: 'years', type: 'DURATION', value: 'PXY' },
  { sentence: 'In the weeks that followed the vote, talks stalled.', phrase: 'weeks', type: 'DURATION', value: 'PXW' },
  // After a part of a day or a clock time the shift still lands on a day.
  { sentence: 'They left on the morning of March 3, 2017. A week later they crossed.', phrase: 'A week later', type: 'DATE', value: '2017-03-10' },
  { sentence: 'They met at 10 a.m. Monday. A month later they signed.', phrase: 'A month later', type: 'DATE', value: '2017-09-28' },
  { sentence: 'They left on March 3, 2017. A fortnight later they crossed.', phrase: 'A fortnight later', type: 'DATE', value: '2017-03-17' },
  { sentence: 'Trains will run in late 2024, a year later than promised.', phrase: 'a year', type: 'DURATION', value: 'P1Y' },
  { sentence: 'The crew was named in April 2023 and began training that summer.', phrase: 'that summer', type: 'DATE', value: '2023-SU' },
  // "the following spring" after a whole year is the next year's.
  { sentence: 'The program was cancelled in 2015. Congress restored the money the following spring.', phrase: 'the following spring', type: 'DATE', value: '2016-SP', on: '2026-03-14' },
  { sentence: 'The line was cut in April 2023. It reopened the following summer.', phrase: 'the following summer', type: 'DATE', value: '2023-SU', on: '2026-03-14' },
  // A count on in a past clause cannot land after publication: it counts from the latest earlier date that keeps it past.
  { sentence: 'The plan was adopted in 2019. The mayor spoke on Monday. Critics said the plan failed three years later.', phrase: 'three years later', type: 'DATE', value: '2022', on: '2025-10-26' },
  { sentence: 'She went to Chernobyl in 1986. She died on Saturday. Few understood what she had seen two decades later.', phrase: 'two decades later', type: 'DATE', value: '200', on: '2025-10-26' },
  { sentence: 'They met on Monday. Two days later they signed.', phrase: 'Two days later', type: 'DATE', value: '2025-10-22', on: '2025-10-26' },
  { sentence: 'Police arrested him; two days later he was charged.', phrase: 'two days later', type: 'DATE', value: 'PAST_REF', on: '2025-10-26' },
  { sentence: 'The plan was adopted in 2019. The mayor spoke on Monday. Two years later the bridge will open.', phrase: 'Two years later', type: 'DATE', value: '2027', on: '2025-10-26' },
  // A comparison's baseline is not what the next phrase counts from: each change is measured from the period reported.
  { sentence: 'Revenue for the third quarter rose 64% from a year earlier. Net income fell 6% from the prior quarter.', phrase: 'the prior quarter', type: 'DATE', value: '2024-Q2', on: '2024-10-24' },
  { sentence: 'Third-quarter sales rose 12% from the year-earlier period and 3% from the previous quarter.', phrase: 'the previous quarter', type: 'DATE', value: '2024-Q2', on: '2024-10-24' },
  { sentence: 'Sales in the second half fell 4%, compared with a gain a year earlier. The next year was worse.', phrase: 'The next year', type: 'DATE', value: '2024', on: '2024-02-10' },
  // …but a look back after a move elsewhere is a date of the story.
  { sentence: 'She moved from Boston to Paris in 2010. Two years earlier she had married. The next year she left.', phrase: 'The next year', type: 'DATE', value: '2009' },
  // The day that ends a period describes it: "a year earlier" is that period a year back.
  { sentence: 'Acme reported a profit for the quarter ended Sept. 30, compared with a loss a year earlier.', phrase: 'a year earlier', type: 'DATE', value: '2023-Q3', on: '2024-10-24' },
  // A night before or after is the night of that day, a TIME as "that night" is.
  { sentence: 'The men\'s final was on Jan. 26, 2025. The women\'s final was played a night earlier.', phrase: 'a night earlier', type: 'TIME', value: '2025-01-25TNI' },
  { sentence: 'The vote was on Jan. 26, 2025. The night before, protesters camped out.', phrase: 'The night before', type: 'TIME', value: '2025-01-25TNI' },
  // Hours after a day count from the clock time the text gave on that day.
  { sentence: 'A quake struck at 4:43 p.m. on Aug. 8, 2024, and the warnings were lifted about three hours later.', phrase: 'three hours later', type: 'TIME', value: '2024-08-08T19' },
  // A past clock time later in the day than a timed publication was the day before, unless the text just named that day.
  { sentence: 'The blast happened at 10 p.m.', phrase: '10 p.m.', type: 'TIME', value: '2026-03-13T22:00', on: '2026-03-14T18:30:00-04:00', timeZone: 'America/New_York' },
  { sentence: 'Police said the gunman opened fire at 9:40 p.m.', phrase: '9:40 p.m.', type: 'TIME', value: '2026-03-13T21:40', on: '2026-03-14T18:30:00-04:00', timeZone: 'America/New_York' },
  { sentence: 'The blast happened at 3 p.m.', phrase: '3 p.m.', type: 'TIME', value: '2026-03-14T15:00', on: '2026-03-14T18:30:00-04:00', timeZone: 'America/New_York' },
  { sentence: 'Polls will close at 10 p.m.', phrase: '10 p.m.', type: 'TIME', value: '2026-03-14T22:00', on: '2026-03-14T18:30:00-04:00', timeZone: 'America/New_York' },
  // A publication time of exactly midnight is still a time (the date-only reading is the parsed one, not the instant's).
  { sentence: 'The blast happened at 10 p.m.', phrase: '10 p.m.', type: 'TIME', value: '2026-03-13T22:00', on: '2026-03-14T00:00:00-04:00', timeZone: 'America/New_York' },
  { sentence: 'The blast happened at 10 p.m.', phrase: '10 p.m.', type: 'TIME', value: '2026-03-14T22:00', on: '2026-03-14', timeZone: 'America/New_York' },
  { sentence: 'A woman was killed Saturday evening. The men arrived around 7:15 p.m.', phrase: '7:15 p.m.', type: 'TIME', value: '2026-03-14T19:15', on: '2026-03-14T18:30:00-04:00', timeZone: 'America/New_York' },
  // A morning the narrative reaches after a night or a late day is the next one; one it looks back to is not.
  { sentence: 'Talks collapsed on Monday night. At 6 a.m., pickets arrived at the gates.', phrase: '6 a.m.', type: 'TIME', value: '2024-10-22T06:00', on: '2024-10-24' },
  { sentence: 'The storm hit late Sunday. By 5 a.m., 20,000 homes had lost power.', phrase: '5 a.m.', type: 'TIME', value: '2024-10-21T05:00', on: '2024-10-24' },
  { sentence: 'Talks broke down late on Monday. The walkout began at 7 a.m. and lasted all day.', phrase: '7 a.m.', type: 'TIME', value: '2024-10-22T07:00', on: '2024-10-24' },
  { sentence: 'The storm hit late Sunday. Earlier, at 9 a.m., a warning was issued.', phrase: '9 a.m.', type: 'TIME', value: '2024-10-20T09:00', on: '2024-10-24' },
  { sentence: 'Protesters gathered on Monday night. The crowd had been there since 10 a.m.', phrase: '10 a.m.', type: 'TIME', value: '2024-10-21T10:00', on: '2024-10-24' },
  // A clock time with a narrative part of day after it is on the day the text gave last.
  { sentence: 'Black Friday falls on Nov. 29, 2024. Chains will open at 5 a.m. EST that morning.', phrase: '5 a.m. EST', type: 'TIME', value: '2024-11-29T05:00-05:00' },
  { sentence: 'The attack came on Oct. 23, 1998. At 10 p.m. that night, the police arrived.', phrase: 'that night', type: 'TIME', value: '1998-10-23TNI' },
  // "in the day" needs a day: after a coarser date, the last day the text gave.
  { sentence: 'NASA said on Sept. 3, 2024, that a test in late 2022 had failed. Nelson told reporters earlier in the day that the crew was safe.', phrase: 'earlier in the day', type: 'DATE', value: '2024-09-03' },
  { sentence: 'The war ended in December 1972. That winter was cold.', phrase: 'That winter', type: 'DATE', value: '1972-WI' },
  // "the following summer": the first one after the previous date, in its year or the next.
  { sentence: 'He took office in April 2023. The following summer he resigned.', phrase: 'The following summer', type: 'DATE', value: '2023-SU' },
  { sentence: 'He took office in October 2023. The following summer he resigned.', phrase: 'The following summer', type: 'DATE', value: '2024-SU' },
  { sentence: 'He took office in October 2023. The previous spring had been calm.', phrase: 'The previous spring', type: 'DATE', value: '2023-SP' },
  // "over the next decade" is the coming one, from publication, whatever date the text gave before.
  { sentence: 'The law takes effect in 2026. Over the next decade, states will phase out coal.', phrase: 'the next decade', type: 'DATE', value: '202', on: '2017-09-02' },
  { sentence: 'The plant opened in 1970. It will be closed over the next year or so.', phrase: 'the next year', type: 'DATE', value: '2018', on: '2017-09-02' },
  // "until then", "since then": the date the text gave last, at its grain.
  { sentence: 'Sentencing is scheduled for Feb. 14, 2025. Until then, he will remain free.', phrase: 'then', type: 'DATE', value: '2025-02-14' },
  { sentence: 'He was arrested in March 2022. Since then he has lived abroad.', phrase: 'then', type: 'DATE', value: '2022-03' },
  // With no date before it, a time on the signal's side of publication.
  { sentence: 'Since then, prices have risen sharply.', phrase: 'then', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Until then, he will remain free.', phrase: 'then', type: 'DATE', value: 'FUTURE_REF' },
  // "before"/"after" with a clause of its own counts from that event, not from the date before it.
  { sentence: 'It is due on May 12, 2025, two days before parliament breaks for the recess.', phrase: 'two days', type: 'DURATION', value: 'P2D' },
  { sentence: 'He arrived on May 2, 2025. Two days before that, he had called.', phrase: 'Two days before', type: 'DATE', value: '2025-04-30' },
  { sentence: 'The deal was signed on May 23, 2016. The following week it collapsed.', phrase: 'The following week', type: 'DATE', value: '2016-W22' },
  { sentence: 'The deal was signed in May 2016. The following month it collapsed.', phrase: 'The following month', type: 'DATE', value: '2016-06' },
  // After a day, "the following week" is a week; "a week later" is the day a week on.
  { sentence: 'The hearing is on Nov. 16, and the report is due the following week.', phrase: 'the following week', type: 'DATE', value: '2017-W47' },
  { sentence: 'They met on Aug. 3. The following month they signed.', phrase: 'The following month', type: 'DATE', value: '2017-09' },
  { sentence: 'They met on Aug. 3. A week later they split.', phrase: 'A week later', type: 'DATE', value: '2017-08-10' },
  { sentence: 'Elections were held in 2012. The previous year had been calm.', phrase: 'The previous year', type: 'DATE', value: '2011' },
  { sentence: 'Rebels attacked on Jan. 5, 2016. Troops fled that day.', phrase: 'that day', type: 'DATE', value: '2016-01-05' },
  { sentence: 'By mid-afternoon, the crowd had grown.', phrase: 'mid-afternoon', type: 'TIME', value: '2017-09-02TAF' },
  { sentence: 'At midmorning the talks began.', phrase: 'midmorning', type: 'TIME', value: '2017-09-02TMO' },
  { sentence: 'He was shot on Oct. 23, 1998. Earlier that day he had met friends.', phrase: 'Earlier that day', type: 'DATE', value: '1998-10-23' },
  { sentence: 'The ruling came late Friday. Earlier in the day, crowds gathered.', phrase: 'Earlier in the day', type: 'DATE', value: '2017-09-01' },
  // "that week" after a day is the week, not the day ("a week later" is a day).
  { sentence: 'They met on Monday. Later that week, talks broke down.', phrase: 'Later that week', type: 'DATE', value: '2017-W35' },
  { sentence: 'They met on Monday. That week, talks broke down.', phrase: 'That week', type: 'DATE', value: '2017-W35' },
  { sentence: 'They met on Monday. A week later, talks broke down.', phrase: 'A week later', type: 'DATE', value: '2017-09-04' },
]));

describe('holidays', () => check([
  { sentence: 'They partied on New Year\'s Eve.', phrase: 'New Year\'s Eve', type: 'DATE', value: '2016-12-31' },
  // "the new year" is the year New Year's Day begins, placed as the holiday is.
  { sentence: 'The ceasefire would take effect at the start of the new year.', phrase: 'the start of the new year', type: 'DATE', value: '2025', mod: 'START', on: '2024-11-26' },
  { sentence: 'Prices will rise in the new year.', phrase: 'the new year', type: 'DATE', value: '2025', on: '2024-11-26' },
  { sentence: 'Since the new year, sales have fallen.', phrase: 'the new year', type: 'DATE', value: '2024', on: '2024-11-26' },
  { sentence: 'Sales fell in the new year.', phrase: 'the new year', type: 'DATE', value: '2024', on: '2024-02-10' },
  { sentence: 'They met on New Year\'s Day.', phrase: 'New Year\'s Day', type: 'DATE', value: '2017-01-01' },
  // "since" a month: only a past one.
  { sentence: 'Prices have risen since October.', phrase: 'October', type: 'DATE', value: '2016-10' },
  { sentence: 'Shops were shut at Christmas 2016.', phrase: 'Christmas 2016', type: 'DATE', value: '2016-12-25' },
  { sentence: 'Families met on Thanksgiving 2017.', phrase: 'Thanksgiving 2017', type: 'DATE', value: '2017-11-23' },
  // Counted from Thanksgiving (2024-11-28).
  { sentence: 'Black Friday falls on Nov. 29.', phrase: 'Black Friday', type: 'DATE', value: '2024-11-29', on: '2024-11-19' },
  { sentence: 'Sales peak on Cyber Monday.', phrase: 'Cyber Monday', type: 'DATE', value: '2024-12-02', on: '2024-11-19' },
  { sentence: 'Pilgrims gathered at Easter 2019.', phrase: 'Easter 2019', type: 'DATE', value: '2019-04-21' },
  { sentence: 'The parade was held on Labor Day 2017.', phrase: 'Labor Day 2017', type: 'DATE', value: '2017-09-04' },
  // A holiday's weekend: the one before a Monday holiday, after a Thursday one, around a weekend one.
  { sentence: 'Crowds came over Labor Day weekend.', phrase: 'Labor Day weekend', type: 'DATE', value: '2017-W35-WE', on: '2017-09-08' },
  // "Easter week", "Christmas week": the Monday-to-Sunday week the holiday falls in.
  { sentence: 'Protesters prayed as Easter week began.', phrase: 'Easter week', type: 'DATE', value: '2000-W16', on: '2000-04-17' },
  { sentence: 'Shops were busy in Christmas week.', phrase: 'Christmas week', type: 'DATE', value: '2016-W51', on: '2017-01-10' },
  // Negative row: "weekly" and "weekend" are not "week".
  { sentence: 'Crowds came on Easter weekend.', phrase: 'Easter weekend', type: 'DATE', value: '2017-W15-WE', on: '2017-04-20' },
  { sentence: 'Over the Thanksgiving weekend, sales jumped.', phrase: 'Thanksgiving weekend', type: 'DATE', value: '2016-W47-WE' },
  { sentence: 'Easter weekend was quiet.', phrase: 'Easter weekend', type: 'DATE', value: '2017-W15-WE' },
  // "the Fourth of July" opens with its "the": still a holiday.
  { sentence: 'Shipping slowed before the Fourth of July holiday.', phrase: 'the Fourth of July', type: 'DATE', value: '2017-07-04' },
  // Moveable feasts counted from Easter (2017-04-16), and more fixed days.
  { sentence: 'Lent began on Ash Wednesday 2017.', phrase: 'Ash Wednesday 2017', type: 'DATE', value: '2017-03-01' },
  { sentence: 'Crowds filled the streets on Mardi Gras 2017.', phrase: 'Mardi Gras 2017', type: 'DATE', value: '2017-02-28' },
  { sentence: 'Pilgrims gathered on Palm Sunday 2017.', phrase: 'Palm Sunday 2017', type: 'DATE', value: '2017-04-09' },
  { sentence: 'Churches were full at Pentecost 2017.', phrase: 'Pentecost 2017', type: 'DATE', value: '2017-06-04' },
  { sentence: 'Workers marched on May Day 2017.', phrase: 'May Day 2017', type: 'DATE', value: '2017-05-01' },
  { sentence: 'Juneteenth 2021 became a federal holiday.', phrase: 'Juneteenth 2021', type: 'DATE', value: '2021-06-19' },
  { sentence: 'Fireworks lit Ottawa on Canada Day.', phrase: 'Canada Day', type: 'DATE', value: '2017-07-01' },
  { sentence: 'Veterans gathered on Remembrance Day 2016.', phrase: 'Remembrance Day 2016', type: 'DATE', value: '2016-11-11' },
  // Other calendars, through Intl: Umm al-Qura, Hebrew and Chinese dates on their Gregorian day.
  { sentence: 'The convoy was stuck during Eid al-Adha.', phrase: 'Eid al-Adha', type: 'DATE', value: '2017-09-01' },
  { sentence: 'Prisoners were freed before Eid al-Fitr.', phrase: 'Eid al-Fitr', type: 'DATE', value: '2017-06-25' },
  { sentence: 'Markets will close for Rosh Hashanah.', phrase: 'Rosh Hashanah', type: 'DATE', value: '2017-09-21' },
  { sentence: 'The war began on Yom Kippur 1973.', phrase: 'Yom Kippur 1973', type: 'DATE', value: '1973-10-06' },
  { sentence: 'Families met for Passover 2018.', phrase: 'Passover 2018', type: 'DATE', value: '2018-03-31' },
  { sentence: 'Travel peaks before Chinese New Year 2018.', phrase: 'Chinese New Year 2018', type: 'DATE', value: '2018-02-16' },
]));

describe('ISO week-years', () => check([
  { sentence: 'It happened this week.', phrase: 'this week', type: 'DATE', value: '2020-W01', on: '2019-12-30' },
  { sentence: 'It happened last week.', phrase: 'last week', type: 'DATE', value: '2019-W52', on: '2019-12-30' },
]));

// The clause's governing verb decides the side of the publication date a bare weekday or month falls on.
// Publication 2017-09-02 is a Saturday; 2017-09-04 a Monday.
describe('clause tense of bare weekdays and months', () => check([
  // A quotation's tense is the speaker's: the reporting clause around it places the day.
  { sentence: '"We will win tomorrow," she said on Monday.', phrase: 'Monday', type: 'DATE', value: '2026-11-02', on: '2026-11-04' },
  { sentence: '“I will resign,” he told reporters on Monday.', phrase: 'Monday', type: 'DATE', value: '2026-11-02', on: '2026-11-04' },
  { sentence: '``Talks will go on,\'\' the envoy said Monday.', phrase: 'Monday', type: 'DATE', value: '2026-11-02', on: '2026-11-04' },
  // …and the quotation's own days its own.
  { sentence: 'He said on Monday: "We will meet on Friday."', phrase: 'Friday', type: 'DATE', value: '2026-11-06', on: '2026-11-04' },
  { sentence: '"We met on Friday," he will tell the committee.', phrase: 'Friday', type: 'DATE', value: '2026-10-30', on: '2026-11-04' },
  // A schedule verb right before a month decides alone, however near the last one was.
  { sentence: 'Voting starts in September.', phrase: 'September', type: 'DATE', value: '2027-09', on: '2026-10-15' },
  { sentence: 'The trial opens in August.', phrase: 'August', type: 'DATE', value: '2027-08', on: '2026-10-15' },
  { sentence: 'Voting started in September.', phrase: 'September', type: 'DATE', value: '2026-09', on: '2026-10-15' },
  // A present schedule right before the time points ahead ("is expected Thursday"), a past one not.
  { sentence: 'A decision is expected Thursday.', phrase: 'Thursday', type: 'DATE', value: '2026-03-12', on: '2026-03-10' },
  { sentence: 'The verdict is expected Friday, lawyers said.', phrase: 'Friday', type: 'DATE', value: '2026-03-13', on: '2026-03-10' },
  { sentence: 'The launch is now scheduled late Friday.', phrase: 'late Friday', type: 'DATE', value: '2026-03-13', on: '2026-03-10' },
  { sentence: 'A decision was expected Thursday.', phrase: 'Thursday', type: 'DATE', value: '2026-03-05', on: '2026-03-10' },
  // What "they expect" lies ahead even in a past report; what a company "expects to report" for a quarter does not move it.
  { sentence: 'Officials said they expect to finish counting by Friday evening.', phrase: 'Friday evening', type: 'TIME', value: '2026-11-06TEV', on: '2026-11-04' },
  { sentence: 'Officials said Wednesday they expect results Friday.', phrase: 'Friday', type: 'DATE', value: '2026-11-06', on: '2026-11-04' },
  { sentence: 'Hadson said it expects to report a third-quarter net loss.', phrase: 'third-quarter', type: 'DATE', value: '2026-Q3', on: '2026-11-04' },
  // A future joined by "and" after the time is another clause's; the past before the time places it.
  { sentence: 'Rates were raised to 5 percent on Saturday and will remain there until Monday.', phrase: 'Saturday', type: 'DATE', value: '2025-10-25', on: '2025-10-26' },
  { sentence: 'Flags were flown at half-mast on Saturday and will stay so until Monday.', phrase: 'Saturday', type: 'DATE', value: '2025-10-25', on: '2025-10-26' },
  { sentence: 'The alert was raised to red on Saturday, but it will be lowered soon.', phrase: 'Saturday', type: 'DATE', value: '2025-10-25', on: '2025-10-26' },
  { sentence: 'He said he would arrive on Saturday and will stay a week.', phrase: 'Saturday', type: 'DATE', value: '2025-11-01', on: '2025-10-26' },
  { sentence: 'He said he would hand the report to ministers in September and hoped the law could pass.', phrase: 'September', type: 'DATE', value: '2026-09', on: '2026-06-15' },
  { sentence: 'It said it would present the deal in the fourth quarter, and that it hoped to finish.', phrase: 'the fourth quarter', type: 'DATE', value: '2026-Q4', on: '2026-06-15' },
  // A quoted phrase with no verb of its own takes the clause's tense.
  { sentence: 'She called it "a day of shame for Friday\'s match."', phrase: 'Friday', type: 'DATE', value: '2026-10-30', on: '2026-11-04' },
  { sentence: 'Officials said Monday they will order the family to comply.', phrase: 'Monday', type: 'DATE', value: '2017-09-04', on: '2017-09-04' },
  { sentence: 'The group could leave as soon as Tuesday, he said.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05', on: '2017-09-04' },
  { sentence: 'The father could come to the U.S. as early as Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07', on: '2017-09-04' },
  { sentence: 'The ministry announced that the father would be traveling Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07', on: '2017-09-04' },
  { sentence: 'The prosecutor has scheduled a news conference Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07', on: '2017-09-04' },
  { sentence: 'The offer had been due to expire Friday evening.', phrase: 'Friday evening', type: 'TIME', value: '2017-09-01TEV', on: '2017-09-04' },
  { sentence: 'They said they would look for ways around Wednesday\'s ruling.', phrase: 'Wednesday', type: 'DATE', value: '2017-08-30', on: '2017-09-04' },
  { sentence: 'On Monday, the senator called for an inquiry, vowing that he would lead it.', phrase: 'Monday', type: 'DATE', value: '2017-09-04', on: '2017-09-04' },
  { sentence: 'The ship, which has been on patrol since March, was scheduled to return.', phrase: 'March', type: 'DATE', value: '2017-03' },
  { sentence: 'With the general election due this September, figures could not be worse.', phrase: 'this September', type: 'DATE', value: '2018-09', on: '2018-02-05' },
  { sentence: 'The offer was extended until 5 p.m. EST Nov. 9.', phrase: '5 p.m. EST Nov. 9', type: 'TIME', value: '2017-11-09T17:00-05:00' },
  { sentence: 'The father will leave at 4 in the morning.', phrase: '4 in the morning', type: 'TIME', value: '2017-09-02T04:00' },
  { sentence: 'The suspect appears before a judge at midday.', phrase: 'midday', type: 'TIME', value: '2017-09-02T12:00' },
  { sentence: 'The mother was kidnapped to make the late-November trip.', phrase: 'late-November', type: 'DATE', value: '1999-11', mod: 'END', on: '2000-01-28' },
  { sentence: 'He was arrested on Aug. 7 and appeared in court the next morning.', phrase: 'the next morning', type: 'TIME', value: '2017-08-08TMO' },
  { sentence: 'He was shot on Oct. 23; the site was crossed out that same day.', phrase: 'that same day', type: 'DATE', value: '2017-10-23', on: '2017-11-02' },
  { sentence: 'Now that we have this information, we will look at it.', phrase: 'Now', type: 'DATE', value: 'PRESENT_REF' },
  { sentence: 'Revenue was $76 million for the year ended March 31.', phrase: 'the year', type: 'DURATION', value: 'P1Y', on: '1989-11-01' },
  { sentence: 'In the fiscal year ended Jan. 31, sales were $59.5 million.', phrase: 'the fiscal year', type: 'DURATION', value: 'P1Y', on: '1989-10-31' },
  { sentence: 'The company expects to break even in the current quarter.', phrase: 'the current quarter', type: 'DATE', value: '1989-Q4', on: '1989-10-26' },
  { sentence: 'Sales should pick up in the last half of 1989.', phrase: 'the last half of 1989', type: 'DATE', value: '1989-H2', on: '1989-10-26' },
  { sentence: 'But a minute and a half later, a pilot calls in.', phrase: 'a minute and a half', type: 'DURATION', value: 'PT1M30S' },
  { sentence: 'Two bombs exploded Friday in Nairobi. The first went off at 10:35 a.m. near the embassy.', phrase: '10:35 a.m.', type: 'TIME', value: '2017-09-01T10:35' },
  { sentence: 'Two bombs exploded Friday. Officials will meet at 10:35 a.m. to assess the damage.', phrase: '10:35 a.m.', type: 'TIME', value: '2017-09-02T10:35' },
  // A clock time the text just gave keeps the narrative's day, however long ago, past midnight into the next.
  { sentence: 'The truck left at 11:40 p.m. on Aug. 14, 2015. Shortly after 1 a.m., it struck a cyclist.', phrase: '1 a.m.', type: 'TIME', value: '2015-08-15T01:00' },
  { sentence: 'It left at 11:40 p.m. on Aug. 14, 2015. About 20 minutes later it turned. Shortly after midnight, it struck him.', phrase: 'midnight', type: 'TIME', value: '2015-08-15T00:00' },
  // In a future clause, a clock time falls on the coming day the text named last (within a week).
  { sentence: 'The next attempt will be no earlier than Tuesday, with a window opening at 1:48 a.m. EDT.', phrase: '1:48 a.m. EDT', type: 'TIME', value: '2017-09-05T01:48-04:00' },
  { sentence: 'The season ends next Sunday, when all matches will kick off at 4 p.m.', phrase: '4 p.m.', type: 'TIME', value: '2017-09-03T16:00' },
  { sentence: 'The summit opens on Nov. 20. Leaders will arrive at 9 a.m.', phrase: '9 a.m.', type: 'TIME', value: '2017-09-02T09:00' },
  { sentence: 'Holders may buy shares at 50% of the then current market price.', phrase: 'then current', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Before it scrapped the unit this past spring, costs were high.', phrase: 'this past spring', type: 'DATE', value: '1989-SP', on: '1989-10-30' },
  // "spring" and "fall" alone need a preposition of time before them: they are also nouns and verbs.
  { sentence: 'The siege will last until spring.', phrase: 'spring', type: 'DATE', value: '2018-SP' },
  { sentence: 'The offensive began in spring.', phrase: 'spring', type: 'DATE', value: '2017-SP' },
  { sentence: 'Talks will resume by fall.', phrase: 'fall', type: 'DATE', value: '2017-FA' },
  { sentence: 'The case may be resolved in a court hearing the week of March 6.', phrase: 'the week of March 6', type: 'DATE', value: '2000-W10', on: '2000-02-24' },
  { sentence: 'Investigators have searched for him since shortly after the Oct. 23 slaying.', phrase: 'Oct. 23', type: 'DATE', value: '1998-10-23', on: '1999-05-06' },
  { sentence: 'An official said a ceremony would still be held at the summit on April 24.', phrase: 'April 24', type: 'DATE', value: '1999-04-24', on: '1999-02-10' },
  { sentence: 'In London at mid-afternoon yesterday, the shares were up 2 pence.', phrase: 'mid-afternoon yesterday', type: 'TIME', value: '2017-09-01TAF', mod: 'MID' },
  { sentence: 'Some families have kept their secrets for more than two thousand years.', phrase: 'more than two thousand years', type: 'DURATION', value: 'P2000Y', mod: 'MORE_THAN' },
  { sentence: 'The party won in the year two thousand.', phrase: 'the year two thousand', type: 'DATE', value: '2000' },
  { sentence: 'He was shot in October. His name was crossed out that same day.', phrase: 'that same day', type: 'DATE', value: '1998-10-XX', on: '1999-02-06' },
  { sentence: 'Markets fell in 1987; trades made that day lost money.', phrase: 'that day', type: 'DATE', value: '1987-XX-XX' },
  { sentence: 'Stocks fell Friday, down 4.5% from the previous Friday.', phrase: 'the previous Friday', type: 'DATE', value: '1989-10-20', on: '1989-10-30' },
  { sentence: 'The strike began on Aug. 3; talks resumed the following Monday.', phrase: 'the following Monday', type: 'DATE', value: '2017-08-07' },
  { sentence: 'The offer had been scheduled to expire at midnight Friday.', phrase: 'midnight Friday', type: 'TIME', value: '2017-09-01T24:00' },
  { sentence: 'Losses should narrow by the end of the year.', phrase: 'the end of the year', type: 'DATE', value: '1989', mod: 'END', on: '1989-10-30' },
  { sentence: 'The company expects to reach its target by year-end.', phrase: 'year-end', type: 'DATE', value: '1989', mod: 'END', on: '1989-10-30' },
  { sentence: 'Debt stood at $2 billion at year end 1988.', phrase: 'year end 1988', type: 'DATE', value: '1988', mod: 'END', on: '1989-10-30' },
  { sentence: 'Earlier in the year, the split was approved.', phrase: 'Earlier in the year', type: 'DATE', value: '1989', mod: 'START', on: '1989-10-26' },
  { sentence: 'A recovery may take several quarters.', phrase: 'several quarters', type: 'DURATION', value: 'PXQ' },
  { sentence: 'The fund pays dividends every quarter.', phrase: 'every quarter', type: 'SET', value: 'P1Q' },
  { sentence: 'The talks resume at noon.', phrase: 'noon', type: 'TIME', value: '2017-09-02T12:00' },
  { sentence: 'It lasted a second or two.', phrase: 'a second', type: 'DURATION', value: 'PT1S' },
  { sentence: 'The talks lasted two years and a half.', phrase: 'two years and a half', type: 'DURATION', value: 'P2Y6M' },
  { sentence: 'The offer was extended until 5 p.m. EST, Nov. 6, 1989.', phrase: '5 p.m. EST, Nov. 6, 1989', type: 'TIME', value: '1989-11-06T17:00-05:00' },
  // A schedule word right before the day points ahead, whatever tense reports the planning (ON is a Saturday).
  { sentence: 'Organizers postponed a concert set for Tuesday night.', phrase: 'Tuesday night', type: 'TIME', value: '2017-09-05TNI' },
  { sentence: 'The court moved the hearing, originally slated for Friday, to Monday.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The council delayed the vote, which is now due on Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-09-07' },
  { sentence: 'The vote had been scheduled for Aug. 28.', phrase: 'Aug. 28', type: 'DATE', value: '2017-08-28' },
  { sentence: 'Shares closed near the record high set on Aug. 8.', phrase: 'Aug. 8', type: 'DATE', value: '2017-08-08' },
  // An affirmative modal before a verb looks ahead; a negated "could" is the past of "can".
  { sentence: 'Officials said full service could take until Wednesday.', phrase: 'Wednesday', type: 'DATE', value: '2017-09-06' },
  { sentence: 'The storm might reach the coast Monday, forecasters said.', phrase: 'Monday', type: 'DATE', value: '2017-09-04' },
  { sentence: 'The relatives could not be reached Thursday.', phrase: 'Thursday', type: 'DATE', value: '2017-08-31' },
  // A future clause naming the publication day's own weekday means later that day, not a week ahead.
  { sentence: 'The minister will arrive Saturday.', phrase: 'Saturday', type: 'DATE', value: '2017-09-02' },
  { sentence: 'Services could resume Saturday evening.', phrase: 'Saturday evening', type: 'TIME', value: '2017-09-02TEV' },
  { sentence: 'The minister will arrive next Saturday.', phrase: 'next Saturday', type: 'DATE', value: '2017-09-09' },
  { sentence: 'The runoff is Tuesday.', phrase: 'Tuesday', type: 'DATE', value: '2017-09-05' },
  { sentence: 'Today is Saturday.', phrase: 'Saturday', type: 'DATE', value: '2017-09-02' },
]));

describe('midnight closing a named day', () => {
  it('"midnight Friday" is the instant Friday ends: Saturday 00:00 in the article zone', () => {
    const [timex] = analyze({ text: 'The offer expired at midnight Friday.', publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes;
    expect(timex!.value).toBe('2017-09-01T24:00');
    expect(timex!.interval).toEqual({ start: '2017-09-02T00:00:00.000+03:00', end: '2017-09-02T00:01:00.000+03:00' });
  });
});

describe('a clock time in a named city\'s time', () => {
  it('"10 a.m. Beirut time on Saturday" in a New York article is 3 a.m. there', () => {
    const [timex] = analyze({ text: 'The vote began at 10 a.m. Beirut time on Saturday.', publicationDate: ON, timeZone: 'America/New_York' }).timexes;
    expect(timex!.text).toBe('10 a.m. Beirut time on Saturday');
    expect(timex!.value).toBe('2017-09-02T10:00+03:00');
    expect(timex!.interval).toEqual({ start: '2017-09-02T03:00:00.000-04:00', end: '2017-09-02T03:01:00.000-04:00' });
  });
  it('takes the city\'s own daylight saving: London is +01:00 in September and +00:00 in January', () => {
    const values = ['at 9 a.m. London time on Sept. 1', 'at 9 a.m. London time on Jan. 5, 2017'].map(
      (text) => analyze({ text, publicationDate: ON, timeZone: 'Asia/Tokyo' }).timexes[0]!.value,
    );
    expect(values).toEqual(['2017-09-01T09:00+01:00', '2017-01-05T09:00Z']);
  });
  it('every listed city is a zone luxon knows', async () => {
    const { CITY_ZONES } = await import('../src/timex/city-zones.js');
    const { IANAZone } = await import('luxon');
    expect(Object.entries(CITY_ZONES).filter(([, zone]) => !IANAZone.isValidZone(zone))).toEqual([]);
  });
});

describe('explanations quote the earlier date by its value', () => {
  it('a part of a day keeps its part ("2017-08-31TNI", not the daytime "TDT")', () => {
    const timexes = analyze({ text: 'The deal came together Thursday night. Talks ended at 2:30 a.m.', publicationDate: ON, timeZone: 'Asia/Beirut' }).timexes;
    expect(timexes.map((t) => t.explanation)[1]).toBe('2:30 a.m. → 2017-09-01T02:30: 1 day after "Thursday night" (2017-08-31TNI)');
  });
});
