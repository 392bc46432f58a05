import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { ChronicleInputError } from '../src/errors.js';
import type { Analysis } from '../src/schema.js';
import { readTimemlFolder } from '../src/timeml/files.js';
import { parseTimeml, timemlToAnalyzeInput } from '../src/timeml/reader.js';
import { writeTimeml } from '../src/timeml/writer.js';
import { decodeEntities } from '../src/timeml/xml.js';

const SAMPLE = `<?xml version="1.0" ?>
<TimeML>
<DOCID>SAMPLE.0001</DOCID>
<DCT><TIMEX3 tid="t0" type="TIME" value="1998-08-07T10:35" temporalFunction="false" functionInDocument="CREATION_TIME">1998-08-07</TIMEX3></DCT>
<!-- a comment -->
<TEXT>
AT&amp;T &quot;shares&quot; <EVENT eid="e1" class="OCCURRENCE">fell</EVENT> <TIMEX3 tid="t1" type="DATE" value="1998-08-06" anchorTimeID="t0">Thursday</TIMEX3>, <SIGNAL sid="s1">after</SIGNAL> the &#8220;<EVENT eid="e2" class="OCCURRENCE">deal</EVENT>&#x201D; &lt;3 <TIMEX3 tid="t2" type="DURATION" value="P2W" mod="APPROX">about two weeks</TIMEX3> ago.
</TEXT>
<MAKEINSTANCE eventID="e1" eiid="ei1" tense="PAST" aspect="NONE" polarity="POS" pos="VERB"/>
<MAKEINSTANCE eventID="e2" eiid="ei2" tense="NONE" aspect="NONE" polarity="POS" pos="NOUN"/>
<TLINK lid="l1" relType="IS_INCLUDED" eventInstanceID="ei1" relatedToTime="t1" />
<TLINK lid="l2" relType="BEFORE" timeID="t0" relatedToEventInstance="ei2" />
</TimeML>
`;

function expectInputError(run: () => unknown, ...fragments: string[]): void {
  let caught: unknown;
  try {
    run();
  } catch (error) {
    caught = error;
  }
  expect(caught).toBeInstanceOf(ChronicleInputError);
  for (const fragment of fragments) expect((caught as Error).message).toContain(fragment);
}

describe('decodeEntities', () => {
  it('decodes the five named entities and numeric ones, and keeps unknown ones literally', () => {
    expect(decodeEntities('&amp;&lt;&gt;&quot;&apos;&#65;&#x42;&#x1F600;&Cx1f;')).toBe(`&<>"'AB\u{1F600}&Cx1f;`);
  });
});

