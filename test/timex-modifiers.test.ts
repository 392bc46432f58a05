/**
 * Modifiers written before a time expression (modifiers.ts): each one sets the expression's `mod` (TimeML 1.2.1:
 * START / MID / END for a part of a period, ON_OR_BEFORE / ON_OR_AFTER for a deadline or an earliest date, APPROX,
 * MORE_THAN, LESS_THAN, EQUAL_OR_MORE, EQUAL_OR_LESS for a quantity) and, except an approximation, becomes part of its text. Every modifier is tried here.
 */
import { describe, expect, it } from 'vitest';
import { parseReference } from '../src/reference.js';
import { findTimexes } from '../src/timex/index.js';

function first(sentence: string): { text: string; mod?: string; value: string } | undefined {
  const reference = parseReference('2017-09-02', 'UTC');
  const timex = findTimexes(sentence, { publication: reference.dateTime, timeZone: reference.timeZone }).timexes[0];
  return timex && { text: timex.text, mod: timex.mod, value: timex.value };
}

describe('modifiers before a time expression', () => {
  it.each([
    // sentence, text of the expression, mod, value (publication Saturday 2 September 2017)
    ['It began in early March.', 'early March', 'START', '2017-03'],
    ['It began in the very early 1990s.', 'the very early 1990s', 'START', '199'],
    ['It began in early-March.', 'early-March', 'START', '2017-03'],
    ['It peaked in the mid-1990s.', 'the mid-1990s', 'MID', '199'],
    ['It peaked in mid March.', 'mid March', 'MID', '2017-03'],
    ['It peaked in mid-2016.', 'mid-2016', 'MID', '2016'],
    ['It ended in late-1990s.', 'late-1990s', 'END', '199'],
    ['It ended in late March.', 'late March', 'END', '2017-03'],
    ['The deal was reached late on Monday.', 'late on Monday', 'END', '2017-08-28'],
    ['The raid came early on Sunday.', 'early on Sunday', 'START', '2017-08-27'],
    ['It ended at the end of March.', 'the end of March', 'END', '2017-03'],
    ['It ended at the close of 2016.', 'the close of 2016', 'END', '2016'],
    ['It began at the beginning of 2016.', 'the beginning of 2016', 'START', '2016'],
    ['It began at the start of March.', 'the start of March', 'START', '2017-03'],
    ['It will be done by the end of the decade.', 'the end of the decade', 'END', '201'],
    ['It began at the start of the century.', 'the start of the century', 'START', '20'],
    ['It began at the dawn of the 20th century.', 'the dawn of the 20th century', 'START', '19'],
    ['It happens in the middle of next week.', 'the middle of next week', 'MID', '2017-W36'],
    // A deadline or an earliest date (TIDES ON_OR_BEFORE / ON_OR_AFTER).
    ['Bids are due no later than Friday.', 'no later than Friday', 'ON_OR_BEFORE', '2017-09-08'],
    ['The crew will fly no earlier than April 2026.', 'no earlier than April 2026', 'ON_OR_AFTER', '2026-04'],
    ['The plant will open no sooner than June 2018.', 'no sooner than June 2018', 'ON_OR_AFTER', '2018-06'],
    ['The plant will open no earlier than March.', 'no earlier than March', 'ON_OR_AFTER', '2018-03'],
    ['It lasted about two years.', 'two years', 'APPROX', 'P2Y'],
    ['It lasted around two years.', 'two years', 'APPROX', 'P2Y'],
    ['It lasted roughly two years.', 'two years', 'APPROX', 'P2Y'],
    ['It lasted approximately two years.', 'two years', 'APPROX', 'P2Y'],
    ['It lasted some two years.', 'two years', 'APPROX', 'P2Y'],
    ['It lasted more or less two weeks.', 'two weeks', 'APPROX', 'P2W'],
    ['It lasted more than three years.', 'more than three years', 'MORE_THAN', 'P3Y'],
    ['It lasted over two years.', 'over two years', 'MORE_THAN', 'P2Y'],
    ['It lasted upwards of five years.', 'upwards of five years', 'MORE_THAN', 'P5Y'],
    ['It lasted less than a year.', 'less than a year', 'LESS_THAN', 'P1Y'],
    ['It lasted under two weeks.', 'under two weeks', 'LESS_THAN', 'P2W'],
    ['It lasted fewer than three days.', 'fewer than three days', 'LESS_THAN', 'P3D'],
    ['It lasted nearly two years.', 'nearly two years', 'LESS_THAN', 'P2Y'],
    ['It lasted almost a decade.', 'almost a decade', 'LESS_THAN', 'P10Y'],
    ['It lasted at least two weeks.', 'at least two weeks', 'EQUAL_OR_MORE', 'P2W'],
    ['It lasted at most three days.', 'at most three days', 'EQUAL_OR_LESS', 'P3D'],
    ['It lasted up to two years.', 'up to two years', 'EQUAL_OR_LESS', 'P2Y'],
    // "no more than" is at most, not "more than" (AQUAINT: "no more than sixty days", EQUAL_OR_LESS).
    ['It lasted no more than sixty days.', 'no more than sixty days', 'EQUAL_OR_LESS', 'P60D'],
    ['It lasted not more than two hours.', 'not more than two hours', 'EQUAL_OR_LESS', 'PT2H'],
    ['It lasted no less than three weeks.', 'no less than three weeks', 'EQUAL_OR_MORE', 'P3W'],
    ['It lasted no fewer than five days.', 'no fewer than five days', 'EQUAL_OR_MORE', 'P5D'],
  ])('%s → "%s", %s %s', (sentence, text, mod, value) => {
    expect(first(sentence)).toEqual({ text, mod, value });
  });

  it.each([
    // "over" before a definite period is a preposition, not a quantity.
    ['It rose over the past two years.', 'the past two years', 'P2Y'],
    ['It rose for a good two years.', 'two years', 'P2Y'],
    ['It rose in March.', 'March', '2017-03'],
    ['It rose on Monday.', 'Monday', '2017-08-28'],
    ['It rose in an early-bird March sale, then in mid-air in March.', 'March', '2017-03'],
  ])('no modifier: %s → "%s"', (sentence, text, value) => {
    expect(first(sentence)).toEqual({ text, mod: undefined, value });
  });
});
