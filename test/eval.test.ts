import { mkdtempSync, writeFileSync } from 'node:fs';
import { tmpdir } from 'node:os';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChronicleInputError } from '../src/errors.js';
import { dctClassOf, evaluateDocuments, evaluateFolder, formatEvaluationReport, precisionRecall, runEvaluation, scoreEvents, scoreTimexes } from '../src/eval/index.js';
import { kindMatchesClass } from '../src/eval/events.js';
import { pairByOverlap } from '../src/eval/matching.js';
import { splitSentences } from '../src/eval/sentences.js';
import type { Analysis, ChronicleEvent, Timex } from '../src/schema.js';
import { parseTimeml } from '../src/timeml/reader.js';

/** A TimeML document with DCT 1998-08-09 around a TEXT body. */
function timeml(body: string, links = ''): string {
  return `<TimeML><DOCID>D</DOCID><DCT><TIMEX3 tid="t0" type="DATE" value="1998-08-09" functionInDocument="CREATION_TIME">1998-08-09</TIMEX3></DCT>
<TEXT>${body}</TEXT>
${links}</TimeML>`;
}

const GOLD = parseTimeml(
  timeml(
    'He <EVENT eid="e1" class="OCCURRENCE">left</EVENT> on <TIMEX3 tid="t1" type="DATE" value="1998-08-07">Friday</TIMEX3> and <EVENT eid="e2" class="OCCURRENCE">returned</EVENT> <TIMEX3 tid="t2" type="DURATION" value="P2W">two weeks later</TIMEX3>. ' +
      'Officials <EVENT eid="e3" class="REPORTING">said</EVENT> <TIMEX3 tid="t3" type="DATE" value="1998-08-10">Monday</TIMEX3> that more would <EVENT eid="e4" class="OCCURRENCE">come</EVENT>, a <EVENT eid="e5" class="STATE">crisis</EVENT>.',
    `<MAKEINSTANCE eventID="e1" eiid="ei1"/><MAKEINSTANCE eventID="e2" eiid="ei2"/><MAKEINSTANCE eventID="e3" eiid="ei3"/><MAKEINSTANCE eventID="e4" eiid="ei4"/><MAKEINSTANCE eventID="e5" eiid="ei5"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l2" relType="INCLUDES" timeID="t3" relatedToEventInstance="ei3"/>
<TLINK lid="l3" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t3"/>
<TLINK lid="l4" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1"/>
<TLINK lid="l5" relType="IBEFORE" eventInstanceID="ei1" relatedToTime="t0"/>
<TLINK lid="l6" relType="BEFORE" timeID="t0" relatedToEventInstance="ei4"/>
<TLINK lid="l7" relType="DURING" eventInstanceID="ei5" relatedToTime="t0"/>
<TLINK lid="l8" relType="BEFORE" eventInstanceID="ei3" relatedToTime="t0"/>
`,
  ),
  'gold.tml',
);
const TEXT = GOLD.text;

function at(needle: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle);
  if (start === -1) throw new Error(`"${needle}" is not in the test text`);
  return { start, end: start + needle.length, text: needle };
}

function timex(id: string, needle: string, type: Timex['type'], value: string): Timex {
  return { id, ...at(needle), type, value, anchor: { kind: 'publicationDate' }, rule: `rule-${id}`, explanation: '' };
}

function event(id: string, needle: string, when: [string | null, string | null], anchor?: string): ChronicleEvent {
  return {
    id, ...at(needle), sentence: { start: 0, end: TEXT.length }, kind: 'occurrence',
    ...(anchor ? { anchor: { timexId: anchor, relation: 'IS_INCLUDED' as const } } : {}),
    when: { start: when[0], end: when[1], precision: 'day', basis: 'anchored' },
  };
}

function analysis(timexes: Timex[], events: ChronicleEvent[] = []): Analysis {
  return { publicationDate: '1998-08-09', timeZone: 'UTC', documentType: 'news', timexes, events, relations: [], order: [], diagnostics: [] };
}

