/** Holidays, fixed and computed: "Christmas", "New Year's Eve", "Thanksgiving 2016", "last Easter". */
import { HOLIDAYS } from '../holidays.js';
import type { Rule } from '../rule.js';

export const holidayRules: Rule[] = HOLIDAYS.map((holiday) => ({
  name: `holiday:${holiday.name}`,
  pattern: `(?:(?<modifier>last|this|next)\\s+)?(?:${holiday.pattern})(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?`,
  examples: [holiday.name],
  // Every word of the name and the pattern: a superset of the words a match can begin with.
  firstWords: ['last', 'this', 'next', ...(`${holiday.name} ${holiday.pattern}`.toLowerCase().match(/[a-z]+/g) ?? [])],
  read: (g, match) => {
    if (!/[A-Z]/.test(match.replace(/^(?:last|this|next)\s+/i, '')[0] ?? '')) return null; // holidays are capitalised
    const modifier = g.modifier?.toLowerCase() as 'last' | 'this' | 'next' | undefined;
    return { spec: { kind: 'holiday', holiday: holiday.name, year: g.year ? Number(g.year) : undefined, modifier } };
  },
}));
