/**
 * Development aid: how the corpora relate events to the publication date (DCT), by the gold event's tense and
 * aspect and by whether the DCT gives a time of day — and the best accuracy any rule reading only those could reach
 * (the majority class of each group), per corpus and with one rule shared by both. `--system` adds Chronicle's
 * accuracy in each group. Usage: tsx scripts/dct-conventions.ts [--system] [<corpora folder>]
 */
import { join } from 'node:path';
import { analyze } from '../src/index.js';
import { dctSpan, eventDctClass, systemDctClass, type DctClass } from '../src/eval/events.js';
import { readCorpusFolder } from './corpus-folder.js';
import { publicationDateOf } from '../src/timeml/reader.js';
import type { TimemlDocument } from '../src/timeml/document.js';

type Counts = Record<string, number>;
interface Group { gold: Counts; correct: number; total: number }

const args = process.argv.slice(2);
const withSystem = args.includes('--system');
const root = args.find((a) => !a.startsWith('--')) ?? '../shared/corpora/tbaq';
const CORPORA = ['TimeBank', 'AQUAINT'] as const;

/** Each gold event–DCT link of a document: its group key, gold class and the event's span. */
function* dctLinks(document: TimemlDocument): Generator<{ key: string; gold: DctClass; start: number; end: number }> {
  const instances = new Map(document.instances.map((i) => [i.eiid, i]));
  const events = new Map(document.events.map((e) => [e.eid, e]));
  const seen = new Set<string>();
  const timed = document.dct.value.includes('T') ? 'timed DCT' : 'dated DCT';
  for (const link of document.tlinks) {
    const event = link.from.kind === 'event' ? link.from : link.to.kind === 'event' ? link.to : undefined;
    const time = link.from.kind === 'time' ? link.from : link.to.kind === 'time' ? link.to : undefined;
    if (event?.kind !== 'event' || time?.kind !== 'time' || time.tid !== document.dct.tid) continue;
    const instance = instances.get(event.eiid);
    const mention = instance && events.get(instance.eventID);
    if (!instance || !mention || seen.has(mention.eid)) continue;
    seen.add(mention.eid);
    const gold = eventDctClass(link);
    yield { key: `${instance.tense ?? 'NONE'}/${instance.aspect ?? 'NONE'}, ${timed}`, gold, start: mention.start, end: mention.end };
  }
}

const groups = new Map<string, Map<string, Group>>();
for (const corpus of CORPORA) {
  const byKey = new Map<string, Group>();
  groups.set(corpus, byKey);
  for (const document of readCorpusFolder(join(root, corpus), 'dct-conventions')) {
    const analysis = withSystem ? analyze({ text: document.text, publicationDate: publicationDateOf(document, 'UTC'), timeZone: 'UTC' }) : undefined;
    const span = analysis && dctSpan(document, analysis);
    const eventAt = new Map(analysis?.events.map((e) => [`${e.start}:${e.end}`, e]));
    for (const link of dctLinks(document)) {
      const group = byKey.get(link.key) ?? { gold: {}, correct: 0, total: 0 };
      byKey.set(link.key, group);
      group.gold[link.gold] = (group.gold[link.gold] ?? 0) + 1;
      group.total++;
      const event = eventAt.get(`${link.start}:${link.end}`);
      if (span && event && systemDctClass(event, span.spanStart, span.spanEnd) === link.gold) group.correct++;
    }
  }
}

const majorityOf = (counts: Counts): string => Object.entries(counts).sort((a, b) => b[1] - a[1])[0]?.[0] ?? '';
const shared = (key: string): string => {
  const sum: Counts = {};
  for (const corpus of CORPORA) for (const [c, n] of Object.entries(groups.get(corpus)!.get(key)?.gold ?? {})) sum[c] = (sum[c] ?? 0) + n;
  return majorityOf(sum);
};
const percent = (hit: number, n: number): string => `${((100 * hit) / n).toFixed(1)}%`;

for (const corpus of CORPORA) {
  const byKey = [...groups.get(corpus)!].sort((a, b) => b[1].total - a[1].total);
  let total = 0, own = 0, common = 0, system = 0;
  console.log(`${corpus}: gold class of event–DCT links by tense/aspect and DCT kind${withSystem ? ' (system: Chronicle correct)' : ''}`);
  for (const [key, group] of byKey) {
    total += group.total;
    own += group.gold[majorityOf(group.gold)] ?? 0;
    common += group.gold[shared(key)] ?? 0;
    system += group.correct;
    const classes = (['BEFORE', 'OVERLAP', 'AFTER'] as const).map((c) => `${c} ${group.gold[c] ?? 0}`).join(', ');
    console.log(`  ${key.padEnd(42)} ${String(group.total).padStart(4)}  ${classes}${withSystem ? `  system ${group.correct}` : ''}`);
  }
  console.log(`  best rule on tense/aspect/DCT kind: ${percent(own, total)} with this corpus's majorities, ${percent(common, total)} with one rule for both corpora${withSystem ? `; Chronicle ${percent(system, total)}` : ''}`);
}
