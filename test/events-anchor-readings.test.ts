/**
 * Anchor readings through the whole engine (`analyze`: real time expressions, tense, the network): for an event of a
 * sentence, the time expression it is anchored to and the relation — the sentences news writes, each rule with rows
 * that must not change. A row's trigger is the event's text; `nth` picks a later one with the same text.
 */
import { readFileSync } from 'node:fs';
import { join } from 'node:path';
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/schema.js';

interface Row {
  readonly text: string;
  readonly trigger: string;
  /** The anchor as `RELATION "time text"`, null for no anchor of the event's own, undefined for no such event. */
  readonly anchor: string | null | undefined;
  readonly nth?: number;
  readonly day?: string;
}

function anchorOf(row: Row): string | null | undefined {
  const analysis = analyze({ text: row.text, publicationDate: row.day ?? '2019-10-11', timeZone: 'Asia/Tokyo' });
  const event = analysis.events.filter((e) => e.text === row.trigger)[row.nth ?? 0];
  if (event === undefined) return undefined;
  if (event.anchor === undefined) return null;
  const timex = analysis.timexes.find((t) => t.id === event.anchor?.timexId);
  return `${event.anchor.relation} "${timex?.text}"`;
}

/** The bounds of the first event `trigger` of `text`, published on `day` in Tokyo. */
function whenOf(text: string, trigger: string, day = '2019-10-11', timeZone = 'Asia/Tokyo') {
  return analyze({ text, publicationDate: day, timeZone }).events.find((e) => e.text === trigger)?.when;
}

/** The id of the first event of `analysis` whose text is `trigger`. */
const eventIdOf = (analysis: ReturnType<typeof analyze>) => (trigger: string): string | undefined => analysis.events.find((e) => e.text === trigger)?.id;

function table(title: string, rows: readonly Row[]): void {
  describe(title, () => {
    it.each(rows.map((r) => [r.trigger, r.text, r]))('%s in "%s"', (_trigger, _text, row) => {
      expect(anchorOf(row)).toBe(row.anchor);
    });
  });
}

table('an -ing form after a determiner and a ranking word is the head noun, the verb keeps its time', [
  { text: 'It issued its highest warning for 12 prefectures at 5 p.m. on Friday.', trigger: 'issued', anchor: 'IS_INCLUDED "5 p.m. on Friday"' },
  { text: 'It issued its highest warning for 12 prefectures at 5 p.m. on Friday.', trigger: 'warning', anchor: 'IS_INCLUDED "5 p.m. on Friday"' },
  { text: 'The board held its first meeting on Tuesday.', trigger: 'held', anchor: 'IS_INCLUDED "Tuesday"' },
  // Not after a ranking word: the participle stays a verb.
  { text: 'Police were warning residents on Tuesday.', trigger: 'warning', anchor: 'IS_INCLUDED "Tuesday"' },
]);

table('a "now" right after a modal yields to the clause\'s other time', [
  { text: 'The match will now be played on Monday.', trigger: 'played', anchor: 'IS_INCLUDED "Monday"' },
  { text: 'The trial would now begin in June.', trigger: 'begin', anchor: 'IS_INCLUDED "June"', day: '2019-03-01' },
  // Alone it still anchors; after a plain auxiliary it is the time of the state.
  { text: 'The match will now be played.', trigger: 'played', anchor: 'IS_INCLUDED "now"' },
  { text: 'A decision is now expected in March.', trigger: 'decision', anchor: 'IS_INCLUDED "March"' },
]);

table('the time of a schedule dates what is scheduled; the scheduling comes by it', [
  { text: 'The vote had been scheduled for Nov. 1.', trigger: 'vote', anchor: 'IS_INCLUDED "Nov. 1"', day: '2021-11-08' },
  { text: 'The vote had been scheduled for Nov. 1.', trigger: 'scheduled', anchor: 'BEFORE-OR-OVERLAP "Nov. 1"', day: '2021-11-08' },
  { text: 'Organizers postponed a rugby match set for Saturday night.', trigger: 'match', anchor: 'IS_INCLUDED "Saturday night"' },
  // (A past participle before a time to come: the tense's reading, before the publication.)
  { text: 'Organizers postponed a rugby match set for Saturday night.', trigger: 'set', anchor: 'BEFORE "Saturday night"' },
  { text: 'Organizers have set a rugby match for Saturday night.', trigger: 'match', anchor: 'IS_INCLUDED "Saturday night"' },
  { text: 'Airlines canceled more than 1,600 flights scheduled for the weekend.', trigger: 'flights', anchor: 'IS_INCLUDED "the weekend"' },
  { text: 'The vote was postponed until June.', trigger: 'vote', anchor: 'IS_INCLUDED "June"' },
  { text: 'The vote was postponed until June.', trigger: 'postponed', anchor: 'BEFORE "June"' },
  { text: 'The vote will be postponed until June.', trigger: 'postponed', anchor: 'BEFORE-OR-OVERLAP "June"' },
  { text: 'Sentencing is scheduled for Feb. 14.', trigger: 'Sentencing', anchor: 'IS_INCLUDED "Feb. 14"' },
  // Not a schedule: "set a record on Friday", "set the stage for next year".
  { text: 'The team set a record on Friday.', trigger: 'set', anchor: 'IS_INCLUDED "Friday"' },
]);

table('what is denied until a time comes at or after it', [
  { text: "The council won't vote until June.", trigger: 'vote', anchor: 'OVERLAP-OR-AFTER "June"' },
  { text: 'The council will not vote before June.', trigger: 'vote', anchor: 'OVERLAP-OR-AFTER "June"' },
  // Not denied: "until" ends it.
  { text: 'The council will debate the bill until June.', trigger: 'debate', anchor: 'ENDED_BY "June"' },
  // A cleft ("it was not until Tuesday that …") denies nothing of the copula's time.
  { text: 'It was not until Tuesday that Castro revealed the plan.', trigger: 'was', anchor: 'ENDED_BY "Tuesday"', day: '2000-01-20' },
]);

describe('"would not … until": what is to come after the saying, not a past refusal', () => {
  const text = 'Council members said Friday that they would not vote until an independent audit was complete.';
  const analysis = analyze({ text, publicationDate: '2021-11-08', timeZone: 'America/New_York' });
  const event = (trigger: string) => analysis.events.find((e) => e.text === trigger)!;
  it('the vote is after the saying and after the publication (a future in the past), not a zero-length instant on Friday', () => {
    expect(event('vote').when.start).toBe('2021-11-09T00:00:00-05:00');
    expect(event('vote').when.end).toBeNull();
  });
  it('the completion comes before the vote ("not … until")', () => {
    const [was, vote] = [event('was').id, event('vote').id];
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: was, to: vote, type: 'BEFORE', via: 'not … until' }));
  });
  it('"wouldn\'t comment" with no "until" stays a refusal at the time of the report', () => {
    const refusal = analyze({ text: 'A spokesman said Friday that he would not comment.', publicationDate: '2021-11-08', timeZone: 'America/New_York' });
    const comment = refusal.events.find((e) => e.text === 'comment')!;
    expect(comment.when.end === null ? null : comment.when.end <= '2021-11-08').toBe(true);
  });
});

