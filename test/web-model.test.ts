/**
 * The web view's pure parts, without a browser: bundled-article discovery, URL state, field validation,
 * the chronology and its timeline items (shapes, lanes, zone), alternative readings and text segments.
 */
import { describe, expect, it } from 'vitest';
import type { Analysis, ChronicleEvent, Timex } from '../src/index.js';
import { articlesFromModules } from '../web/articles.js';
import { formatViewState, parseViewState } from '../web/view-state.js';
import { inputOf, openingOf, sameInput } from '../web/opening.js';
import { checkArticleFields } from '../web/article-fields.js';
import { chronology, eventLabel } from '../web/chronology.js';
import { timelineData, UNDATED_GROUP } from '../web/timeline-items.js';
import { applyReadings } from '../web/readings.js';
import { textSegments } from '../web/text-segments.js';
import { whenLabel } from '../web/date-labels.js';
import { packAnalysis, unpackAnalysis } from '../web/engine-wire.js';
import { shortQuote } from '../web/diagnostics-view.js';
import seed from '../events/ap-2017-09-02-islamic-state-convoy.json' with { type: 'json' };

const TEXT = 'Activists said Saturday the convoy left six days ago. A strike hit earlier this week. Then nothing.';

function event(id: string, trigger: string, when: ChronicleEvent['when'], extra: Partial<ChronicleEvent> = {}): ChronicleEvent {
  const start = TEXT.indexOf(trigger);
  const sentenceStart = TEXT.lastIndexOf('.', start) + 1;
  const sentenceEnd = TEXT.indexOf('.', start) + 1;
  return { id, text: trigger, start, end: start + trigger.length, sentence: { start: sentenceStart, end: sentenceEnd }, kind: 'occurrence', when, ...extra };
}

function timex(id: string, phrase: string, value: string, interval: { start: string; end: string }, extra: Partial<Timex> = {}): Timex {
  const start = TEXT.indexOf(phrase);
  return { id, text: phrase, start, end: start + phrase.length, type: 'DATE', value, anchor: { kind: 'publicationDate' }, interval, rule: 'test', explanation: 'test', ...extra };
}

const day = (date: string, next: string) => ({ start: `${date}T00:00:00.000+03:00`, end: `${next}T00:00:00.000+03:00` });

