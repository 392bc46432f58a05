import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import { detectEvents } from '../src/events/detect.js';
import { splitSentences } from '../src/events/tokens.js';
import { tenseOf } from '../src/events/event-types.js';
import { anchorTimexes } from '../src/events/anchor.js';
import type { Timex } from '../src/schema.js';

const events = (text: string) => detectEvents(text).flatMap((s) => s.events);
const find = (text: string, trigger: string) => events(text).find((e) => e.text === trigger);

describe('event detection and verb-group tense', () => {
  it.each([
    ['They have crossed into the area.', 'crossed', 'present', 'perfective'],
    ['The buses had intended to take the road.', 'intended', 'past', 'perfective'],
    ['The minister will meet the envoy.', 'meet', 'future', 'none'],
    ['The army was shelling the city.', 'shelling', 'past', 'progressive'],
    ['Children evacuate the neighbourhood.', 'evacuate', 'present', 'none'],
    ['The convoy left the border.', 'left', 'past', 'none'],
  ])('%s → %s is %s (%s)', (text, trigger, tense, aspect) => {
    const e = find(text, trigger);
    expect(e?.pos).toBe('verb');
    expect(tenseOf(e!)).toBe(tense);
    expect(e?.group).toMatchObject({ form: 'finite', aspect });
  });

  it('reads a past form after a nonfinite auxiliary as a participle ("soon after being captured")', () => {
    expect(find('He had been killed soon after being captured.', 'captured')?.group).toMatchObject({ form: 'participle' });
    expect(find('Having been warned, they left.', 'warned')?.group).toMatchObject({ form: 'participle' });
  });

  it('reads "plans to visit" as a future infinitive and skips auxiliaries', () => {
    const list = events('The president plans to visit Paris and has not said why.');
    expect(list.map((e) => e.text)).toEqual(['plans', 'visit', 'said']);
    expect(tenseOf(list[1]!)).toBe('future');
    // Between its subject and "to" the -s form is the verb; after a determiner or possessive, the noun.
    expect(list[0]).toMatchObject({ pos: 'verb', group: { form: 'finite', tense: 'present' } });
    expect(find('Its plans to expand were dropped.', 'plans')?.pos).toBe('noun');
    expect(find("Iraq's threats to bomb the convoy failed.", 'threats')?.pos).toBe('noun');
  });

  it.each([
    // A word the lexicon does not know is a bare infinitive after a modal before an object or its preposition.
    ['Conditions will exhibit a further decline.', 'exhibit', 'future'],
    ['They will dispose of the bonds.', 'dispose', 'future'],
    ['The panel would garner the votes.', 'garner', undefined],
    // …also past a negation: a denied modal.
    ['The bridge will not reopen before August.', 'reopen', 'future'],
    ["They won't outbid the rival consortium.", 'outbid', 'future'],
  ])('%s → unlisted "%s" is a verb (%s)', (text, trigger, tense) => {
    const e = find(text, trigger);
    expect(e?.pos).toBe('verb');
    expect(tenseOf(e!)).toBe(tense);
  });

  it.each([
    ['We haven\'t seen anything like this in a hundred years.', false],
    ['Bugs like this are a normal part of product development.', false],
    ['Australia, like many Commonwealth nations, recognizes the monarch.', false],
    ['As investment bankers like to say, it is time to reposition.', true],
    ['They like the new plan.', true],
    ["We'd like to continue to reduce debt.", true],
  ])('%s → "like" is a verb: %s', (text, verb) => {
    expect(find(text, 'like') !== undefined).toBe(verb);
  });

  it('reads "last" before a past form as the adverb ("Japan last issued such an advisory in 2011")', () => {
    expect(find('Japan last issued such an advisory in 2011.', 'last')).toBeUndefined();
    expect(find('The talks could last weeks.', 'last')?.pos).toBe('verb');
  });

  it('reads a base form after "a" and a word as the head noun ("a climate target in 2008")', () => {
    expect(find('The bloc first set a climate target in 2008.', 'target')?.pos).toBe('noun');
    expect(find('The bloc first set a climate target in 2008.', 'set')?.pos).toBe('verb');
    expect(find('A few people agree.', 'agree')?.pos).toBe('verb');
  });

  it.each([
    // A person named after a verb is no event ("a federal judge", "a key witness")…
    ['A federal judge on Tuesday sentenced him.', 'judge', false],
    ['A key witness testified on Monday.', 'witness', false],
    ['The deal was signed by a senior envoy.', 'envoy', false],
    // …but an act so named is, and the verbs stay verbs.
    ['The bloc first set a climate target in 2008.', 'target', true],
    ['The judge will rule soon.', 'rule', true],
    ['Officials said they would judge the plan on its merits.', 'judge', true],
  ])('%s → "%s" is an event: %s', (text, trigger, isEvent) => {
    expect(find(text, trigger) !== undefined).toBe(isEvent);
  });

  it.each([
    // Participles that work as prepositions are no events (TimeML tags none)…
    ['Sales rose 5%, compared with a year earlier.', 'compared', false],
    ['It owns three units, including a bank.', 'including', false],
    ['A civil rights group based in Montgomery, Alabama, monitors them.', 'based', false],
    ['The Kearny, N.J.-based maker of hair accessories agreed.', 'based', false],
    // …unless an auxiliary or an object makes them verbs.
    ['The daily Granma compared Elian with Guevara.', 'compared', true],
    ['The panel will be based in Addis Ababa.', 'based', true],
    ['Dow Jones based its projections on growth.', 'based', true],
    ['The package is including a bonus.', 'including', true],
  ])('%s → "%s" is an event: %s', (text, trigger, isEvent) => {
    expect(find(text, trigger) !== undefined).toBe(isEvent);
  });

  it.each([
    // A plural after a possessive, and plurals news writes as nouns far more than as verbs, are no events…
    ["The sale represents 10.2% of Meridian's shares outstanding.", 'shares', false],
    ["The partners said they hold 15% of all shares outstanding.", 'shares', false],
    ['U.S. forces in Saudi Arabia were put on alert.', 'forces', false],
    ['Its mutual funds in Boston were closed to new investors.', 'funds', false],
    // …but the verb stays after a pronoun or relative, before an object or complement, or on a firm named with "'s".
    ['They also share Islam with the ethnic Albanians.', 'share', true],
    ['The report states that prices rose.', 'states', true],
    ["The acquisition of Weisfield's raises Ratners's U.S. presence to 450 stores.", 'raises', true],
  ])('%s → "%s" is an event: %s', (text, trigger, isEvent) => {
    expect(find(text, trigger) !== undefined).toBe(isEvent);
  });

  it('reads an -ing form after a determiner, a year and names as the noun ("the 1996 Olympic bombing")', () => {
    expect(find('He is charged in the 1996 Olympic bombing that killed one person.', 'bombing')?.pos).toBe('noun');
    expect(find('He is charged in the January 1998 bombing of a clinic.', 'bombing')?.pos).toBe('noun');
    expect(find('Children marched around the Parque Central chanting slogans.', 'chanting')?.pos).toBe('verb');
  });

  it('reads an -s form before ", which" as the noun the clause describes', () => {
    expect(find('Interest rates, which the bank cut in February, are expected to fall.', 'rates')).toBeUndefined();
    expect(find('Interest rates, which the bank cut in February, are expected to fall.', 'cut')?.pos).toBe('verb');
  });

  it('does not read a degree word after a modal as a verb ("will more than offset")', () => {
    expect(find('The savings will more than offset the costs.', 'more')).toBeUndefined();
  });

  it.each([
    // A chain of its own after "to" ("to be used", "to have to live") still reads the governor of "to".
    ['This opinion is going to be used against us.', 'used'],
    ["They're going to have to live without it.", 'live'],
    ['Glenn is about to go into space again.', 'go'],
    ['The panel is to be funded by donors.', 'funded'],
    // Likelihood and readiness look ahead too, unless a past "be" sets them in the past.
    ['That is a ruling likely to send the lawyers back to court.', 'send'],
    ['Whether the deal makes sense remains to be seen.', 'seen'],
    ['Whether this proves positive is yet to be seen.', 'seen'],
    ['The board has yet to decide on the offer.', 'decide'],
  ])('%s → "%s" is a future infinitive', (text, trigger) => {
    expect(find(text, trigger)?.group).toEqual({ form: 'infinitive', tense: 'future' });
  });

  it('reads an infinitive under a past governor without a tense, not as a simple past', () => {
    expect(find('The ships were expected to be placed under guard.', 'placed')?.group).toEqual({ form: 'infinitive' });
    expect(find('He was likely to win the vote.', 'win')?.group).toEqual({ form: 'infinitive' });
  });

  it('finds event nouns and kinds', () => {
    const list = events('An airstrike hit the bridge, officials said in a statement.');
    expect(list.map((e) => [e.text, e.pos, e.kind])).toEqual([
      ['airstrike', 'noun', 'occurrence'], ['hit', 'verb', 'occurrence'], ['said', 'verb', 'reporting'], ['statement', 'noun', 'reporting'],
    ]);
  });

  it('finds the main verb after an appositive and inverted reporting verbs after a quote or comma', () => {
    expect(events('Mr. Stronach, founder of Magna, resigned as chief executive.').map((e) => e.text)).toEqual(['resigned']);
    expect(find('About 200 Americans _ embassy staff and their families _ left Pakistan today.', 'left')?.group).toMatchObject({ form: 'finite', tense: 'past' });
    expect(find('Displaced children evacuate a neighbourhood.', 'Displaced')).toBeUndefined();
    const inverted = events('"Saddam is finished," says Christine Helms, a scholar.');
    expect(inverted.find((e) => e.text === 'says')).toMatchObject({ kind: 'reporting', pos: 'verb' });
    expect(tenseOf(inverted.find((e) => e.text === 'says')!)).toBe('present');
  });

  it.each([
    // "have" is an auxiliary only before a participle; before an -ing form it is the main verb (a state).
    ['The divested operations had operating profit of #50 million.', 'had', true],
    ['The company has selling costs of $3 million.', 'has', true],
    ['The company had operated the mill.', 'had', false],
    ['The buses have left.', 'have', false],
    ['They have been warned.', 'have', false],
  ])('%s → "%s" is an event: %s', (text, trigger, expected) => {
    expect(find(text, trigger) !== undefined).toBe(expected);
  });

  it.each([
    // After an aside closed by a comma, a base form before "that" is the verb of a plural subject.
    ['Conceptual drawings, released this month, show that it may feature several areas.', 'show', true],
    ['Mr. Ackerman said the buy-back, and the above-market price paid, prove that Mr. Edelman is running scared.', 'prove', true],
    // …not a base form in a list of nouns.
    ['The company makes shoes, shirts, dress coats and hats.', 'dress', false],
    // A participle opening the sentence before its copula is the predicate; before a bare noun, an adjective.
    ['Arrested was a local man.', 'Arrested', true],
    ['Displaced children evacuate the town.', 'Displaced', false],
    // A reporting verb after a quantifier standing as its subject, before a comma, a full stop or "that".
    ["What's really behind those objections, some say, is a collision with a new reality.", 'say', true],
    ['Many say that the plan failed.', 'say', true],
    // …not a noun after a quantifier that determines it.
    ['Some state officials were late.', 'state', false],
    // A past "asked" after a quotation is inverted, as "said" is.
    ['"Why have a war?" asked Abdul Latif Shekar, a customs officer in Egypt.', 'asked', true],
    ['"Where\'s the bid?" asked Pierre Panet-Raymond, an analyst.', 'asked', true],
    // An -s form after a participle clause set off by commas is the main verb…
    ['Westinghouse Electric Corp., capitalizing on a major restructuring program, expects operating margins of more than 10%.', 'expects', true],
    // …not a subject before its verb.
    ['Bombs exploded in two capitals Friday, killing dozens of people, witnesses said.', 'witnesses', false],
    // A verb with no noun of its form is the verb after any noun phrase, a participle's, a quoted word's or an
    // appositive's too.
    ['Steel plates recovered at the Olympic park bombing appear to match those found at the clinic.', 'appear', true],
    ['The bugs will be fixed before most computers using the chip as their "brains" appear on the market.', 'appear', true],
    ['Problems in the new chips seem to be minor.', 'seem', true],
    ['Peter Holland, 45, deputy general manager, becomes director of corporate affairs.', 'becomes', true],
    // An irregular verb the lexicon lacked: "underwrite".
    ['Lawrence Insurance underwrites mostly primary insurance, a company spokesman said.', 'underwrites', true],
    ['Two banks underwrote the offering.', 'underwrote', true],
    // …and "spell" ("could spell trouble"); "pending" is a state after "be" ("The petition is still pending").
    ['The withdrawals could spell trouble for the junk market.', 'spell', true],
    ['The petition is still pending, but he downplayed it.', 'pending', true],
    ['The petition is still pending, but he downplayed it.', 'is', false],
    // …but not after a determiner.
    ['They made an appear at the show.', 'appear', false],
  ])('%s → "%s" is an event: %s', (text, trigger, expected) => {
    expect(find(text, trigger) !== undefined).toBe(expected);
  });

  it.each([
    // An -s form after a person's name and before a named object is the verb; in a noun phrase, the noun.
    ['Strikes will hold off until UN secretary general Kofi Annan visits Baghdad.', 'visits', 'verb'],
    ['Reporters covered the Bill Clinton visits Tuesday.', 'visits', 'noun'],
  ])('%s → "%s" is a %s', (text, trigger, pos) => {
    expect(find(text, trigger)?.pos).toBe(pos);
  });

  it.each([
    // A negated participle ("un-" on a listed participle) before its noun or after "have" is an adjective, no event.
    ["Customers holding contracts for Waertsilae Marine's undelivered ships are expected to subscribe.", 'undelivered', false],
    ['Columbia also has unrealized gains in its portfolio.', 'unrealized', false],
    ['Columbia also has unrealized gains in its portfolio.', 'has', true],
    ['The dividend would be paid on a still unspecified date in January.', 'date', false],
    ['An unidentified man was arrested.', 'unidentified', false],
    // …but a predicate of "be" or a linking verb stays, and so does an "un-" that undoes an act.
    ['Prices were unchanged.', 'unchanged', true],
    ['Sales remained largely unchanged.', 'unchanged', true],
    ["Still unresolved is Sony's effort to hire producers.", 'unresolved', true],
    ['The ship has unloaded its cargo.', 'unloaded', true],
    ['The police have uncovered a plot.', 'uncovered', true],
  ])('%s → "%s" is an event: %s', (text, trigger, expected) => {
    expect(find(text, trigger) !== undefined).toBe(expected);
  });

  it('reads a copula after an auxiliary or modal as a state ("has been", "may be"), not "there is" or "being"', () => {
    expect(events('Poland has been sensitive to the reactions of Russia.').map((e) => [e.text, e.kind])).toEqual([['been', 'state']]);
    expect(events('Kopp may be in Mexico.').map((e) => e.text)).toEqual(['be']);
    expect(events('There is no statute.').map((e) => e.text)).toEqual([]);
  });

  it.each([
    // The predicate is the event, past a degree word or a manner adverb in -ly.
    ["Third-quarter earnings haven't been very good.", 'good'],
    ['Plans for a surge in market share may have been overly optimistic.', 'optimistic'],
    ['Today the right to work is equal to the right to survival.', 'equal'],
    ['Competition is fairly intense right now.', 'intense'],
    ['They were happy with the result.', 'happy'],
    // An expletive "it" with an extraposed clause keeps the copula as the event (as TimeML tags it).
    ['It is bad enough that they are working to dismantle it.', 'is'],
    ['It is likely that the talks will resume.', 'is'],
  ])('%s → the event is "%s"', (text, trigger) => {
    expect(events(text).filter((e) => e.kind === 'state').map((e) => e.text)).toEqual([trigger]);
  });

  it('takes a predicative state adjective as the event, in the tense of its copula', () => {
    const due = find('The dividend is due Dec. 1.', 'due');
    expect(due).toMatchObject({ pos: 'verb', kind: 'state', lemma: 'due' });
    expect(tenseOf(due!)).toBe('present');
    expect(events('The dividend is due Dec. 1.').map((e) => e.text)).toEqual(['due']);
    const eager = find('Investors were not eager to sell.', 'eager');
    expect(eager?.kind).toBe('intention');
    expect(tenseOf(eager!)).toBe('past');
    expect(events('The house is green.').map((e) => e.text)).toEqual(['is']);
  });

  it('knows the regular plurals of its event nouns', () => {
    expect(find('The invasions failed.', 'invasions')).toMatchObject({ pos: 'noun', kind: 'occurrence' });
    expect(find('Two celebrations took place.', 'celebrations')?.pos).toBe('noun');
  });

  it('does not take determiners + -ed adjectives or proper names as events', () => {
    expect(events('The displaced families of Islamic State members waited.').map((e) => e.text)).toEqual(['waited']);
  });
});

