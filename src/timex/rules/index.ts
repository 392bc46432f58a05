/**
 * The rule set, declared in one place in the order families are tried. Order only breaks ties between
 * candidates of the same span; otherwise the longest candidate wins.
 */
import { compile, type CompiledRule, type Rule } from '../rule.js';
import { businessRules } from './business.js';
import { clockRules } from './clock.js';
import { durationRules } from './durations.js';
import { explicitDateRules } from './explicitDates.js';
import { holidayRules } from './holidays.js';
import { narrativeRules } from './narrative.js';
import { periodRules } from './periods.js';
import { referenceRules } from './references.js';
import { relativeRules } from './relative.js';
import { weekdayRules } from './weekdays.js';

export const RULES: Rule[] = [
  ...holidayRules,
  ...businessRules,
  ...explicitDateRules,
  ...clockRules,
  ...relativeRules,
  ...narrativeRules,
  ...periodRules,
  ...weekdayRules,
  ...durationRules,
  ...referenceRules,
];

export const COMPILED_RULES: CompiledRule[] = RULES.map(compile);
