/**
 * Measures the clause-tense methods used to resolve bare weekdays and months against TimeBank/AQUAINT gold:
 * 1. for each gold TLINK between an event and a time expression of the text, the gold tense of the event
 *    (MAKEINSTANCE tense PAST / PRESENT / FUTURE) against the tense each method reads at the expression
 *    (indirect: the event may sit in another clause, and present perfect counts as PRESENT);
 * 2. what resolution actually needs: for every gold bare weekday ("Friday", "Friday night"), year-less
 *    month-day ("Oct. 23") and year-less month ("March"), whether the engine's value lies on the same side of
 *    the publication date (before / same / after) as the gold value.
 * Usage: npm run tense-accuracy [-- <folder>...]
 */
import { existsSync } from 'node:fs';
import { analyze } from '../src/index.js';
import { clauseTense as lexicalTense } from '../src/timex/tense.js';
import { clauseTense as eventTense } from '../src/events/clause-tense.js';
import { readTimemlFolder } from '../src/timeml/files.js';
import { timemlToAnalyzeInput } from '../src/timeml/reader.js';
import type { TimemlDocument } from '../src/timeml/document.js';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['../shared/corpora/tbaq/TimeBank', '../shared/corpora/tbaq/AQUAINT'];
const methods = { 'lexical (src/timex/tense.ts)': lexicalTense, 'verb groups (src/events/clause-tense.ts)': eventTense };
const GOLD: Record<string, 'past' | 'present' | 'future'> = { PAST: 'past', PRESENT: 'present', FUTURE: 'future' };

const WEEKDAY = /^(?:mon|tues|wednes|thurs|fri|satur|sun)day(?:\s+(?:morning|afternoon|evening|night))?$/i;
const MONTH = '(?:jan(?:uary)?|feb(?:ruary)?|mar(?:ch)?|apr(?:il)?|may|june?|july?|aug(?:ust)?|sept?(?:ember)?|oct(?:ober)?|nov(?:ember)?|dec(?:ember)?)\\.?';
const MONTH_DAY = new RegExp(`^${MONTH}\\s+\\d{1,2}$`, 'i');
const BARE_MONTH = new RegExp(`^${MONTH}$`, 'i');
type Family = 'weekday' | 'month-day' | 'month';
type Side = 'before' | 'same' | 'after';

/** The family of a gold expression whose side of the publication date comes from tense alone. */
function family(text: string): Family | undefined {
  if (WEEKDAY.test(text)) return 'weekday';
  if (MONTH_DAY.test(text)) return 'month-day';
  if (BARE_MONTH.test(text) && /^[A-Z]/.test(text)) return 'month';
  return undefined;
}

/** Where `value` lies against the publication date, compared at the family's grain; undefined when not a date. */
function side(value: string | undefined, dct: string, grain: Family): Side | undefined {
  const length = grain === 'month' ? 7 : 10;
  if (!value || !/^\d{4}-\d{2}(?:-\d{2})?/.test(value) || value.length < length) return undefined;
  const a = value.slice(0, length);
  const b = dct.slice(0, length);
  return a < b ? 'before' : a > b ? 'after' : 'same';
}

function linkAccuracy(docs: TimemlDocument[]): { correct: Record<string, number>; total: number } {
  const correct = Object.fromEntries(Object.keys(methods).map((name) => [name, 0]));
  let total = 0;
  for (const doc of docs) {
    const timexes = new Map(doc.timexes.map((t) => [t.tid, t]));
    const instances = new Map(doc.instances.map((i) => [i.eiid, i]));
    for (const link of doc.tlinks) {
      const [event, time] = link.from.kind === 'event' && link.to.kind === 'time' ? [link.from, link.to] : link.to.kind === 'event' && link.from.kind === 'time' ? [link.to, link.from] : [undefined, undefined];
      if (!event || !time) continue;
      const timex = timexes.get(time.tid);
      const gold = GOLD[instances.get(event.eiid)?.tense ?? ''];
      if (!timex || !gold) continue;
      total++;
      for (const [name, method] of Object.entries(methods)) if (method(doc.text, timex.start, timex.end) === gold) correct[name]!++;
    }
  }
  return { correct, total };
}

interface SideCount { right: number; total: number; wrong: string[] }

function sideAccuracy(docs: TimemlDocument[]): Record<Family, SideCount> {
  const counts: Record<Family, SideCount> = { weekday: { right: 0, total: 0, wrong: [] }, 'month-day': { right: 0, total: 0, wrong: [] }, month: { right: 0, total: 0, wrong: [] } };
  for (const doc of docs) {
    const golds = doc.timexes.map((t) => ({ timex: t, family: family(t.text) })).filter((g) => g.family && side(g.timex.value, doc.dct.value, g.family));
    if (golds.length === 0) continue;
    const system = analyze(timemlToAnalyzeInput(doc)).timexes;
    for (const { timex, family: grain } of golds) {
      const expected = side(timex.value, doc.dct.value, grain!)!;
      const found = system.find((s) => s.start < timex.end && timex.start < s.end);
      const got = side(found?.value, doc.dct.value, grain!);
      const count = counts[grain!];
      count.total++;
      if (got === expected) count.right++;
      else count.wrong.push(`${doc.docId}: "${timex.text}" gold ${timex.value} (${expected}) system ${found?.value ?? 'none'} (${got ?? 'no date'}), DCT ${doc.dct.value}`);
    }
  }
  return counts;
}

const percent = (n: number, total: number) => (total === 0 ? '-' : `${((100 * n) / total).toFixed(1)}%`);
const verbose = process.env.TENSE_ERRORS === '1';

for (const folder of folders) {
  if (!existsSync(folder)) {
    console.log(`${folder}: absent, skipped`);
    continue;
  }
  const docs = readTimemlFolder(folder);
  const { correct, total } = linkAccuracy(docs);
  for (const [name, n] of Object.entries(correct)) console.log(`${folder}: ${name}: ${percent(n, total)} of ${total} event-time links`);
  const sides = sideAccuracy(docs);
  const all = Object.values(sides).reduce((sum, c) => ({ right: sum.right + c.right, total: sum.total + c.total }), { right: 0, total: 0 });
  const parts = Object.entries(sides).map(([name, c]) => `${name} ${c.right}/${c.total}`).join(', ');
  console.log(`${folder}: side of the publication date (engine value vs gold): ${percent(all.right, all.total)} of ${all.total} (${parts})`);
  if (verbose) for (const c of Object.values(sides)) for (const line of c.wrong) console.log(`  ${line}`);
}
