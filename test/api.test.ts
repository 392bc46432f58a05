/** The public API's contract: `resolve` for one phrase, input validation with plain-English errors, zone independence. */
import { describe, expect, it } from 'vitest';
import { Analysis, analyze, ChronicleInputError, resolve } from '../src/index.js';

function errorOf(run: () => unknown): ChronicleInputError {
  try {
    run();
  } catch (error) {
    expect(error).toBeInstanceOf(ChronicleInputError);
    return error as ChronicleInputError;
  }
  throw new Error('expected a ChronicleInputError');
}

describe('resolve', () => {
  it('resolves one phrase with its interval and explanation', () => {
    const result = resolve('six days ago', { reference: '2017-09-02', timeZone: 'Asia/Beirut' })!;
    expect(result).toMatchObject({ type: 'DATE', value: '2017-08-27', anchor: { kind: 'publicationDate' } });
    expect(result.interval).toEqual({ start: '2017-08-27T00:00:00.000+03:00', end: '2017-08-28T00:00:00.000+03:00' });
  });

  it('uses the tense it is given for bare weekdays, and offers the other reading', () => {
    expect(resolve('Friday', { reference: '2017-09-02', tense: 'past' })!.value).toBe('2017-09-01');
    expect(resolve('Friday', { reference: '2017-09-02', tense: 'future' })!.value).toBe('2017-09-08');
    expect(resolve('Friday', { reference: '2017-09-02' })!.alternatives?.[0]?.value).toBe('2017-09-08');
  });

  it('explains the alternative reading as the other side of the publication date', () => {
    const future = resolve('Friday', { reference: '2017-09-02', tense: 'future' })!.alternatives?.[0];
    expect(future).toMatchObject({ value: '2017-09-01', explanation: expect.stringMatching(/the most recent Friday, if the clause refers to the past/) });
    const untensed = resolve('Friday', { reference: '2017-09-02' })!.alternatives?.[0];
    expect(untensed?.explanation).toMatch(/the next Friday, if the clause refers to the future/);
  });

  it('returns null for a phrase with no time in it', () => {
    expect(resolve('the convoy', { reference: '2017-09-02' })).toBeNull();
  });
});

describe('invalid input', () => {
  it('names an impossible date', () => {
    expect(errorOf(() => analyze({ text: 'x', publicationDate: '2017-02-30' })).message).toMatch(/publicationDate "2017-02-30" is not a real calendar date/);
  });
  it('says why a date is not on the calendar, and reports a bad zone beside it', () => {
    const why = (publicationDate: string) => errorOf(() => analyze({ text: 'x', publicationDate })).message;
    expect(why('2017-02-29')).toContain('(February 2017 has no day 29)');
    expect(why('2017-13-01')).toContain('(there is no month 13)');
    expect(why('2017-09-02T25:00+03:00')).toContain('(there is no hour 25 in a day)');
    const both = errorOf(() => analyze({ text: 'x', publicationDate: '2017-02-30', timeZone: 'Mars/Olympus' }));
    expect(both.message.split('\n')).toHaveLength(2);
    expect(both.message).toMatch(/publicationDate "2017-02-30" is not a real calendar date[^]*timeZone "Mars\/Olympus" is not a known IANA time zone/);
  });
  it('names a non-ISO date', () => {
    expect(errorOf(() => analyze({ text: 'x', publicationDate: '09/02/2017' })).message).toMatch(/publicationDate "09\/02\/2017" is not an ISO 8601 date/);
  });
  it('names an unknown zone', () => {
    expect(errorOf(() => analyze({ text: 'x', publicationDate: '2017-09-02', timeZone: 'Mars/Olympus' })).message).toMatch(/timeZone "Mars\/Olympus" is not a known IANA time zone/);
  });
  it('names text that is not a string', () => {
    const error = errorOf(() => analyze({ text: 42 as unknown as string, publicationDate: '2017-09-02' }));
    expect(error.issues[0]).toMatchObject({ field: 'text' });
    expect(error.message).toMatch(/^text /);
  });
  it('names a missing publication date', () => {
    expect(errorOf(() => analyze({ text: 'x' } as never)).message).toBe('publicationDate is missing');
  });
});

