/**
 * Web view timings in real Chromium (printed, not asserted): navigation → seed timeline drawn, and the text
 * and list drawn after it (with where the time goes, from the page's performance marks), time to re-resolve
 * and redraw after a publication-date change, and first draw of a generated 1,000-event article with the
 * real engine. Each timing is printed with the machine's load average (its cores are shared).
 * `--synthetic` also times the 1,000-event draw with the engine worker replaced by a stand-in (same
 * protocol, an analysis made from the generated sentences), which isolates the view's own cost.
 * Usage: npm run bench:web [-- --synthetic]   (needs Debian's chromium: apt-get install -y chromium)
 */
import { readFileSync } from 'node:fs';
import type { Page } from 'playwright-core';
import { buildSite, launchChromium, serveStatic } from '../test/browser/site.js';
import { generatedArticle } from '../test/sequence-generated.js';

const SEED = '#a=ap-2017-09-02-islamic-state-convoy';
const RUNS = 9;
const RERESOLVE_RUNS = 15;
const BIG_RUNS = 3;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;
/** Median and range of timings, e.g. "median 640 ms, 520–910 ms". */
const spread = (values: number[]) => `median ${ms(median(values))}, ${Math.min(...values).toFixed(0)}–${ms(Math.max(...values))}`;
/** The 1-minute load average (the machine's cores are shared: timings mean little without it). */
const load = () => Number(readFileSync('/proc/loadavg', 'utf8').split(' ')[0]);
const loadRange = (values: number[]) => `load ${Math.min(...values).toFixed(1)}–${Math.max(...values).toFixed(1)}`;

/** When the timeline was drawn and when the text and list were too (the page draws them after the chart). */
async function drawnAt(page: Page, timeout = 60_000): Promise<{ timeline: number; page: number }> {
  await page.waitForSelector('body[data-status="ready"]', { timeout });
  return { timeline: Number(await page.getAttribute('body', 'data-drawn-at')), page: Number(await page.getAttribute('body', 'data-page-drawn-at')) };
}

/** The first draw's milestones (performance marks set by the page and, for the worker, by engine-client.ts). */
const MILESTONES = ['engine:worker-created', 'engine:posted', 'engine:loaded', 'view:vis-loaded', 'view:attached', 'engine:received', 'engine:answered', 'engine:delivered', 'view:first-drawn', 'view:page-drawn'] as const;

async function milestones(page: Page): Promise<Record<string, number>> {
  return page.evaluate((names) => Object.fromEntries(names.map((name) => [name, performance.getEntriesByName(name)[0]?.startTime ?? NaN])), [...MILESTONES]);
}

/**
 * A stand-in engine worker for the draw benchmark: answers `analyze` with one event per sentence of the
 * generated article (dated by its explicit date; a day, a week or a month in turn; every 20th undated),
 * first unasked for the own text of its URL hash, as the real worker does (web/engine.worker.ts).
 */
const SYNTHETIC_WORKER = `
const DAY = 86400000;
const MONTHS = ['January','February','March','April','May','June','July','August','September','October','November','December'];
const answer = (request) => {
  if (request.kind !== 'analyze') return { id: request.id, ok: true, result: null, ms: 0 };
  const began = performance.now();
  const text = request.input.text;
  const events = [], timexes = [];
  const sentence = /On (\\w+) (\\d+), (\\d{4}), the \\w+ (\\w+)[^.]*\\./g;
  let match, i = 0;
  while ((match = sentence.exec(text))) {
    const start = Date.UTC(Number(match[3]), MONTHS.indexOf(match[1]), Number(match[2]));
    const kind = i % 3;
    const from = kind === 2 ? Date.UTC(Number(match[3]), MONTHS.indexOf(match[1]), 1) : start;
    const to = kind === 0 ? start + DAY : kind === 1 ? start + 7 * DAY : Date.UTC(Number(match[3]), MONTHS.indexOf(match[1]) + 1, 1);
    const verbAt = match.index + match[0].indexOf(' ' + match[4] + ' ') + 1;
    const dateText = match[1] + ' ' + match[2] + ', ' + match[3];
    timexes.push({ id: 't' + (i + 1), text: dateText, start: match.index + 3, end: match.index + 3 + dateText.length, type: 'DATE',
      value: new Date(start).toISOString().slice(0, 10), anchor: { kind: 'none' }, interval: { start: new Date(start).toISOString(), end: new Date(start + DAY).toISOString() }, rule: 'synthetic', explanation: 'synthetic' });
    const undated = i % 20 === 19;
    events.push({ id: 'e' + (i + 1), text: match[4], start: verbAt, end: verbAt + match[4].length, sentence: { start: match.index, end: match.index + match[0].length },
      kind: 'occurrence', when: undated ? { start: null, end: null, precision: 'unknown', basis: 'unknown' }
        : { start: new Date(from).toISOString(), end: new Date(to).toISOString(), precision: ['day', 'week', 'month'][kind], basis: 'anchored' } });
    i++;
  }
  const key = (e) => e.when.start === null ? -Infinity : Date.parse(e.when.start);
  const order = [...events].sort((a, b) => key(a) - key(b) || a.start - b.start).map((e) => e.id);
  const result = { publicationDate: request.input.publicationDate, timeZone: request.input.timeZone, documentType: 'news', timexes, events, relations: [], order, diagnostics: [] };
  return { id: request.id, ok: true, result, ms: performance.now() - began };
};
self.onmessage = (message) => self.postMessage(answer(message.data));
// Like the real worker, it analyses the own text of the hash it is started with, unasked (id 0).
const params = new URLSearchParams(self.location.hash.slice(1));
const input = { text: (params.get('text') ?? '').replace(/\\r\\n?/g, '\\n'), publicationDate: (params.get('on') ?? '').trim(), timeZone: (params.get('zone') ?? '').trim() };
self.postMessage({ ...answer({ id: 0, kind: 'analyze', input }), input });`;

