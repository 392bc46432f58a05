/**
 * The seed article (AP, 2017-09-02, Beirut) as issue 3 describes its chronology: order and bounds of the
 * evacuation, the leaving, the threats and airstrike, the coalition's Friday statement and the Saturday statements.
 */
import { readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { Analysis, ArticleDocument, type ChronicleEvent } from '../src/schema.js';

// The bundled copy of the seed (events/, as a user's clone has it; ../shared is not there).
const seed = ArticleDocument.parse(JSON.parse(readFileSync(new URL('../events/ap-2017-09-02-islamic-state-convoy.json', import.meta.url), 'utf8')));
const text = seed.text;
const analysis = analyze({ text, publicationDate: seed.publicationDate, timeZone: seed.timeZone });

/** The event whose trigger is `trigger`, in the first sentence containing `context`. */
function event(trigger: string, context: string): ChronicleEvent {
  const at = text.indexOf(context);
  const found = analysis.events.find((e) => e.text === trigger && e.sentence.start <= at && at < e.sentence.end);
  if (found === undefined) throw new Error(`no event "${trigger}" in the sentence of "${context}"`);
  return found;
}
const position = (e: ChronicleEvent): number => analysis.order.indexOf(e.id);

const evacuate = event('evacuate', 'Displaced children');
const left = event('left', 'six days ago');
const threats = event('threats', 'despite US threats');
const airstrike = event('airstrike', 'Earlier this week');
const created = event('created', 'Earlier this week');
const coalitionStatement = event('issued', 'issued a statement Friday');
const activistsSaid = event('said', 'opposition activists said Saturday');
const hezbollahSaid = event('said', 'Hezbollah said in a statement Saturday');
const ministrySaid = event('said', 'Russian Defense Ministry said Saturday');
const crossed = event('crossed', 'have crossed into areas');

describe('seed article chronology', () => {
  it('is schema-valid and orders every event once', () => {
    expect(Analysis.safeParse(analysis).success).toBe(true);
    expect([...analysis.order].sort()).toEqual(analysis.events.map((e) => e.id).sort());
  });

  it('bounds each anchored event by its time expression, in the article zone', () => {
    expect(evacuate.when).toMatchObject({ start: '2017-03-16T00:00:00+02:00', end: '2017-03-17T00:00:00+02:00', basis: 'anchored', precision: 'day' });
    expect(left.when).toMatchObject({ start: '2017-08-27T00:00:00+03:00', end: '2017-08-28T00:00:00+03:00', basis: 'anchored' });
    for (const e of [airstrike, created]) expect(e.when).toMatchObject({ start: '2017-08-28T00:00:00+03:00', end: '2017-09-02T00:00:00+03:00' });
    expect(coalitionStatement.when).toMatchObject({ start: '2017-09-01T00:00:00+03:00', end: '2017-09-02T00:00:00+03:00' });
    for (const e of [activistsSaid, hezbollahSaid, ministrySaid]) {
      expect(e.kind).toBe('reporting');
      expect(e.when).toMatchObject({ start: '2017-09-02T00:00:00+03:00', end: '2017-09-03T00:00:00+03:00', basis: 'anchored' });
    }
  });

  it('puts the threats days after the leaving and no later than the activists\' report', () => {
    expect(threats.when.basis).toBe('derived');
    expect(threats.when.start).toBe('2017-08-28T00:00:00+03:00');
    // The noun takes the frame of its clause's verb ("have crossed", present perfect): over before the
    // publication day, hence also no later than the activists' Saturday report.
    expect(threats.when.end).toBe('2017-09-02T00:00:00+03:00');
    expect(Date.parse(threats.when.end!)).toBeLessThanOrEqual(Date.parse(activistsSaid.when.end!));
  });

  it('orders: evacuation → leaving → threats and airstrike → Friday statement → Saturday statements', () => {
    expect(position(evacuate)).toBeLessThan(position(left));
    expect(position(left)).toBeLessThan(position(threats));
    expect(position(left)).toBeLessThan(position(airstrike));
    expect(Math.max(position(threats), position(airstrike))).toBeLessThan(position(coalitionStatement));
    for (const e of [activistsSaid, hezbollahSaid, ministrySaid]) expect(position(coalitionStatement)).toBeLessThan(position(e));
  });

  it('puts the crossing before the activists said so', () => {
    expect(position(crossed)).toBeLessThan(position(activistsSaid));
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: crossed.id, to: activistsSaid.id, type: 'BEFORE' }));
  });
});