describe('anchoring', () => {
  const timex = (text: string, body: string): Timex => {
    const start = body.indexOf(text);
    return { id: 't1', text, start, end: start + text.length, type: 'DATE', value: 'XXXX', anchor: { kind: 'none' }, rule: 't', explanation: 't' };
  };
  it.each([
    ['Activists said Saturday that the convoy left.', 'Saturday', ['said']],
    ['The convoy that left the border six days ago is stranded.', 'six days ago', ['left']],
    ['Earlier this week, an airstrike created a crater and destroyed a bridge.', 'Earlier this week', ['airstrike', 'created', 'destroyed']],
    ['Children evacuate a town during the offensive to retake the city, on March 16.', 'March 16', ['evacuate']],
    ['Tomorrow the board of supervisors will vote on whether a school can relocate.', 'Tomorrow', ['vote']],
    ['On Tuesday, the league plans to hold a news conference to screen an advertisement.', 'On Tuesday', ['plans', 'hold', 'screen']],
    ['In the third quarter, the company, which is 61%-owned by Murphy Oil, had a net loss.', 'In the third quarter', ['had', 'loss']],
  ])('%s', (body, phrase, expected) => {
    const anchored = anchorTimexes(detectEvents(body), [timex(phrase, body)]).filter((a) => a.scope === 'direct').map((a) => a.event.text);
    expect(anchored).toEqual(expected);
  });

  it('gives a noun the time expression that premodifies it', () => {
    const body = 'Keating, who put the issue in the spotlight in his 1996 campaign, welcomed the result.';
    const direct = anchorTimexes(detectEvents(body), [timex('1996', body)]).filter((a) => a.scope === 'direct');
    expect(direct.map((a) => [a.event.text, a.relation])).toEqual([['campaign', 'IS_INCLUDED']]);
  });

  it.each([
    // A compound time adjective before an object noun dates that noun; the clause's verbs take the other time.
    ['The company said it expects to release third-quarter results in mid-November.', ['third-quarter', 'mid-November'], 'expects', 'mid-November'],
    ['He attributed the third-quarter performance to continued increases in sales, up from a year earlier.', ['third-quarter', 'a year earlier'], 'increases', 'a year earlier'],
    // A dated subject dates its verb.
    ['The company said its third-quarter earnings will be lower than the 16 cents a share it reported last year.', ['third-quarter', 'last year'], 'lower', 'third-quarter'],
    // A date (not a compound adjective) before an event noun still dates the clause around it.
    ['The warrant issued Monday charged Kopp in the 1995 shooting of a doctor, who survived the attack.', ['Monday', '1995'], 'attack', '1995'],
  ])('%s → %s', (body, phrases, trigger, expected) => {
    const anchors = anchorTimexes(detectEvents(body), phrases.map((p) => timex(p, body)));
    expect(anchors.find((a) => a.event.text === trigger)?.timex.text).toBe(expected);
  });

  it.each([
    ['Activists said Saturday that the convoy left.', 'Saturday', 'left', 'BEFORE'],
    ['Bangladesh said today its troops would join the force.', 'today', 'join', 'AFTER'],
    ['Officials said Thursday he has sent a team.', 'Thursday', 'sent', 'BEFORE'],
    ['Bush told a news conference on Tuesday that commerce flows through the port.', 'Tuesday', 'flows', 'OVERLAP'],
    ['The convoy left the border on Monday and crossed the desert.', 'Monday', 'crossed', 'IS_INCLUDED'],
    ['The ministers announced on Friday plans to travel.', 'Friday', 'travel', 'AFTER'],
  ])('%s → %s: the clause event is placed by tense', (body, phrase, trigger, relation) => {
    const anchors = anchorTimexes(detectEvents(body), [timex(phrase, body)]);
    const found = anchors.find((a) => a.event.text === trigger);
    expect(found).toMatchObject({ scope: 'clause', relation });
  });

  it.each([
    ['The announcement came after officials said the convoy of fighters that left the border six days ago is stranded.', 'six days ago', ['announcement', 'came', 'said']],
    ['Residents fled as troops entered the town, which rebels captured last year.', 'last year', ['fled', 'entered']],
  ])('%s: a time inside a relative clause dates that clause only', (body, phrase, outside) => {
    const anchors = anchorTimexes(detectEvents(body), [timex(phrase, body)]);
    expect(anchors.filter((a) => outside.includes(a.event.text))).toEqual([]);
  });

  it('leaves the time of a relative clause to its antecedent noun', () => {
    const body = 'Veterans of the revolution that brought Castro to power 41 years ago gathered.';
    const anchors = anchorTimexes(detectEvents(body), [timex('41 years ago', body)]);
    expect(anchors.map((a) => a.event.text)).toContain('revolution');
  });

  it.each([
    // A reduced relative after an object ("a record set in 1916") keeps its time from the verb before it.
    ['The river crested at 26 feet, breaking a record set in 1916.', '1916', ['set'], ['crested', 'breaking']],
    ['He criticized the law passed in 1994.', '1994', ['passed'], ['criticized']],
    // After a subject the -ed form is the verb, and the clause's time is everyone's.
    ['During the third quarter, the company charged $46 million and added $20 million to reserves.', 'the third quarter', ['charged', 'added'], []],
    // An event after the clause may still belong to it.
    ['Investigators examined a rifle found in April buried near the house.', 'April', ['found', 'buried'], ['examined']],
  ])('%s: "%s" anchors %j, not %j', (body, time, anchoredTo, notAnchored) => {
    const anchored = anchorTimexes(detectEvents(body), [timex(time, body)]).map((a) => a.event.text);
    for (const e of anchoredTo) expect(anchored).toContain(e);
    for (const e of notAnchored) expect(anchored).not.toContain(e);
  });
});

