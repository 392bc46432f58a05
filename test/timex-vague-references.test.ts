/**
 * "one day" after a modal or a subject, before a verb ("will one day be", "hopes to one day run"): some day to come,
 * FUTURE_REF, not a length of one day; elsewhere it stays a length. Publication Saturday 2017-09-02.
 */
import { describe } from 'vitest';
import { check } from './timex-example-check.js';

describe('one day to come', () => check([
  { sentence: 'Solar power could one day replace coal.', phrase: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'She hopes to one day run for governor.', phrase: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: "Fans say he'll one day coach the side.", phrase: 'one day', type: 'DATE', value: 'FUTURE_REF' },
  { sentence: 'He voiced the wish that they one day return home.', phrase: 'one day', type: 'DATE', value: 'FUTURE_REF' },
]));

describe('one day as a length', () => check([
  { sentence: 'The strike lasted one day.', phrase: 'one day', type: 'DURATION', value: 'P1D' },
  { sentence: 'He was sentenced to one day in jail.', phrase: 'one day', type: 'DURATION', value: 'P1D' },
  { sentence: 'The court will sit for one day only.', phrase: 'one day', type: 'DURATION', value: 'P1D' },
  { sentence: 'It will take one day to repair.', phrase: 'one day', type: 'DURATION', value: 'P1D' },
]));

// "in recent years" with a present perfect in its clause is a span running up to now (TimeML PXY); elsewhere some time
// past (PAST_REF).
describe('recent years as a span up to now', () => check([
  { sentence: 'Some countries have suffered a rash of kidnappings in recent years.', phrase: 'recent years', type: 'DURATION', value: 'PXY' },
  { sentence: 'In recent months a group of lenders, led by a big bank, has extended the company credit.', phrase: 'recent months', type: 'DURATION', value: 'PXM' },
  { sentence: 'But in recent years, the market has moved toward cheaper sets.', phrase: 'recent years', type: 'DURATION', value: 'PXY' },
  { sentence: 'Security has been tightened in recent days.', phrase: 'recent days', type: 'DURATION', value: 'PXD' },
  // Negative rows: a past or present clause, a perfect in another clause, a past perfect, a noun's "of recent years".
  { sentence: 'As the yen soared in recent years, losses mounted.', phrase: 'recent years', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'The relatives have refused to sign, and in recent days said they would not.', phrase: 'recent days', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'Prices had risen in recent years.', phrase: 'recent years', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'The market has helped to finance the takeover boom of recent years.', phrase: 'recent years', type: 'DATE', value: 'PAST_REF' },
  { sentence: 'The firm has problems that grew in recent years.', phrase: 'recent years', type: 'DATE', value: 'PAST_REF' },
]));
