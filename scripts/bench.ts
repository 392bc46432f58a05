/**
 * `npm run bench [-- --quick]`: throughput (MB/s of UTF-8 article text) and memory of Chronicle's `analyze`
 * against chrono-node, Microsoft's recognizers-text-date-time and compromise-dates, on the same documents
 * (TimeBank + AQUAINT TEXTs from ../shared, else the articles in events/). Chronicle has two rows: full `analyze`
 * (time expressions, events, ordering) and its time-expression layer alone (`findTimexes` with the inputs
 * `analyze` gives it), the part that does what chrono-node does.
 *
 * Each library runs in its own child process (so one's heap does not weigh on another's), pinned to one core
 * with `taskset -c 0` when available (`--core N` for another core, when core 0 is busy with other work; `--unpinned`
 * to leave the process on all cores, where V8's garbage-collector threads run beside it): warm-up first (whole passes until their
 * time settles, see warmUp), then timed passes. The fast libraries (Chronicle,
 * chrono-node) run whole passes over every document until a time budget is spent; the slow ones (Microsoft,
 * compromise: about 0.01-0.04 MB/s) run once over a spread sample of documents, within a time budget, and the
 * table says so. Memory: the child's peak RSS, and the largest heap growth seen between documents.
 * Chronicle is loaded from dist/ (`npm run bench` builds it first; see built-engine.ts).
 */
import { spawnSync } from 'node:child_process';
import { existsSync, readdirSync, readFileSync } from 'node:fs';
import { availableParallelism, loadavg } from 'node:os';
import { dirname, join, resolve } from 'node:path';
import { fileURLToPath } from 'node:url';
import { ArticleDocument } from '../src/schema.js';
import { BUILT_ENGINE_NOTE, importBuilt } from './built-engine.js';
import { readTimemlFolder } from '../src/timeml/files.js';
import { formatStartup, measureStartup } from './bench-startup.js';
import { SETTLED_DRIFT, SETTLED_PASSES, SETTLED_SPREAD, WARM_UP_MAX_MS, WARM_UP_MS, warmUpUntilSettled, type WarmUp } from './warm-up.js';
import { publicationDateOf } from '../src/timeml/reader.js';

const ROOT = resolve(dirname(fileURLToPath(import.meta.url)), '..');
const CORPORA = resolve(ROOT, '../shared/corpora/tbaq');
/** The article the start-up table times (the README's example). */
const STARTUP_ARTICLE = 'events/ap-2017-09-02-islamic-state-convoy.json';
const CONTENDERS = ['chronicle', 'chronicle-timexes', 'chrono-node', 'microsoft', 'compromise'] as const;
type ContenderName = (typeof CONTENDERS)[number];

/** The table's name of a contender, and what its timed call covers (first part of the scope column). */
const LABELS: Record<ContenderName, { label: string; covers: string }> = {
  chronicle: { label: 'chronicle (full analyze)', covers: 'analyze: time expressions + events + ordering' },
  'chronicle-timexes': { label: 'chronicle (time expressions)', covers: 'findTimexes only, as analyze calls it' },
  'chrono-node': { label: 'chrono-node', covers: 'parse' },
  microsoft: { label: 'microsoft', covers: 'DateTimeModel.parse' },
  compromise: { label: 'compromise', covers: 'dates().json()' },
};

interface BenchDocument {
  id: string;
  text: string;
  /** Publication day, YYYY-MM-DD. */
  day: string;
  bytes: number;
}

/** What one child process measured. */
interface BenchResult {
  name: ContenderName;
  scope: string;
  documents: number;
  passes: number;
  megabytes: number;
  seconds: number;
  /** CPU seconds (user + system) of the timed passes: less disturbed than wall-clock when the machine is shared. */
  cpuSeconds: number;
  expressionsPerPass: number;
  peakRssMB: number;
  heapGrowthMB: number;
  /** MB/s of the first (cold) pass over the documents; undefined for the sampled slow libraries. */
  firstPassMBps?: number;
}