describe('tense against an anchor', () => {
  it('starts a modal event no earlier than the publication time', async () => {
    const { analyze } = await import('../src/analyze.js');
    const a = analyze({ text: 'The strike could spread to other plants.', publicationDate: '1989-10-30', timeZone: 'America/New_York' });
    expect(a.events.find((e) => e.text === 'spread')?.when.start).toBe('1989-10-31T00:00:00-05:00');
  });

  it('keeps a past event before publication when its nearest time expression is in the future', async () => {
    const { analyze } = await import('../src/analyze.js');
    const a = analyze({ text: 'Oneida declared a stock dividend, payable Dec. 15 to stock of record.', publicationDate: '1989-10-26', timeZone: 'America/New_York' });
    const declared = a.events.find((e) => e.text === 'declared');
    expect(declared?.when.end).toBe('1989-10-26T00:00:00-04:00');
  });
});

describe('-ly adjectives are not manner adverbs inside a verb group', () => {
  it.each([
    ['It was unlikely to pass.', 'was'],
    ['The plan was likely to fail.', 'likely'],
    ['The strike was deadly, officials said.', 'was'],
  ])('%s → an event "%s"', async (text, trigger) => {
    const { analyze } = await import('../src/analyze.js');
    expect(analyze({ text, publicationDate: '2017-09-02', timeZone: 'UTC' }).events.map((e) => e.text)).toContain(trigger);
  });
});

describe('sentence splitting around single letters', () => {
  it.each([
    ["The Underwood family controls Young's. Under the terms, holders will receive $3,500.", 2],
    ['John F. Kennedy spoke. He left.', 2],
    ['The stake is held by J. P. Morgan.', 1],
    // Titles and place abbreviations the scorer's splitter (src/eval/sentences.ts) shares.
    ['Messrs. Smith and Jones left. They returned.', 2],
    ['The Rev. Jesse Jackson spoke in Washington, D.C. on Monday.', 1],
  ])('%s → %i sentences', (text, count) => {
    expect(splitSentences(text)).toHaveLength(count);
  });
});

describe('verb groups with manner adverbs and postnominal maturity adjectives', () => {
  it.each([
    ['Sony will formally take ownership of the studio.', 'take', 'future', 'none'],
    ['The company has quietly asked for help.', 'asked', 'present', 'perfective'],
    ['The board had unanimously approved the plan.', 'approved', 'past', 'perfective'],
    ["It's followed by Stroh Brewery Co.", 'followed', 'present', 'none'],
    ["They're leaving soon.", 'leaving', 'present', 'progressive'],
    ["We've seen the report.", 'seen', 'present', 'perfective'],
    ["He'll come back.", 'come', 'future', 'none'],
    ['They will have crossed by then.', 'crossed', 'future', 'perfective'],
    ["He didn't say why.", 'say', 'past', 'none'],
    ["The rate hasn't yet been fixed.", 'fixed', 'present', 'perfective'],
    ["They won't leave.", 'leave', 'future', 'none'],
    ['Westinghouse is well positioned to sell plants.', 'positioned', 'present', 'none'],
  ])('%s → %s is %s (%s)', (text, trigger, tense, aspect) => {
    const e = find(text, trigger);
    expect(tenseOf(e!)).toBe(tense);
    expect(e?.group).toMatchObject({ form: 'finite', aspect });
    expect(events(text).map((x) => x.text)).not.toContain(text.includes(' has ') ? 'has' : 'had');
  });

  it('reads the complement of a linking verb as a participle in its time', () => {
    expect(find('Howard is becoming increasingly isolated with his stance.', 'isolated')?.group).toEqual({ form: 'participle', participle: 'past' });
    expect(find('The troops remained trapped in the city.', 'trapped')?.group).toEqual({ form: 'participle', participle: 'past' });
    expect(find('The troops moved to the border.', 'moved')?.group).toMatchObject({ form: 'finite', tense: 'past' });
  });

  it('does not read -ly verbs and nouns as adverbs', () => {
    expect(find('The firms will supply the parts.', 'supply')?.group).toMatchObject({ form: 'finite', tense: 'future' });
  });

  it.each([
    ['It will redeem its debentures due March 1, 2011.', true],
    ['The notes, due 1999, were sold.', true],
    ['The dividend is due Monday.', true],
    ['Losses due to the weather grew.', false],
  ])('%s → "due" is an event: %s', (text, expected) => {
    expect(events(text).some((e) => e.text === 'due')).toBe(expected);
  });
});