async function main(): Promise<void> {
  const server = await serveStatic(await buildSite());
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const loads: number[] = [];
    const pageLoads: number[] = [];
    const marks: Array<Record<string, number>> = [];
    const machine: number[] = [load()];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`${server.url}${SEED}`);
      const drawn = await drawnAt(page);
      loads.push(drawn.timeline);
      pageLoads.push(drawn.page);
      marks.push(await milestones(page));
      machine.push(load());
      await page.close();
    }

    const page = await context.newPage();
    await page.goto(`${server.url}${SEED}`);
    await drawnAt(page);
    const reresolve: number[] = [];
    const reresolvePage: number[] = [];
    const reresolveLoad: number[] = [load()];
    for (let run = 0; run < RERESOLVE_RUNS; run++) {
      const date = `2017-09-${String(3 + run).padStart(2, '0')}`;
      const elapsed: unknown = await page.evaluate(`new Promise((done) => {
        const input = document.getElementById('publication-date');
        const before = Number(document.body.dataset.drawnAt);
        const pageBefore = Number(document.body.dataset.pageDrawnAt);
        const began = performance.now();
        input.value = ${JSON.stringify(date)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = () => Number(document.body.dataset.drawnAt) > before && Number(document.body.dataset.pageDrawnAt) > pageBefore
          ? done([Number(document.body.dataset.drawnAt) - began, Number(document.body.dataset.pageDrawnAt) - began])
          : requestAnimationFrame(poll);
        poll();
      })`);
      const [timeline, whole] = elapsed as [number, number];
      reresolve.push(timeline);
      reresolvePage.push(whole);
      reresolveLoad.push(load());
    }
    const seedStatus = await page.textContent('#status');
    await page.close();

    const bigHash = `#text=${encodeURIComponent(generatedArticle(1000))}&on=2017-09-02&zone=Europe%2FLondon`;
    const bigTimeline: number[] = [];
    const bigPage: number[] = [];
    const bigLoad: number[] = [load()];
    let bigReport = '';
    for (let run = 0; run < BIG_RUNS; run++) {
      const big = await context.newPage();
      await big.goto(`${server.url}${bigHash}`);
      const drawn = await drawnAt(big, 600_000);
      bigTimeline.push(drawn.timeline);
      bigPage.push(drawn.page);
      bigLoad.push(load());
      if (run === BIG_RUNS - 1) bigReport = await describeBig(big);
      await big.close();
    }

    console.log('Chronicle web view, Chromium headless, built site served from localhost');
    console.log(`navigation → seed timeline drawn   ${spread(loads)}  (${loadRange(machine)}; runs: ${loads.map(ms).join(', ')})  goal < 1000 ms`);
    console.log(`  … text and list drawn too        ${spread(pageLoads)}`);
    console.log(`  milestones, median of the runs: ${MILESTONES.map((name) => `${name} ${ms(median(marks.map((run) => run[name] ?? NaN)))}`).join(' · ')}`);
    console.log(`re-resolve after date change       ${spread(reresolve)}  (${loadRange(reresolveLoad)}; runs: ${reresolve.map(ms).join(', ')})  goal < 100 ms   [${seedStatus}]`);
    console.log(`  … text and list redrawn too      ${spread(reresolvePage)}`);
    console.log(`1,000-event article first draw     timeline ${spread(bigTimeline)}; text and list ${spread(bigPage)}  (${loadRange(bigLoad)}; real engine) [${bigReport}]`);
    if (process.argv.includes('--synthetic')) {
      const synthetic = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
      await synthetic.route(/engine\.worker[^/]*\.js$/, (route) => route.fulfill({ contentType: 'text/javascript', body: SYNTHETIC_WORKER }));
      const stand = await synthetic.newPage();
      const standLoad = load();
      await stand.goto(`${server.url}${bigHash}`);
      const standDraw = await drawnAt(stand);
      console.log(`1,000-event article, stand-in      timeline ${ms(standDraw.timeline)}, text and list ${ms(standDraw.page)}  (load ${standLoad.toFixed(1)}; synthetic engine worker) [${await describeBig(stand)}]`);
    }
  } finally {
    await browser.close();
    await server.close();
  }
}

/** Status line, items and clusters drawn, and how fast the End key moves the selection, on a big article. */
async function describeBig(page: Page): Promise<string> {
  const status = await page.textContent('#status');
  const clusters = await page.$$eval('#timeline .vis-cluster', (nodes) => nodes.length);
  const items = await page.$$eval('#timeline .vis-item', (nodes) => nodes.length);
  const began = Number(await page.evaluate('performance.now()'));
  await page.focus('#event-list');
  await page.keyboard.press('End');
  const keyStep = Number(await page.evaluate('performance.now()')) - began;
  return `${status}; ${items} item elements, ${clusters} clusters drawn; End key → selection ${ms(keyStep)}`;
}

await main();