// Friday exact and right; "two weeks" overlaps "two weeks later" (relaxed only), right value and type;
// Monday exact with a wrong value and type; "returned" is a false positive.
const SYSTEM = analysis([
  timex('t1', 'Friday', 'DATE', '1998-08-07'),
  timex('t2', 'returned', 'DATE', '1998-08-08'),
  timex('t3', 'two weeks', 'DURATION', 'P2W'),
  timex('t4', 'Monday', 'TIME', '1998-08-03'),
]);

describe('TempEval-3 timex scores on a hand-made document', () => {
  const { scores, errors } = scoreTimexes([{ gold: GOLD, system: SYSTEM }]);

  it('counts strict and relaxed matches and correct attributes', () => {
    expect(scores.counts).toEqual({ gold: 3, system: 4, strictMatches: 2, relaxedMatches: 3, correctValues: 2, correctTypes: 2 });
  });

  it('computes P/R/F1, with attribute F1 = accuracy over relaxed matches × relaxed F1', () => {
    expect(scores.strict.precision).toBeCloseTo(2 / 4);
    expect(scores.strict.recall).toBeCloseTo(2 / 3);
    expect(scores.strict.f1).toBeCloseTo(4 / 7);
    expect(scores.relaxed.f1).toBeCloseTo(6 / 7);
    expect(scores.value.precision).toBeCloseTo(2 / 4);
    expect(scores.value.recall).toBeCloseTo(2 / 3);
    expect(scores.value.f1).toBeCloseTo((2 / 3) * (6 / 7));
    expect(scores.type.f1).toBeCloseTo((2 / 3) * (6 / 7));
  });

  it('lists each error with text, values and document', () => {
    expect(errors.map((e) => e.kind)).toEqual(['falsePositive', 'wrongValue', 'wrongType']);
    expect(errors[0]).toMatchObject({ kind: 'falsePositive', docId: 'D', text: 'returned', systemValue: '1998-08-08', systemRule: 'rule-t2' });
    expect(errors[1]).toMatchObject({ kind: 'wrongValue', text: 'Monday', goldValue: '1998-08-10', systemValue: '1998-08-03' });
    expect(errors[2]).toMatchObject({ kind: 'wrongType', text: 'Monday', goldType: 'DATE', systemType: 'TIME' });
  });

  it('micro-averages over documents (sums counts, not per-document scores)', () => {
    const missedAll = { gold: GOLD, system: analysis([]) };
    const both = scoreTimexes([{ gold: GOLD, system: SYSTEM }, missedAll]);
    expect(both.scores.counts).toMatchObject({ gold: 6, system: 4, relaxedMatches: 3 });
    expect(both.scores.relaxed.recall).toBeCloseTo(3 / 6);
    expect(both.errors.filter((e) => e.kind === 'falseNegative').map((e) => e.text)).toEqual(['Friday', 'two weeks later', 'Monday']);
  });

  it('scores an empty system as zero, not NaN', () => {
    expect(precisionRecall(0, 0, 5)).toEqual({ precision: 0, recall: 0, f1: 0 });
  });
});

describe('relaxed matching is one-to-one', () => {
  it('pairs one gold span with one overlapping system span; the rest are errors', () => {
    const gold = [{ start: 0, end: 12 }]; // "Friday night"
    const system = [{ start: 0, end: 6 }, { start: 7, end: 12 }];
    const { pairs, unmatchedGold, unmatchedSystem } = pairByOverlap(gold, system);
    expect(pairs).toHaveLength(1);
    expect(unmatchedGold).toHaveLength(0);
    expect(unmatchedSystem).toEqual([{ start: 7, end: 12 }]);
  });

  it('prefers an identical span over a larger overlap elsewhere', () => {
    const gold = [{ start: 0, end: 10 }, { start: 4, end: 8 }];
    const system = [{ start: 4, end: 8 }, { start: 0, end: 5 }];
    const { pairs } = pairByOverlap(gold, system);
    expect(pairs.map((p) => [p.gold.start, p.system.start])).toEqual([[0, 0], [4, 4]]);
  });
});