describe('event nouns: plurals of -ing nouns and charges', () => {
  it.each([
    ['Recent rulings favoured the company.', 'rulings'],
    ["The following were among Friday's offerings.", 'offerings'],
    ['The company took a fourth-quarter charge of $10 million.', 'charge'],
    ['The squeeze began last month.', 'squeeze'],
  ])('%s → %s is an event noun', (text, trigger) => {
    expect(find(text, trigger)?.pos).toBe('noun');
  });
});

describe('copulas before base forms, and infinitives of verbs the lexicon lacks', () => {
  it.each([
    ['Tax rates were lower than a year ago.', 'lower'],
    ['We are back in the family.', 'are'],
  ])('%s → "%s" is the state event (a copula does not support a base form)', (text, trigger) => {
    expect(find(text, trigger)).toBeDefined();
  });

  it.each([
    ['The issue is expected to dominate a NATO summit.', 'dominate', true],
    ['Gadhafi agreed to hand them over.', 'hand', true],
    ['The convoy went to Washington.', 'Washington', false],
    ['Aid went to the camps.', 'the', false],
  ])('%s → "%s" is an infinitive: %s', (text, trigger, expected) => {
    const e = find(text, trigger);
    expect(e !== undefined && e.group?.form === 'infinitive').toBe(expected);
  });
});

describe('-ing forms after a possessive or a dated determiner are nouns', () => {
  it.each([
    ['Kopp was charged in the 1995 shooting of a doctor.', 'shooting', 'noun'],
    ["Slepian's killing shocked the town.", 'killing', 'noun'],
    ["Friday's profittaking was natural.", 'profittaking', 'noun'],
    ["It's raining.", 'raining', 'verb'],
    ["He's leaving the city.", 'leaving', 'verb'],
    ["What's happening is clear.", 'happening', 'verb'],
    // A length or a frequency before the -ing form measures or times the noun (TimeML: "a three-hour meeting").
    ['Annan wrapped up a three hour meeting with Saddam.', 'meeting', 'noun'],
    ['He returned from a two-day meeting in Geneva.', 'meeting', 'noun'],
    ['The shareholders voted at the annual meeting.', 'meeting', 'noun'],
    ['They held an hour-long briefing.', 'briefing', 'noun'],
    ['She spent a day meeting officials.', 'meeting', 'verb'],
    ['They spent three days visiting the camps.', 'visiting', 'verb'],
    ['He spent the year working in Cairo.', 'working', 'verb'],
  ])('%s → %s is a %s', (text, trigger, pos) => {
    expect(find(text, trigger)?.pos).toBe(pos);
  });

  it('so a length before the noun measures the noun, and the verb takes the date', () => {
    const body = 'Annan wrapped up a three hour meeting with Saddam in Baghdad today.';
    const at = (text: string): number => body.indexOf(text);
    const times: Timex[] = [
      { id: 'd', text: 'three hour', start: at('three hour'), end: at('three hour') + 10, type: 'DURATION', value: 'PT3H', anchor: { kind: 'publicationDate' }, rule: 'test', explanation: 'test' },
      { id: 't', text: 'today', start: at('today'), end: at('today') + 5, type: 'DATE', value: '1998-02-22', anchor: { kind: 'publicationDate' }, rule: 'test', explanation: 'test' },
    ];
    const anchors = anchorTimexes(detectEvents(body), times);
    expect(anchors.map((a) => `${a.event.text}→${a.timex.text} ${a.relation}`)).toEqual(['wrapped→today IS_INCLUDED', 'meeting→three hour DURING']);
  });

  it('so the date premodifies the noun, not the clause verb', () => {
    const list = detectEvents('The warrant issued Monday charged Kopp in the 1995 shooting.');
    const timex = (text: string): Timex => {
      const at = 'The warrant issued Monday charged Kopp in the 1995 shooting.'.indexOf(text);
      return { id: text, text, start: at, end: at + text.length, type: 'DATE', value: text === '1995' ? '1995' : '2000-01-24', anchor: { kind: 'publicationDate' }, rule: 'test', explanation: 'test' };
    };
    const anchors = anchorTimexes(list, [timex('Monday'), timex('1995')]).filter((a) => a.scope === 'direct');
    expect(anchors.map((a) => `${a.event.text}→${a.timex.text}`)).toEqual(['issued→Monday', 'shooting→1995']);
  });
});

describe('names that look like verb forms', () => {
  it('reads a capitalised -ed word inside a sentence as a name, not a verb', () => {
    expect(events('The suspect, Khalfan Khamis Mohamed, was scheduled to appear.').map((e) => e.text)).toEqual(['scheduled', 'appear']);
    expect(find('Crossed wires delayed the launch.', 'delayed')).toBeDefined();
  });
});

describe('forms of be, have and do after punctuation', () => {
  it('are verbs wherever they stand', () => {
    expect(find('Her properties, worth a lot in October, are worth only half that now.', 'worth')).toMatchObject({ pos: 'verb', kind: 'state', group: { tense: 'present' } });
    expect(find('The talks, Hezbollah said, are over.', 'are')).toMatchObject({ pos: 'verb', kind: 'state' });
    expect(events('The talks, Hezbollah said, are continuing.').map((e) => e.text)).toEqual(['talks', 'said', 'continuing']);
  });
});

describe('the main verb after an appositive or an abbreviation', () => {
  it.each([
    ['Hallwood, a Cleveland merchant bank, owns about 11% of Integra.', 'owns', 'present'],
    ['Juanita Castro, who arrived in Miami in 1961, believes the custody should be worked out.', 'believes', 'present'],
    ['Jayark Corp. agreed to pay $4 million.', 'agreed', 'past'],
  ])('%s → %s (%s)', (text, trigger, tense) => {
    const e = find(text, trigger);
    expect(e?.pos).toBe('verb');
    expect(tenseOf(e!)).toBe(tense);
  });

  it('but not a plural noun in a list after a comma', () => {
    expect(find('The company cut wages, benefits and jobs.', 'benefits')?.pos).not.toBe('verb');
  });
});

describe('a phase verb between "the" and "of" is an aspectual event noun', () => {
  it.each([
    ['At the close of business Thursday, 11,580 shares had been tendered.', 'close', 'aspectual'],
    ['Shares were delisted after the close of composite trading yesterday.', 'close', 'aspectual'],
    ['The move marked the start of a new account.', 'start', 'aspectual'],
    ['It was triggered by the end of the Soviet subsidies.', 'end', 'aspectual'],
    // Inside a time expression the phase is part of the time, not an event.
    ['Talks will resume by the end of the month.', 'end', undefined],
    ['Each index is based on the close of 1969.', 'close', undefined],
    ['Officials expect a deal at the end of this week.', 'end', undefined],
    ['The ceasefire would take effect at the start of the new year.', 'start', undefined],
    ['The plant closes at the end of the next fiscal year.', 'end', undefined],
    // Without "the … of" a phase verb stays a verb or an adjective.
    ['They close the plant each year.', 'close', 'verb'],
  ])('%s → %s: %s', (text, trigger, expected) => {
    const e = find(text, trigger);
    if (expected === 'verb') expect(e?.pos).toBe('verb');
    else expect(e === undefined ? undefined : `${e.pos === 'noun' ? '' : 'verb '}${e.kind}`).toBe(expected);
  });
});