table('a quoted offset joins the events of its quotation only', [
  { text: '"We were handed 300 pages 48 hours before a decision," said council member Ana Ruiz.', trigger: 'said', anchor: null, day: '2021-11-08' },
  { text: '"We were handed 300 pages 48 hours before a decision," said council member Ana Ruiz.', trigger: 'handed', anchor: 'BEGINS "48 hours"', day: '2021-11-08' },
  // Unquoted, every event it separates is linked to it (TimeBank: "chosen BEGINS twenty years").
  { text: 'Twenty years after the first astronauts were chosen, NASA included a woman.', trigger: 'included', anchor: 'ENDS "Twenty years"', day: '1998-01-01' },
]);

table('an event heading a clause of time is not inside the main clause\'s time', [
  { text: 'Officials urged residents to stock up on water by Friday night and to stay indoors until the storm passes.', trigger: 'passes', anchor: 'OVERLAP-OR-AFTER "Friday night"' },
  { text: 'The minister resigned in May after the audit was published.', trigger: 'published', anchor: 'BEFORE-OR-OVERLAP "May"', day: '2021-11-08' },
  // A "when" clause is at the time; the main clause's own verb keeps it.
  { text: 'Police arrested him on Friday when officers raided his home.', trigger: 'raided', anchor: 'IS_INCLUDED "Friday"', day: '2019-10-14' },
  { text: 'The minister resigned in May after the audit was published.', trigger: 'resigned', anchor: 'IS_INCLUDED "May"', day: '2021-11-08' },
]);

describe('"until" joins what lasts to the clause\'s verb', () => {
  const text = 'Officials urged residents to stock up on water by Friday night and to stay indoors until the storm passes.';
  const analysis = analyze({ text, publicationDate: '2019-10-11', timeZone: 'Asia/Tokyo' });
  const id = eventIdOf(analysis);
  it('the staying (an infinitive) is ended by the passing (the verb after the subject), not the urging by the storm', () => {
    const until = analysis.relations.filter((r) => r.via === 'until');
    expect(until).toEqual([expect.objectContaining({ from: id('stay'), to: id('passes'), type: 'ENDED_BY' })]);
  });
  it('"until the election" keeps its noun', () => {
    const vote = analyze({ text: 'The council will stay in session until the election.', publicationDate: '2019-10-11', timeZone: 'Asia/Tokyo' });
    const until = vote.relations.find((r) => r.via === 'until');
    expect(vote.events.find((e) => e.id === until?.to)?.text).toBe('election');
  });
});

table('what is put off comes after the putting off', [
  { text: 'The city council on Monday postponed a vote on the subway extension.', trigger: 'vote', anchor: 'AFTER "Monday"', day: '2021-11-08' },
  { text: 'The city council on Monday postponed a vote on the subway extension.', trigger: 'postponed', anchor: 'IS_INCLUDED "Monday"', day: '2021-11-08' },
  // Not a postponing verb: the object noun shares the clause's time.
  { text: 'The city council on Monday held a vote on the subway extension.', trigger: 'vote', anchor: 'IS_INCLUDED "Monday"', day: '2021-11-10' },
]);

table('a deadline or sequence after a verb\'s object times the verb', [
  { text: 'A spokesman said the council will approve the funding before Thanksgiving.', trigger: 'approve', anchor: 'BEFORE "Thanksgiving"', day: '2021-11-08' },
  { text: 'The company must file the report by Friday.', trigger: 'file', anchor: 'BEFORE-OR-OVERLAP "Friday"', day: '2021-11-08' },
  // A locating preposition dates the noun: "calling for the redemption on Dec. 7".
  { text: 'The company is calling for the redemption on Dec. 7.', trigger: 'redemption', anchor: 'IS_INCLUDED "Dec. 7"', day: '2021-11-08' },
]);

table('a clause of comparison after "than" has its own time; what is compared with it comes after it', [
  { text: 'The project would cost $2.1 billion more than it had estimated two years ago.', trigger: 'estimated', anchor: 'IS_INCLUDED "two years ago"', day: '2021-11-08' },
  { text: 'The project would cost $2.1 billion more than it had estimated two years ago.', trigger: 'cost', anchor: 'AFTER "two years ago"', day: '2021-11-08' },
  // "more than" with a number is a quantity, not a comparison: "more than two years ago" dates the verb.
  { text: 'The project was approved more than two years ago.', trigger: 'approved', anchor: 'IS_INCLUDED "more than two years ago"', day: '2021-11-08' },
]);

describe('the bundled example articles read as a reader would', () => {
  const folder = join(import.meta.dirname, '..', 'events');
  const anchorsIn = (file: string) => {
    const document = JSON.parse(readFileSync(join(folder, file), 'utf8'));
    const analysis = analyze(document);
    return (trigger: string, nth = 0): string | null | undefined => {
      const event = analysis.events.filter((e) => e.text === trigger)[nth];
      if (event === undefined) return undefined;
      const timex = analysis.timexes.find((t) => t.id === event.anchor?.timexId);
      return event.anchor === undefined ? null : `${event.anchor.relation} "${timex?.text}"`;
    };
  };
  const tokyo = anchorsIn('example-2019-10-11-tokyo-typhoon-rail.json');
  const newYork = anchorsIn('example-2021-11-08-new-york-subway-vote.json');
  const sanFrancisco = anchorsIn('example-2023-10-25-san-francisco-earnings.json');
  const articles = { tokyo, newYork, sanFrancisco };
  it.each([
    ['tokyo', 'issued', 0, 'IS_INCLUDED "5 p.m. JST on Friday"'],
    ['tokyo', 'played', 0, 'IS_INCLUDED "Monday"'],
    ['tokyo', 'flights', 0, 'IS_INCLUDED "the weekend"'],
    ['tokyo', 'match', 0, 'IS_INCLUDED "Saturday night"'],
    ['tokyo', 'passes', 0, 'OVERLAP-OR-AFTER "Friday night"'],
    ['newYork', 'vote', 0, 'AFTER "Monday"'],
    ['newYork', 'scheduled', 0, 'BEFORE-OR-OVERLAP "Nov. 1"'],
    ['newYork', 'vote', 1, 'IS_INCLUDED "Nov. 1"'],
    ['newYork', 'cost', 1, 'AFTER "two years ago"'],
    ['newYork', 'vote', 2, 'AFTER "Friday"'],
    ['newYork', 'said', 1, null],
    ['newYork', 'approve', 0, 'BEFORE "Thanksgiving"'],
    ['sanFrancisco', 'rose', 0, 'IS_INCLUDED "the third quarter"'],
    ['sanFrancisco', 'earned', 0, 'IS_INCLUDED "the quarter"'],
    ['sanFrancisco', 'climbed', 0, 'AFTER "the same quarter last year"'],
    ['sanFrancisco', 'pushed', 0, 'IS_INCLUDED "this year"'],
    ['sanFrancisco', 'back', 0, undefined],
    ['sanFrancisco', 'fallen', 0, 'BEGUN_BY "July"'],
    ['sanFrancisco', 'warned', 0, 'IS_INCLUDED "July"'],
    ['sanFrancisco', 'called', 0, 'IS_INCLUDED "Two weeks ago"'],
    ['sanFrancisco', 'meeting', 0, 'IS_INCLUDED "Dec. 14"'],
  ] as const)('%s: "%s" (#%i) → %s', (article, trigger, nth, expected) => {
    expect(articles[article](trigger, nth)).toBe(expected);
  });
});

