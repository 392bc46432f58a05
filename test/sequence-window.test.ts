/**
 * Windowed sequencing of long texts (src/sequence/window.ts): a text of several windows gets, window by window,
 * the same events, `when` bounds and relations as the window's sentences sequenced alone (with global ids), one
 * order over all events that keeps every relation, and network work that grows linearly with the text (counted
 * edge relaxations, not wall-clock time).
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { detectEvents } from '../src/events/detect.js';
import { parseReference } from '../src/reference.js';
import type { Chronology } from '../src/sequence/chronology.js';
import { buildChronology } from '../src/sequence/chronology.js';
import { networkWork } from '../src/sequence/network.js';
import { sentenceWindows, WINDOW_EVENTS } from '../src/sequence/window.js';
import { findTimexes } from '../src/timex/index.js';

const seed = (JSON.parse(readFileSync(new URL('../events/ap-2017-09-02-islamic-state-convoy.json', import.meta.url), 'utf8')) as { text: string }).text;
const reference = parseReference('2017-09-02', 'Asia/Beirut');
const WINDOW = 200;

/** The seed article repeated `copies` times, as paragraphs of one text. */
const repeated = (copies: number): string => `${seed}\n\n`.repeat(copies);
const timexesOf = (text: string) => findTimexes(text, { publication: reference.dateTime, timeZone: reference.timeZone }).timexes;

/** The number in an event id ("e12" → 12). */
const idNumber = (id: string): number => Number(id.slice(1));

describe('sentence windows', () => {
  const sentence = (start: number, events: number) => ({ span: { start, end: start + 1 }, events });

  it('keeps paragraphs whole where they fit and cuts an oversized paragraph between sentences', () => {
    // Paragraphs (blank line = break): [0,1] 3+3 events, [2] 5 events, [3,4,5] 4+4+4 events.
    const text = 'a b\n\nc\n\nd e f';
    const sentences = [sentence(0, 3), sentence(2, 3), sentence(5, 5), sentence(8, 4), sentence(10, 4), sentence(12, 4)];
    expect(sentenceWindows(text, sentences, 8)).toEqual([{ first: 0, end: 2 }, { first: 2, end: 3 }, { first: 3, end: 5 }, { first: 5, end: 6 }]);
    expect(sentenceWindows(text, sentences, 100)).toEqual([{ first: 0, end: 6 }]);
    // A sentence larger than the window is a window of its own.
    expect(sentenceWindows(text, sentences, 2)).toEqual([0, 1, 2, 3, 4, 5].map((i) => ({ first: i, end: i + 1 })));
  });

  it('covers every sentence of the seed repeated once, in order, within the window size', () => {
    const text = repeated(12);
    const analyzed = detectEvents(text);
    const counted = analyzed.map((s) => ({ span: s.span, events: s.events.length }));
    const windows = sentenceWindows(text, counted, WINDOW);
    expect(windows.length).toBeGreaterThan(4);
    expect(windows[0]!.first).toBe(0);
    expect(windows[windows.length - 1]!.end).toBe(analyzed.length);
    windows.forEach((w, i) => {
      if (i > 0) expect(w.first).toBe(windows[i - 1]!.end);
      expect(counted.slice(w.first, w.end).reduce((n, s) => n + s.events, 0)).toBeLessThanOrEqual(WINDOW);
      // Whole paragraphs: every window starts after a blank line (or at the start of the text).
      if (w.first > 0) expect(text.slice(analyzed[w.first - 1]!.span.end, analyzed[w.first]!.span.start)).toMatch(/\n\s*\n/);
    });
  });
});