describe('a modal and its verb across an aside set off by commas', () => {
  it('reads the verb in the modal\'s group ("may, in a year or two, save")', () => {
    expect(find('You may, in a year or two, save a few more lives.', 'save')).toMatchObject({ pos: 'verb', group: { form: 'modal', modal: 'may' } });
    const resign = find('He will, of course, resign next week.', 'resign');
    expect(resign?.group).toMatchObject({ form: 'finite', tense: 'future' });
  });

  it('but not after an aside that follows anything else', () => {
    expect(find('The bank, as expected, cut rates.', 'cut')?.group).toMatchObject({ form: 'finite', tense: 'past' });
    expect(find('The plans, in a sense, change nothing.', 'change')?.group?.form).not.toBe('modal');
  });
});

describe('"last" before a period names a time', () => {
  it.each([
    ['The giant, which last year accounted for 41% of sales, grew.', false],
    ['Those who last week voted for the plan left.', false],
    ['The talks could last weeks.', true],
    ['The strike will last a year.', true],
    ['Supplies will last until Friday.', true],
  ])('%s → "last" is a verb: %s', (text, verb) => {
    expect(find(text, 'last') !== undefined).toBe(verb);
  });
});

describe('an -s form before a verb form', () => {
  it.each([
    // A plural subject takes a base or past form: the first -s word is the noun.
    ['Government forces make gains.', 'forces', false],
    ['Rebel forces attacked the town.', 'forces', false],
    // Before another -s form (which a plural subject does not take) it is the verb, the second its object.
    ['The latest period includes gains of $9.1 million.', 'includes', true],
    ['The plan requires cuts in spending.', 'requires', true],
  ])('%s → "%s" is a verb: %s', (text, trigger, verb) => {
    expect(find(text, trigger)?.pos === 'verb').toBe(verb);
  });
});

describe('a noun modifying a plural noun after a determiner, quantifier or preposition; a ranked plural', () => {
  it.each([
    ['They would suspend most train services from Saturday.', 'train', false],
    ['Storms cut some power supplies.', 'power', false],
    ['Crews worked on rail services overnight.', 'rail', false],
    // After a subject it is the verb; before an object that is not such a plural noun, too.
    ['The unions trade shares.', 'trade', true],
    ['Coaches train athletes every day.', 'train', true],
    // "rules" is the plural noun unless an object or clause follows it.
    ['Lawmakers have proposed new inspection rules.', 'rules', false],
    ['The court rules that the law stands.', 'rules', true],
    ['They will train new drivers.', 'train', true],
    // An -s form after a determiner and an ordinal is the head noun too.
    ['The authority now expects the first trains to run in late 2024.', 'trains', false],
    ['The agency said its latest figures show a decline.', 'figures', false],
  ])('%s → "%s" is a verb: %s', (text, trigger, verb) => {
    expect(find(text, trigger)?.pos === 'verb').toBe(verb);
  });
});

describe('an event noun inside an organisation\'s name is not an event; a war keeps its event', () => {
  it.each([
    ['Families fled to areas controlled by the Levant Liberation Committee.', 'Liberation', false],
    ['Leaders of the Democratic Reform Party met on Monday.', 'Reform', false],
    ['Borders have held since World War II.', 'War', true],
    ['Veterans of the Persian Gulf War gathered on Monday.', 'War', true],
    ['The liberation of the town took a week.', 'liberation', true],
  ])('%s → "%s" is an event: %s', (text, trigger, event) => {
    expect(find(text, trigger) !== undefined).toBe(event);
  });
});

describe('"add" reports a remark, or adds an amount', () => {
  it.each([
    ['The extension would add four stations.', 'occurrence'],
    ['The index added 5 points.', 'occurrence'],
    ['The bank added $2 billion in deposits.', 'occurrence'],
    ['He added that the plan was sound.', 'reporting'],
    ['"It works," he added.', 'reporting'],
  ])('%s → "add" is %s', (text, kind) => {
    expect(analyze({ text, publicationDate: '2019-10-11', timeZone: 'UTC' }).events.find((e) => /^add/.test(e.text))?.kind).toBe(kind);
  });
});

describe('common verbs the lexicon lacked', () => {
  it.each([
    ['But others seem reluctant to act.', 'seem', 'state'],
    ['The company expects to post a loss.', 'post', 'occurrence'],
    ['Mr. Stronach will direct the effort.', 'direct', 'occurrence'],
    ['The law requires thrifts to divest all junk bonds by 1994.', 'divest', 'occurrence'],
    // A listed event noun is still the verb after a modal.
    ['Lawyers will challenge the ruling.', 'challenge', 'occurrence'],
  ])('%s → %s is a %s verb', (text, trigger, kind) => {
    expect(find(text, trigger)).toMatchObject({ pos: 'verb', kind });
  });

  it.each([
    ['Smith answered questions about it over lunch Tuesday.', 'lunch'],
    ['The segment was hurt by costs of the buy-out of a 50% stake last June.', 'buy-out'],
    ['The rush of events caps a four-month ordeal.', 'ordeal'],
    ['He lost his mother in a disastrous sea voyage last November.', 'voyage'],
    ['Analysts predict more earnings disappointments for the fourth quarter.', 'disappointments'],
    ['The completion of the merger follows months of twists and turns.', 'twists'],
    ["We don't minimize the challenges of the near term.", 'challenges'],
  ])('%s → %s is an occurrence noun', (text, trigger) => {
    expect(find(text, trigger)).toMatchObject({ pos: 'noun', kind: 'occurrence' });
  });
});

describe('bare infinitives after "help", quotes inside a verb group, "to" before an -s noun', () => {
  it('reads them', () => {
    expect(find('NATO warplanes helped end the war in Bosnia.', 'end')?.group).toEqual({ form: 'infinitive' });
    expect(find("Cuban exiles will now ``proceed with all their resources.''", 'proceed')?.group).toMatchObject({ form: 'finite', tense: 'future' });
    expect(find('The rhetoric has helped lead to attacks on clinics.', 'attacks')?.pos).toBe('noun');
    expect(find('They plan to attack the town.', 'attack')?.group).toMatchObject({ form: 'infinitive' });
  });
});

/** The timexes of `phrases` in `body` (with their TIMEX3 types), anchored; returns "event→timex (relation)". */
const anchorsOf = (body: string, phrases: ReadonlyArray<readonly [string, Timex['type']]>, scope?: 'direct'): string[] => {
  const timexes = phrases.map(([text, type], i): Timex => {
    const start = body.indexOf(text);
    return { id: `t${i}`, text, start, end: start + text.length, type, value: 'XXXX', anchor: { kind: 'none' }, rule: 't', explanation: 't' };
  });
  return anchorTimexes(detectEvents(body), timexes).filter((a) => scope === undefined || a.scope === scope).map((a) => `${a.event.text}→${a.timex.text} (${a.relation})`);
};

describe('a period closed by its end date, and adjectival times before a plain noun', () => {

  // TimeML relates the events of the clause to the period ("earned IS_INCLUDED the year"), and "ended" to the
  // period it closes (ENDED_BY); the end date only says when that is.
  it.each([
    ['For the year ended Sept. 30, Ralston earned $422.5 million.', 'the year', 'Sept. 30', ['ended→the year (ENDED_BY)', 'earned→the year (DURING)']],
    ['For the quarter ended Sept. 30, Delta posted net income of $133.1 million.', 'the quarter', 'Sept. 30', ['ended→the quarter (ENDED_BY)', 'posted→the quarter (DURING)']],
    ['In the fiscal year ending June 30, the company reported sales of $59.5 million.', 'the fiscal year', 'June 30', ['ending→the fiscal year (ENDED_BY)', 'reported→the fiscal year (DURING)', 'sales→the fiscal year (DURING)']],
  ])('%s', (body, period, endDate, expected) => {
    expect(anchorsOf(body, [[period, 'DURATION'], [endDate, 'DATE']]).filter((a) => !a.startsWith('income'))).toEqual(expected);
  });

  it('leaves a period followed by another verb and a date alone', () => {
    // "the year" is not closed by "began": the date is the verb's own time.
    expect(anchorsOf('The strike began in the year 1990 and ended May 3.', [['May 3', 'DATE']])).toContain('ended→May 3 (IS_INCLUDED)');
  });

  it.each([
    ['He entered his current position in April.', 'current', 'April', 'entered→April (IS_INCLUDED)'],
    ['The banks will continue to operate under their current names until early 1990.', 'current', 'early 1990', 'operate→early 1990 (ENDED_BY)'],
    ['The banks will keep their current logo until early 1990.', 'current', 'early 1990', 'keep→early 1990 (ENDED_BY)'],
    ['Officials lit a 24-hour candle on Sunday.', '24-hour', 'Sunday', 'lit→Sunday (IS_INCLUDED)'],
    ['He signed a two-year contract in May.', 'two-year', 'May', 'signed→May (IS_INCLUDED)'],
  ])('%s: the adjectival time describes its noun, the verb takes the date', (body, adjectival, date, expected) => {
    const type: Timex['type'] = adjectival === 'current' ? 'DATE' : 'DURATION';
    expect(anchorsOf(body, [[adjectival, type], [date, 'DATE']])).toContain(expected);
  });

  it.each([
    // A dated subject dates its verb; a bare day after a verb is the verb's time; a set repeats its event.
    ['Third-quarter profit grew 19%.', 'Third-quarter', 'DATE', 'grew→Third-quarter (IS_INCLUDED)'],
    ['The company said Tuesday profits fell.', 'Tuesday', 'DATE', 'said→Tuesday (IS_INCLUDED)'],
    ['Demonstrators gather daily outside the home.', 'daily', 'SET', 'gather→daily (IS_INCLUDED)'],
    ['The lighting of a 24-hour candle ended the service.', '24-hour', 'DURATION', 'lighting→24-hour (DURING)'],
  ])('%s: not an adjectival time that yields', (body, phrase, type, expected) => {
    expect(anchorsOf(body, [[phrase, type as Timex['type']]])).toContain(expected);
  });
});

