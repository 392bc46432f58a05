/**
 * Development aid: lists the extent disagreements (relaxed matches whose spans differ) between Chronicle and
 * gold TimeML, most frequent first. Usage: tsx scripts/extent-errors.ts <folder> [limit]
 */
import { analyze } from '../src/index.js';
import { readCorpusFolder } from './corpus-folder.js';

const [folder = '../shared/corpora/tbaq/TimeBank', limit = '80'] = process.argv.slice(2);
const counts = new Map<string, number>();
for (const doc of readCorpusFolder(folder, 'extent-errors')) {
  const analysis = analyze({ text: doc.text, publicationDate: doc.dct.value.slice(0, 10) });
  for (const gold of doc.timexes) {
    const system = analysis.timexes.find((t) => t.start < gold.end && gold.start < t.end);
    if (!system || (system.start === gold.start && system.end === gold.end)) continue;
    const key = `gold "${gold.text}"  vs  system "${system.text}" (${system.rule})`;
    counts.set(key, (counts.get(key) ?? 0) + 1);
  }
}
const rows = [...counts.entries()].sort((a, b) => b[1] - a[1]).slice(0, Number(limit));
for (const [key, n] of rows) console.log(`${String(n).padStart(4)}  ${key}`);
console.log(`${[...counts.values()].reduce((a, b) => a + b, 0)} extent disagreements`);