describe('a past put back in a reported clause of time is still to come', () => {
  const relationToSaying = (text: string, trigger: string): string | undefined => {
    const analysis = analyze({ text, publicationDate: '2021-11-08', timeZone: 'America/New_York' });
    const said = analysis.events.find((e) => e.text === 'said')?.id;
    const event = analysis.events.find((e) => e.text === trigger)?.id;
    return analysis.relations.find((r) => r.from === event && r.to === said)?.type;
  };
  it.each([
    ['Council members said Friday that they would not vote until an independent audit was complete.', 'was', 'AFTER'],
    ['The union said talks would resume once the holiday ended.', 'ended', 'AFTER'],
    ['Officials said the bridge would reopen when repairs were finished.', 'finished', 'AFTER'],
    // A plain past is before the saying.
    ['The union said talks resumed once the holiday ended.', 'ended', 'BEFORE'],
  ])('%s: %s %s the saying', (text, trigger, expected) => {
    expect(relationToSaying(text, trigger)).toBe(expected);
  });
  it('not after "after": in "would close the plant after sales fell" the fall may be over by the saying', () => {
    expect(relationToSaying('The company said it would close the plant after sales fell.', 'fell')).not.toBe('AFTER');
  });
  it.each([
    ['A shutdown would be the first since 2019, when federal workers went without pay for 35 days.', 'went'],
    ['The shelter would be the first built since May 1, when the river burst its banks.', 'burst'],
  ])('not a relative "when" after a number: %s (the %s is past)', (text, trigger) => {
    const analysis = analyze({ text, publicationDate: '2022-09-21', timeZone: 'America/New_York' });
    const event = analysis.events.find((e) => e.text === trigger);
    // Over by the publication day (it had been put after it, as a "would" of what was to come).
    expect(event?.when.end).not.toBeNull();
    expect(event!.when.end! <= '2022-09-21T00:00:00-04:00').toBe(true);
  });
});

describe('a second predicate of a report\'s subject is told, not reported', () => {
  const relations = (text: string) => {
    const analysis = analyze({ text, publicationDate: '2023-10-25', timeZone: 'America/Los_Angeles' });
    const id = eventIdOf(analysis);
    return { analysis, id };
  };
  it('"disclosed a 5% stake and called for a review": the call is in the disclosing\'s time, not before it', () => {
    const { analysis, id } = relations('Two weeks ago, an activist investor disclosed a 5% stake and called for a review of the company\'s options.');
    expect(analysis.relations.filter((r) => r.from === id('called') && r.to === id('disclosed'))).toEqual([]);
    expect(anchorOf({ text: 'Two weeks ago, an activist investor disclosed a 5% stake and called for a review.', trigger: 'called', anchor: null, day: '2023-10-25' })).toBe('IS_INCLUDED "Two weeks ago"');
  });
  it('"called a snap election on Wednesday … and said": the calling is not what the closing report tells', () => {
    const { analysis, id } = relations('The prime minister called a snap election on Wednesday, six months earlier than expected, and said voters would go to the polls on July 4.');
    expect(analysis.relations.filter((r) => r.from === id('called') && r.to === id('said'))).toEqual([]);
  });
  it('"said the convoy crossed the border and reached the town": the reaching is reported with the crossing', () => {
    const { analysis, id } = relations('The ministry said the convoy crossed the border and reached the town.');
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: id('reached'), to: id('said'), type: 'BEFORE' }));
  });
});

table('"back" is a particle unless a cue makes it the verb', [
  { text: 'Delays pushed the launch back twice this year.', trigger: 'pushed', anchor: 'IS_INCLUDED "this year"', day: '2023-10-25' },
  { text: 'Delays pushed the launch back twice this year.', trigger: 'back', anchor: undefined, day: '2023-10-25' },
  { text: 'The union voted on Monday to back the plan.', trigger: 'back', anchor: 'IS_INCLUDED "Monday"', day: '2023-10-25' },
]);

table('the amount a change starts from has its own time', [
  { text: 'Revenue climbed to $2.3 billion from $2.05 billion in the same quarter last year.', trigger: 'climbed', anchor: 'AFTER "the same quarter last year"', day: '2023-10-25' },
  // "from" without an amount is where the change starts, in place.
  { text: 'The company moved from Boston in March.', trigger: 'moved', anchor: 'IS_INCLUDED "March"', day: '2023-10-25' },
]);

describe('a non-restrictive relative clause is not what a report tells', () => {
  it('"said Tuesday that … the fiscal year, which ends in January": no contradiction, no reported link to the ending', () => {
    const text = 'Harbor Software said Tuesday that its profit rose 18% and raised its forecast for the fiscal year, which ends in January.';
    const analysis = analyze({ text, publicationDate: '2023-10-25', timeZone: 'America/Los_Angeles' });
    const ends = analysis.events.find((e) => e.text === 'ends')?.id;
    expect(analysis.diagnostics.filter((d) => d.code === 'CONTRADICTION')).toEqual([]);
    expect(analysis.relations.filter((r) => r.from === ends && r.via.startsWith('reported'))).toEqual([]);
  });
  it('a restrictive one still is: "said the plan that failed in May was dropped"', () => {
    const analysis = analyze({ text: 'Officials said the plan that failed in May was dropped.', publicationDate: '2023-10-25', timeZone: 'America/Los_Angeles' });
    const failed = analysis.events.find((e) => e.text === 'failed')?.id;
    expect(analysis.relations.some((r) => r.from === failed && r.via.startsWith('reported'))).toBe(true);
  });
});

table('an offset separates the events it joins, not the report that tells of them', [
  { text: 'The owner said he had received threats for months before the fire.', trigger: 'said', anchor: null, day: '2023-06-16' },
  { text: 'The owner said he had received threats for months before the fire.', trigger: 'received', anchor: 'BEGINS "months"', day: '2023-06-16' },
]);

table('"the building" is a thing, "the building of the dam" the act', [
  { text: 'The suspect entered the building at 2:30 a.m. on March 3.', trigger: 'building', anchor: undefined, day: '2023-06-16' },
  { text: 'Residents opposed the building of the dam in 2019.', trigger: 'building', anchor: 'IS_INCLUDED "2019"', day: '2023-06-16' },
]);