/** Runs one document through a library; returns how many expressions it found. */
type Runner = (document: BenchDocument) => number;

function loadDocuments(): { documents: BenchDocument[]; source: string } {
  const make = (id: string, text: string, day: string): BenchDocument => ({ id, text, day, bytes: Buffer.byteLength(text, 'utf8') });
  if (existsSync(join(CORPORA, 'TimeBank')) && existsSync(join(CORPORA, 'AQUAINT'))) {
    const gold = [...readTimemlFolder(join(CORPORA, 'TimeBank')), ...readTimemlFolder(join(CORPORA, 'AQUAINT'))];
    return { documents: gold.map((d) => make(d.docId, d.text, publicationDateOf(d))), source: `TimeBank + AQUAINT TEXTs (${CORPORA})` };
  }
  const folder = join(ROOT, 'events');
  const documents = readdirSync(folder)
    .filter((name) => name.endsWith('.json'))
    .sort()
    .map((name) => {
      const article = ArticleDocument.parse(JSON.parse(readFileSync(join(folder, name), 'utf8')));
      return make(name, article.text, article.publicationDate.slice(0, 10));
    });
  return { documents, source: `events/*.json (${CORPORA} is absent)` };
}

async function loadRunner(name: ContenderName): Promise<Runner> {
  switch (name) {
    case 'chronicle': {
      const { analyze } = await importBuilt<typeof import('../src/analyze.js')>('analyze');
      return (d) => {
        const analysis = analyze({ text: d.text, publicationDate: d.day, timeZone: 'UTC' });
        return analysis.timexes.length;
      };
    }
    case 'chronicle-timexes': {
      const { findTimexes } = await importBuilt<typeof import('../src/timex/index.js')>('timex/index');
      const { parseReference } = await importBuilt<typeof import('../src/reference.js')>('reference');
      // What analyze does before its chronology: the reference point, then the time expressions (news reading).
      return (d) => {
        const reference = parseReference(d.day, 'UTC');
        return findTimexes(d.text, { publication: reference.dateTime, timeZone: reference.timeZone, documentType: 'news' }).timexes.length;
      };
    }
    case 'chrono-node': {
      const chrono = await import('chrono-node');
      return (d) => chrono.parse(d.text, new Date(`${d.day}T12:00:00Z`)).length;
    }
    case 'microsoft': {
      const { DateTimeRecognizer, Culture } = await import('@microsoft/recognizers-text-date-time');
      // The model is built once (recognizeDateTime would rebuild it on every call, which is slower still).
      const model = new DateTimeRecognizer(Culture.English).getDateTimeModel();
      return (d) => model.parse(d.text, new Date(`${d.day}T12:00:00Z`)).length;
    }
    case 'compromise': {
      const nlp = (await import('compromise')).default;
      const dates = (await import('compromise-dates')).default;
      nlp.plugin(dates);
      type WithDates = { dates: (options: { today: string }) => { json: () => unknown[] } };
      return (d) => (nlp(d.text) as unknown as WithDates).dates({ today: d.day }).json().length;
    }
  }
}

const isSlow = (name: ContenderName): boolean => name === 'microsoft' || name === 'compromise';

/** Every k-th document, until `maxChars` of text: a spread sample for the slow libraries. */
function spreadSample(documents: BenchDocument[], maxChars: number): BenchDocument[] {
  const sample: BenchDocument[] = [];
  let chars = 0;
  for (let i = 0; i < documents.length && chars < maxChars; i += 7) {
    const d = documents[i] as BenchDocument;
    sample.push(d);
    chars += d.text.length;
  }
  return sample;
}

function collectGarbage(): void {
  (globalThis as { gc?: () => void }).gc?.();
}

/** Warm-up passes over the whole corpus until their time settles (see warm-up.ts); the first pass is the cold one. */
function warmUp(corpus: readonly BenchDocument[], attempt: (d: BenchDocument) => number, minMs: number, maxMs: number): WarmUp {
  return warmUpUntilSettled(() => { for (const d of corpus) attempt(d); }, minMs, maxMs);
}