describe('a time adverb right before its verb group modifies that verb', () => {
  const anchorOf = (body: string, phrase: string, trigger: string): string | undefined => {
    const start = body.indexOf(phrase);
    const timex: Timex = { id: 't1', text: phrase, start, end: start + phrase.length, type: 'DATE', value: 'PRESENT_REF', anchor: { kind: 'none' }, rule: 't', explanation: 't' };
    const other = body.indexOf('Tomorrow') === 0 ? [{ ...timex, id: 't0', text: 'Tomorrow', start: 0, end: 8 }] : [];
    return anchorTimexes(detectEvents(body), [...other, timex]).find((a) => a.event.text === trigger && a.scope === 'direct')?.timex.text;
  };
  it.each([
    // The adverb dates the verb after it (TimeML links "recently" to "achieved"), not the verb before it.
    ['The strategy calls for a narrow focus -- it recently achieved profitability after losses.', 'recently', 'achieved', 'recently'],
    ['Tomorrow the board will vote on whether a school now located in Mount Vernon can relocate.', 'now', 'vote', 'Tomorrow'],
    ['Imports of watches that now will be eligible for treatment totaled $37 million.', 'now', 'eligible', 'now'],
  ])('%s (%s → %s)', (body, phrase, trigger, expected) => {
    expect(anchorOf(body, phrase, trigger)).toBe(expected);
  });

  it('does not take a capitalised day or a following infinitive as its verb ("voted overwhelmingly Friday to make")', () => {
    expect(anchorOf('A convention voted overwhelmingly Friday to make Australia a republic.', 'Friday', 'voted')).toBe('Friday');
  });
});

describe('offsets between events anchor only the events of a sentence without another time', () => {
  // TimeBank: the event the offset counts from BEGINS the duration, the event it leads to ENDS it.
  it.each([
    ['But a minute and a half later, a pilot from a nearby flight calls in.', 'a minute and a half', ['flight→a minute and a half (ENDS)', 'calls→a minute and a half (ENDS)']],
    ['It was twenty years after the first astronauts were chosen that NASA included six women.', 'twenty years', ['was→twenty years (ENDS)', 'chosen→twenty years (BEGINS)', 'included→twenty years (ENDS)']],
    ['A jogger observed the car ten days before the murder.', 'ten days', ['observed→ten days (BEGINS)', 'murder→ten days (ENDS)']],
  ])('%s', (body, offset, expected) => {
    expect(anchorsOf(body, [[offset, 'DURATION']])).toEqual(expected);
  });

  it('leaves the other events to a date of the sentence when it has one', () => {
    const anchors = anchorsOf('Twenty years after the launch, NASA included women in 1998.', [['Twenty years', 'DURATION'], ['1998', 'DATE']]);
    expect(anchors.filter((a) => a.includes('Twenty years'))).toEqual(['launch→Twenty years (BEGINS)']);
    expect(anchors).toContain('included→1998 (IS_INCLUDED)');
  });

  // The complement of the signal is placed by the offset alone (TimeBank "blocked BEGINS nearly two months",
  // AQUAINT "killed BEGUN_BY one year"), whatever other time its sentence has; it ends at a comma.
  it.each([
    ['An inspection team resumed work in Iraq Friday, nearly two months after his team was blocked.', 'nearly two months', 'Friday', 'blocked→nearly two months (BEGINS)', 'resumed→Friday (IS_INCLUDED)'],
    ['About 500 people attended a memorial service Sunday night, one year after he was killed by a sniper.', 'one year', 'Sunday night', 'killed→one year (BEGINS)', 'attended→Sunday night (IS_INCLUDED)'],
  ])('%s', (body, offset, date, complement, other) => {
    const anchors = anchorsOf(body, [[offset, 'DURATION'], [date, 'TIME']]);
    expect(anchors).toContain(complement);
    expect(anchors).toContain(other);
  });

  it('gives the offset to the event right before it too', () => {
    const body = 'He said so in an interview several months before he entered his current position in April.';
    const anchors = anchorsOf(body, [['several months', 'DURATION'], ['current', 'DATE'], ['April', 'DATE']]);
    expect(anchors).toContain('interview→several months (BEGINS)');
    expect(anchors).toContain('entered→April (IS_INCLUDED)');
    // (The saying is anchored to April, as TimeBank links it; since session 10 "before he entered … in April" puts it
    // at or before April rather than inside it.)
    expect(anchors).toContain('said→April (BEFORE-OR-OVERLAP)');
  });

  it('keeps in the complement the untensed events of its verb ("charged him with stealing")', () => {
    const body = 'A jury on Wednesday convicted him, nearly three years after prosecutors first charged him with stealing $40 million.';
    const anchors = anchorsOf(body, [['Wednesday', 'DATE'], ['nearly three years', 'DURATION']]);
    expect(anchors).toContain('charged→nearly three years (BEGINS)');
    expect(anchors).toContain('stealing→nearly three years (BEGINS)');
    expect(anchors).toContain('convicted→Wednesday (IS_INCLUDED)');
  });

  it('stops the complement at the comma that closes it', () => {
    const body = 'A bombing killed a guard in January, a week after the anniversary of the ruling, and wounded a nurse.';
    const anchors = anchorsOf(body, [['January', 'DATE'], ['a week', 'DURATION']]);
    expect(anchors.filter((a) => a.includes('a week'))).toEqual(['anniversary→a week (BEGINS)', 'ruling→a week (BEGINS)']);
    expect(anchors).toContain('wounded→January (IS_INCLUDED)');
  });
});