table('a past decree takes the time after its object; what it calls for comes later', [
  { text: 'The prime minister called a snap election on Wednesday.', trigger: 'called', anchor: 'IS_INCLUDED "Wednesday"' },
  { text: 'The prime minister called a snap election on Wednesday.', trigger: 'election', anchor: 'AFTER "Wednesday"' },
  { text: 'The board approved the merger in March.', trigger: 'approved', anchor: 'IS_INCLUDED "March"' },
  { text: 'The board approved the merger in March.', trigger: 'merger', anchor: 'AFTER "March"' },
  { text: 'The governor ordered an inquiry on Tuesday.', trigger: 'inquiry', anchor: 'AFTER "Tuesday"' },
  // Not a verb of planning: what is scheduled or planned is at the time given.
  { text: 'Officials scheduled a vote on Monday.', trigger: 'vote', anchor: 'IS_INCLUDED "Monday"' },
  { text: 'Rebels planned an attack on Monday.', trigger: 'attack', anchor: 'IS_INCLUDED "Monday"' },
  // Not a decree to come: the object of a future call keeps the time.
  { text: 'The mayor will call an election in March.', trigger: 'election', anchor: 'IS_INCLUDED "March"' },
]);

describe('what a past decree calls for takes no past from it', () => {
  it('leaves "called a snap election" open after the call, before or after the publication', () => {
    expect(whenOf('The prime minister called a snap election on Wednesday.', 'election')).toMatchObject({ start: '2019-10-10T00:00:00+09:00', end: null });
  });
  it('still puts a noun after a past verb of another kind in the past ("held talks")', () => {
    expect(whenOf('The two leaders held talks.', 'talks')?.end).toBe('2019-10-11T00:00:00+09:00');
  });
});

table('a participial clause after an infinitive to come shares its time', [
  { text: 'Typhoon Hagibis is expected to make landfall on Saturday, bringing winds of up to 200 kph.', trigger: 'bringing', anchor: 'IS_INCLUDED "Saturday"' },
  { text: 'Officials plan to visit Osaka next week, meeting local leaders.', trigger: 'meeting', anchor: 'IS_INCLUDED "next week"' },
  // After a past verb it keeps the clause's past.
  { text: 'The typhoon made landfall on Saturday, bringing winds of up to 200 kph.', trigger: 'bringing', anchor: 'IS_INCLUDED "Saturday"' },
]);

describe('a participle after an infinitive to come is to come', () => {
  it('puts "bringing" on the landfall\'s Saturday, not before the publication with "is expected"', () => {
    expect(whenOf('Typhoon Hagibis is expected to make landfall on Saturday, bringing winds of up to 200 kph.', 'bringing')).toMatchObject({ start: '2019-10-12T00:00:00+09:00', end: '2019-10-13T00:00:00+09:00' });
  });
});

describe('a noun right before its own verb takes that verb\'s tense, not the report\'s before it', () => {
  it('leaves "full service could take until Tuesday" open to Tuesday, not over before a past "said"', () => {
    expect(whenOf('Services will resume on Sunday, the operators said, and full service could take until Tuesday.', 'service')?.end).toBe('2019-10-16T00:00:00+09:00');
  });
  it('keeps a past verb\'s subject in the past ("said the attack killed")', () => {
    expect(whenOf('Officials said the attack killed 12 people.', 'attack')?.end).toBe('2019-10-11T00:00:00+09:00');
  });
  it('keeps an object noun with the verb before it ("had held talks with")', () => {
    expect(whenOf('The minister said he had held talks with the rebels.', 'talks')?.end).toBe('2019-10-11T00:00:00+09:00');
  });
});

table('a noun right before its own verb stands in that verb\'s time', [
  { text: 'Harbor Software said Tuesday that its profit rose 18% in the third quarter.', trigger: 'profit', anchor: 'IS_INCLUDED "the third quarter"' },
  { text: 'Harbor Software said Tuesday that its profit rose 18% in the third quarter.', trigger: 'said', anchor: 'IS_INCLUDED "Tuesday"' },
  // Not an object: the noun after the verb keeps the nearest time.
  { text: 'The company reported a profit on Tuesday for the third quarter.', trigger: 'profit', anchor: 'IS_INCLUDED "Tuesday"' },
]);

describe('a future verb\'s subject is no future itself', () => {
  it('"the newly filed charges will intensify the manhunt" leaves the charges unbounded by the future', () => {
    expect(whenOf('The newly filed charges will intensify the manhunt, Tolbert said.', 'charges')?.start).toBeNull();
  });
});

describe('a future of continuing holds now already', () => {
  const inManila = (text: string, trigger: string) => whenOf(text, trigger, '2025-10-01', 'Asia/Manila');
  it('"Schools will remain closed until Friday": not only after the publication, ended by Friday', () => {
    expect(inManila('Schools will remain closed until Friday, the governor said.', 'remain')).toMatchObject({ start: null, end: '2025-10-04T00:00:00+08:00' });
  });
  it('"Troops will stay in the city": not over before the publication', () => {
    expect(inManila('Troops will stay in the city.', 'stay')?.start).toBeNull();
  });
  it('another future still starts after the publication ("Schools will close on Friday")', () => {
    expect(inManila('Schools will close on Friday.', 'close')?.start).toBe('2025-10-03T00:00:00+08:00');
    expect(inManila('Troops will leave the city.', 'leave')?.start).toBe('2025-10-02T00:00:00+08:00');
  });
});

describe('a happening over in a moment, named in a present clause, is already past', () => {
  it.each([
    ['Kopp is sought as a witness in the shooting.', 'shooting'],
    ['Police are investigating the bombing.', 'bombing'],
    ['He is responsible for the death of the doctor.', 'death'],
  ])('%s → "%s" ends by the publication', (text, trigger) => {
    expect(whenOf(text, trigger)?.end).toBe('2019-10-11T00:00:00+09:00');
  });
  it.each([
    // Not where the clause looks ahead to it, nor an arrest a reward is offered for.
    ['Officials fear an attack.', 'attack'],
    ['A reward is offered for information leading to his arrest.', 'arrest'],
    ['The talks resume in Geneva.', 'talks'],
  ])('%s → "%s" is not placed before the publication', (text, trigger) => {
    expect(whenOf(text, trigger)?.end ?? null).not.toBe('2019-10-11T00:00:00+09:00');
  });
});

table('a future act with a dated infinitive after it is in that time; a passive one comes by it', [
  { text: 'The prime minister will travel to Rome to see the pope next week.', trigger: 'travel', anchor: 'IS_INCLUDED "next week"' },
  { text: 'Senators will vote to confirm the nominee next week.', trigger: 'vote', anchor: 'IS_INCLUDED "next week"' },
  { text: 'Senators will vote to confirm the nominee next week.', trigger: 'confirm', anchor: 'IS_INCLUDED "next week"' },
  { text: 'The two sides will meet to discuss the dispute on Monday.', trigger: 'meet', anchor: 'IS_INCLUDED "Monday"' },
  { text: 'Residents will be allowed to return on Monday.', trigger: 'allowed', anchor: 'BEFORE-OR-OVERLAP "Monday"' },
  // Not an infinitive of the future verb: a report's future is after the report's time; a past verb keeps its time.
  { text: 'The company said Tuesday it will sell the unit.', trigger: 'sell', anchor: 'AFTER "Tuesday"' },
  { text: 'Senators voted to confirm the nominee last week.', trigger: 'voted', anchor: 'IS_INCLUDED "last week"' },
  { text: 'He will try to finish by Friday.', trigger: 'try', anchor: 'BEFORE-OR-OVERLAP "Friday"' },
]);

