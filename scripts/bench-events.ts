/**
 * `npm run bench:events [-- --quick]`: what the event and ordering layer costs, printed (not asserted).
 *  1. TimeBank + AQUAINT TEXTs (when ../shared is present): MB/s of full `analyze`, of time expressions alone
 *     and of the chronology alone (events, constraints, network, order), in CPU time, over whole passes, the
 *     three interleaved pass by pass. Ratios to chrono-node are `npm run bench`'s, one process per library: run in
 *     this process, beside Chronicle, chrono-node's parse measured up to 4× slower than alone (V8 shares its
 *     regular-expression and JIT state between the libraries), which made ratios taken here meaningless.
 *  2. Generated articles (the web bench's "On <date>, <subject> <verb> plan number <n>." sentences) of growing
 *     size: CPU milliseconds of full `analyze`, the events/relations/contradictions found, and the network's
 *     counted work (edge relaxations), whose growth shows the complexity without timing noise.
 * CPU time is process.cpuUsage (user + system), so other jobs on the machine disturb it less than wall-clock;
 * each figure is the range over several repeats. The engine is loaded from dist/ (`npm run bench:events` builds it
 * first; see built-engine.ts).
 */
import { existsSync } from 'node:fs';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { readTimemlFolder } from '../src/timeml/files.js';
import { publicationDateOf } from '../src/timeml/reader.js';
import { generatedArticle } from '../test/sequence-generated.js';
import { BUILT_ENGINE_NOTE, importBuilt } from './built-engine.js';
import { WARM_UP_MAX_MS, WARM_UP_MS, warmUpUntilSettled } from './warm-up.js';

const { analyze } = await importBuilt<typeof import('../src/analyze.js')>('analyze');
const { parseReference } = await importBuilt<typeof import('../src/reference.js')>('reference');
const { buildChronology } = await importBuilt<typeof import('../src/sequence/chronology.js')>('sequence/chronology');
const { networkWork } = await importBuilt<typeof import('../src/sequence/network.js')>('sequence/network');
const { findTimexes } = await importBuilt<typeof import('../src/timex/index.js')>('timex/index');

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '../shared/corpora/tbaq');
const QUICK = process.argv.includes('--quick');
const REPEATS = QUICK ? 2 : 5;

/** CPU milliseconds spent by `run`. */
function cpuMs(run: () => void): number {
  const before = process.cpuUsage();
  run();
  const used = process.cpuUsage(before);
  return (used.user + used.system) / 1000;
}

const range = (values: readonly number[], digits: number): string => {
  const sorted = [...values].sort((a, b) => a - b);
  const lo = sorted[0] ?? Number.NaN;
  const hi = sorted[sorted.length - 1] ?? Number.NaN;
  return lo.toFixed(digits) === hi.toFixed(digits) ? lo.toFixed(digits) : `${lo.toFixed(digits)}–${hi.toFixed(digits)}`;
};

interface CorpusDocument { readonly text: string; readonly day: string; readonly bytes: number }

function corpus(): void {
  if (!existsSync(join(CORPORA, 'TimeBank')) || !existsSync(join(CORPORA, 'AQUAINT'))) {
    console.log(`corpus: ${CORPORA} is absent, skipped`);
    return;
  }
  const documents: CorpusDocument[] = [...readTimemlFolder(join(CORPORA, 'TimeBank')), ...readTimemlFolder(join(CORPORA, 'AQUAINT'))]
    .map((d) => ({ text: d.text, day: publicationDateOf(d), bytes: Buffer.byteLength(d.text, 'utf8') }));
  const megabytes = documents.reduce((sum, d) => sum + d.bytes, 0) / 1e6;
  const full = (): void => { for (const d of documents) analyze({ text: d.text, publicationDate: d.day, timeZone: 'UTC' }); };
  const prepared = documents.map((d) => {
    const reference = parseReference(d.day, 'UTC');
    return { d, reference, timexes: findTimexes(d.text, { publication: reference.dateTime, timeZone: reference.timeZone }).timexes };
  });
  const timexesOnly = (): void => {
    for (const { d, reference } of prepared) findTimexes(d.text, { publication: reference.dateTime, timeZone: reference.timeZone });
  };
  const chronologyOnly = (): void => { for (const { d, reference, timexes } of prepared) buildChronology(d.text, undefined, timexes, reference); };
  // Warm-up: the JIT keeps optimising for several passes (Chronicle's first ones run 2–8× slower): each part until
  // its own pass time settles (warm-up.ts), the same rule as npm run bench.
  const warmUps = [full, timexesOnly, chronologyOnly].map((pass) => warmUpUntilSettled(pass, QUICK ? 500 : WARM_UP_MS, QUICK ? 5_000 : WARM_UP_MAX_MS));
  // Interleaved, so the three see the same machine load.
  const rates = { full: [] as number[], timexes: [] as number[], chronology: [] as number[] };
  for (let r = 0; r < REPEATS; r++) {
    rates.full.push(megabytes / (cpuMs(full) / 1000));
    rates.timexes.push(megabytes / (cpuMs(timexesOnly) / 1000));
    rates.chronology.push(megabytes / (cpuMs(chronologyOnly) / 1000));
  }
  const warmed = warmUps.map((w) => `${w.passes}${w.settled ? '' : ' (not settled)'}`).join('/');
  console.log(`corpus: ${documents.length} TimeBank + AQUAINT TEXTs, ${megabytes.toFixed(2)} MB, ${REPEATS} passes each after ${warmed} warm-up passes, CPU time, interleaved`);
  console.log(`  full analyze          ${range(rates.full, 2)} MB/s`);
  console.log(`  time expressions only ${range(rates.timexes, 2)} MB/s`);
  console.log(`  chronology only       ${range(rates.chronology, 2)} MB/s  (events, links, constraints, network, order)`);
  console.log('  (ratios to chrono-node: npm run bench, which runs each library in its own process)');
}

function generated(): void {
  console.log('generated articles (web bench sentences, two events each), full analyze, CPU time:');
  console.log('  sentences  events  relations  contradictions  network work  ms (range)');
  const sizes = QUICK ? [125, 250, 500] : [125, 250, 500, 1000, 2000];
  for (const sentences of sizes) {
    const text = generatedArticle(sentences);
    const input = { text, publicationDate: '2017-09-02', timeZone: 'Europe/London' };
    let analysis = analyze(input);
    const times: number[] = [];
    let work = 0;
    for (let r = 0; r < REPEATS; r++) {
      const before = networkWork();
      times.push(cpuMs(() => { analysis = analyze(input); }));
      work = networkWork() - before;
    }
    const contradictions = analysis.diagnostics.filter((d) => d.code === 'CONTRADICTION').length;
    console.log(`  ${String(sentences).padStart(9)}  ${String(analysis.events.length).padStart(6)}  ${String(analysis.relations.length).padStart(9)}  ${String(contradictions).padStart(14)}  ${String(work).padStart(12)}  ${range(times, 0)}`);
  }
}

console.log(BUILT_ENGINE_NOTE);
corpus();
generated();
