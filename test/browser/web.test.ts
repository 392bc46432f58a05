/**
 * The web view in real Chromium (Debian's, via playwright-core) against the built static site: the seed
 * chronology with its dates, timeline ↔ text linking, list order = timeline order, keyboard navigation,
 * calendar days in the article's zone for readers in Los Angeles and Tokyo, inert pasted markup, field
 * validation, and re-resolution on a publication-date change. Saves test-artifacts/seed.png.
 */
import { afterAll, beforeAll, describe, expect, it } from 'vitest';
import { mkdir } from 'node:fs/promises';
import type { Browser, Page } from 'playwright-core';
import { buildSite, launchChromium, serveStatic, type StaticServer } from './site.js';

const SEED = '#a=ap-2017-09-02-islamic-state-convoy';
let browser: Browser;
let server: StaticServer;

beforeAll(async () => {
  browser = await launchChromium();
  server = await serveStatic(await buildSite());
}, 120_000);

afterAll(async () => {
  await browser?.close();
  await server?.close();
});

async function open(hash: string, timezoneId = 'UTC'): Promise<Page> {
  const context = await browser.newContext({ timezoneId, viewport: { width: 1400, height: 1000 } });
  const page = await context.newPage();
  page.on('pageerror', (error) => {
    throw error;
  });
  await page.goto(`${server.url}${hash}`);
  await page.waitForSelector('body[data-status="ready"]', { timeout: 15_000 });
  return page;
}

/** The list's dated labels, in list order, by event id. */
async function listDates(page: Page): Promise<Map<string, string>> {
  const rows = await page.$$eval('#event-list [data-event]', (items) =>
    items.map((item) => [item.getAttribute('data-event') ?? '', item.querySelector('.list-date')?.textContent ?? ''] as [string, string]));
  return new Map(rows);
}

/** Ids of the events whose sentence contains the first occurrence of time expression `phrase`. */
async function eventsBeside(page: Page, phrase: string): Promise<string[]> {
  return page.$$eval('#article-view [data-timex]', (spans, wanted) => {
    const span = spans.find((candidate) => candidate.textContent === wanted);
    return (span?.getAttribute('data-sentence-of') ?? '').split(' ').filter(Boolean);
  }, phrase);
}

