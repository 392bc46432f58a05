/**
 * `npx tsx scripts/network-health.ts <folder> [<folder>...] [--list]`: counts, per corpus folder, the diagnostics of
 * the temporal network that report a contradiction and the events whose bounds collapse to an instant (`when.start`
 * equal to `when.end`), those with a time of their own (`basis` anchored) apart. `--list` prints each one.
 * A change to the event rules should not raise either meaningfully.
 */
import { analyze } from '../src/analyze.js';
import { readCorpusFolder } from './corpus-folder.js';
import { timemlToAnalyzeInput } from '../src/timeml/reader.js';

const args = process.argv.slice(2);
const list = args.includes('--list');
for (const folder of args.filter((a) => a !== '--list')) {
  let contradictions = 0;
  let zeroLength = 0;
  let zeroLengthAnchored = 0;
  for (const gold of readCorpusFolder(folder, 'network-health')) {
    const analysis = analyze(timemlToAnalyzeInput(gold));
    for (const d of analysis.diagnostics) {
      if (!/contradict/i.test(d.code)) continue;
      contradictions++;
      if (list) console.log(`  contradiction ${gold.docId}: ${d.message}`);
    }
    for (const e of analysis.events) {
      if (e.when.start === null || e.when.start !== e.when.end) continue;
      zeroLength++;
      if (e.when.basis === 'anchored') zeroLengthAnchored++;
      if (list) console.log(`  zero-length ${gold.docId}: "${e.text}" at ${e.when.start} (${e.when.basis})`);
    }
  }
  const name = folder.replace(/\/+$/, '').split('/').pop() ?? folder;
  console.log(`${name}: contradictions ${contradictions}, zero-length events ${zeroLength} (${zeroLengthAnchored} with a time of their own)`);
}
