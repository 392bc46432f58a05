/** A small hand-built Analysis (valid against the schema) for the formatter tests: independent of the engine. */
import { Analysis } from '../src/schema.js';

export const TEXT = 'The convoy left six days ago. Talks began in May. A <bridge> & road was hit earlier this week. Aid came.';

const sentence = (start: number, end: number): { start: number; end: number } => ({ start, end });
const at = (word: string): { start: number; end: number } => {
  const start = TEXT.indexOf(word);
  return { start, end: start + word.length };
};

export const ANALYSIS: Analysis = Analysis.parse({
  publicationDate: '2017-09-02',
  timeZone: 'Asia/Beirut',
  documentType: 'news',
  timexes: [
    {
      id: 't1', text: 'six days ago', ...at('six days ago'), type: 'DATE', value: '2017-08-27',
      anchor: { kind: 'publicationDate' },
      interval: { start: '2017-08-27T00:00:00.000+03:00', end: '2017-08-28T00:00:00.000+03:00' },
      rule: 'units-ago', explanation: '6 days before the publication date',
    },
    {
      id: 't2', text: 'May', ...at('May'), type: 'DATE', value: '2017-05', anchor: { kind: 'publicationDate' },
      interval: { start: '2017-05-01T00:00:00.000+03:00', end: '2017-06-01T00:00:00.000+03:00' },
      rule: 'month-name', explanation: 'the most recent May', alternatives: [{ value: '2018-05', explanation: 'the next May' }],
    },
    {
      id: 't3', text: 'earlier this week', ...at('earlier this week'), type: 'DATE', value: '2017-W35', anchor: { kind: 'publicationDate' },
      interval: { start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-02T00:00:00.000+03:00' },
      rule: 'earlier-this-unit', explanation: 'the week of publication, before the publication day',
    },
  ],
  events: [
    {
      id: 'e1', text: 'left', ...at('left'), sentence: sentence(0, 29), kind: 'occurrence', tense: 'past',
      anchor: { timexId: 't1', relation: 'IS_INCLUDED' },
      when: { start: '2017-08-27T00:00:00.000+03:00', end: '2017-08-28T00:00:00.000+03:00', precision: 'day', basis: 'anchored' },
    },
    {
      id: 'e2', text: 'began', ...at('began'), sentence: sentence(30, 49), kind: 'aspectual', tense: 'past',
      anchor: { timexId: 't2', relation: 'IS_INCLUDED' },
      when: { start: '2017-05-01T00:00:00.000+03:00', end: '2017-06-01T00:00:00.000+03:00', precision: 'month', basis: 'anchored' },
    },
    {
      id: 'e3', text: 'hit', ...at('hit'), sentence: sentence(50, 95), kind: 'occurrence', tense: 'past',
      when: { start: '2017-08-28T00:00:00.000+03:00', end: '2017-09-04T00:00:00.000+03:00', precision: 'week', basis: 'anchored' },
    },
    {
      id: 'e4', text: 'came', ...at('came'), sentence: sentence(96, 105), kind: 'occurrence', tense: 'past',
      when: { start: null, end: '2017-09-02T10:30:00.000+03:00', precision: 'unknown', basis: 'tense' },
    },
  ],
  relations: [],
  order: ['e2', 'e1', 'e3'],
  diagnostics: [{ code: 'AMBIGUOUS_EXPRESSION', ...at('May'), text: 'May', message: 'May could be the last or the next May' }],
});