function fixture(): Analysis {
  const saturday = day('2017-09-02', '2017-09-03');
  const sixDays = day('2017-08-27', '2017-08-28');
  const week = { start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00' };
  return {
    publicationDate: '2017-09-02',
    timeZone: 'Asia/Beirut',
    documentType: 'news',
    timexes: [
      timex('t1', 'Saturday', '2017-09-02', saturday),
      timex('t2', 'six days ago', '2017-08-27', sixDays, { alternatives: [{ value: '2017-08-26', interval: day('2017-08-26', '2017-08-27'), explanation: 'counting the publication day' }] }),
      timex('t3', 'earlier this week', '2017-W35', week),
    ],
    events: [
      event('e1', 'said', { ...saturday, precision: 'day', basis: 'anchored' }, { kind: 'reporting', anchor: { timexId: 't1', relation: 'IS_INCLUDED' } }),
      event('e2', 'left', { ...sixDays, precision: 'day', basis: 'anchored' }, { anchor: { timexId: 't2', relation: 'IS_INCLUDED' } }),
      event('e3', 'strike', { ...week, precision: 'week', basis: 'anchored' }, { anchor: { timexId: 't3', relation: 'IS_INCLUDED' } }),
      event('e4', 'nothing', { start: null, end: null, precision: 'unknown', basis: 'unknown' }),
    ],
    relations: [],
    order: ['e2', 'e3', 'e1', 'e4'],
    diagnostics: [],
  };
}

describe('bundled articles', () => {
  it('keeps only files that are article documents, keyed by file name', () => {
    const articles = articlesFromModules({
      '../events/seed.json': { default: seed },
      '../events/cases.example.json': { default: { cases: [] } },
    });
    expect(articles.map((article) => article.id)).toEqual(['seed']);
    expect(articles[0]?.document.timeZone).toBe('Asia/Beirut');
  });
});

describe('URL state', () => {
  it('round-trips article, date, zone, selection and readings', () => {
    const state = { article: 'seed', date: '2017-09-03', zone: 'Europe/Paris', event: 'e2', readings: { t2: 0 } };
    expect(parseViewState(formatViewState(state))).toEqual(state);
  });
  it('keeps pasted text, even markup, and ignores junk', () => {
    const text = '<img src=x onerror=alert(1)> & more #hash';
    expect(parseViewState(formatViewState({ text, readings: {} })).text).toBe(text);
    expect(parseViewState('#alt=nonsense&e=')).toEqual({ readings: {}, event: '' });
  });
});

describe('what a URL opens (the page fills its fields with it; the engine worker analyses it at boot)', () => {
  const articles = articlesFromModules({ 'events/b.json': { ...seed, title: 'B' }, 'events/a.json': seed });
  it.each([
    ['', 'a', '2017-09-02', 'Asia/Beirut'],
    ['#a=b', 'b', '2017-09-02', 'Asia/Beirut'],
    ['#a=b&on=2017-09-09&zone=Europe%2FLondon', 'b', '2017-09-09', 'Europe/London'],
    ['#a=missing', 'a', '2017-09-02', 'Asia/Beirut'],
    ['#text=The+talks+resume+Monday.&on=2017-09-02&zone=UTC', undefined, '2017-09-02', 'UTC'],
    ['#text=Hi&on=+2017-09-02+', undefined, ' 2017-09-02 ', ''],
  ])('%s opens article %s on %s in %s', (hash, article, date, zone) => {
    const opening = openingOf(parseViewState(hash), articles);
    expect(opening.article?.id).toBe(article);
    expect([opening.date, opening.zone]).toEqual([date, zone]);
  });

  it('asks the engine for the text the page shows, date and zone trimmed', () => {
    expect(inputOf(openingOf(parseViewState('#text=One%0D%0ATwo%0DThree&on=+2017-09-02+&zone=UTC+'), articles)))
      .toEqual({ text: 'One\nTwo\nThree', publicationDate: '2017-09-02', timeZone: 'UTC' });
    const input = inputOf(openingOf(parseViewState('#a=b'), articles));
    expect(input.text).toBe(seed.text);
    expect(sameInput(input, { ...input })).toBe(true);
    expect(sameInput(input, { ...input, publicationDate: '2017-09-03' })).toBe(false);
    expect(sameInput(input, { ...input, documentType: 'narrative' })).toBe(false);
  });
});

describe('field validation', () => {
  it('accepts a valid article and names each bad field', () => {
    expect(checkArticleFields({ text: 'x', publicationDate: '2017-09-02', timeZone: 'Asia/Beirut' }).ok).toBe(true);
    const bad = checkArticleFields({ text: ' ', publicationDate: '2017-02-30', timeZone: 'Mars/Olympus' });
    expect(bad.ok).toBe(false);
    if (bad.ok) return;
    expect(bad.errors.text).toMatch(/Paste the article text/);
    expect(bad.errors.timeZone).toMatch(/Mars\/Olympus.*not a known IANA time zone/);
    const date = checkArticleFields({ text: 'x', publicationDate: '2017-02-30', timeZone: 'UTC' });
    expect(date.ok === false && date.errors.publicationDate).toMatch(/not a real calendar date/);
    const format = checkArticleFields({ text: 'x', publicationDate: '02/09/2017', timeZone: 'UTC' });
    expect(format.ok === false && format.errors.publicationDate).toMatch(/not an ISO 8601 date/);
  });
});

describe('chronology and timeline items', () => {
  it('follows the engine order and labels events from their sentence', () => {
    const entries = chronology(fixture(), TEXT);
    expect(entries.map((entry) => entry.event.id)).toEqual(['e2', 'e3', 'e1', 'e4']);
    expect(entries[2]?.label).toBe('Activists said Saturday the convoy');
    expect(entries[0]?.dateLabel).toBe('Sun 27 Aug 2017');
    expect(entries[1]?.dateLabel).toBe('28 Aug – 1 Sep 2017');
    expect(eventLabel(TEXT, fixture().events[3]!)).toBe('Then nothing');
  });

  it('keeps a label inside the clause of its trigger', () => {
    const text = 'Earlier this week, an airstrike by the US-led coalition created a crater.';
    const at = (word: string) => ({ start: text.indexOf(word), end: text.indexOf(word) + word.length });
    const event = (word: string) => ({ ...fixture().events[0]!, ...at(word), sentence: { start: 0, end: text.length } });
    expect(eventLabel(text, event('airstrike'))).toBe('airstrike by the US-led');
    const quoted = 'The activists’ announcement came late; nobody replied.';
    const announcement = { ...fixture().events[0]!, start: quoted.indexOf('announcement'), end: quoted.indexOf('announcement') + 12, sentence: { start: 0, end: quoted.length } };
    expect(eventLabel(quoted, announcement)).toBe('activists’ announcement came late');
  });

  it('draws a day as a point, a week as a range, and the undated in their own lane', () => {
    const { items, groups } = timelineData(chronology(fixture(), TEXT), Date.parse('2017-09-02T12:00:00+03:00'));
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('e2')?.type).toBe('point');
    expect(byId.get('e3')?.type).toBe('range');
    expect(byId.get('e3')?.className).toContain('stated');
    expect(byId.get('e4')?.group).toBe(UNDATED_GROUP);
    expect(groups.map((group) => group.id)).toContain(UNDATED_GROUP);
    // A day point sits at midday of its day in the article's zone.
    expect(new Date(byId.get('e2')!.start).toISOString()).toBe('2017-08-27T09:00:00.000Z');
  });

  it('bands months, marks inferred and open bounds', () => {
    const analysis = fixture();
    analysis.events[2] = { ...analysis.events[2]!, when: { start: '2017-08-01T00:00:00.000+03:00', end: '2017-09-01T00:00:00.000+03:00', precision: 'month', basis: 'tense' } };
    analysis.events[0] = { ...analysis.events[0]!, when: { start: null, end: '2017-09-02T00:00:00.000+03:00', precision: 'day', basis: 'derived' } };
    analysis.events[3] = { ...analysis.events[3]!, when: { start: null, end: '2017-09-02T00:00:00.000+03:00', precision: 'day', basis: 'tense' } };
    const { items } = timelineData(chronology(analysis, TEXT), Date.parse('2017-09-02T12:00:00+03:00'));
    const byId = new Map(items.map((item) => [item.id, item]));
    expect(byId.get('e3')?.className).toMatch(/shape-band.*inferred/);
    expect(byId.get('e1')?.className).toMatch(/inferred.*open-start/);
    expect(byId.get('e1')?.end).toBe(Date.parse('2017-09-02T00:00:00+03:00'));
    // Known only from tense ("before publication"): no usable date, so the undated lane.
    expect(byId.get('e4')?.group).toBe(UNDATED_GROUP);
    expect(whenLabel(analysis.events[0]!.when, 'Asia/Beirut')).toBe('before 2 Sep 2017');
  });

  it('labels dates in the article zone whatever the machine zone', () => {
    const when = { start: '2017-09-01T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00', precision: 'day' as const, basis: 'anchored' as const };
    expect(whenLabel(when, 'Asia/Beirut')).toBe('Fri 1 Sep 2017');
  });

  // Spans are half-open: the label's last day is the zone's calendar day of end − 1 ms, also when a
  // daylight-saving change falls inside the span or at its end.
  it.each([
    ['2017-03-26T01:00:00.000+03:00', '2017-03-27T00:00:00.000+03:00', 'day', 'Asia/Beirut', 'Sun 26 Mar 2017'],
    ['2017-03-20T00:00:00.000+00:00', '2017-03-27T00:00:00.000+01:00', 'week', 'Europe/London', '20 Mar – 26 Mar 2017'],
    ['2017-10-01T00:00:00.000+01:00', '2017-11-01T00:00:00.000+00:00', 'month', 'Europe/London', 'Oct 2017'],
    ['2017-07-01T00:00:00.000-04:00', '2017-10-01T00:00:00.000-04:00', 'quarter', 'America/New_York', 'Jul – Sep 2017'],
    ['2016-12-26T00:00:00.000+00:00', '2017-01-02T00:00:00.000+00:00', 'week', 'UTC', '26 Dec 2016 – 1 Jan 2017'],
    ['2017-09-02T09:00:00.000+03:00', '2017-09-02T10:00:00.000+03:00', 'hour', 'Asia/Beirut', 'Sat 2 Sep 2017, 09:00'],
    [null, '2017-09-02T00:00:00.000+03:00', 'day', 'Asia/Beirut', 'before 2 Sep 2017'],
    ['2017-09-02T00:00:00.000+03:00', null, 'day', 'Asia/Beirut', 'after 2 Sep 2017'],
    // A whole decade by its name; bounds that long but not a decade by their months or years.
    ['2020-01-01T00:00:00.000Z', '2030-01-01T00:00:00.000Z', 'decade', 'UTC', '2020s'],
    ['2022-10-01T00:00:00.000-07:00', '2023-10-25T00:00:00.000-07:00', 'decade', 'America/Los_Angeles', 'Oct 2022 – Oct 2023'],
    ['2019-01-01T00:00:00.000Z', '2024-01-01T00:00:00.000Z', 'decade', 'UTC', '2019–2023'],
    ['1900-01-01T00:00:00.000Z', '2000-01-01T00:00:00.000Z', 'century', 'UTC', '20th century'],
  ] as const)('labels %s → %s (%s, %s) as “%s”', (start, end, precision, zone, label) => {
    expect(whenLabel({ start, end, precision, basis: 'anchored' }, zone)).toBe(label);
  });
});