describe('a future act and its dated infinitive share one span', () => {
  it('keeps "will vote to confirm the nominee next week" inside next week, neither event a point', () => {
    for (const trigger of ['vote', 'confirm']) {
      expect(whenOf('Senators will vote to confirm the nominee next week.', trigger)).toMatchObject({ start: '2019-10-14T00:00:00+09:00', end: '2019-10-21T00:00:00+09:00' });
    }
  });
});

table('a participle aside on the subject dates itself, not the main verb after it', [
  { text: 'The policy, announced in April 2022, has cost taxpayers 140 million pounds.', trigger: 'announced', anchor: 'IS_INCLUDED "April 2022"', day: '2023-10-05' },
  { text: 'The policy, announced in April 2022, has cost taxpayers 140 million pounds.', trigger: 'cost', anchor: null, day: '2023-10-05' },
  { text: 'The suspect, arrested on Monday, appeared in court.', trigger: 'appeared', anchor: null, day: '2023-10-05' },
  // Not an aside: a list of past verbs keeps the shared time; a plain passive is the main verb.
  { text: 'Police arrived, searched the house on Monday, and left.', trigger: 'searched', anchor: 'IS_INCLUDED "Monday"', day: '2023-10-05' },
  { text: 'The policy was announced in April 2022.', trigger: 'announced', anchor: 'IS_INCLUDED "April 2022"', day: '2023-10-05' },
  { text: 'The policy, the minister announced in April 2022, has cost millions.', trigger: 'announced', anchor: 'IS_INCLUDED "April 2022"', day: '2023-10-05' },
]);

describe('a participle aside reports nothing', () => {
  it('"The policy, announced in April 2022, has cost": the cost is not what the announcement tells, and is not before it', () => {
    const analysis = analyze({ text: 'The policy, announced in April 2022, has cost taxpayers 140 million pounds.', publicationDate: '2023-10-05', timeZone: 'Europe/London' });
    const id = eventIdOf(analysis);
    expect(analysis.events.find((e) => e.text === 'announced')?.tense).toBeUndefined();
    expect(analysis.relations.filter((r) => r.from === id('cost') && r.to === id('announced'))).toEqual([]);
    expect(analysis.events.find((e) => e.text === 'cost')?.when).toMatchObject({ start: null, end: '2023-10-05T00:00:00+01:00' });
  });
});

table('what the verb of an offset\'s complement reports is not separated by the offset', [
  { text: 'The vote came three days after a report warned that costs could double.', trigger: 'warned', anchor: 'BEGINS "three days"', day: '2023-10-05' },
  { text: 'The vote came three days after a report warned that costs could double.', trigger: 'came', anchor: 'ENDS "three days"', day: '2023-10-05' },
  { text: 'The vote came three days after a report warned that costs could double.', trigger: 'double', anchor: null, day: '2023-10-05' },
  // Not a report: an untensed event of the complement still counts from the offset's start.
  { text: 'The vote came three days after prosecutors charged him with stealing $40 million.', trigger: 'stealing', anchor: 'BEGINS "three days"', day: '2023-10-05' },
  // An event noun of departure joins the offset: "minutes before takeoff".
  { text: 'The plane was grounded minutes before takeoff.', trigger: 'takeoff', anchor: 'ENDS "minutes"', day: '2023-10-05' },
  { text: 'The plane was grounded minutes before takeoff.', trigger: 'grounded', anchor: 'BEGINS "minutes"', day: '2023-10-05' },
]);

table('the length of a penalty dates no event', [
  { text: 'A judge on Tuesday sentenced him to eight years in prison.', trigger: 'sentenced', anchor: 'IS_INCLUDED "Tuesday"', day: '2024-11-14' },
  { text: 'His lawyers had asked for a sentence of no more than three years.', trigger: 'asked', anchor: null, day: '2024-11-14' },
  { text: 'He faces up to 20 years behind bars.', trigger: 'faces', anchor: null, day: '2024-11-14' },
  { text: 'She was given two years of probation.', trigger: 'given', anchor: null, day: '2024-11-14' },
  // Not a penalty: a length of time an event lasts is its own.
  { text: 'He served in the army for eight years.', trigger: 'served', anchor: 'DURING "eight years"', day: '2024-11-14' },
  { text: 'He spent eight years in Paris.', trigger: 'spent', anchor: 'DURING "eight years"', day: '2024-11-14' },
  { text: 'He spent eight years in prison.', trigger: 'spent', anchor: 'DURING "eight years"', day: '2024-11-14' },
]);

table('a past relative clause on a thing after the dated verb came before that time', [
  { text: 'A judge on Tuesday sentenced him for a fraud scheme that cost investors $200 million.', trigger: 'cost', anchor: 'BEFORE "Tuesday"', day: '2024-11-14' },
  { text: 'Police on Friday arrested a man who had threatened the mayor.', trigger: 'threatened', anchor: 'BEFORE "Friday"', day: '2024-11-14' },
  // Not on an event noun (its clause tells of it), nor after the time itself ("said Friday that"), nor in the present.
  { text: 'On Friday morning, four people were killed in an explosion that took place near the embassy.', trigger: 'took', anchor: 'IS_INCLUDED "Friday morning"', day: '2024-11-16' },
  // (What "said Friday" reports is before it by the report's reading; a present holds then and after.)
  { text: 'The company said Friday that it violated the policy.', trigger: 'violated', anchor: 'BEFORE "Friday"', day: '2024-11-16' },
  { text: 'Police on Friday arrested a man who lives near the school.', trigger: 'lives', anchor: 'OVERLAP-OR-AFTER "Friday"', day: '2024-11-16' },
]);

table('the time of a report closing its sentence is not that of an infinitive it reports', [
  { text: 'They plan to appeal, spokesman Mark Liu said Wednesday.', trigger: 'appeal', anchor: 'AFTER "Wednesday"', day: '2024-11-14' },
  { text: 'They plan to appeal, spokesman Mark Liu said Wednesday.', trigger: 'said', anchor: 'IS_INCLUDED "Wednesday"', day: '2024-11-14' },
  // Not a closing report: an infinitive before its own time keeps it; a report with a complement after it frames that.
  { text: 'Officials plan to visit Osaka next week.', trigger: 'visit', anchor: 'IS_INCLUDED "next week"', day: '2024-11-14' },
  { text: 'The leader, in an effort to launch talks, announced yesterday that he will withdraw.', trigger: 'launch', anchor: 'IS_INCLUDED "yesterday"', day: '2024-11-14' },
]);