describe('competing times of one event', () => {
  it.each([
    // A date or time places the event; a bare length only measures it.
    ['She took the stand for more than four hours Friday in a Tel Aviv court.', [['more than four hours', 'DURATION'], ['Friday', 'DATE']], 'took→Friday (IS_INCLUDED)'],
    ["Gonzalez's second letter to Reno in two weeks was published in Granma on Tuesday.", [['two weeks', 'DURATION'], ['Tuesday', 'DATE']], 'published→Tuesday (IS_INCLUDED)'],
    // A definite period places its event as a date does: the comparison date does not take it.
    ['For the nine months, net income rose 5% from a year earlier.', [['the nine months', 'DURATION'], ['a year earlier', 'DATE']], 'rose→the nine months (DURING)'],
    ['The economy has been creating jobs at a rate of 358,000 a month for the last four months.', [['a month', 'DURATION'], ['the last four months', 'DURATION']], 'creating→the last four months (DURING)'],
    // The "now" closing a duration belongs to it.
    ['The case has dominated the city for almost five months now.', [['almost five months', 'DURATION'], ['now', 'DATE']], 'dominated→almost five months (DURING)'],
  ] as const)('%s', (body, phrases, expected) => {
    expect(anchorsOf(body, phrases)).toContain(expected);
  });

  it('reads a "now" between a noun and its phrase ("the barricade now in force") as describing the noun', () => {
    const body = "Bush told a conference on Tuesday that the barricade now in force might be extended ``if it is a hole through which commerce flows.''";
    expect(anchorsOf(body, [['Tuesday', 'DATE'], ['now', 'DATE']]).find((a) => a.startsWith('flows→'))).toMatch(/^flows→Tuesday/);
    expect(anchorsOf('The barricade is now in force.', [['now', 'DATE']], 'direct')).toEqual(['is→now (IS_INCLUDED)']);
  });

  it('keeps a "now" that follows no duration', () => {
    expect(anchorsOf('He lived in Rome for years and now works in Paris.', [['years', 'DURATION'], ['now', 'DATE']])).toContain('works→now (IS_INCLUDED)');
  });

  it('dates an event noun across an of-phrase with an amount ("losses of $673.3 million through the first nine months")', () => {
    const body = 'The company said Friday that it had losses of $673.3 million through the first nine months.';
    expect(anchorsOf(body, [['Friday', 'DATE'], ['the first nine months', 'DURATION']], 'direct')).toContain('losses→the first nine months (DURING)');
  });

  it('gives a tie to the time after its event ("over the last three months _ after averaging 242,000 for the first nine months")', () => {
    // "over the last three months" is too far from "growing" for it: it can take only the verb after it.
    const body = 'Exports have been growing at a pace of about 4 percent a quarter in the region of Asia and by 60,000 over the last three months _ after averaging 20,000 for the first nine months.';
    const anchors = anchorsOf(body, [['the last three months', 'DURATION'], ['the first nine months', 'DURATION']], 'direct');
    expect(anchors).toContain('averaging→the first nine months (DURING)');
  });

  it('leaves a prepositional time to the verb when the noun after it has a time of its own', () => {
    const body = 'The company said it expects to release third-quarter results in mid-November.';
    const anchors = anchorsOf(body, [['third-quarter', 'DATE'], ['mid-November', 'DATE']], 'direct');
    expect(anchors).toContain('release→mid-November (IS_INCLUDED)');
    expect(anchors).toContain('results→third-quarter (IS_INCLUDED)');
    // With no time of its own, the noun takes it.
    expect(anchorsOf('The company will release its results in mid-November.', [['mid-November', 'DATE']], 'direct')).toEqual(['results→mid-November (IS_INCLUDED)']);
  });

  it('dates an event noun by an "over" phrase after its of-phrase', () => {
    const body = 'A task force began delving Thursday into the slayings of 14 black women over the last five years.';
    const anchors = anchorsOf(body, [['Thursday', 'DATE'], ['the last five years', 'DURATION']], 'direct');
    expect(anchors).toContain('slayings→the last five years (DURING)');
    // The beginning is Thursday's, and the delving begins then (phase-links.ts).
    expect(anchors).toContain('began→Thursday (IS_INCLUDED)');
    expect(anchors).toContain('delving→Thursday (BEGUN_BY)');
  });

  it('gives a time opening a coordinated clause to that clause', () => {
    const body = 'On May 22, 1995, Farkas was made a brigadier general, and the following year he was appointed military attache.';
    const anchors = anchorsOf(body, [['May 22, 1995', 'DATE'], ['the following year', 'DATE']], 'direct');
    expect(anchors).toContain('appointed→the following year (IS_INCLUDED)');
    expect(anchors).toContain('made→May 22, 1995 (IS_INCLUDED)');
  });

  it('does not read the second of two coordinated times as opening a clause', () => {
    const body = 'Little of the vitriol that the issue aroused in the late 1980s and early 1990s remains, residents said.';
    expect(anchorsOf(body, [['the late 1980s', 'DATE'], ['early 1990s', 'DATE']], 'direct')).toEqual(['aroused→the late 1980s (IS_INCLUDED)']);
  });

  // The time of a compared figure dates that figure; the verb takes its clause's own period (TimeBank links
  // "dropped" to "third-quarter", not to "the year-ago quarter").
  it.each([
    ['Third-quarter profit dropped 8% to $33 million from $36 million in the year-ago quarter.', 'Third-quarter', 'the year-ago quarter', 'dropped→Third-quarter'],
    ['Leading the gains in the latest quarter was its industrial segment, where profit soared to $155 million from $99 million a year earlier.', 'the latest quarter', 'a year earlier', 'soared→the latest quarter'],
    ['Net income for the third quarter rose 45%, compared with $4 million, or 24 cents a share, a year earlier.', 'the third quarter', 'a year earlier', 'rose→the third quarter'],
  ])('%s', (body, own, compared, expected) => {
    const anchors = anchorsOf(body, [[own, 'DATE'], [compared, 'DATE']]);
    expect(anchors.find((a) => a.startsWith(`${expected.split('→')[0]}→`))).toContain(expected);
    expect(anchors.filter((a) => a.includes(`→${compared} `))).toEqual([]);
  });

  it('keeps the starting point of a change when the clause has no time of its own', () => {
    const body = 'The index shed 47.3 points to close at 2082.1, down 4.5% from the previous Friday, amid the current weakness.';
    // "down … from the previous Friday" spans from that Friday: the shedding is at or after it, not within it.
    expect(anchorsOf(body, [['the previous Friday', 'DATE'], ['current', 'DATE']])).toContain('shed→the previous Friday (OVERLAP-OR-AFTER)');
  });

  it.each([
    // A time to come by its words does not date a past verb or participle before it, but the verb before that.
    ['Hewlett said it planned to ship a computer based on the chip early next year.', 'early next year', 'ship→early next year'],
    ['The plant, built in 1990, will close next year.', 'next year', 'close→next year'],
    // An infinitive does not start before its governor: a time already past dates the past governor.
    ['The governments invited Sinn Fein to rejoin two weeks ago.', 'two weeks ago', 'invited→two weeks ago'],
    ['The company agreed to pay the fine last month.', 'last month', 'agreed→last month'],
    // A time to come dates the infinitive; so does any time after an infinitive of a present verb.
    ['The company agreed to pay the fine next month.', 'next month', 'pay→next month'],
    ['The company plans to introduce workstations early next year.', 'early next year', 'introduce→early next year'],
    // A time after a complementizer belongs to the clause it opens, not to the verb before it.
    ['I was pleased to note that your Oct. 23 Journal item recognized the concept.', 'Oct. 23', 'recognized→Oct. 23'],
    ['Officials said that on Sunday the troops left the town.', 'Sunday', 'left→Sunday'],
    // Before the complementizer, the time is the verb's own.
    ['Officials said Sunday that the troops left the town.', 'Sunday', 'said→Sunday'],
  ])('%s', (body, phrase, expected) => {
    expect(anchorsOf(body, [[phrase, 'DATE']], 'direct').map((a) => a.replace(/ \(.*\)$/, ''))).toEqual([expected]);
  });

  it.each([
    // A quotation is a sentence of its own: a time opening it governs its main clause; a definite period is a
    // time of its own, nearer than the date of the saying.
    ["White House on Thursday ``For the past few weeks we've been subjected to false leaks.''", [['Thursday', 'DATE'], ['the past few weeks', 'DURATION']], 'subjected→the past few weeks (DURING)'],
    ["He said: ``Last week we decided to leave the town.''", [['Last week', 'DATE']], 'decided→Last week (IS_INCLUDED)'],
    // Not at the head of its clause, the time goes to the nearest verb before it.
    ["He said: ``We decided to leave the town next week.''", [['next week', 'DATE']], 'leave→next week (IS_INCLUDED)'],
  ] as const)('%s', (body, phrases, expected) => {
    expect(anchorsOf(body, phrases, 'direct')).toContain(expected);
  });

  it('ends a relative clause at the comma after it', () => {
    const body = 'Another man has been arrested in connection with the bombings of the two embassies in Kenya and Tanzania last year that killed 224 people, police said today.';
    const anchors = anchorsOf(body, [['last year', 'DATE'], ['today', 'DATE']]);
    expect(anchors.find((a) => a.startsWith('arrested→'))).toMatch(/^arrested→today/);
    expect(anchors).toContain('said→today (IS_INCLUDED)');
  });

  it('passes over a time inside a relative clause to the next time of the sentence', () => {
    const body = 'Tens of thousands of people paid tribute to the men who launched the revolution more than four decades ago in a rally Saturday.';
    const anchors = anchorsOf(body, [['more than four decades ago', 'DATE'], ['Saturday', 'DATE']]);
    expect(anchors).toContain('launched→more than four decades ago (IS_INCLUDED)');
    expect(anchors.find((a) => a.startsWith('paid→'))).toMatch(/^paid→Saturday/);
  });
});

describe('clause anchoring prefers a time of the same clause', () => {
  it.each([
    ['And while there was no profit this year from discontinued operations, last year they contributed $34 million.', 'operations→this year'],
    // Without the comma the nearer time wins.
    ['There was no profit this year from discontinued operations last year.', 'operations→last year'],
  ])('%s', (body, expected) => {
    expect(anchorsOf(body, [['this year', 'DATE'], ['last year', 'DATE']]).map((a) => a.replace(/ \(.*\)$/, ''))).toContain(expected);
  });
});

describe('a prepositional time after an event noun and its of-phrase dates the noun', () => {
  it.each([
    ['The gains included $27 million from the sale of Federated Investors in August.', 'August', 'sale→August (IS_INCLUDED)'],
    ['The figures count the sale of 14 plants in 1988.', '1988', 'sale→1988 (IS_INCLUDED)'],
    // Beyond a comma the time is the verb's again.
    ['The company announced the sale of its plants, in August.', 'August', 'announced→August (IS_INCLUDED)'],
  ])('%s', (body, phrase, expected) => {
    expect(anchorsOf(body, [[phrase, 'DATE']], 'direct')).toEqual([expected]);
  });
});