describe('alternative readings', () => {
  it('substitutes the chosen reading, moves anchored events and re-sequences', () => {
    const switched = applyReadings(fixture(), { t2: 0 });
    const t2 = switched.timexes.find((t) => t.id === 't2')!;
    expect(t2.value).toBe('2017-08-26');
    expect(t2.alternatives?.[0]?.value).toBe('2017-08-27');
    expect(switched.events.find((e) => e.id === 'e2')?.when.start).toBe('2017-08-26T00:00:00.000+03:00');
    expect(switched.order.indexOf('e2')).toBeLessThan(switched.order.indexOf('e3'));
    // Choosing index 0 again on the switched analysis brings back the engine's reading.
    expect(applyReadings(switched, { t2: 0 }).timexes.find((t) => t.id === 't2')?.value).toBe('2017-08-27');
    expect(applyReadings(fixture(), {})).toEqual(fixture());
  });
});

describe('text segments', () => {
  it('cover the text end to end and mark timexes, triggers and sentences', () => {
    const segments = textSegments(TEXT, fixture());
    expect(segments.map((segment) => TEXT.slice(segment.start, segment.end)).join('')).toBe(TEXT);
    const said = segments.find((segment) => segment.eventId === 'e1')!;
    expect(TEXT.slice(said.start, said.end)).toBe('said');
    const six = segments.filter((segment) => segment.timexId === 't2').map((s) => TEXT.slice(s.start, s.end)).join('');
    expect(six).toBe('six days ago');
    expect(segments.find((segment) => segment.timexId === 't2')?.sentenceOf).toEqual(['e1', 'e2']);
  });
});