table('a length in what a report tells is not the report\'s; a birthday is an event to count from', [
  { text: 'He said he would take a day off on Saturday.', trigger: 'said', anchor: 'BEFORE "Saturday"', day: '2024-01-26' },
  { text: 'He said he would rest for a week.', trigger: 'said', anchor: null, day: '2024-01-26' },
  // Not in a report: a length of the clause's own event is its time.
  { text: 'He rested for a week.', trigger: 'rested', anchor: 'DURING "a week"', day: '2024-01-26' },
  { text: 'Alcaraz reached the final on Thursday, a day after his 21st birthday.', trigger: 'birthday', anchor: 'BEGINS "a day"', day: '2024-01-26' },
]);

table('a decree with a start after its object: the object begins then, the decree comes by it', [
  { text: 'Officials ordered the evacuation of low-lying neighborhoods beginning Monday afternoon.', trigger: 'evacuation', anchor: 'BEGUN_BY "Monday afternoon"', day: '2024-10-07' },
  { text: 'Officials ordered the evacuation of low-lying neighborhoods beginning Monday afternoon.', trigger: 'ordered', anchor: 'BEFORE-OR-OVERLAP "Monday afternoon"', day: '2024-10-07' },
  // Not a start: the decree keeps its own time and what it calls for comes after.
  { text: 'The governor ordered an inquiry on Tuesday.', trigger: 'ordered', anchor: 'IS_INCLUDED "Tuesday"', day: '2024-10-07' },
  { text: 'The governor ordered an inquiry on Tuesday.', trigger: 'inquiry', anchor: 'AFTER "Tuesday"', day: '2024-10-07' },
]);

describe('a signal phrase ends at "but"', () => {
  it('"expect it to weaken before landfall but remain a hurricane" links nothing by "before"', () => {
    const analysis = analyze({ text: 'Forecasters expect it to weaken slightly before landfall but remain a major hurricane.', publicationDate: '2024-10-07', timeZone: 'America/New_York' });
    expect(analysis.relations.filter((r) => r.via === 'before')).toEqual([]);
  });
  it('still links "before the storm arrives"', () => {
    const analysis = analyze({ text: 'Crews worked to clear debris before the storm arrives.', publicationDate: '2024-10-07', timeZone: 'America/New_York' });
    expect(analysis.relations.filter((r) => r.via === 'before')).toHaveLength(1);
  });
});

table('a signal before a short subject of the time\'s verb places the event before it', [
  { text: 'Investors had expected a stronger outlook after rivals reported strong demand earlier this month.', trigger: 'expected', anchor: 'OVERLAP-OR-AFTER "earlier this month"', day: '2024-11-20' },
  { text: 'He has published four books since she moved to Paris in 2010.', trigger: 'published', anchor: 'OVERLAP-OR-AFTER "2010"', day: '2024-11-20' },
  // Not across an event: the subject is plain words only.
  { text: 'Investors had expected a stronger outlook before the strong earnings rivals reported earlier this month.', trigger: 'expected', anchor: 'BEFORE "earlier this month"', day: '2024-11-20' },
]);

table('what stands before a report\'s "that" takes no length from its complement', [
  { text: 'Huang told analysts on a conference call that demand would exceed supply for several quarters.', trigger: 'call', anchor: null, day: '2024-11-20' },
  { text: 'Huang told analysts on a conference call that demand would exceed supply for several quarters.', trigger: 'exceed', anchor: 'DURING "several quarters"', day: '2024-11-20' },
]);

describe('a noun before a future verb of its own is not told of as past', () => {
  it('"production began in the summer and shipments will ramp up through next year, he said": no end before the telling', () => {
    const analysis = analyze({ text: 'Production began in the summer and shipments will ramp up through next year, he said.', publicationDate: '2024-11-20', timeZone: 'America/Los_Angeles' });
    const shipments = analysis.events.find((e) => e.text === 'shipments');
    expect(shipments?.when.end).toBeNull();
    expect(analysis.relations.filter((r) => r.from === shipments?.id && r.via.startsWith('reported'))).toEqual([]);
  });
});

table('a reduced relative with its time right after the participle dates only itself', [
  { text: 'Ukraine had received only a fraction of the weapons promised last year.', trigger: 'received', anchor: null, day: '2024-02-18' },
  { text: 'Ukraine had received only a fraction of the weapons promised last year.', trigger: 'promised', anchor: 'IS_INCLUDED "last year"', day: '2024-02-18' },
  // As with a preposition: "breaking a record set in 1916".
  { text: 'The runner broke a record set in 1916.', trigger: 'broke', anchor: null, day: '2024-02-18' },
  // Not a reduced relative: the verb's own bare time.
  { text: 'Ukraine received the weapons last year.', trigger: 'received', anchor: 'IS_INCLUDED "last year"', day: '2024-02-18' },
]);

table('an -ing subject of a verb of ending ends in its time', [
  { text: 'Early voting ended Friday.', trigger: 'voting', anchor: 'ENDED_BY "Friday"', day: '2022-12-05' },
  { text: 'The strike ended Friday.', trigger: 'strike', anchor: 'ENDED_BY "Friday"', day: '2022-12-05' },
  // Not of a verb of beginning: what begins goes on (its reading is left to tense).
  { text: 'Fighting began on Monday.', trigger: 'Fighting', anchor: 'IS_INCLUDED "Monday"', day: '2022-12-07' },
]);

describe('a relative "which" or "that" before an aspectual verb stands for the noun it begins or ends', () => {
  const run = (text: string) => analyze({ text, publicationDate: '2025-11-11', timeZone: 'Asia/Tokyo' });
  const eventNamed = (analysis: Analysis, text: string) => analysis.events.find((e) => e.text === text);
  it.each([
    ['It blamed the cost of the recall, which begins next month.', 'recall', 'begins', '2025-12-01T00:00:00+09:00'],
    ['Officials praised the strike that ended on Friday.', 'strike', 'ended', undefined],
  ])('%s', (text, noun, verb, start) => {
    const analysis = run(text);
    const link = analysis.relations.find((r) => r.from === eventNamed(analysis, verb)?.id && r.to === eventNamed(analysis, noun)?.id);
    expect(link?.type).toBe(verb === 'begins' ? 'BEGINS' : 'ENDS');
    if (start !== undefined) expect(eventNamed(analysis, noun)?.when.start).toBe(start);
  });
  it('the past the noun took from "blamed" is set aside by the beginning, and its reading by that past with it', () => {
    const analysis = run('It blamed the cost of the recall, which begins next month.');
    const recall = eventNamed(analysis, 'recall');
    expect(analysis.relations.filter((r) => r.from === recall?.id && r.via.endsWith('read by tense'))).toEqual([]);
    expect(analysis.diagnostics).toEqual([]);
  });
  // Not a relative: a "that" after a verb, and a "which" after a comma with no noun event before it.
  it.each([
    ['Officials admitted that ended the talks.', 'ended', ['talks']],
    ['He was late, which ended the meeting.', 'ended', ['meeting']],
  ])('%s', (text, verb, phased) => {
    const analysis = run(text);
    const from = eventNamed(analysis, verb)?.id;
    const to = analysis.relations.filter((r) => r.from === from && (r.type === 'BEGINS' || r.type === 'ENDS')).map((r) => analysis.events.find((e) => e.id === r.to)?.text);
    expect(to).toEqual(phased);
  });
});

