/** Words that look like time but are not: modal "may", the verb "march", newspapers, names, counts, ages, scores. */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/index.js';

const NOT_TIME: { sentence: string; word: string }[] = [
  { sentence: 'The convoy may be hit by airstrikes.', word: 'may' },
  // A dawn that is no time of day: not after a preposition.
  { sentence: 'It marked the dawn of a new era.', word: 'dawn' },
  { sentence: 'Dawn Smith, a spokeswoman, declined to comment.', word: 'Dawn' },
  { sentence: 'The group Sunset Boulevard performed.', word: 'Sunset' },
  { sentence: 'They talked during the night session.', word: 'night' },
  { sentence: 'He usually works through the night.', word: 'night' },
  { sentence: 'They met on May 2, 2017, and then they left.', word: 'then' },
  { sentence: 'If the talks fail, then the war goes on.', word: 'then' },
  { sentence: 'Protesters march toward the capital.', word: 'march' },
  { sentence: 'Thousands plan to march on the ministry.', word: 'march' },
  { sentence: 'The Sunday Telegraph reported the raid.', word: 'Sunday' },
  { sentence: 'The Mail on Sunday published the letter.', word: 'Sunday' },
  { sentence: 'Theresa May said the talks would go on.', word: 'May' },
  { sentence: 'He polled better than May did.', word: 'May' },
  { sentence: 'June Carter sang at the event.', word: 'June' },
  { sentence: 'More than 300 militants are in the convoy.', word: '300' },
  { sentence: 'The 17-bus convoy is stranded.', word: '17' },
  { sentence: 'Some 2000 people fled the town.', word: '2000' },
  { sentence: 'A 45-year-old man was arrested.', word: '45-year' },
  { sentence: 'The team won 3-1 at home.', word: '3-1' },
  { sentence: 'The fall of the city shocked the world.', word: 'fall' },
  { sentence: 'The bank raised the overnight rate to 4%.', word: 'overnight' },
  { sentence: 'The film was an overnight success.', word: 'overnight' },
  // A bare "the year" is a date only after "for", "of", "during" at the end of its phrase.
  { sentence: 'He was named Man of the Year.', word: 'Year' },
  { sentence: 'The year was 1968 and the war raged.', word: 'year' },
  { sentence: 'It was the year of the flood.', word: 'year' },
  { sentence: 'Over the years of war the city shrank.', word: 'years' },
  { sentence: 'She recalled the years she spent abroad.', word: 'years' },
  { sentence: 'Water poured from a spring in the hills.', word: 'spring' },
  { sentence: 'The water from spring wells is clean.', word: 'spring' },
  { sentence: 'Prices fall in winter.', word: 'fall' },
  { sentence: 'The index fell 2.1 percent.', word: '2.1' },
  { sentence: 'An electric current ran through the wire.', word: 'current' },
  { sentence: 'He ran the mile in 3:59.', word: '3:59' },
  { sentence: 'The pastor read John 3:16 aloud.', word: '3:16' },
  { sentence: 'The Fall of Rome is a long book.', word: 'Fall' },
  { sentence: 'The two late-stage trials failed.', word: 'late-stage' },
  { sentence: 'He scored twice in the last half of the game.', word: 'the last half' },
  { sentence: 'The poster showed Gary Cooper from the film "High Noon."', word: 'Noon' },
  // A quoted title after a possessive: a programme, not a time.
  { sentence: 'Baker said on ABC-TV\'s "This Week With David Brinkley" that the talks failed.', word: 'This Week' },
  { sentence: 'Baker, speaking on ABC News\' "This Week," said the talks failed.', word: 'This Week' },
  { sentence: 'He told CBS\'s "60 Minutes" he would stay.', word: '60 Minutes' },
  { sentence: 'For the people of Poland, high noon comes today.', word: 'noon' },
  { sentence: 'Turning the child over would be a second betrayal.', word: 'a second' },
  { sentence: 'Two thousand people marched.', word: 'Two thousand' },
  { sentence: 'He had a mid-morning snack.', word: 'mid-morning' },
  { sentence: 'Shares closed at 3.45 on the day.', word: '3.45' },
  { sentence: 'The 2017-09 budget was cut.', word: '09' },
  { sentence: 'He runs in the afternoon.', word: 'afternoon' },
  { sentence: 'The vote began at 5 p.m. Gotham time.', word: 'Gotham time' },
  { sentence: 'The year ended badly for the company.', word: 'The year' },
  { sentence: 'Three quarters of the vote went to the incumbent.', word: 'Three quarters' },
  { sentence: 'Only two in the afternoon session passed.', word: 'two in the afternoon' },
  // Hyphenated numbers that are not the far end of a range of days or years.
  { sentence: 'Scores were 2010-2008 after extra time.', word: '2010-2008' },
  { sentence: 'He won 6-3, 6-4 on clay.', word: '6-3, 6-4' },
  { sentence: 'Call 1-800-2017 for help.', word: '1-800-2017' },
  // Ordinals that are not days of a month.
  { sentence: 'He lives on the 28th floor.', word: 'the 28th' },
  { sentence: 'The 4th Division attacked.', word: '4th' },
  { sentence: 'She finished the race in the 5th.', word: 'the 5th' },
  // Ages and temperatures written like decades.
  { sentence: 'He is in his sixties.', word: 'sixties' },
  { sentence: 'She is in her early 80s.', word: '80s' },
  { sentence: 'Temperatures were in the nineties.', word: 'nineties' },
  { sentence: 'Highs will be in the 90s.', word: '90s' },
  { sentence: 'Police arrived in the early hours of Sunday.', word: 'hours' },
  // A hyphen after a month joins a range of months, not a month and anything: "Mar-a-Lago" is a name.
  { sentence: 'He flew to Mar-a-Lago.', word: 'Mar-a-Lago' },
  // "the period" that the words after it define is not the quarter a report covers.
  { sentence: 'The report covers the period from 2010 through 2015.', word: 'the period' },
  { sentence: 'During the period of martial law, crime fell.', word: 'the period' },
  // "the month-long", "a month-long": the article is not a count.
  { sentence: 'A month-long campaign began.', word: 'A ' },
  // A slash between years that are not consecutive is no range ('2010/15' is a ratio or a list).
  { sentence: 'The index stood at 2010/15 points.', word: '15' },
  // Counts that are no near end of a range of lengths ("two to three weeks": rules/ranges.ts).
  { sentence: 'Pupils aged 11 to 14 years old sat the test.', word: '11' },
  { sentence: 'He bought two and three weeks later sold them.', word: 'two' },
  { sentence: 'The bus leaves every two to three hours.', word: 'two' },
  { sentence: 'The vote was 5 to 4 days after the hearing.', word: '5' },
  // Ramadan as a family name, after a name or a title.
  { sentence: 'Vice President Taha Yassin Ramadan met the envoy.', word: 'Ramadan' },
  { sentence: 'The scholar Tariq Ramadan denied the claims.', word: 'Ramadan' },
  { sentence: 'Mr. Ramadan declined to comment.', word: 'Ramadan' },
  // Halves and quarters of play, and halves of other things than a year (src/timex/periods-of-play.ts).
  { sentence: 'The H1N1 virus spread fast.', word: 'H1N1' },
  { sentence: 'He sat in the back half of the bus.', word: 'the back half' },
  { sentence: 'Seats in the front half sold out.', word: 'the front half' },
  { sentence: 'The story ran on page 1H.', word: '1H' },
  // A season named by its place in a series, not by its side of now.
  { sentence: 'Ratings fell in the last season of the show.', word: 'last season' },
  { sentence: 'The series ends with its next season.', word: 'next season' },
  { sentence: 'Hurricane season begins in June.', word: 'season' },
  { sentence: 'He scored a second-half winner.', word: 'a second-half' },
  { sentence: 'Their first-half goal came from a penalty.', word: 'first-half' },
  { sentence: 'Liverpool scored three times in the second half to sink Everton.', word: 'the second half' },
  { sentence: 'The visitors were level at half-time but collapsed in the second half.', word: 'the second half' },
  { sentence: 'Neither side created much in the first half of the match.', word: 'the first half' },
  { sentence: 'A late penalty in the second half settled it.', word: 'the second half' },
  { sentence: 'The quarterback threw for 200 yards in the fourth quarter.', word: 'the fourth quarter' },
  { sentence: 'Boston led by 12 after scoring 30 points in the third quarter.', word: 'the third quarter' },
  { sentence: 'The Celtics trailed for much of the game before a surge in the fourth quarter.', word: 'the fourth quarter' },
  { sentence: 'The second half of the season was kinder to the club.', word: 'The second half' },
  { sentence: 'Wages stagnated in the second half of the 1970s.', word: 'the second half' },
  { sentence: 'The first half of the month was dry.', word: 'The first half' },
  { sentence: 'The first quarter of the century saw two wars.', word: 'The first quarter' },
];