/** The largest heapUsed rise between documents over one pass: measured apart, so the timed passes carry no probes. */
function heapGrowthOfOnePass(corpus: readonly BenchDocument[], attempt: (d: BenchDocument) => number): number {
  collectGarbage();
  const baseline = process.memoryUsage().heapUsed;
  let peak = baseline;
  for (const d of corpus) {
    attempt(d);
    peak = Math.max(peak, process.memoryUsage().heapUsed);
  }
  return (peak - baseline) / 1e6;
}

/** Child-process mode: measure one library and print its result as a JSON line. */
async function measure(name: ContenderName, quick: boolean): Promise<BenchResult> {
  const { documents } = loadDocuments();
  const run = await loadRunner(name);
  const slow = isSlow(name);
  const corpus = slow ? spreadSample(documents, quick ? 15_000 : 60_000) : documents;
  const budgetMs = slow ? (quick ? 3_000 : 10_000) : quick ? 500 : 3_000;
  let failures = 0;
  let firstFailure = '';
  /** Runs one document; a library that throws on it (compromise-dates does on a few) is counted, not fatal. */
  const attempt = (d: BenchDocument): number => {
    try {
      return run(d);
    } catch (error) {
      failures++;
      firstFailure ||= `${d.id}: ${error instanceof Error ? error.message : String(error)}`;
      return 0;
    }
  };
  // A forced full collection discards V8's compiled code and regular expressions that it finds idle: the passes after
  // one re-warm (on the corpora, Chronicle's next two passes took 0.73 and 0.39 s against 0.23 s settled). So it
  // comes before the warm-up, not between the warm-up and the timed passes.
  collectGarbage();
  const warm = warmUp(slow ? corpus.slice(0, 2) : corpus, attempt, slow ? 0 : quick ? 500 : WARM_UP_MS, slow ? 0 : quick ? 5_000 : WARM_UP_MAX_MS);
  failures = 0;
  let bytes = 0;
  let expressions = 0;
  let passes = 0;
  let processed = 0;
  const started = performance.now();
  const cpuBefore = process.cpuUsage();
  outer: for (;;) {
    for (const d of corpus) {
      expressions += attempt(d);
      bytes += d.bytes;
      if (passes === 0) processed++;
      if (slow && performance.now() - started > budgetMs) break outer;
    }
    passes++;
    const elapsed = performance.now() - started;
    if (slow || (passes >= 3 && elapsed >= budgetMs) || passes >= 50) break;
  }
  const seconds = (performance.now() - started) / 1000;
  const cpu = process.cpuUsage(cpuBefore);
  const cpuSeconds = (cpu.user + cpu.system) / 1e6;
  const heapGrowthMB = heapGrowthOfOnePass(slow ? corpus.slice(0, processed) : corpus, attempt);
  const scope = `${LABELS[name].covers}; ` + (slow
    ? `sample: ${processed} of ${documents.length} docs, ${Math.round(budgetMs / 1000)} s budget`
    : `all ${documents.length} docs, ${passes} passes after ${warm.passes} warm-up passes${warm.settled ? '' : ' (not settled)'}`);
  const failed = failures > 0 ? `; threw on ${failures} doc(s), e.g. ${firstFailure.slice(0, 80)}` : '';
  return {
    name,
    scope: scope + failed,
    documents: slow ? processed : documents.length,
    passes: slow ? 1 : passes,
    megabytes: bytes / 1e6,
    seconds,
    cpuSeconds,
    expressionsPerPass: slow ? expressions : expressions / passes,
    peakRssMB: process.resourceUsage().maxRSS / 1024,
    heapGrowthMB,
    firstPassMBps: slow ? undefined : corpus.reduce((n, d) => n + d.bytes, 0) / 1e6 / warm.firstPassSeconds,
  };
}