describe('event anchoring and relation to the DCT', () => {
  const day = (d: string): string => `1998-08-${d}T00:00:00.000+00:00`;
  const system = analysis(
    [timex('t1', 'Friday', 'DATE', '1998-08-07'), timex('t2', 'Monday', 'DATE', '1998-08-10')],
    [
      event('e1', 'left', [day('07'), day('08')], 't1'), // anchored right; ends before the DCT day → BEFORE
      event('e3', 'said', [day('10'), day('11')]), // not anchored; starts after the DCT day → AFTER (gold BEFORE)
      event('e4', 'come', [day('10'), null], 't1'), // → AFTER (gold: t0 BEFORE e4, i.e. AFTER)
      event('e5', 'crisis', [null, null]), // open bounds → OVERLAP (gold DURING)
    ],
  );
  const scores = scoreEvents([{ gold: GOLD, system }]);

  it('counts same-sentence event–time links once each, DCT and cross-sentence links excluded', () => {
    // ei1–t1 (twice in gold, counted once) and t3–ei3; ei1–t3 crosses sentences.
    expect(scores.anchoringLinks).toBe(2);
    expect(scores.counts.anchoring).toEqual({ correct: 1, noSystemEvent: 0, noAnchor: 1, otherTimex: 0 });
    expect(scores.anchoringAccuracy).toBeCloseTo(0.5);
  });

  it('maps gold relations to BEFORE/AFTER/OVERLAP (inverting t0-first links) and compares with `when`', () => {
    expect(scores.dctLinks).toBe(4);
    expect(scores.counts.dctConfusion.BEFORE).toEqual({ BEFORE: 1, AFTER: 1, OVERLAP: 0, missing: 0 });
    expect(scores.counts.dctConfusion.AFTER).toEqual({ BEFORE: 0, AFTER: 1, OVERLAP: 0, missing: 0 });
    expect(scores.counts.dctConfusion.OVERLAP).toEqual({ BEFORE: 0, AFTER: 0, OVERLAP: 1, missing: 0 });
    expect(scores.dctAccuracy).toBeCloseTo(3 / 4);
  });

  it('compares with the DCT moment when the DCT gives a time of day, not with its whole day', () => {
    const timedGold = parseTimeml(
      timeml('Officials <EVENT eid="e1" class="REPORTING">said</EVENT> it.', '<MAKEINSTANCE eventID="e1" eiid="ei1"/><TLINK lid="l1" relType="BEFORE" eventInstanceID="ei1" relatedToTime="t0"/>')
        .replace('type="DATE" value="1998-08-09"', 'type="TIME" value="1998-08-09T18:30"'),
      'timed.tml',
    );
    const saidAt = (end: string) => analysis([], [{ ...event('e1', 'said', [null, end]), start: timedGold.text.indexOf('said'), end: timedGold.text.indexOf('said') + 4 }]);
    // Ends at 18:30 on the DCT day: before the DCT moment, though not before its day.
    expect(scoreEvents([{ gold: timedGold, system: saidAt('1998-08-09T18:30:00.000+00:00') }]).counts.dctConfusion.BEFORE.BEFORE).toBe(1);
    expect(scoreEvents([{ gold: timedGold, system: saidAt('1998-08-09T20:00:00.000+00:00') }]).counts.dctConfusion.BEFORE.OVERLAP).toBe(1);
    const startsAt = (start: string) => analysis([], [{ ...event('e1', 'said', [start, null]), start: timedGold.text.indexOf('said'), end: timedGold.text.indexOf('said') + 4 }]);
    // Starts at the publication moment: after it (gold BEFORE, so counted as a miss in the AFTER column).
    expect(scoreEvents([{ gold: timedGold, system: startsAt('1998-08-09T18:30:00.000+00:00') }]).counts.dctConfusion.BEFORE.AFTER).toBe(1);
  });

  it('counts a gold event the system did not find as a miss', () => {
    const partial = scoreEvents([{ gold: GOLD, system: analysis(system.timexes, system.events.slice(0, 1)) }]);
    expect(partial.counts.anchoring.noSystemEvent).toBe(1);
    expect(partial.counts.dctConfusion.OVERLAP.missing).toBe(1);
  });

  it('scores event extraction on exact trigger spans, and class agreement over the matches', () => {
    // Four system events, all on gold spans; "returned" missed. "said" and "crisis" are occurrences here, but
    // REPORTING and STATE in gold.
    expect(scores.counts).toMatchObject({ goldEvents: 5, systemEvents: 4, matchedEvents: 4, matchedClass: 2 });
    expect(scores.extraction).toEqual({ precision: 1, recall: 0.8, f1: expect.closeTo(8 / 9, 10) });
    expect(scores.classF1).toBeCloseTo((2 / 4) * (8 / 9));
    expect(kindMatchesClass('intention', 'I_STATE')).toBe(true);
    expect(kindMatchesClass('intention', 'I_ACTION')).toBe(true);
    expect(kindMatchesClass('state', 'I_STATE')).toBe(false);
  });

  it('reports n/a when the system has no events at all', () => {
    const none = scoreEvents([{ gold: GOLD, system: analysis([]) }]);
    expect(none.anchoringAccuracy).toBeUndefined();
    expect(none.dctAccuracy).toBeUndefined();
    expect(none.dctLinks).toBe(4);
    expect(none.extraction).toBeUndefined();
  });

  it('maps every TimeML relation type to a DCT class', () => {
    expect(['BEFORE', 'IBEFORE', 'AFTER', 'IAFTER', 'INCLUDES', 'IS_INCLUDED', 'DURING', 'SIMULTANEOUS', 'BEGINS', 'ENDED_BY', 'IDENTITY'].map((r) => dctClassOf(r as never)))
      .toEqual(['BEFORE', 'BEFORE', 'AFTER', 'AFTER', 'OVERLAP', 'OVERLAP', 'OVERLAP', 'OVERLAP', 'OVERLAP', 'OVERLAP', 'OVERLAP']);
  });
});

