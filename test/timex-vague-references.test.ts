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