function formatTable(results: BenchResult[]): string {
  const chrono = results.find((r) => r.name === 'chrono-node');
  const chronoSpeed = chrono ? chrono.megabytes / chrono.seconds : undefined;
  const chronoCpuSpeed = chrono ? chrono.megabytes / chrono.cpuSeconds : undefined;
  const rate = (speed: number): string => (speed >= 0.1 ? speed.toFixed(2) : speed.toFixed(4));
  const ratio = (speed: number, reference: number | undefined): string =>
    reference ? (speed / reference).toFixed(speed / reference >= 0.1 ? 2 : 4) : 'n/a';
  const header = ['library', 'MB/s', 'x chrono', 'CPU MB/s', 'x chrono (CPU)', 'cold MB/s', 'MB timed', 'seconds', 'found/pass', 'peak RSS MB', 'heap growth MB', 'scope'];
  const rows = results.map((r) => {
    const speed = r.megabytes / r.seconds;
    const cpuSpeed = r.megabytes / r.cpuSeconds;
    return [
      LABELS[r.name].label,
      rate(speed),
      ratio(speed, chronoSpeed),
      rate(cpuSpeed),
      ratio(cpuSpeed, chronoCpuSpeed),
      r.firstPassMBps === undefined ? '-' : rate(r.firstPassMBps),
      r.megabytes.toFixed(2),
      r.seconds.toFixed(2),
      String(Math.round(r.expressionsPerPass)),
      r.peakRssMB.toFixed(0),
      r.heapGrowthMB.toFixed(1),
      r.scope,
    ];
  });
  const widths = header.map((h, i) => Math.max(h.length, ...rows.map((row) => (row[i] ?? '').length)));
  const line = (cells: string[]): string =>
    cells.map((c, i) => (i === 0 || i === cells.length - 1 ? c.padEnd(widths[i] ?? 0) : c.padStart(widths[i] ?? 0))).join('  ');
  return [line(header), line(widths.map((w) => '-'.repeat(w))), ...rows.map(line)].join('\n');
}