describe('plural nouns and -ing nouns after a preposition, an adjective or an amount', () => {
  it('reads an -s form after "<preposition> <adjective>" as the preposition\'s plural object, not a verb', () => {
    expect(events('Republicans said they would push for deeper cuts next year.').map((e) => e.text)).toEqual(['said', 'push']);
    expect(find('The union fought for bigger raises.', 'raises')).toBeUndefined();
    // A noun before the -s form ends a subject: the verb stays ("demand for homes remains weak").
    expect(find('The market for homes remains weak.', 'remains')?.pos).toBe('verb');
  });

  it('reads an -ing form after an amount as a noun, so the clause verb takes the date', async () => {
    const text = 'The Senate passed a $1.2 trillion spending bill early Saturday.';
    expect(find(text, 'spending')?.pos).toBe('noun');
    const { analyze } = await import('../src/index.js');
    const analysis = analyze({ text, publicationDate: '2024-03-23', timeZone: 'America/New_York' });
    expect(analysis.events.find((e) => e.text === 'passed')?.anchor).toEqual({ timexId: 't1', relation: 'IS_INCLUDED' });
  });

  it('gives no contradiction for a reported plan with a future date', async () => {
    const { analyze } = await import('../src/index.js');
    const analysis = analyze({ text: 'Republicans said they would push for deeper cuts next year.', publicationDate: '2024-03-23', timeZone: 'America/New_York' });
    expect(analysis.diagnostics).toEqual([]);
    expect(analysis.events.find((e) => e.text === 'push')?.when.start).toBe('2025-01-01T00:00:00-05:00');
  });
});

describe('deadlines granted "until" a date', () => {
  it('leave the granting verb to its own time, and end what is to be done by the date', async () => {
    const { analyze } = await import('../src/index.js');
    const granted = analyze({ text: 'Three weeks ago, a stopgap measure gave negotiators until March 22.', publicationDate: '2024-03-23', timeZone: 'America/New_York' });
    expect(granted.events.find((e) => e.text === 'gave')?.anchor).toEqual({ timexId: 't1', relation: 'IS_INCLUDED' });
    expect(granted.timexes[0]?.text).toBe('Three weeks ago');
    const comply = analyze({ text: 'The judge gave the family until Friday to comply.', publicationDate: '2024-03-23', timeZone: 'America/New_York' });
    expect(comply.events.find((e) => e.text === 'comply')?.anchor).toEqual({ timexId: 't1', relation: 'ENDED_BY' });
    expect(comply.events.find((e) => e.text === 'comply')?.when.end).toBe('2024-03-30T00:00:00-04:00');
    // "until" after any other verb still ends it.
    const strike = analyze({ text: 'The strike lasted until Friday.', publicationDate: '2024-03-23', timeZone: 'America/New_York' });
    expect(strike.events.find((e) => e.text === 'lasted')?.anchor).toEqual({ timexId: 't1', relation: 'ENDED_BY' });
  });
});

describe('repeated mentions', () => {
  it('a number after the object tells two objects apart ("approved plan number 1" … "approved plan number 14")', () => {
    const text = 'On January 1, 2000, the council approved plan number 1. On May 5, 2013, the council approved plan number 14.';
    const analysis = analyze({ text, publicationDate: '2017-09-02', timeZone: 'UTC' });
    expect(analysis.relations.filter((r) => r.via.startsWith('repeated'))).toEqual([]);
    expect(analysis.diagnostics.filter((d) => d.code === 'CONTRADICTION')).toEqual([]);
  });
});

describe('quotations', () => {
  it('numbers the words inside each quotation, doubled marks and the marks themselves outside', async () => {
    const { quotationOf } = await import('../src/events/quotations.js');
    const [sentence] = detectEvents("``Right now,'' he said, \"we wait.\"");
    const ids = sentence!.tokens.map((t, i) => `${t.text}:${quotationOf(sentence!, i)}`);
    expect(ids).toEqual(['`:0', '`:0', 'Right:1', 'now:1', ',:1', "':0", "':0", 'he:0', 'said:0', ',:0', '":0', 'we:2', 'wait:2', '.:2', '":0']);
  });
});

describe('irregular past forms of prefixed and less common verbs', () => {
  it.each([
    ['Ukraine retook the village in August.', 'retook'],
    ['Protesters overran the barricades.', 'overran'],
    ['The agency oversaw the vote.', 'oversaw'],
    ['The building withstood the quake.', 'withstood'],
    ['Mourners wept at the funeral.', 'wept'],
    ['The crisis worsened.', 'worsened'],
    ['Fighting persisted for days.', 'persisted'],
  ])('%s → "%s" is a past verb', (text, trigger) => {
    expect(find(text, trigger)).toMatchObject({ pos: 'verb', group: { form: 'finite', tense: 'past' } });
  });
});

describe('"rate" is the noun unless a cue makes it the verb', () => {
  it.each([
    ['The Fed has held its benchmark rate steady.', false],
    ['The shares carry a dividend equal to 72% of the acceptance rate until Dec. 31.', false],
    ['Analysts will rate the stock.', true],
  ])('%s → "rate" is an event: %s', (text, isEvent) => {
    expect(find(text, 'rate') !== undefined).toBe(isEvent);
  });
});

describe('a base form after a possessive is the noun', () => {
  it.each([
    ["The court will hear the government's appeal next month.", 'appeal', 'noun'],
    ["The index's plunge rattled investors.", 'plunge', 'noun'],
    // A noun that names no event is none ("Slepian's house", "the city's water").
    ["A jogger saw the car near Slepian's house.", 'house', undefined],
    ["The city's water was cut off.", 'water', undefined],
    // Not after a possessive: the verb stays ("They appeal the ruling").
    ['They appeal the ruling.', 'appeal', 'verb'],
  ])('%s → "%s" is %s', (text, trigger, pos) => {
    expect(find(text, trigger)?.pos).toBe(pos);
  });
});

describe('an -ed form after a comparison is the verb', () => {
  it.each([
    ['Net income more than doubled to $19.3 billion.', 'doubled', true],
    ['Sales more than tripled last year.', 'tripled', true],
    // Not after "than" alone: "higher than expected" keeps its adjective.
    ['Sales were higher than expected.', 'expected', false],
  ])('%s → "%s" is an event: %s', (text, trigger, isEvent) => {
    expect(find(text, trigger) !== undefined).toBe(isEvent);
  });
});

describe('"report" tells, or goes in person to a place of duty', () => {
  it.each([
    ['Reyes must report to prison by Jan. 15.', 'occurrence'],
    ['Soldiers reported for duty on Monday.', 'occurrence'],
    ['The agency will report to Congress.', 'reporting'],
    ['Witnesses reported hearing shots.', 'reporting'],
  ])('%s → "report" is %s', (text, kind) => {
    expect(analyze({ text, publicationDate: '2019-10-11', timeZone: 'UTC' }).events.find((e) => /^report/.test(e.text))?.kind).toBe(kind);
  });
});

describe('a past form that is also its base, after a determiner and a noun, heads the object', () => {
  it.each([
    ['The carmaker cut its growth forecast on Monday.', 'forecast'],
    ['Congress approved the budget cut in May.', 'cut'],
    ['They were keen for a full bid or a merger.', 'bid'],
  ])('%s → %s is a noun', (text, trigger) => {
    expect(find(text, trigger)).toMatchObject({ pos: 'noun' });
  });

  it.each([
    // After a report or a clause opener, the clause keeps its verb; so does a participle before its preposition.
    ['It said its growth forecast a recovery.', 'forecast'],
    ['After the government cut taxes, prices rose.', 'cut'],
    ['In a statement read on television, he resigned.', 'read'],
    ['The runner broke a record set in 1916.', 'set'],
  ])('%s → %s stays a verb', (text, trigger) => {
    expect(find(text, trigger)).toMatchObject({ pos: 'verb' });
  });

  it('dates the verb of the clause, not a second verb: the cut is on Monday, the fall on Tuesday', () => {
    const text = 'The carmaker cut its growth forecast on Monday, and shares fell 9% on Tuesday.';
    const analysis = analyze({ text, publicationDate: '2023-03-10', timeZone: 'Europe/London' });
    const cut = analysis.events.find((e) => e.text === 'cut');
    expect(cut?.when).toMatchObject({ start: '2023-03-06T00:00:00+00:00', end: '2023-03-07T00:00:00+00:00' });
  });
});