describe('parseTimeml', () => {
  const doc = parseTimeml(SAMPLE, 'sample.tml');

  it('reads the DOCID and the DCT', () => {
    expect(doc.docId).toBe('SAMPLE.0001');
    expect(doc.dct).toEqual({ tid: 't0', type: 'TIME', value: '1998-08-07T10:35' });
  });

  it('gives the plain TEXT with tags removed and entities decoded', () => {
    expect(doc.text).toBe('\nAT&T "shares" fell Thursday, after the \u201Cdeal\u201D <3 about two weeks ago.\n');
  });

  it('gives spans as UTF-16 offsets into that text', () => {
    expect(doc.timexes.map((t) => [t.tid, t.text, doc.text.slice(t.start, t.end), t.value, t.type])).toEqual([
      ['t1', 'Thursday', 'Thursday', '1998-08-06', 'DATE'],
      ['t2', 'about two weeks', 'about two weeks', 'P2W', 'DURATION'],
    ]);
    expect(doc.timexes[0]?.anchorTimeID).toBe('t0');
    expect(doc.timexes[1]?.mod).toBe('APPROX');
    expect(doc.events.map((e) => [e.eid, e.class, doc.text.slice(e.start, e.end)])).toEqual([
      ['e1', 'OCCURRENCE', 'fell'],
      ['e2', 'OCCURRENCE', 'deal'],
    ]);
  });

  it('reads MAKEINSTANCE and TLINK records with typed ends', () => {
    expect(doc.instances[0]).toEqual({ eiid: 'ei1', eventID: 'e1', tense: 'PAST', aspect: 'NONE', polarity: 'POS', pos: 'VERB' });
    expect(doc.tlinks).toEqual([
      { lid: 'l1', relType: 'IS_INCLUDED', from: { kind: 'event', eiid: 'ei1' }, to: { kind: 'time', tid: 't1' } },
      { lid: 'l2', relType: 'BEFORE', from: { kind: 'time', tid: 't0' }, to: { kind: 'event', eiid: 'ei2' } },
    ]);
  });

  it('turns the document into analyze input, the DCT (with its time of day) as publication date', () => {
    expect(timemlToAnalyzeInput(doc)).toEqual({ text: doc.text, publicationDate: '1998-08-07T10:35:00Z', timeZone: 'UTC', documentType: 'news' });
  });

  it('reads a DCT time of day as wall-clock time in the analysis zone, and a date-only DCT as the day', () => {
    expect(timemlToAnalyzeInput(doc, 'America/New_York').publicationDate).toBe('1998-08-07T10:35:00-04:00');
    const dated = parseTimeml(SAMPLE.replace('value="1998-08-07T10:35"', 'value="1998-08-07"'), 'dated.tml');
    expect(timemlToAnalyzeInput(dated).publicationDate).toBe('1998-08-07');
  });

  it('names the file, line and problem of a malformed document', () => {
    expectInputError(() => parseTimeml(SAMPLE.replace('fell</EVENT>', 'fell</TIMEX3>'), 'bad.tml'), 'bad.tml', 'line 7', 'closes </TIMEX3> while <EVENT> is open');
    expectInputError(() => parseTimeml(SAMPLE.replace('type="DATE"', 'type="DAY"'), 'bad.tml'), 'line 7', '<TIMEX3>.type must be one of');
    expectInputError(() => parseTimeml(SAMPLE.replace(/<TEXT>[^]*<\/TEXT>/, ''), 'bad.tml'), 'has no <TEXT> element');
    expectInputError(() => parseTimeml(SAMPLE.replace(/<DCT>.*<\/DCT>/, ''), 'bad.tml'), 'has no creation time');
    expectInputError(() => parseTimeml(SAMPLE.replace('<TIMEX3 tid="t2"', '<TIMEX3 tid="t2 '), 'bad.tml'), 'malformed attribute');
    expectInputError(() => parseTimeml('<TimeML><TEXT>a <b</TEXT></TimeML>', 'bad.tml'), 'line 1');
  });
});

const TEXT = 'Rebels & "allies" <said> on Friday that buses left the border six days ago.';

function span(needle: string): { start: number; end: number; text: string } {
  const start = TEXT.indexOf(needle);
  return { start, end: start + needle.length, text: needle };
}

const ANALYSIS: Analysis = {
  publicationDate: '2017-09-02T10:00:00+03:00',
  timeZone: 'Asia/Beirut',
  documentType: 'news',
  timexes: [
    { id: 't1', ...span('Friday'), type: 'DATE', value: '2017-09-01', anchor: { kind: 'publicationDate' }, rule: 'weekday', explanation: 'x' },
    { id: 't2', ...span('six days ago'), type: 'DATE', value: '2017-08-27', mod: 'APPROX', anchor: { kind: 'timex', timexId: 't1' }, rule: 'ago', explanation: 'x' },
  ],
  events: [
    { id: 'e1', ...span('said'), sentence: { start: 0, end: TEXT.length }, kind: 'reporting', tense: 'past', anchor: { timexId: 't1', relation: 'IS_INCLUDED' }, when: { start: null, end: null, precision: 'day', basis: 'anchored' } },
    { id: 'e2', ...span('left'), sentence: { start: 0, end: TEXT.length }, kind: 'occurrence', when: { start: null, end: null, precision: 'unknown', basis: 'unknown' } },
    // Crosses the "six days ago" timex: cannot be written inline.
    { id: 'e3', ...span('border six'), sentence: { start: 0, end: TEXT.length }, kind: 'state', when: { start: null, end: null, precision: 'unknown', basis: 'unknown' } },
  ],
  relations: [
    { from: 'e1', to: 't1', type: 'IS_INCLUDED', via: 'anchor' },
    { from: 'e2', to: 'e1', type: 'BEFORE', via: 'tense' },
    { from: 't2', to: 't0', type: 'BEFORE', via: 'publication date' },
    { from: 'e9', to: 't1', type: 'BEFORE', via: 'bogus' },
  ],
  order: ['e2', 'e1'],
  diagnostics: [],
};

