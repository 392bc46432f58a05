/**
 * `npx tsx scripts/event-errors.ts <folder> [<folder>...] [--show N] [--only anchoring|dct|missing|degenerate]`: a dev
 * report of the event-layer misses behind the anchoring and event–DCT figures of `npm run eval`, by category:
 *   - gold events the system did not find (by word and TimeML class/pos),
 *   - anchoring misses (unanchored / anchored elsewhere), with the sentence, the event and the gold timex,
 *   - DCT-relation confusions by gold class → system class, split by the system event's tense and kind,
 *   - events whose bounds collapse to an instant without a time of their own (`--only degenerate`).
 * Prints counts per category and N examples of each.
 */
import { analyze } from '../src/analyze.js';
import { dctSpan, systemDctClass, dctClassOf, type DctClass } from '../src/eval/events.js';
import { overlaps } from '../src/eval/matching.js';
import { sentenceIndexAt, splitSentences } from '../src/eval/sentences.js';
import { readCorpusFolder } from './corpus-folder.js';
import { timemlToAnalyzeInput } from '../src/timeml/reader.js';
import type { TimemlEvent, TimemlInstance } from '../src/timeml/document.js';

interface Example { readonly category: string; readonly line: string }

const args = process.argv.slice(2);
const folders: string[] = [];
let show = 5;
let only: string | undefined;
for (let i = 0; i < args.length; i++) {
  const a = args[i] as string;
  if (a === '--show') show = Number(args[++i]);
  else if (a === '--only') only = args[++i];
  else folders.push(a);
}

const examples: Example[] = [];
const add = (category: string, line: string): void => { examples.push({ category, line }); };

function context(text: string, start: number, end: number, span = 90): string {
  const s = Math.max(0, start - span);
  const e = Math.min(text.length, end + span);
  return `${text.slice(s, start)}[[${text.slice(start, end)}]]${text.slice(end, e)}`.replace(/\s+/g, ' ');
}