describe('windowed chronology', () => {
  const text = repeated(12);
  const timexes = timexesOf(text);
  const whole = buildChronology(text, undefined, timexes, reference, { windowEvents: WINDOW });
  const analyzed = detectEvents(text);
  const windows = sentenceWindows(text, analyzed.map((s) => ({ span: s.span, events: s.events.length })), WINDOW);

  it('gives each window the events, bounds and relations of its sentences sequenced alone', () => {
    expect(windows.length).toBeGreaterThan(4);
    let base = 0;
    for (const w of windows) {
      const alone = buildChronology(text, analyzed.slice(w.first, w.end).map((s) => s.span), timexes, reference);
      const shift = (id: string): string => (id.startsWith('e') ? `e${idNumber(id) + base}` : id);
      expect(whole.events.slice(base, base + alone.events.length)).toEqual(alone.events.map((e) => ({ ...e, id: shift(e.id) })));
      const own = new Set(alone.events.map((e) => shift(e.id)));
      expect(whole.relations.filter((r) => own.has(r.from))).toEqual(alone.relations.map((r) => ({ ...r, from: shift(r.from), to: shift(r.to) })));
      base += alone.events.length;
    }
    expect(base).toBe(whole.events.length);
    expect(whole.events.map((e) => e.id)).toEqual(whole.events.map((_, i) => `e${i + 1}`));
  });

  it('orders every event once, keeping every BEFORE/AFTER relation and the time of anchored events', () => {
    expect([...whole.order].sort()).toEqual(whole.events.map((e) => e.id).sort());
    const position = new Map(whole.order.map((id, i) => [id, i]));
    let checked = 0;
    for (const r of whole.relations) {
      const a = position.get(r.from);
      const b = position.get(r.to);
      if (a === undefined || b === undefined) continue;
      if (r.type === 'BEFORE' || r.type === 'IBEFORE') { expect(a).toBeLessThan(b); checked++; }
      if (r.type === 'AFTER' || r.type === 'IAFTER') { expect(a).toBeGreaterThan(b); checked++; }
    }
    expect(checked).toBeGreaterThan(windows.length);
    // Copies of one event in different windows have the same bounds, so they sit next to each other in the order.
    const byText = new Map(whole.events.map((e) => [e.id, `${e.text}|${e.when.start ?? ''}|${e.when.end ?? ''}`]));
    const first = whole.order.slice(0, 12).map((id) => byText.get(id));
    expect(new Set(first).size).toBeLessThan(first.length);
  });

  it('leaves a text within the window size as one network', () => {
    const one = buildChronology(seed, undefined, timexesOf(seed), reference);
    const windowed = buildChronology(seed, undefined, timexesOf(seed), reference, { windowEvents: WINDOW_EVENTS });
    expect(windowed).toEqual(one);
    expect(one.events.length).toBeLessThan(WINDOW);
  });
});

describe('windowed chronology scaling', () => {
  /** Network work per event of the seed repeated `copies` times, sequenced in windows of WINDOW events. */
  function measure(copies: number): { events: number; work: number; chronology: Chronology } {
    const text = repeated(copies);
    const timexes = timexesOf(text);
    const before = networkWork();
    const chronology = buildChronology(text, undefined, timexes, reference, { windowEvents: WINDOW });
    return { events: chronology.events.length, work: networkWork() - before, chronology };
  }
  const runs = [8, 16, 32].map(measure);

  it('does network work that grows linearly with the length of the text', () => {
    expect(runs[1]!.events).toBe(2 * runs[0]!.events);
    expect(runs[2]!.events).toBe(4 * runs[0]!.events);
    const perEvent = runs.map((r) => r.work / r.events);
    for (const r of runs) expect(r.work).toBeGreaterThan(r.events);
    // Work per event must not grow with the text (10% allowance: windows of whole paragraphs hold slightly
    // different mixes of the seed's paragraphs). A network over all events would grow faster than linearly.
    expect(perEvent[1]!).toBeLessThanOrEqual(perEvent[0]! * 1.1);
    expect(perEvent[2]!).toBeLessThanOrEqual(perEvent[1]! * 1.1);
    expect(perEvent[2]!).toBeLessThanOrEqual(perEvent[0]! * 1.1);
    for (const r of runs) expect(new Set(r.chronology.order).size).toBe(r.events);
  });
});