describe('writeTimeml', () => {
  const xml = writeTimeml(ANALYSIS, TEXT, { docId: 'round & trip' });
  const back = parseTimeml(xml, 'written.tml');

  it('round-trips text, timex spans, values and anchors', () => {
    expect(back.docId).toBe('round & trip');
    expect(back.dct.value).toBe('2017-09-02');
    expect(back.text).toBe(TEXT);
    expect(back.timexes).toEqual([
      { tid: 't1', ...span('Friday'), type: 'DATE', value: '2017-09-01', anchorTimeID: 't0', functionInDocument: 'NONE' },
      { tid: 't2', ...span('six days ago'), type: 'DATE', value: '2017-08-27', mod: 'APPROX', anchorTimeID: 't1', functionInDocument: 'NONE' },
    ]);
  });

  it('round-trips events, instances and links; crossing tags and unknown ids are reported in comments', () => {
    expect(back.events.map((e) => [e.eid, e.class, e.text])).toEqual([['e1', 'REPORTING', 'said'], ['e2', 'OCCURRENCE', 'left']]);
    expect(xml).toContain('<!-- EVENT e3');
    expect(xml).toContain('<!-- relation e9 BEFORE t1 names an unknown id');
    expect(back.instances.map((i) => [i.eiid, i.eventID, i.tense])).toEqual([['ei1', 'e1', 'PAST'], ['ei2', 'e2', 'NONE']]);
    expect(back.tlinks).toEqual([
      { lid: 'l1', relType: 'IS_INCLUDED', from: { kind: 'event', eiid: 'ei1' }, to: { kind: 'time', tid: 't1' } },
      { lid: 'l2', relType: 'BEFORE', from: { kind: 'event', eiid: 'ei2' }, to: { kind: 'event', eiid: 'ei1' } },
      { lid: 'l3', relType: 'BEFORE', from: { kind: 'time', tid: 't2' }, to: { kind: 'time', tid: 't0' } },
    ]);
  });

  it('nests a tag inside another when one span contains the other', () => {
    const nested: Analysis = { ...ANALYSIS, events: [{ ...ANALYSIS.events[1]!, id: 'e1', ...span('six') }], relations: [] };
    const reread = parseTimeml(writeTimeml(nested, TEXT), 'nested.tml');
    expect(reread.events.map((e) => e.text)).toEqual(['six']);
    expect(reread.timexes.map((t) => t.text)).toEqual(['Friday', 'six days ago']);
  });

  it('refuses an analysis whose spans do not match the text, naming the item', () => {
    expectInputError(() => writeTimeml(ANALYSIS, TEXT.toUpperCase()), 'analysis.timexes.0', 't1 "Friday"');
    expectInputError(() => writeTimeml({ ...ANALYSIS, timeZone: 5 } as unknown as Analysis, TEXT), 'analysis.timeZone');
  });
});

const CORPORA = resolve(__dirname, '../../shared/corpora/tbaq');
const present = existsSync(CORPORA);
if (!present) console.info(`TimeBank/AQUAINT reader checks skipped: ${CORPORA} is absent`);

describe.skipIf(!present)('reading TimeBank and AQUAINT (skipped when ../shared/corpora/tbaq is absent)', () => {
  it.each([
    ['TimeBank', 183, 1243],
    ['AQUAINT', 73, 579],
  ])('%s: every document, every TIMEX3 in TEXT, spans that match the text', (folder, docs, timexes) => {
    const documents = readTimemlFolder(join(CORPORA, folder));
    expect(documents).toHaveLength(docs);
    expect(documents.reduce((n, d) => n + d.timexes.length, 0)).toBe(timexes);
    for (const document of documents) {
      for (const item of [...document.timexes, ...document.events]) expect(document.text.slice(item.start, item.end)).toBe(item.text);
      expect(document.dct.tid).toBe('t0');
    }
  });
});