table('a time after the event noun or subject of a "since" phrase dates the phrase, not the clause before it', [
  { text: 'The party has doubled its support since the last election in 2021.', trigger: 'doubled', anchor: 'BEGUN_BY "2021"', day: '2025-01-15' },
  { text: 'The party has doubled its support since the last election in 2021.', trigger: 'election', anchor: 'IS_INCLUDED "2021"', day: '2025-01-15' },
  { text: 'Prices have risen sharply since the war began in 2022.', trigger: 'risen', anchor: 'OVERLAP-OR-AFTER "2022"', day: '2025-01-15' },
  // Not after a signal: the clause's own time.
  { text: 'The party doubled its support at the election in 2021.', trigger: 'doubled', anchor: 'IS_INCLUDED "2021"', day: '2025-01-15' },
]);

table('a noun in a present clause may be set for a time to come', [
  { text: 'The funeral is on Friday.', trigger: 'funeral', anchor: 'IS_INCLUDED "Friday"', day: '2025-04-14' },
  { text: 'Its next match is at Getafe on Saturday.', trigger: 'match', anchor: 'IS_INCLUDED "Saturday"', day: '2025-04-14' },
  { text: 'The appointment takes effect Nov. 13.', trigger: 'appointment', anchor: 'IS_INCLUDED "Nov. 13"', day: '2025-10-02' },
  // Not against a signal: what concludes by a time is not inside it.
  { text: 'They cosponsor the talks that are supposed to conclude by May.', trigger: 'talks', anchor: 'BEFORE-OR-OVERLAP "May"', day: '2025-04-14' },
]);

table('what a vote is to do it does when cast; a recess is an event of its own', [
  { text: 'The Senate voted 68-31 on Thursday to pass the bill.', trigger: 'pass', anchor: 'IS_INCLUDED "Thursday"', day: '2021-08-10' },
  { text: 'Lawmakers are scheduled to leave for their August recess next week.', trigger: 'leave', anchor: 'IS_INCLUDED "next week"', day: '2021-08-10' },
  { text: 'Lawmakers are scheduled to leave for their August recess next week.', trigger: 'recess', anchor: 'IS_INCLUDED "August"', day: '2021-08-10' },
  // Not a vote: what is agreed to is done after the agreeing.
  { text: 'The company agreed on Thursday to sell the unit.', trigger: 'sell', anchor: 'AFTER "Thursday"', day: '2021-08-10' },
]);

describe('a relation names its signal as the text has it', () => {
  const vias = (text: string) => analyze({ text, publicationDate: '2021-08-10', timeZone: 'UTC' }).relations.map((r) => r.via);
  it('a signal before the time: "until Friday"', () => {
    expect(vias('Crews worked until Friday.')).toContain('"until Friday"');
  });
  it('a signal of the event\'s own clause is not joined to a time it does not stand before', () => {
    const all = vias('Pelosi said Thursday she will not bring it to a vote until the Senate approves a larger package.');
    expect(all.some((v) => v.startsWith('"until" against "Thursday"'))).toBe(true);
    expect(all.some((v) => v.includes('"until Thursday"'))).toBe(false);
  });
});

table('the subject or phased event of a verb before or after a time is not in that time', [
  { text: 'The fire broke out in the attic shortly before 7 p.m. on April 15, 2019.', trigger: 'fire', anchor: null, day: '2024-12-08' },
  { text: 'The fire broke out in the attic shortly before 7 p.m. on April 15, 2019.', trigger: 'broke', anchor: 'BEFORE "7 p.m. on April 15, 2019"', day: '2024-12-08' },
  { text: 'The meeting ended after noon.', trigger: 'meeting', anchor: null, day: '2024-12-08' },
  // In the time, the subject takes it, and a phase verb's event begins or ends in it.
  { text: 'The company\'s profit rose in the third quarter.', trigger: 'profit', anchor: 'IS_INCLUDED "the third quarter"', day: '2024-12-08' },
  { text: 'The strike ended on Friday.', trigger: 'strike', anchor: 'ENDED_BY "Friday"', day: '2024-12-08' },
]);

table('a report closing its sentence comes at or after what it tells; a charge comes after its crime', [
  { text: 'The suspect had bought the rifle in 2021, months before he turned 19, investigators said.', trigger: 'said', anchor: 'OVERLAP-OR-AFTER "2021"', day: '2022-08-05' },
  { text: 'Police arrested a man in connection with the shooting at a Fourth of July parade, authorities said.', trigger: 'said', anchor: 'OVERLAP-OR-AFTER "Fourth of July"', day: '2022-08-05' },
  { text: 'He was charged Thursday with seven counts of first-degree murder.', trigger: 'murder', anchor: 'BEFORE "Thursday"', day: '2022-08-05' },
  { text: 'Police on Friday arrested a man for the attack.', trigger: 'attack', anchor: 'BEFORE "Friday"', day: '2022-08-05' },
  // Not a crime charged: the object of another verb keeps the time.
  { text: 'The mayor on Friday attended the parade.', trigger: 'parade', anchor: 'IS_INCLUDED "Friday"', day: '2022-08-08' },
]);

describe('comparisons and -ing reports frame nothing before them', () => {
  const run = (text: string) => analyze({ text, publicationDate: '2024-12-05', timeZone: 'America/New_York' });
  it('"…, citing problems with the heat shield" does not report the delay before it', () => {
    const analysis = run('NASA on Tuesday delayed the launch of its moon mission, citing problems with the heat shield.');
    const citing = analysis.events.find((e) => e.text === 'citing');
    expect(analysis.relations.filter((r) => r.to === citing?.id && r.via.startsWith('reported'))).toEqual([]);
  });
  it('"a year later than it had said in January" is no sequence and no report of the plan', () => {
    const analysis = run('Engineers found the damage in 2023. The agency now plans to land astronauts in 2027, a year later than it had said in January.');
    expect(analysis.relations.filter((r) => r.via.includes('later'))).toEqual([]);
    expect(analysis.diagnostics.filter((d) => d.code === 'CONTRADICTION')).toEqual([]);
  });
  it('still reads "a year later, the agency changed course" as a sequence', () => {
    const analysis = run('Engineers found the damage in 2023. A year later, the agency changed course.');
    expect(analysis.relations.some((r) => r.via === 'A year later' || r.via.includes('year later'))).toBe(true);
  });
});

