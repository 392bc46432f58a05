/**
 * The tense the words right before a time expression impose, whatever the clause's verbs: "as soon as", "since",
 * a deadline put off "until", a present copula ("is Tuesday"), a schedule ("set for"), a directive or an
 * expectation ("urged … to intervene before the weekend", "expects the first cut in May").
 */
import type { Tense } from '../schema.js';

/** "since March", "since shortly after the Oct. 23 slaying": a point before the time of speaking. */
const PAST_LEAD = /\bsince\s+(?:(?:shortly|just|soon|right|immediately)\s+)?(?:(?:before|after)\s+)?(?:the\s+)?$/i;
/** Words right before the expression that place it after the time of speaking: "as soon as Tuesday", "as early as next week", "See you Tuesday". */
const FUTURE_LEAD = /\bas\s+(?:soon|early)\s+as\s+$|\bsee\s+you\s+(?:on\s+|at\s+)?$|\b(?:is|are|'s)\s+(?:now\s+|also\s+|still\s+)?(?:expected|scheduled|slated|planned)\s+(?:(?:early|late)\s+)?$/i;
/**
 * A deadline granted or put off "until" a day ("postponed until Tuesday morning", "has given the family until
 * 9 a.m. Tuesday"): set at the time of reporting, it lies ahead of it.
 */
const DEADLINE_LEAD = /\b(?:postpon|delay|adjourn|defer|extend|grant|reschedul)\w*\b[^.;]{0,50}\b(?:until|to)\s+$|\b(?:move[ds]?|moving|push(?:es|ed)?\s+back|pushing\s+back)\b[^.;]{0,50}\bto\s+$|\b(?:give|gives|gave|given|put\s+off)\b[^.;]{0,40}\buntil\s+$/i;
/**
 * A schedule word right before the expression ("a match set for Saturday night", "slated for Tuesday", "due on
 * Friday", "a vote is expected on Thursday", "postponed to Monday", "moved to March"): the time is the one the plan points to, ahead of the
 * report, whatever tense reports the planning.
 */
// "snow forecast for Friday night", "the weather forecast for Tuesday morning": the day a forecast is for.
const SCHEDULE_LEAD = /\b(?:(?:set|scheduled|rescheduled|slated|planned|due|timed|expected|forecast)\s+for|(?:scheduled|rescheduled|slated|due|expected)\s+on|(?:expected|forecast)\s+(?:from|by|until|through)|due|(?:postponed|moved|pushed\s+back|put\s+off|delayed|deferred|brought\s+forward|rescheduled|adjourned)\s+(?:to|until|till))\s+(?:the\s+)?$/i;
/** A present copula right before a named day or month ("The vote is Tuesday", "the deadline is on Friday", "is midnight Sunday"): still ahead, or today. */
const COPULA_LEAD = /\b(?:is|are|['’]s)\s+(?:(?:now|still|also)\s+)?(?:on\s+)?$/i;
const NAMED_DAY_OR_MONTH = /^(?:(?:midnight|noon)\s+)?(?:Mon|Tue|Wed|Thu|Fri|Sat|Sun|Jan|Feb|Mar|Apr|May|Jun|Jul|Aug|Sep|Oct|Nov|Dec)[a-z]*\b/;
/** A schedule stated in the past perfect or as superseded ("had been scheduled for Nov. 1", "originally set for"). */
const SUPERSEDED_SCHEDULE = /\b(?:had|originally|initially|previously|first)\s+(?:been\s+)?$/i;
/**
 * The end of a period a forecast is for: "raised its outlook for the fiscal year ending in March", "expects a loss
 * for the quarter ending in June". The clause's past (the raising) does not place it; the nearest such month does.
 * (Results reported "for the year ending March 31" are for a year already over: the clause's past stands.)
 */
const PERIOD_ENDING_LEAD = /\b(?:year|quarter|half|period|months)\s+(?:ending|that\s+ends)\s+(?:in\s+|on\s+)?$/i;
const FORECAST_WORDS = /\b(?:outlook|forecasts?|guidance|expects?|expected|projects?|projected|projections?|targets?|estimates?|budget)\b/i;

/**
 * A directive's infinitive right before the expression, past the directive's object: "urged President Vance on
 * Monday to intervene before the weekend", "ordered the relatives to surrender the boy by Thursday". What is urged
 * or ordered lies ahead of the urging. (A bare "told X to" is in FUTURE, with a one-word object.)
 */
const DIRECTIVE_LEAD = /\b(?:urge[sd]?|order(?:s|ed)?|direct(?:s|ed)?|instruct(?:s|ed)?|call(?:s|ed)?\s+on)\s+(?:[A-Za-z.'’-]+\s+){1,5}?to\s+(?!the\b|a\b|an\b)[a-z]+\s+(?:[a-z]+\s+){0,3}(?:before|by|until|on|in|at|within|from|over)\s+(?:the\s+)?$/;

/**
 * A present expectation and its object before the time: "who expects the first cut in May", "sees rates peaking
 * by August" — what is expected lies ahead, whatever the sentence's reporting verb.
 */
const EXPECTATION_LEAD = /\b(?:expects?|expecting|forecasts|predicts|anticipates|foresees|sees)\s+(?:[a-z'’-]+\s+){0,5}(?:in|by|at|on|before|from|until)\s+(?:the\s+)?(?:(?:early|late|mid)[-\s]+)?$/;
/** …and a day right after what is expected: "they expect results Friday" (not "expects to report third-quarter …"). */
const EXPECTED_BY_DAY = /\b(?:expects?|expecting)\s+(?:(?!to\b)[a-z'’-]+\s+){1,3}$/;

/**
 * The tense that the words right before the expression at `from` in `clause` impose, whatever the verbs further away: "as soon as",
 * a deadline put off "until", "since", a present copula ("is Tuesday"), a schedule ("set for").
 */
export function leadTense(clause: string, from: number, expression: string): Tense | undefined {
  const lead = clause.slice(Math.max(0, from - 36), from);
  const wide = clause.slice(Math.max(0, from - 110), from);
  if (DIRECTIVE_LEAD.test(wide) || EXPECTATION_LEAD.test(wide)) return 'future';
  if (EXPECTED_BY_DAY.test(lead) && NAMED_DAY_OR_MONTH.test(expression)) return 'future';
  if (PERIOD_ENDING_LEAD.test(lead) && FORECAST_WORDS.test(clause.slice(Math.max(0, from - 90), from))) return 'present';
  if (FUTURE_LEAD.test(lead) || DEADLINE_LEAD.test(clause.slice(Math.max(0, from - 70), from))) return 'future';
  if (PAST_LEAD.test(lead)) return 'past';
  if (COPULA_LEAD.test(lead) && NAMED_DAY_OR_MONTH.test(expression)) return 'future';
  const schedule = SCHEDULE_LEAD.exec(lead);
  if (schedule && !SUPERSEDED_SCHEDULE.test(lead.slice(0, schedule.index))) return 'future';
  return undefined;
}