describe('the seed article', () => {
  it('shows its events with the dates of the events issue, in chronological order', async () => {
    const page = await open(SEED);
    await mkdir('test-artifacts', { recursive: true });
    // A full-page capture resizes the viewport, and vis redraws on resize (a blank chart if captured in
    // between): the viewport is made page-high first and the chart given two frames to redraw.
    const height = await page.evaluate(() => document.documentElement.scrollHeight);
    await page.setViewportSize({ width: 1400, height });
    await page.evaluate(() => new Promise((done) => requestAnimationFrame(() => requestAnimationFrame(done))));
    await page.screenshot({ path: 'test-artifacts/seed.png', fullPage: true });
    const dates = await listDates(page);
    const order = [...dates.keys()];
    const expected: Array<[string, string]> = [
      ['March 16, 2017', 'Thu 16 Mar 2017'],
      ['six days ago', 'Sun 27 Aug 2017'],
      ['Earlier this week', '28 Aug – 1 Sep 2017'],
      ['Friday', 'Fri 1 Sep 2017'],
      ['Saturday', 'Sat 2 Sep 2017'],
    ];
    const positions: number[] = [];
    for (const [phrase, label] of expected) {
      const beside = await eventsBeside(page, phrase);
      const match = beside.find((id) => dates.get(id) === label);
      expect(match, `an event in the sentence of “${phrase}” dated ${label}; list: ${JSON.stringify([...dates])}`).toBeDefined();
      positions.push(order.indexOf(match!));
    }
    expect(positions).toEqual([...positions].sort((a, b) => a - b));
    await page.context().close();
  });

  it('clicking a timeline item highlights its sentence and phrase; clicking a phrase selects its event', async () => {
    const page = await open(SEED);
    const [id] = await eventsBeside(page, 'six days ago');
    await page.click(`#timeline .vis-item[data-id="${id}"]`);
    const sentence = (await page.$$eval('#article-view .sentence-active', (nodes) => nodes.map((node) => node.textContent).join(''))).trim();
    expect(sentence).toContain('six days ago');
    expect(await page.$$eval('#article-view .trigger-active', (nodes) => nodes.length)).toBeGreaterThan(0);
    expect(await page.getAttribute(`#option-${id}`, 'aria-selected')).toBe('true');
    const other = await page.$eval('#article-view .trigger:not(.trigger-active)', (node) => node.getAttribute('data-event'));
    await page.click(`#article-view .trigger[data-event="${other}"]`);
    expect(await page.getAttribute(`#timeline .vis-item.vis-selected`, 'data-id')).toBe(other);
    await expect.poll(() => page.url()).toContain(`e=${other}`);
    await page.context().close();
  });

  it('lists the events in the order the timeline draws them', async () => {
    const page = await open(SEED);
    const listOrder = await page.$$eval('#event-list [data-event]', (items) => items.map((item) => item.getAttribute('data-event')));
    const drawn = await page.$$eval('#timeline .vis-item[data-id]', (items) =>
      items.map((item) => ({ id: item.getAttribute('data-id'), rank: Number(item.getAttribute('data-rank')), from: Number(item.getAttribute('data-from')) })));
    expect(drawn.length).toBe(listOrder.length);
    const byRank = [...drawn].sort((a, b) => a.rank - b.rank).map((item) => item.id);
    expect(byRank).toEqual(listOrder);
    const starts = [...drawn].sort((a, b) => a.rank - b.rank).map((item) => item.from).filter(Number.isFinite);
    expect(starts).toEqual([...starts].sort((a, b) => a - b));
    await page.context().close();
  });

  it('moves through the events with the keyboard and announces the selection', async () => {
    const page = await open(SEED);
    const ids = await page.$$eval('#event-list [data-event]', (items) => items.map((item) => item.getAttribute('data-event')));
    expect(ids.length).toBeGreaterThan(2);
    await page.focus('#event-list');
    await page.keyboard.press('Home');
    expect(await page.getAttribute(`#option-${ids[0]}`, 'aria-selected')).toBe('true');
    expect(await page.textContent('#announcer')).toMatch(new RegExp(`^Event 1 of ${ids.length}: `));
    await page.keyboard.press('ArrowDown');
    expect(await page.getAttribute('#timeline .vis-item.vis-selected', 'data-id')).toBe(ids[1]);
    await page.keyboard.press('End');
    expect(await page.getAttribute('#event-list', 'aria-activedescendant')).toBe(`option-${ids.at(-1)}`);
    expect(await page.textContent('#announcer')).toMatch(new RegExp(`^Event ${ids.length} of ${ids.length}: `));
    await page.keyboard.press('ArrowUp');
    expect(await page.getAttribute('#timeline .vis-item.vis-selected', 'data-id')).toBe(ids.at(-2));
    await page.context().close();
  });

  it('shows value, interval, reference and explanation of a time expression on hover and focus', async () => {
    const page = await open(SEED);
    await page.hover('#article-view [data-timex]:text-is("six days ago")');
    await page.waitForSelector('#timex-details:not([hidden])');
    const details = await page.textContent('#timex-details');
    expect(details).toContain('2017-08-27');
    expect(details).toContain('Sun 27 Aug 2017 00:00 → Mon 28 Aug 2017 00:00 (Asia/Beirut)');
    expect(details).toContain('the publication date, 2017-09-02');
    await page.mouse.move(0, 0);
    await page.focus('#article-view [data-timex]:text-is("Friday")');
    await expect.poll(() => page.textContent('#timex-details')).toContain('2017-09-01');
    await page.context().close();
  });

  it('re-resolves every phrase when the publication date changes', async () => {
    const page = await open(SEED);
    await page.fill('#publication-date', '2017-09-09');
    await page.waitForFunction(() => [...document.querySelectorAll('#event-list .list-date')].some((node) => node.textContent === 'Sat 9 Sep 2017'));
    await expect.poll(() => page.url()).toContain('on=2017-09-09');
    await page.context().close();
  });
});

