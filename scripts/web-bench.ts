/**
 * Web view timings in real Chromium (printed, not asserted): navigation → seed timeline drawn, time to
 * re-resolve and redraw after a publication-date change, and first draw of a generated 1,000-event article.
 * Usage: npm run bench:web   (needs Debian's chromium: apt-get install -y chromium)
 */
import type { Page } from 'playwright-core';
import { buildSite, launchChromium, serveStatic } from '../test/browser/site.js';

const SEED = '#a=ap-2017-09-02-islamic-state-convoy';
const RUNS = 5;

const median = (values: number[]) => [...values].sort((a, b) => a - b)[Math.floor(values.length / 2)] ?? NaN;
const ms = (value: number) => `${value.toFixed(0)} ms`;

/** A news-like article of `count` sentences, each with an explicit date and an event verb. */
function generatedArticle(count: number): string {
  const months = ['January', 'February', 'March', 'April', 'May', 'June', 'July', 'August', 'September', 'October', 'November', 'December'];
  const verbs = ['approved', 'rejected', 'announced', 'signed', 'postponed', 'opened', 'closed', 'launched'];
  const subjects = ['the council', 'the ministry', 'the company', 'the court', 'the union', 'the committee'];
  const sentences: string[] = [];
  for (let i = 0; i < count; i++) {
    const month = months[i % 12]!;
    const day = (i % 28) + 1;
    const year = 2000 + (i % 17);
    sentences.push(`On ${month} ${day}, ${year}, ${subjects[i % subjects.length]} ${verbs[i % verbs.length]} plan number ${i + 1}.`);
  }
  return sentences.join(' ');
}

async function drawnAt(page: Page): Promise<number> {
  await page.waitForSelector('body[data-status="ready"]', { timeout: 60_000 });
  return Number(await page.getAttribute('body', 'data-drawn-at'));
}

async function main(): Promise<void> {
  const server = await serveStatic(await buildSite());
  const browser = await launchChromium();
  try {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    const loads: number[] = [];
    for (let run = 0; run < RUNS; run++) {
      const page = await context.newPage();
      await page.goto(`${server.url}${SEED}`);
      loads.push(await drawnAt(page));
      await page.close();
    }

    const page = await context.newPage();
    await page.goto(`${server.url}${SEED}`);
    await drawnAt(page);
    const reresolve: number[] = [];
    for (let run = 0; run < 10; run++) {
      const date = `2017-09-${String(3 + run).padStart(2, '0')}`;
      const elapsed = await page.evaluate(`new Promise((done) => {
        const input = document.getElementById('publication-date');
        const before = Number(document.body.dataset.drawnAt);
        const began = performance.now();
        input.value = ${JSON.stringify(date)};
        input.dispatchEvent(new Event('input', { bubbles: true }));
        const poll = () => Number(document.body.dataset.drawnAt) > before ? done(Number(document.body.dataset.drawnAt) - began) : requestAnimationFrame(poll);
        poll();
      })`);
      reresolve.push(Number(elapsed));
    }
    const seedStatus = await page.textContent('#status');
    await page.close();

    const text = generatedArticle(1000);
    const big = await context.newPage();
    await big.goto(`${server.url}#text=${encodeURIComponent(text)}&on=2017-09-02&zone=Europe%2FLondon`);
    const bigDraw = await drawnAt(big);
    const bigStatus = await big.textContent('#status');
    const clusters = await big.$$eval('#timeline .vis-cluster', (nodes) => nodes.length);
    const items = await big.$$eval('#timeline .vis-item', (nodes) => nodes.length);

    console.log('Chronicle web view, Chromium headless, built site served from localhost');
    console.log(`navigation → seed timeline drawn   median ${ms(median(loads))}  (runs: ${loads.map(ms).join(', ')})  goal < 1000 ms`);
    console.log(`re-resolve after date change       median ${ms(median(reresolve))}  (max ${ms(Math.max(...reresolve))})  goal < 100 ms   [${seedStatus}]`);
    console.log(`1,000-sentence article first draw  ${ms(bigDraw)}  [${bigStatus}; ${items} item elements, ${clusters} clusters drawn]`);
  } finally {
    await browser.close();
    await server.close();
  }
}

await main();