for (const folder of folders) {
  for (const gold of readCorpusFolder(folder, 'event-errors')) {
    const system = analyze(timemlToAnalyzeInput(gold));
    const text = gold.text;
    const sentences = splitSentences(text);
    const instanceOf = new Map<string, TimemlInstance>(gold.instances.map((i) => [i.eiid, i]));
    const eventById = new Map<string, TimemlEvent>(gold.events.map((e) => [e.eid, e]));
    const instanceByEvent = new Map<string, TimemlInstance>(gold.instances.map((i) => [i.eventID, i]));
    const systemAt = new Map(system.events.map((e) => [`${e.start}:${e.end}`, e]));
    const systemTimex = new Map(system.timexes.map((t) => [t.id, t]));
    const goldTimex = new Map(gold.timexes.map((t) => [t.tid, t]));
    const { spanStart, spanEnd } = dctSpan(gold, system);
    const eventOf = (eiid: string): TimemlEvent | undefined => {
      const inst = instanceOf.get(eiid);
      return inst === undefined ? undefined : eventById.get(inst.eventID);
    };
    const describeGold = (e: TimemlEvent): string => {
      const inst = instanceByEvent.get(e.eid);
      return `${e.class}/${inst?.pos ?? '?'}/${inst?.tense ?? '?'}/${inst?.aspect ?? '?'}`;
    };
    const seenA = new Set<string>();
    const seenD = new Set<string>();
    const missingSeen = new Set<string>();
    // Zero-length bounds not given by an event's own time: constraints that squeezed the event to an instant.
    for (const e of system.events) {
      if (e.when.start === null || e.when.start !== e.when.end || e.when.basis === 'anchored') continue;
      add(`degenerate ${e.tense ?? 'none'}/${e.when.basis}`, `${e.when.start} | ${gold.docId}: ${context(text, e.start, e.end)}`);
    }
    for (const link of gold.tlinks) {
      const ev = link.from.kind === 'event' ? link.from : link.to.kind === 'event' ? link.to : undefined;
      const tm = link.from.kind === 'time' ? link.from : link.to.kind === 'time' ? link.to : undefined;
      if (ev?.kind !== 'event' || tm?.kind !== 'time') continue;
      const event = eventOf(ev.eiid);
      if (event === undefined) continue;
      const sys = systemAt.get(`${event.start}:${event.end}`);
      if (sys === undefined && !missingSeen.has(event.eid)) {
        missingSeen.add(event.eid);
        const overlapping = system.events.find((s) => s.start < event.end && event.start < s.end);
        add(`missing ${describeGold(event).split('/').slice(0, 2).join('/')}`, `${event.text.toLowerCase()}${overlapping ? ` (sys "${overlapping.text}")` : ''} | ${gold.docId}: ${context(text, event.start, event.end, 50)}`);
      }
      if (tm.tid === gold.dct.tid) {
        if (seenD.has(event.eid) || sys === undefined) continue;
        seenD.add(event.eid);
        const written = dctClassOf(link.relType);
        const goldClass: DctClass = link.from.kind === 'event' ? written : written === 'BEFORE' ? 'AFTER' : written === 'AFTER' ? 'BEFORE' : 'OVERLAP';
        const sysClass = systemDctClass(sys, spanStart, spanEnd);
        if (sysClass === goldClass) continue;
        const tense = sys.tense ?? 'none';
        add(`dct ${goldClass}->${sysClass} ${sys.kind}/${tense}/${sys.when.basis}`, `${describeGold(event)} ${link.relType} | ${sys.when.start ?? '-∞'}..${sys.when.end ?? '+∞'} | ${gold.docId} (${gold.dct.value}): ${context(text, event.start, event.end)}`);
        continue;
      }
      const timex = goldTimex.get(tm.tid);
      if (timex === undefined) continue;
      const si = sentenceIndexAt(sentences, event.start);
      if (si === -1 || si !== sentenceIndexAt(sentences, timex.start)) continue;
      const key = `${event.eid}|${timex.tid}`;
      if (seenA.has(key) || sys === undefined) continue;
      seenA.add(key);
      const anchored = sys.anchor ? systemTimex.get(sys.anchor.timexId) : undefined;
      if (anchored && overlaps(anchored, timex)) continue;
      const sysTimexHere = system.timexes.find((t) => overlaps(t, timex));
      const sentence = sentences[si]!;
      const marked = `${text.slice(sentence.start, Math.min(event.start, timex.start))}${event.start < timex.start ? `[[${event.text}]]${text.slice(event.end, timex.start)}{{${timex.text}}}${text.slice(timex.end, sentence.end)}` : `{{${timex.text}}}${text.slice(timex.end, event.start)}[[${event.text}]]${text.slice(event.end, sentence.end)}`}`.replace(/\s+/g, ' ');
      const category = sysTimexHere === undefined ? 'anchor: timex not found' : anchored ? `anchor: elsewhere` : `anchor: none ${event.start < timex.start ? 'event-first' : 'timex-first'}`;
      const otherEvents = sysTimexHere === undefined ? '' : system.events.filter((e) => e.anchor?.timexId === sysTimexHere.id).map((e) => e.text).join(',');
      add(category, `${describeGold(event)} ${link.relType} ${anchored ? `(got "${anchored.text}") ` : ''}[timex→${otherEvents || '∅'}] | ${gold.docId}: ${marked.slice(0, 400)}`);
    }
  }
}

const byCategory = new Map<string, string[]>();
for (const { category, line } of examples) {
  if (only !== undefined && !category.startsWith(only === 'anchoring' ? 'anchor' : only)) continue;
  const list = byCategory.get(category) ?? [];
  list.push(line);
  byCategory.set(category, list);
}
const sorted = [...byCategory.entries()].sort((a, b) => b[1].length - a[1].length);
for (const [category, lines] of sorted) {
  console.log(`\n== ${category}: ${lines.length}`);
  if (category.startsWith('missing')) {
    const words = new Map<string, number>();
    for (const l of lines) { const w = l.split(' | ')[0] as string; words.set(w, (words.get(w) ?? 0) + 1); }
    console.log(`   ${[...words.entries()].sort((a, b) => b[1] - a[1]).slice(0, 40).map(([w, n]) => `${w}×${n}`).join(', ')}`);
  }
  for (const l of lines.slice(0, show)) console.log(`  - ${l}`);
}