describe('the analysis on the wire', () => {
  it('leaves out quotes the page can cut from the text and puts them back exactly', () => {
    const analysis: Analysis = {
      ...fixture(),
      diagnostics: [
        { code: 'CONTRADICTION', start: 15, end: 70, text: TEXT.slice(15, 70), message: 'cut from the text' },
        { code: 'UNRESOLVED_EXPRESSION', start: 0, end: 4, text: 'not the text there', message: 'kept as sent' },
      ],
    };
    const wire = packAnalysis(analysis, TEXT);
    expect(wire.diagnostics[0]).not.toHaveProperty('text');
    expect(wire.diagnostics[1]?.text).toBe('not the text there');
    expect(unpackAnalysis(wire, TEXT)).toEqual(analysis);
  });
});

describe('diagnostics view', () => {
  it('quotes the two ends of a long passage and keeps short ones whole', () => {
    expect(shortQuote('six days ago')).toBe('six days ago');
    const long = `${'a'.repeat(100)} middle ${'z'.repeat(100)}`;
    const quote = shortQuote(long, 40);
    expect(quote.length).toBeLessThanOrEqual(42);
    expect(quote.startsWith('a')).toBe(true);
    expect(quote.endsWith('z')).toBe(true);
    expect(quote).toContain(' … ');
  });
});