describe('negative examples: no time expression', () => {
  for (const { sentence, word } of NOT_TIME) {
    it(`"${word}" in "${sentence}"`, () => {
      const { timexes } = analyze({ text: sentence, publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' });
      const at = sentence.indexOf(word);
      const clash = timexes.filter((t) => t.start < at + word.length && at < t.end);
      expect(clash.map((t) => `${t.text}=${t.value}`)).toEqual([]);
    });
  }
});

describe('a quoted time is a time unless it is a title after a possessive', () => {
  it.each([
    ['"This week was hard," he said.', 'This week'],
    ['The company\'s "next year" forecast was cut.', 'next year'],
    ['He said on "This Week" that the talks failed.', 'This Week'],
  ])('%s → "%s"', (text, phrase) => {
    const { timexes } = analyze({ text, publicationDate: '2017-09-02', timeZone: 'UTC' });
    expect(timexes.map((t) => t.text)).toContain(phrase);
  });
});

describe('a past count on with no date to keep it in the past is flagged', () => {
  it('"The mayor spoke on Monday. Critics said the plan failed three years later." names the problem', () => {
    const analysis = analyze({ text: 'The mayor spoke on Monday. Critics said the plan failed three years later.', publicationDate: '2025-10-26', timeZone: 'UTC' });
    expect(analysis.diagnostics).toEqual([expect.objectContaining({ code: 'NO_NARRATIVE_ANCHOR', text: 'three years later' })]);
    expect(analysis.diagnostics[0]!.message).toContain('after the publication date');
  });
});
