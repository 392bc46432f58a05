/**
 * The rule set, declared in one place in the order families are tried, and the dispatch table that tells the
 * scanner which rules can start at a given word. Order only breaks ties between candidates of the same span;
 * otherwise the longest candidate wins.
 */
import { MONTHS, NUMBER_WORDS, ORDINALS, SEASONS, WEEKDAYS } from '../lexicon.js';
import { compile, type CompiledRule, type Rule } from '../rule.js';
import { businessRules } from './business.js';
import { clockRules } from './clock.js';
import { durationRules } from './durations.js';
import { explicitDateRules } from './explicitDates.js';
import { holidayRules } from './holidays.js';
import { narrativeRules } from './narrative.js';
import { periodRules } from './periods.js';
import { rangeRules } from './ranges.js';
import { recurrenceRules } from './recurrences.js';
import { referenceRules } from './references.js';
import { relativeRules } from './relative.js';
import { weekdayRules } from './weekdays.js';

export const RULES: Rule[] = [
  ...holidayRules,
  ...businessRules,
  ...explicitDateRules,
  ...rangeRules,
  ...clockRules,
  ...relativeRules,
  ...narrativeRules,
  ...periodRules,
  // Before the weekdays: "Monday" in "Monday and Tuesday nights" is a recurrence, a tie of the same span.
  ...recurrenceRules,
  ...weekdayRules,
  ...durationRules,
  ...referenceRules,
];

export const COMPILED_RULES: CompiledRule[] = RULES.map(compile);

const firstWordOf = (phrase: string) => phrase.split(/[\s-]/)[0]!;

/** Word classes a rule may name in `firstWords`, expanded to the words they stand for. */
const WORD_CLASSES: Record<string, readonly string[]> = {
  '#month': Object.keys(MONTHS),
  '#weekday': Object.keys(WEEKDAYS),
  '#season': Object.keys(SEASONS),
  '#ordinal': Object.keys(ORDINALS).map(firstWordOf),
  '#number': [
    '#digit', ...Object.keys(NUMBER_WORDS).map(firstWordOf), 'dozens', 'couple', 'hundred', 'half',
    'ten', 'eleven', 'twelve', 'thirteen', 'fourteen', 'fifteen', 'sixteen', 'seventeen', 'eighteen', 'nineteen',
  ],
};

/** Rules indexed by the lower-case word (or `#digit`, `'`) a match can begin with, in rule order. */
export const RULES_BY_FIRST_WORD: ReadonlyMap<string, readonly CompiledRule[]> = (() => {
  const table = new Map<string, CompiledRule[]>();
  for (const rule of COMPILED_RULES) {
    const words = new Set(rule.firstWords.flatMap((word) => WORD_CLASSES[word] ?? [word]));
    for (const word of words) {
      const list = table.get(word) ?? [];
      list.push(rule);
      table.set(word, list);
    }
  }
  return table;
})();
