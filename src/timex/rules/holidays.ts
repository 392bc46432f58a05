/** Holidays, fixed and computed: "Christmas", "New Year's Eve", "Thanksgiving 2016", "last Easter". */
import { HOLIDAYS } from '../holidays.js';
import type { Rule } from '../rule.js';

export const holidayRules: Rule[] = HOLIDAYS.map((holiday) => ({
  name: `holiday:${holiday.name}`,
  pattern: `(?:(?<modifier>last|this|next)\\s+)?(?:${holiday.pattern})(?:,?\\s+(?<year>(?:1[6-9]|20)\\d\\d))?`,
  examples: [holiday.name],
  read: (g, match) => {
    if (!/[A-Z]/.test(match.replace(/^(?:last|this|next)\s+/i, '')[0] ?? '')) return null; // holidays are capitalised
    const modifier = g.modifier?.toLowerCase() as 'last' | 'this' | 'next' | undefined;
    return { spec: { kind: 'holiday', holiday: holiday.name, year: g.year ? Number(g.year) : undefined, modifier } };
  },
}));