describe('the engine worker', () => {
  it('analyses the article of the URL as it boots, and is asked again when the date changes', async () => {
    const context = await browser.newContext({ viewport: { width: 1400, height: 1000 } });
    // Records what the page posts to the worker.
    await context.addInitScript(() => {
      const posted: string[] = [];
      (window as unknown as { posted: string[] }).posted = posted;
      const post = Worker.prototype.postMessage as (this: Worker, message: unknown, ...rest: unknown[]) => void;
      Worker.prototype.postMessage = function (this: Worker, message: { kind?: string }, ...rest: unknown[]) {
        posted.push(String(message?.kind));
        post.call(this, message, ...rest);
      } as Worker['postMessage'];
    });
    const page = await context.newPage();
    await page.goto(`${server.url}${SEED}&on=2017-09-04`);
    await page.waitForSelector('body[data-status="ready"]');
    expect(await page.textContent('#timeline .vis-custom-time-marker')).toBe('Published Mon 4 Sep 2017');
    expect(await page.evaluate(() => (window as unknown as { posted: string[] }).posted)).toEqual([]);
    await page.fill('#publication-date', '2017-09-09');
    await page.waitForFunction(() => [...document.querySelectorAll('#event-list .list-date')].some((node) => node.textContent === 'Sat 9 Sep 2017'));
    expect(await page.evaluate(() => (window as unknown as { posted: string[] }).posted)).toEqual(['analyze']);
    await context.close();
  });
});

describe('links and exports', () => {
  it('reopens the same view from a link', async () => {
    const first = await open(SEED);
    const [id] = await eventsBeside(first, 'Friday');
    await first.context().close();
    const page = await open(`${SEED}&on=2017-09-09&e=${id}`);
    expect(await page.inputValue('#publication-date')).toBe('2017-09-09');
    expect(await page.getAttribute(`#option-${id}`, 'aria-selected')).toBe('true');
    expect(await page.getAttribute('#timeline .vis-item.vis-selected', 'data-id')).toBe(id);
    await page.context().close();
  });

  it('exports the chronology as JSON, TimeML and TimelineJS', async () => {
    const page = await open(SEED);
    const saved = async (format: string) => {
      const [download] = await Promise.all([page.waitForEvent('download'), page.click(`[data-export="${format}"]`)]);
      const stream = await download.createReadStream();
      const chunks: Buffer[] = [];
      for await (const chunk of stream) chunks.push(chunk as Buffer);
      return { name: download.suggestedFilename(), text: Buffer.concat(chunks).toString('utf8') };
    };
    const json = await saved('json');
    expect(json.name).toBe('ap-2017-09-02-islamic-state-convoy.analysis.json');
    const analysis = JSON.parse(json.text) as { events: unknown[]; timeZone: string };
    expect(analysis.timeZone).toBe('Asia/Beirut');
    expect(analysis.events.length).toBeGreaterThan(0);
    const timeml = await saved('timeml');
    expect(timeml.text).toContain('<TimeML');
    expect(timeml.text).toContain('<TIMEX3');
    const timelinejs = JSON.parse((await saved('timelinejs')).text) as { events: Array<{ start_date: { year: number } }> };
    expect(timelinejs.events.length).toBeGreaterThan(0);
    await page.context().close();
  });
});