/** Orchestrator mode: one child process per library, sequentially, then the table. */
function orchestrate(quick: boolean, only: ContenderName[], core: number | 'unpinned'): void {
  const { documents, source } = loadDocuments();
  const megabytes = documents.reduce((n, d) => n + d.bytes, 0) / 1e6;
  console.log(`Documents: ${documents.length} from ${source}, ${megabytes.toFixed(2)} MB of text.`);
  const pinned = core !== 'unpinned' && (existsSync('/usr/bin/taskset') || existsSync('/bin/taskset'));
  console.log(pinned ? `Each library runs in its own process, pinned to one core (taskset -c ${core}).`
    : core === 'unpinned' ? 'Each library runs in its own process, not pinned (--unpinned: V8\'s garbage-collector threads may use the other cores).'
      : 'Each library runs in its own process (taskset unavailable: not pinned).');
  const load = (): string => loadavg()[0]?.toFixed(1) ?? '?';
  console.log(`Load average at start: ${load()} on ${availableParallelism()} cores (figures are noisy when it exceeds the core count).`);
  const results: BenchResult[] = [];
  for (const name of only) {
    const nodeArgs = [...process.execArgv, '--expose-gc', fileURLToPath(import.meta.url), '--child', name, ...(quick ? ['--quick'] : [])];
    const [command, args] = pinned ? ['taskset', ['-c', String(core), process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs];
    process.stderr.write(`bench: ${name}…\n`);
    const child = spawnSync(command as string, args as string[], { encoding: 'utf8', maxBuffer: 1 << 24 });
    const line = child.stdout.split('\n').find((l) => l.startsWith('BENCH_RESULT '));
    if (child.status !== 0 || !line) {
      const output = `${child.stderr}\n${child.stdout}`.split('\n');
      const reason = output.find((l) => /^\w*Error\b/.test(l)) ?? output.find((l) => l.trim() !== '') ?? 'no output';
      console.log(`${name}: failed (exit ${child.status}): ${reason.slice(0, 200)}`);
      continue;
    }
    results.push(JSON.parse(line.slice('BENCH_RESULT '.length)) as BenchResult);
  }
  console.log(`Load average at end: ${load()}.`);
  console.log('');
  console.log(formatTable(results));
  console.log('');
  console.log('MB/s counts UTF-8 bytes of article text per wall-clock second, steady state: after warm-up passes until the last');
  console.log(`${SETTLED_PASSES} pass times lie within ${SETTLED_SPREAD * 100}% of their mean and are no more than ${SETTLED_DRIFT * 100}% faster than the ${SETTLED_PASSES} before them`);
  console.log(`(at least ${WARM_UP_MS / 1000} s, at most ${WARM_UP_MAX_MS / 1000} s; 0.5 s and 5 s with --quick), after a forced garbage collection; cold MB/s is the first`);
  console.log('pass (JIT not warm yet). CPU MB/s per CPU second of the process (user + system), which other jobs on a shared');
  console.log('machine disturb less. Microsoft and compromise are');
  console.log('timed on a spread sample within a time budget (see scope). found/pass = expressions (Chronicle: timexes) found per pass.');
  console.log('peak RSS includes the library and the documents loaded; heap growth is the largest heapUsed rise seen between documents,\n' +
    'over one extra pass after the timed ones (the timed passes carry no memory probes: process.memoryUsage() per document cost a fifth of Chronicle\'s speed).');
  if (only.includes('chronicle') && only.includes('chrono-node')) {
    const runs = quick ? 3 : 7;
    const startup = measureStartup(ROOT, STARTUP_ARTICLE, runs, (nodeArgs) =>
      pinned ? ['taskset', ['-c', String(core), process.execPath, ...nodeArgs]] : [process.execPath, nodeArgs]);
    console.log('');
    console.log(formatStartup(startup, STARTUP_ARTICLE, runs));
  }
  console.log(BUILT_ENGINE_NOTE);
}

function parseArguments(argv: string[]): { child?: ContenderName; quick: boolean; only: ContenderName[]; core: number | 'unpinned' } {
  const quick = argv.includes('--quick');
  const childAt = argv.indexOf('--child');
  const onlyAt = argv.indexOf('--only');
  const coreAt = argv.indexOf('--core');
  const core = coreAt === -1 ? 0 : Number(argv[coreAt + 1]);
  if (!Number.isInteger(core) || core < 0) {
    console.error(`bench: --core takes a core number (0, 1, …), not ${JSON.stringify(argv[coreAt + 1] ?? '')}`);
    process.exit(2);
  }
  const pick = (value: string | undefined, flag: string): ContenderName[] => {
    const names = (value ?? '').split(',').filter(Boolean);
    const bad = names.filter((n) => !(CONTENDERS as readonly string[]).includes(n));
    if (names.length === 0 || bad.length > 0) {
      console.error(`bench: ${flag} takes one or more of ${CONTENDERS.join(', ')} (comma-separated), not ${JSON.stringify(value ?? '')}`);
      process.exit(2);
    }
    return names as ContenderName[];
  };
  const unknown = argv.filter((a, i) => a.startsWith('--') && !['--quick', '--child', '--only', '--core', '--unpinned'].includes(a) && i !== childAt + 1 && i !== onlyAt + 1 && i !== coreAt + 1);
  if (unknown.length > 0) {
    console.error(`bench: unknown option ${unknown[0]}\nusage: npm run bench [-- --quick] [--only chronicle,chronicle-timexes,chrono-node,microsoft,compromise] [--core N | --unpinned]`);
    process.exit(2);
  }
  const only = onlyAt === -1 ? [...CONTENDERS] : pick(argv[onlyAt + 1], '--only');
  const where = argv.includes('--unpinned') ? 'unpinned' : core;
  if (childAt === -1) return { quick, only, core: where };
  return { child: (pick(argv[childAt + 1], '--child')[0] as ContenderName), quick, only, core: where };
}

const args = parseArguments(process.argv.slice(2));
if (args.child) {
  const result = await measure(args.child, args.quick);
  console.log(`BENCH_RESULT ${JSON.stringify(result)}`);
} else {
  orchestrate(args.quick, args.only, args.core);
}