describe('sentence splitting for same-sentence links', () => {
  it('splits on sentence ends and blank lines, not after abbreviations or initials', () => {
    const text = 'Mr. Smith left the U.S. on Friday. He came back.\n\nA new paragraph at 9 a.m. Monday';
    expect(splitSentences(text).map((s) => text.slice(s.start, s.end))).toEqual([
      'Mr. Smith left the U.S. on Friday.',
      'He came back.',
      'A new paragraph at 9 a.m. Monday',
    ]);
  });
});

describe('evaluation runs', () => {
  it('analyses each document with its DCT day, and scores a failing document as empty', () => {
    const seen: string[] = [];
    const result = evaluateDocuments([GOLD, { ...GOLD, docId: 'BROKEN' }], {
      analyze: (input) => {
        seen.push(`${input.publicationDate} ${input.timeZone}`);
        if (seen.length === 2) throw new ChronicleInputError([{ field: 'text', message: 'is broken' }]);
        return SYSTEM;
      },
    });
    expect(seen).toEqual(['1998-08-09 UTC', '1998-08-09 UTC']);
    expect(result.failures).toEqual([{ docId: 'BROKEN', message: 'text is broken' }]);
    expect(result.timex.counts).toMatchObject({ gold: 6, system: 4 });
    expect(result.characters).toBe(2 * TEXT.length);
  });

  it('reads a folder and renders a table and the top errors', () => {
    const folder = mkdtempSync(join(tmpdir(), 'chronicle-eval-'));
    writeFileSync(join(folder, 'a.tml'), timeml('It rained <TIMEX3 tid="t1" type="DATE" value="1998-08-08">yesterday</TIMEX3>.'));
    const evaluation = evaluateFolder(folder, { analyze: () => analysis([]) });
    const report = formatEvaluationReport([evaluation], 5);
    expect(report).toMatch(/chronicle-eval-\S*\s+1\s+1\s+0\s+0\.0\/0\.0\/0\.0/);
    expect(report).toContain('n/a (0 links)');
    expect(report).toContain('1 false negatives');
    expect(report).toContain('"yesterday"  e.g. D @10: DATE 1998-08-08');
  });

  it('names the folder and the problem when it cannot be evaluated', () => {
    expect(() => runEvaluation(['/nonexistent/folder'])).toThrow(/\/nonexistent\/folder: cannot be read \(no such file or folder\)/);
    const empty = mkdtempSync(join(tmpdir(), 'chronicle-empty-'));
    expect(() => evaluateFolder(empty)).toThrow(/contains no \.tml files/);
  });
});