describe('zones and input', () => {
  const own = (text: string) => `#text=${encodeURIComponent(text)}&on=2017-09-02&zone=Asia%2FBeirut`;
  const TEXT = 'Earlier this week, an airstrike destroyed a small bridge. The coalition issued a statement Friday.';

  for (const timezoneId of ['America/Los_Angeles', 'Asia/Tokyo']) {
    it(`draws calendar days of Beirut for a reader in ${timezoneId}`, async () => {
      const page = await open(own(TEXT), timezoneId);
      const dates = await listDates(page);
      expect([...dates.values()]).toContain('Fri 1 Sep 2017');
      // The axis ticks are Beirut midnights: the "earlier this week" range starts exactly on the tick of the 28th,
      // and the Friday point and the publication marker sit inside the cells of the 1st and the 2nd.
      const ticks = await page.$$eval('#timeline .vis-time-axis .vis-text.vis-minor', (labels) =>
        labels.map((label) => ({ text: label.textContent?.trim() ?? '', x: label.getBoundingClientRect().left })));
      const tick = (day: string) => ticks.find((candidate) => candidate.text === day || candidate.text.endsWith(` ${day}`))?.x;
      const weekId = (await eventsBeside(page, 'Earlier this week'))[0];
      const fridayId = [...dates].find(([, label]) => label === 'Fri 1 Sep 2017')?.[0];
      const range = await page.$eval(`#timeline .vis-item[data-id="${weekId}"]`, (node) => node.getBoundingClientRect().left);
      expect(Math.abs(range - tick('28')!)).toBeLessThan(4);
      const dot = await page.$eval(`#timeline .vis-item[data-id="${fridayId}"] .vis-dot`, (node) => {
        const box = node.getBoundingClientRect();
        return box.left + box.width / 2;
      });
      expect(dot).toBeGreaterThan(tick('1')!);
      expect(dot).toBeLessThan(tick('2')!);
      const marker = await page.$eval('#timeline .vis-custom-time.publication', (node) => node.getBoundingClientRect().left);
      expect(marker).toBeGreaterThan(tick('2')!);
      expect(marker).toBeLessThan(tick('3')!);
      await page.context().close();
    });
  }

  it('switches an ambiguous reading with one click and re-sequences', async () => {
    const page = await open(own('In March the deal was signed. The coalition issued a statement Friday.'));
    const before = await listDates(page);
    expect([...before.values()]).toContain('Mar 2017');
    await page.click('#readings-panel button.choose-reading:text-is("Use 2018-03")');
    await expect.poll(async () => [...(await listDates(page)).values()]).toContain('Mar 2018');
    const after = [...(await listDates(page)).values()];
    expect(after.indexOf('Mar 2018')).toBeGreaterThan(after.indexOf('Fri 1 Sep 2017'));
    await expect.poll(() => page.url()).toMatch(/alt=t\d+%3A0/);
    await page.click('#readings-panel button.choose-reading:text-is("Use 2017-03")');
    await expect.poll(async () => [...(await listDates(page)).values()]).toContain('Mar 2017');
    await page.context().close();
  });

  it('shows pasted markup literally and runs nothing', async () => {
    const payload = '<img src=x onerror=alert(1)>';
    const page = await open(own(`${payload} Activists said Saturday that the convoy left.`));
    let dialogs = 0;
    page.on('dialog', (dialog) => {
      dialogs++;
      void dialog.dismiss();
    });
    expect(await page.textContent('#article-view')).toContain(payload);
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    await page.fill('#article-text', `${payload} ${payload} said Friday.`);
    await page.waitForFunction((p) => (document.querySelector('#article-view')?.textContent ?? '').startsWith(`${p} ${p}`), payload);
    expect(await page.$$eval('img', (images) => images.length)).toBe(0);
    await page.waitForTimeout(200);
    expect(dialogs).toBe(0);
    await page.context().close();
  });

  it('puts a clear message beside a bad field and keeps what was typed', async () => {
    const page = await open(SEED);
    await page.fill('#time-zone', 'Asia/Beirutt');
    await expect.poll(() => page.textContent('#time-zone-error')).toMatch(/not a known IANA time zone/);
    expect(await page.inputValue('#time-zone')).toBe('Asia/Beirutt');
    expect(await page.getAttribute('#time-zone', 'aria-invalid')).toBe('true');
    await expect.poll(() => page.url()).toContain('zone=Asia%2FBeirutt');
    await page.fill('#publication-date', '2017-02-30');
    await expect.poll(() => page.textContent('#publication-date-error')).toMatch(/not a real calendar date/);
    await page.context().close();
  });

  it('resolves a single phrase in the resolver panel', async () => {
    const page = await open(SEED);
    await page.fill('#resolver-phrase', 'six days ago');
    await expect.poll(() => page.textContent('#resolver-output .resolved-value')).toMatch(/^2017-08-27/);
    await page.context().close();
  });
});