describe('a report followed by the modal it reports frames nothing before it', () => {
  const run = (text: string) => analyze({ text, publicationDate: '2025-11-11', timeZone: 'Asia/Tokyo' });
  const reportedBy = (analysis: Analysis, report: string) => {
    const id = analysis.events.find((e) => e.text === report)?.id;
    return analysis.relations.filter((r) => r.to === id && r.via.startsWith('reported')).map((r) => analysis.events.find((e) => e.id === r.from)?.text);
  };
  it('"fell on Tuesday, a day after the carmaker cut its forecast and said it would recall": the fall is not reported, and keeps its day', () => {
    const analysis = run('Shares fell 9% on Tuesday, a day after the carmaker cut its full-year profit forecast and said it would recall nearly 400,000 vehicles.');
    expect(reportedBy(analysis, 'said')).toEqual(['recall']);
    expect(analysis.events.find((e) => e.text === 'fell')?.when).toMatchObject({ start: '2025-11-11T00:00:00+09:00', end: '2025-11-12T00:00:00+09:00' });
  });
  it('"Norwood Partners said it may make a tender offer": the name is not reported', () => {
    expect(reportedBy(run('Norwood Partners Limited Partnership of Boston said it may make a tender offer for the shares.'), 'said')).not.toContain('Limited');
  });
  it.each([
    ['Chief executive Kenji Sato, who took over in April, told reporters on Monday evening that the company would cut 5,000 jobs.', 'told', ['cut']],
    ['Integra, which owns and operates hotels, said that Hallwood Group Inc. has agreed to buy the rights.', 'said', ['agreed']],
  ])('%s: a "that" after a report frames forward, after a comma closing its subject\'s aside too', (text, report, told) => {
    expect(reportedBy(run(text), report)).toEqual(told);
  });
  // A report closing its sentence still frames what comes before it, after a quotation also with a relative "that".
  it.each([
    ['"We won the struggle," said a message that was read on Wednesday night.', 'won'],
    ['The plant closed in March, the company said.', 'closed'],
    ['"We will appeal," the lawyer said.', 'appeal'],
  ])('%s', (text, told) => {
    expect(reportedBy(run(text), 'said')).toContain(told);
  });
});

table('a postponement\'s new time dates what is put off', [
  { text: 'NASA on Tuesday delayed the launch of its moon mission to April 2026.', trigger: 'launch', anchor: 'IS_INCLUDED "April 2026"', day: '2024-12-05' },
  { text: 'NASA on Tuesday delayed the launch of its moon mission to April 2026.', trigger: 'delayed', anchor: 'IS_INCLUDED "Tuesday"', day: '2024-12-05' },
  { text: 'The court postponed the hearing to March 3.', trigger: 'hearing', anchor: 'IS_INCLUDED "March 3"', day: '2024-12-05' },
  // Not a postponement: "to" after another verb's object keeps the verb's reading.
  { text: 'The company moved its headquarters to Texas in 2021.', trigger: 'moved', anchor: 'IS_INCLUDED "2021"', day: '2024-12-05' },
]);

describe('"since" after a ranking word: after, not begun by', () => {
  const run = (text: string) => analyze({ text, publicationDate: '2025-06-07', timeZone: 'Europe/Zurich' });
  it('"Cases have fallen for the first time since the outbreak began": the fall is after the beginning', () => {
    const analysis = run('Cases have fallen for the first time since the outbreak began.');
    const id = eventIdOf(analysis);
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: id('began'), to: id('fallen'), type: 'BEFORE' }));
    expect(analysis.relations.filter((r) => r.type === 'BEGUN_BY')).toEqual([]);
  });
});

table('a quantity word across a verb group ranks nothing', [
  { text: 'Most infections have been recorded since January.', trigger: 'recorded', anchor: 'BEGUN_BY "January"', day: '2025-06-07' },
  // …a superlative in the phrase still does.
  { text: 'Prices posted their biggest drop since January.', trigger: 'drop', anchor: 'AFTER "January"', day: '2025-06-07' },
]);

table('the main verb after a relative clause on its subject comes at or after the clause\'s time', [
  { text: 'Heavy rains that began in March have killed at least 169 people.', trigger: 'killed', anchor: 'OVERLAP-OR-AFTER "March"', day: '2024-04-30' },
  { text: 'The suspect who fled on Monday was arrested.', trigger: 'arrested', anchor: 'OVERLAP-OR-AFTER "Monday"', day: '2024-04-30' },
  // Not after a relative clause: the verb's own clause time.
  { text: 'Heavy rains began in March and have killed 169 people.', trigger: 'began', anchor: 'IS_INCLUDED "March"', day: '2024-04-30' },
]);

table('a future verb with a dated event-noun object is in that time', [
  { text: 'The court will hear the government\'s appeal next month.', trigger: 'hear', anchor: 'IS_INCLUDED "next month"', day: '2023-10-05' },
  { text: 'The court will hear the government\'s appeal next month.', trigger: 'appeal', anchor: 'IS_INCLUDED "next month"', day: '2023-10-05' },
]);

table('an obituary: a signal phrase stands by its verb\'s time, a birth opens its sentence', [
  { text: 'Morrison died Monday night at a hospital after a short illness, her publisher said Tuesday.', trigger: 'illness', anchor: 'BEFORE-OR-OVERLAP "Monday night"', day: '2019-08-06' },
  { text: 'Morrison died Monday night at a hospital after a short illness, her publisher said Tuesday.', trigger: 'died', anchor: 'IS_INCLUDED "Monday night"', day: '2019-08-06' },
  { text: 'Born Chloe Wofford in 1931, she worked as an editor.', trigger: 'Born', anchor: 'IS_INCLUDED "1931"', day: '2019-08-06' },
  // A phrase with a time of its own keeps it: "after several quarters of losses".
  { text: 'It recently achieved profitability after several quarters of losses.', trigger: 'losses', anchor: 'INCLUDES "several quarters"', day: '2019-08-06' },
]);

describe('a signal phrase ends at a comma', () => {
  it('"after a short illness, her publisher said" does not put the saying before the death', () => {
    const analysis = analyze({ text: 'Morrison died Monday night after a short illness, her publisher said Tuesday.', publicationDate: '2019-08-06T15:00:00-04:00', timeZone: 'America/New_York' });
    const id = eventIdOf(analysis);
    expect(analysis.relations.filter((r) => r.from === id('said') && r.to === id('died'))).toEqual([]);
    expect(analysis.events.find((e) => e.text === 'died')?.when.start).toBe('2019-08-05T19:00:00-04:00');
  });
});

describe('a signal phrase after a report aside modifies the clause the report tells', () => {
  it('"resumed talks on Tuesday, the Pentagon said, a week after the leaders agreed": the agreeing is a week before the resuming', () => {
    const analysis = analyze({ text: 'Officials resumed military talks on Tuesday, the Pentagon said, a week after the two leaders agreed to restore communication.', publicationDate: '2023-11-23', timeZone: 'Asia/Shanghai' });
    const id = eventIdOf(analysis);
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: id('agreed'), to: id('resumed'), type: 'BEFORE', via: 'a week after' }));
    expect(analysis.relations.filter((r) => r.to === id('said') && r.via === 'a week after')).toEqual([]);
  });
  it('still reads a report the phrase follows directly: "said so a week after the vote"', () => {
    const analysis = analyze({ text: 'The minister said so a week after the vote.', publicationDate: '2023-11-23', timeZone: 'Asia/Shanghai' });
    const id = eventIdOf(analysis);
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: id('vote'), to: id('said'), via: 'a week after' }));
  });
});
