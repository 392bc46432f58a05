/**
 * Measures the clause-tense methods used to resolve bare weekdays and months against TimeBank/AQUAINT gold:
 * for each gold TLINK between an event and a time expression of the text, the gold tense of the event
 * (MAKEINSTANCE tense PAST / PRESENT / FUTURE) against the tense each method reads at the expression.
 * Usage: npm run tense-accuracy [-- <folder>...]
 */
import { existsSync } from 'node:fs';
import { clauseTense as lexicalTense } from '../src/timex/tense.js';
import { clauseTense as eventTense } from '../src/events/clause-tense.js';
import { readTimemlFolder } from '../src/timeml/files.js';

const folders = process.argv.slice(2).length > 0 ? process.argv.slice(2) : ['../shared/corpora/tbaq/TimeBank', '../shared/corpora/tbaq/AQUAINT'];
const methods = { 'lexical (src/timex/tense.ts)': lexicalTense, 'verb groups (src/events/clause-tense.ts)': eventTense };
const GOLD: Record<string, 'past' | 'present' | 'future'> = { PAST: 'past', PRESENT: 'present', FUTURE: 'future' };

for (const folder of folders) {
  if (!existsSync(folder)) {
    console.log(`${folder}: absent, skipped`);
    continue;
  }
  const correct = Object.fromEntries(Object.keys(methods).map((name) => [name, 0]));
  let total = 0;
  for (const doc of readTimemlFolder(folder)) {
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
  for (const [name, n] of Object.entries(correct)) console.log(`${folder}: ${name}: ${((100 * n) / total).toFixed(1)}% of ${total} event-time links`);
}