describe('output', () => {
  it('matches the exported schema, and empty text gives an empty analysis', () => {
    const analysis = analyze({ text: 'He left Friday and returned three weeks later.', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' });
    expect(Analysis.safeParse(analysis).success).toBe(true);
    expect(analyze({ text: '', publicationDate: '2017-09-02' }).timexes).toEqual([]);
  });

  it('matches the schema when a word before a time is an Object.prototype name', () => {
    // Word tables were object literals: "constructor" counted as a preposition, and its "relation" was a function.
    for (const text of ['The firm hired a constructor Monday.', 'They met toString Friday and hasOwnProperty Monday.', 'It lasted three constructor and two valueOf.']) {
      expect(Analysis.safeParse(analyze({ text, publicationDate: '2017-09-02' })).success).toBe(true);
    }
  });

  it('does not depend on the machine time zone (results are in the article zone)', () => {
    const zone = process.env.TZ;
    const run = () => analyze({ text: 'Earlier this week, at 10 a.m. Tuesday, they met.', publicationDate: '2017-09-02', timeZone: 'America/Los_Angeles' }).timexes;
    const first = run();
    process.env.TZ = 'Asia/Tokyo';
    const second = run();
    process.env.TZ = zone;
    expect(second).toEqual(first);
    expect(first[0]!.interval!.start).toBe('2017-08-28T00:00:00.000-07:00');
  });
});

describe('daylight saving', () => {
  it('gives a day across the spring-forward change its true 23-hour span', () => {
    const yesterday = resolve('yesterday', { reference: '2017-03-13', timeZone: 'America/New_York' })!;
    expect(yesterday.interval).toEqual({ start: '2017-03-12T00:00:00.000-05:00', end: '2017-03-13T00:00:00.000-04:00' });
  });
  it('keeps clock times on the right side of the autumn change', () => {
    const early = resolve('1 a.m. today', { reference: '2017-11-05', timeZone: 'America/New_York' })!;
    const late = resolve('3 a.m. today', { reference: '2017-11-05', timeZone: 'America/New_York' })!;
    expect(early.interval!.start).toBe('2017-11-05T01:00:00.000-04:00');
    expect(late.interval!.start).toBe('2017-11-05T03:00:00.000-05:00');
  });
});

describe('type errors name the wrong type, not a missing field', () => {
  it('says what a non-string text is', () => {
    expect(errorOf(() => analyze({ text: 42 as unknown as string, publicationDate: '2017-09-02' })).message).toBe('text must be a string of article text');
  });
  it('says a missing field is missing', () => {
    expect(errorOf(() => resolve('Friday', {} as never)).message).toBe('reference is missing');
  });
});

describe('narrative documents', () => {
  const text = 'In June 1944 the allies landed in Normandy. Two days ago the weather had cleared, and on Tuesday they moved inland.';
  it('resolves deictic expressions against the last date mentioned, and says so', () => {
    const { timexes } = analyze({ text, publicationDate: '2017-09-02', documentType: 'narrative' });
    const ago = timexes.find((t) => t.text === 'Two days ago')!;
    expect(ago.value).toBe('1944-05-30');
    expect(ago.anchor).toEqual({ kind: 'timex', timexId: 't1' });
    expect(ago.explanation).toContain('the last date mentioned, "June 1944"');
  });
  it('resolves them against the publication date in news', () => {
    const { timexes } = analyze({ text, publicationDate: '2017-09-02' });
    expect(timexes.find((t) => t.text === 'Two days ago')!.value).toBe('2017-08-31');
  });
});

describe('diagnostics', () => {
  it('reports a narrative phrase with no earlier date to count from, and still resolves it', () => {
    // Against the publication date where the clause allows it…
    const ahead = analyze({ text: 'The next day, the convoy will move.', publicationDate: '2017-09-02' });
    expect(ahead.timexes[0]).toMatchObject({ text: 'The next day', value: '2017-09-03' });
    expect(ahead.diagnostics).toEqual([expect.objectContaining({ code: 'NO_NARRATIVE_ANCHOR', start: 0, end: 12, text: 'The next day' })]);
    // …and as some time before it in a past clause, which cannot lie after publication (since session 10).
    const past = analyze({ text: 'The next day, the convoy moved.', publicationDate: '2017-09-02' });
    expect(past.timexes[0]).toMatchObject({ text: 'The next day', value: 'PAST_REF' });
    expect(past.diagnostics).toEqual([expect.objectContaining({ code: 'NO_NARRATIVE_ANCHOR', start: 0, end: 12, text: 'The next day' })]);
    expect(past.diagnostics[0]!.message).toContain('PAST_REF');
  });

  it('does not report "overnight" or "earlier in the day" in a lead: they lean on the publication day', () => {
    for (const [text, value] of [['Drones struck overnight, officials said.', '2026-11-21TNI'], ['A minister spoke earlier in the day.', '2026-11-22']]) {
      const analysis = analyze({ text: text!, publicationDate: '2026-11-22' });
      expect(analysis.timexes.map((t) => t.value)).toEqual([value]);
      expect(analysis.diagnostics).toEqual([]);
    }
  });
});

describe('publication date-times', () => {
  it('uses the offset of a date-time as the zone when no zone is given', () => {
    const analysis = analyze({ text: 'It happened yesterday.', publicationDate: '2017-09-02T01:30:00+03:00' });
    expect(analysis.timeZone).toBe('UTC+3');
    expect(analysis.timexes[0]).toMatchObject({ value: '2017-09-01', interval: { start: '2017-09-01T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00' } });
  });
  it('reads a date-time in the given zone', () => {
    const analysis = analyze({ text: 'It happened yesterday.', publicationDate: '2017-09-01T23:30:00Z', timeZone: 'Asia/Beirut' });
    expect(analysis.timexes[0]!.value).toBe('2017-09-01');
  });
});

describe('word tables', () => {
  it('know only their own words, not Object.prototype names', async () => {
    const { monthNumber, weekdayNumber, unitOf, parseNumber } = await import('../src/timex/lexicon.js');
    expect([monthNumber('constructor'), weekdayNumber('toString'), unitOf('valueOf'), parseNumber('constructor')]).toEqual([0, 0, undefined, undefined]);
    expect([monthNumber('Sept.'), weekdayNumber('Tue'), unitOf('weeks'), parseNumber('twelve')]).toEqual([9, 2, 'week', 12]);
  });
});
