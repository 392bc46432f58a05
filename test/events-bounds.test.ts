/**
 * Event bounds against the publication date and the choice of anchor, as example tables: a sentence, its
 * publication date and zone, the trigger, and what its `when` (or `anchor`) must be.
 */
import { describe, expect, it } from 'vitest';
import { analyze } from '../src/analyze.js';
import type { Analysis } from '../src/schema.js';
import { anchorText, dayRelation, dayRelationTable, eventOf, run } from './day-relation.js';

describe('a present-tense event placed only by sharing a sentence with a time keeps its present', () => {
  dayRelationTable([
    // The year modifies "resolution"; the calling-for is the resolution's standing content, now.
    ['That 1978 resolution calls for the withdrawal of the troops.', '1998-03-01', 'calls', 'overlap'],
    ['Amir is serving a life sentence for the November 1995 assassination.', '1998-02-27', 'serving', 'overlap'],
    ['Big makers are developing machines, which are expected to reach the market early next year.', '1989-10-27', 'developing', 'overlap'],
  ]);

  dayRelationTable([
    // With a time of its own a present is placed by it: a caption's present, a scheduled future.
    ['Displaced children evacuate a neighbourhood in West Mosul on March 16, 2017.', '2017-09-02', 'evacuate', 'before'],
    ['The talks resume on September 10.', '2017-09-02', 'resume', 'after'],
  ], 'but not with a time of its own: %s (%s) → %s %s the publication day');
});

describe('which time expression governs an event', () => {
  it.each([
    // A premodifier stays inside its noun phrase: a determiner or pronoun after the time opens another phrase.
    ["The Maariv newspaper said Sunday that Netanyahu's comments last week were a response.", '1998-03-01', 'said', 'Sunday'],
    ['Tens of thousands paid tribute to the men who launched the Cuban Revolution more than four decades ago in a rally Saturday.', '2000-04-01', 'rally', 'Saturday'],
    // A time right after an event noun dates the noun, except under a reporting verb.
    ['Conseco said it is calling for the redemption on Dec. 7 of the shares.', '1989-10-30', 'redemption', 'Dec. 7'],
    ['Hezbollah said in a statement Saturday that the convoy was stranded.', '2017-09-02', 'said', 'Saturday'],
    // A set anchors the event it repeats.
    ['Demonstrators gather daily outside the home.', '2000-04-06', 'gather', 'daily'],
    ['I just work in my pharmacy every day.', '2000-04-14', 'work', 'every day'],
  ])('%s (%s) → %s anchored to "%s"', (text, date, trigger, timex) => {
    const analysis = run(text, date);
    expect(anchorText(analysis, eventOf(analysis, trigger))).toBe(timex);
  });

  it('an infinitive takes the time after it; its present governor stays in the present', () => {
    const analysis = run('The president plans to introduce a group of workstations early next year.', '1989-10-26');
    expect(anchorText(analysis, eventOf(analysis, 'introduce'))).toBe('early next year');
    expect(dayRelation(eventOf(analysis, 'introduce'), '1989-10-26')).toBe('after');
    expect(dayRelation(eventOf(analysis, 'plans'), '1989-10-26')).toBe('overlap');
  });

  it('a present expectation stays now; an anchor its tense rules out does not make its bounds "anchored"', () => {
    const analysis = run('Holders will receive $3,500 a share at closing, which is expected in December.', '1989-11-02');
    const expected = eventOf(analysis, 'expected');
    expect(anchorText(analysis, expected)).toBe('December');
    expect(dayRelation(expected, '1989-11-02')).toBe('overlap');
    expect(expected.when.basis).not.toBe('anchored');
    const declared = eventOf(run('Oneida declared a stock dividend, payable Dec. 15.', '1989-10-26'), 'declared');
    expect(declared.when).toMatchObject({ end: '1989-10-26T00:00:00Z' });
    expect(declared.anchor?.relation).not.toBe('ENDED_BY');
    expect(declared.when.basis).not.toBe('anchored');
  });

  it('a present progressive is not moved to the date of the noun after it', () => {
    const analysis = run('Conseco said it is calling for the redemption on Dec. 7 of the shares.', '1989-10-30');
    expect(dayRelation(eventOf(analysis, 'calling'), '1989-10-30')).toBe('overlap');
    expect(dayRelation(eventOf(analysis, 'said'), '1989-10-30')).toBe('before');
  });

  it('a set places nothing in time and does not take an event from a date', () => {
    const analysis = run('Demonstrators gather daily outside the home.', '2000-04-06');
    expect(eventOf(analysis, 'gather').when).toMatchObject({ start: null, end: null });
    const dated = run('The flights leave each Thursday from August 6.', '1998-02-13');
    expect(anchorText(dated, eventOf(dated, 'leave'))).toBe('August 6');
  });
});

describe('a clause anchor does not override an inherited tense frame it contradicts', () => {
  it('a noun in a past clause is not placed inside a later date of its sentence', () => {
    const analysis = run('Sun Microsystems announced the effectiveness of its registration statement for debentures due Oct. 15, 1999.', '1989-10-30');
    expect(dayRelation(eventOf(analysis, 'statement'), '1989-10-30')).not.toBe('after');
    expect(dayRelation(eventOf(analysis, 'announced'), '1989-10-30')).toBe('before');
    expect(eventOf(analysis, 'due').anchor?.relation).toBe('ENDED_BY');
  });
});

describe('a past event that only shares its sentence with a time of the publication day', () => {
  it('keeps its tense (before the publication day) instead of collapsing to the day\'s first instant', () => {
    const analysis = run('An abortion foe was charged with murder Thursday in the slaying of a doctor who was cut down in his kitchen.', '1999-05-06');
    const cut = eventOf(analysis, 'cut');
    expect(cut.when.end).toBe('1999-05-06T00:00:00Z');
    expect(cut.when.start).not.toBe(cut.when.end);
    // The charging is the time's own event: inside the publication day.
    expect(eventOf(analysis, 'charged').when).toMatchObject({ start: '1999-05-06T00:00:00Z', end: '1999-05-07T00:00:00Z', basis: 'anchored' });
  });

  it('a time after its own verb and a comma is not detached to the main clause ("…, said Thursday")', () => {
    const analysis = run("Kopp's stepmother, who married Kopp's father when Kopp was in his 30s, said Thursday that she would like to see him.", '1999-05-06');
    expect(anchorText(analysis, eventOf(analysis, 'said'))).toBe('Thursday');
    expect(eventOf(analysis, 'said').when.basis).toBe('anchored');
    expect(eventOf(analysis, 'was').when.basis).not.toBe('anchored');
  });
});

describe('perfect and progressive modals', () => {
  dayRelationTable([
    // A possibility already past is over by the publication day; one going on overlaps it; a plain one comes after.
    ['Authorities believe the weapon may have been buried in advance.', '1999-05-06', 'buried', 'before'],
    ['Freeh said Bin Laden may be hiding out in Afghanistan.', '1999-06-07', 'hiding', 'overlap'],
    ['The strike could spread to other plants.', '1989-10-30', 'spread', 'after'],
  ]);

  it('a participle takes the frame of a perfect modal it follows', () => {
    const analysis = run('The weapon may have been buried before the shooting, with the killer digging it up to fire.', '1999-05-06');
    expect(dayRelation(eventOf(analysis, 'digging'), '1999-05-06')).toBe('before');
  });
});

describe('negated auxiliaries', () => {
  dayRelationTable([
    ["Rally officials weren't available to comment late yesterday.", '1989-10-31', 'available', 'before'],
    ["He couldn't be reached for comment.", '1989-10-26', 'reached', 'before'],
    ['Mr. Fabi would not say whether terms were disclosed.', '1989-10-30', 'say', 'before'],
    ["They won't leave the city.", '1989-10-30', 'leave', 'after'],
    // "Neither … nor" negates the subject, and so the group, as "not" does.
    ['Neither they nor Mr. McAlpine could be reached for comment.', '1989-10-26', 'reached', 'before'],
    ["Neither the lawyers nor Elian's relatives would comment before the ruling.", '2000-01-07', 'comment', 'before'],
    ['Either they or Mr. McAlpine could be reached later.', '1989-10-26', 'reached', 'after'],
  ]);
});

describe('a reduced relative -ing describes its noun', () => {
  it('does not take the past frame of the clause verb; an adverbial -ing clause does', () => {
    const analysis = run('Saddam called U.S. soldiers massing in Saudi Arabia the real occupiers.', '1990-08-16');
    expect(eventOf(analysis, 'massing').when).toMatchObject({ start: null, end: null });
    const adverbial = run('Bombs exploded outside the embassies, killing dozens of people.', '1998-08-08');
    expect(dayRelation(eventOf(adverbial, 'killing'), '1998-08-08')).toBe('before');
  });
});

describe('a past reporting verb stays before the publication day whatever its complement holds', () => {
  dayRelationTable([
    // A maturity date dates its adjective only ("due"), not the report, and the state it names may outlast the report.
    ['Waxman Industries Inc. said holders of its debentures, due March 15, 2007, have elected to convert the debt.', '1989-10-30', 'said', 'before'],
    ['Waxman Industries Inc. said holders of its debentures, due March 15, 2007, have elected to convert the debt.', '1989-10-30', 'due', 'overlap'],
    // Its own past outranks a reporting frame that would tie it to a complement placed next year.
    ['Steve Milunovich said he is cutting his earnings estimate for next year.', '1989-10-30', 'said', 'before'],
  ]);

  it('anchors no other event of the sentence to a maturity date', () => {
    const analysis = run('The company said holders of its notes, due March 15, 2007, have elected to convert them.', '1989-10-30');
    expect(analysis.events.filter((e) => anchorText(analysis, e) === 'March 15, 2007').map((e) => e.text)).toEqual(['due']);
  });
});

describe('a participle clause takes the tense of its clause, not of a negated participle beside it', () => {
  dayRelationTable([
    ["Customers holding contracts for Waertsilae Marine's undelivered ships are expected to subscribe.", '1989-11-02', 'holding', 'overlap'],
    ['Columbia also has unrealized gains in its portfolio.', '1989-10-26', 'has', 'overlap'],
  ]);
});

describe('"can", and any modal on a state, speaks of the present; the other modals look ahead', () => {
  dayRelationTable([
    // A modal on a stative verb refers to present time (Quirk et al. 4.50–4.58).
    ['The investigator said Kopp may be in Mexico.', '1998-11-20', 'be', 'overlap'],
    ['That would seem to be the weakest company in the industry.', '1989-10-26', 'seem', 'overlap'],
    ['Hotels are only thirty percent full. You can get seventy percent discounts at the shopping malls.', '1998-01-08', 'get', 'overlap'],
    ["Pak owns eight condominiums here. Pak can't find buyers.", '1998-01-08', 'find', 'overlap'],
    ['Each note can be converted into common stock at a rate of 13 shares.', '1989-10-30', 'converted', 'overlap'],
    ['Insurers could see claims totaling nearly $1 billion from the earthquake.', '1989-10-27', 'see', 'after'],
    ['The rifle may yield important clues for investigators.', '1999-04-10', 'yield', 'after'],
  ]);
});

describe('an event\'s own time is cut at the publication instant by its own finite tense', () => {
  it.each([
    // Said in a quarter still under way: by publication. A timed publication cuts the day too.
    ['Acme said revenue for the quarter ending Dec. 31 would fall.', '2024-12-06T09:30:00Z', 'said', '2024-10-01T00:00:00Z', '2024-12-06T09:30:00Z'],
    ['Officials said Saturday the talks failed.', '2017-09-02T11:00:00Z', 'said', '2017-09-02T00:00:00Z', '2017-09-02T11:00:00Z'],
    // A date-only publication: the whole publication day may hold a past event.
    ['Officials said Saturday the talks failed.', '2017-09-02', 'said', '2017-09-02T00:00:00Z', '2017-09-03T00:00:00Z'],
    // The future starts at publication, inside the month it names.
    ['The ministers will meet in December.', '2024-12-06T09:30:00Z', 'meet', '2024-12-06T09:30:00Z', '2025-01-01T00:00:00Z'],
    // A perfect inside its time is over by publication too; one its time begins may run on. In a time begun before a
    // date-only publication's day, the past and the perfect keep the news convention: over by the day's start.
    ['General Mills has gained a 2% share so far this year.', '1989-11-02', 'gained', '1989-01-01T00:00:00Z', '1989-11-02T00:00:00Z'],
    ['The company has had weak results so far this year.', '1989-10-30', 'had', '1989-01-01T00:00:00Z', '1989-10-30T00:00:00Z'],
    ['Acme said revenue for the quarter ending Dec. 31 would fall.', '2024-12-06', 'said', '2024-10-01T00:00:00Z', '2024-12-06T00:00:00Z'],
    // …but not one its time puts on the day itself or after it.
    ['Acme said today revenue would fall.', '2024-12-06', 'said', '2024-12-06T00:00:00Z', '2024-12-07T00:00:00Z'],
    ['The mill has lost money in every quarter this year.', '2024-12-06T09:30:00Z', 'lost', '2024-01-01T00:00:00Z', '2024-12-06T09:30:00Z'],
    ['The road has been closed since Monday.', '2024-12-06T09:30:00Z', 'closed', '2024-12-02T00:00:00Z', null],
  ])('%s (published %s): %s in [%s, %s)', (text, publicationDate, trigger, start, end) => {
    const analysis = run(text, publicationDate);
    expect(eventOf(analysis, trigger).when).toMatchObject({ start, end });
    expect(analysis.diagnostics).toEqual([]);
  });
});

describe('an infinitive of what is to come starts after the publication day', () => {
  dayRelationTable([
    // Governed by a present "plans", "is going", "is about", "is expected", or a present "be" itself.
    ['He plans to visit Iraq.', '1998-02-16', 'visit', 'after'],
    ['This opinion is going to be used as a mechanism for ejecting us.', '1998-02-16', 'used', 'after'],
    ["They're going to have to live without power for a while.", '1998-01-11', 'live', 'after'],
    ['He follows John Glenn, who at 77 is about to go into space again.', '1998-04-18', 'go', 'after'],
    ['The panel is to be funded by voluntary contributions.', '1998-02-27', 'funded', 'after'],
    ['He is expected to resign.', '1989-10-30', 'resign', 'after'],
    // …or by a noun of what may come that a present "have" holds ("has the potential to", "have a real chance to").
    ['Iraq still has the potential to cause significant problems.', '1991-02-25', 'cause', 'after'],
    ['They have a real chance to win the title.', '1991-02-25', 'win', 'after'],
    // A past governor says nothing of the publication day; the governor itself is now.
    ['He had a chance to win.', '1991-02-25', 'win', 'overlap'],
    ['He was expected to resign.', '1989-10-30', 'resign', 'overlap'],
    ['The aim was to leave the city.', '1989-10-30', 'leave', 'overlap'],
    ['He plans to visit Iraq.', '1998-02-16', 'plans', 'overlap'],
  ]);
});

describe('a third-person form before "to" after a name or an appositive is the verb', () => {
  it.each([
    ['Automatic Data Processing Inc. plans to redeem its debentures.', 'plans'],
    ['Lawrence Insurance, based in Albany, N.Y., plans to use the proceeds.', 'plans'],
  ])('%s → "%s" is a present verb, overlapping the publication day', (text, trigger) => {
    const e = eventOf(run(text, '1989-10-30'), trigger);
    expect(e.tense).toBe('present');
    expect(dayRelation(e, '1989-10-30')).toBe('overlap');
  });

  it('after a determiner or a possessive it stays the noun (which has no tense of its own)', () => {
    expect(eventOf(run("The company's plans to expand were delayed.", '1989-10-30'), 'plans').tense).toBeUndefined();
    expect(eventOf(run('Its plans to expand were delayed.', '1989-10-30'), 'plans').tense).toBeUndefined();
  });
});

describe('a present under a future verb holds at that verb\'s time, not before it', () => {
  it('"will exhibit a decline in the fourth quarter as the sector remains weak": remains OVERLAPs the quarter', () => {
    const analysis = run('Conditions will exhibit a further decline in the fourth quarter as the automotive sector remains weak.', '1989-10-26');
    const remains = eventOf(analysis, 'remains');
    expect(anchorText(analysis, remains)).toBe('the fourth quarter');
    expect(remains.anchor?.relation).toBe('OVERLAP');
    expect(dayRelation(remains, '1989-10-26')).toBe('overlap');
  });
});

describe('a negated present perfect passive describes the state of things now', () => {
  dayRelationTable([
    ["A closing date hasn't been set.", '1989-10-27', 'set', 'overlap'],
    ["Commitments from banks still haven't been obtained.", '1989-10-30', 'obtained', 'overlap'],
    // Affirmative, or active, the perfect speaks of the time up to now.
    ['A closing date has been set.', '1989-10-27', 'set', 'before'],
    ["It hasn't made merger overtures to the board.", '1989-10-30', 'made', 'before'],
  ]);
});

describe('a report is not dated by the time of what it reports', () => {
  it.each([
    ['At least 52 people have died in five states since Thursday night, officials said.', '2024-09-28', 'Thursday night'],
    ['Officials said the storm hit Florida on Thursday.', '2024-09-28', 'Thursday'],
  ])('%s (%s): "said" is at or after "%s", not inside it', (text, date, time) => {
    const analysis = run(text, date);
    const said = eventOf(analysis, 'said');
    expect(anchorText(analysis, said)).toBe(time);
    expect(said.anchor?.relation).toBe('OVERLAP-OR-AFTER');
    // Its end is only bounded by its past tense: by the publication day.
    expect(said.when.end).toBe(`${date}T00:00:00Z`);
  });

  it('"since Thursday night" begins the dying, and the report comes after it, not within the night', () => {
    const analysis = run('At least 52 people have died in five states since Thursday night, officials said.', '2024-09-28');
    expect(eventOf(analysis, 'died').anchor?.relation).toBe('BEGUN_BY');
    expect(eventOf(analysis, 'died').when.end).toBe('2024-09-28T00:00:00Z');
    // "states" after a number is the counted noun, not a verb.
    expect(analysis.events.map((e) => e.text)).not.toContain('states');
  });
});

describe('a word inside a time expression is not an event', () => {
  it.each([
    ['The plant opened last fall.', 'fall'],
    ['Prices may rise in the coming weeks.', 'coming'],
    ['Voters went to the polls on Election Day.', 'Election'],
  ])('%s → no event "%s"', (text, word) => {
    expect(run(text, '1998-11-05').events.map((e) => e.text)).not.toContain(word);
  });
});

describe('a linking verb spans what its complement does', () => {
  it('"will stay closed through Tuesday": the staying, like the being closed, ends by Tuesday', () => {
    const analysis = run('Schools in the county will stay closed through Tuesday.', '2024-09-28');
    const stay = eventOf(analysis, 'stay');
    expect(anchorText(analysis, stay)).toBe('Tuesday');
    expect(stay.anchor?.relation).toBe('ENDED_BY');
    expect(stay.when.end).toBe('2024-10-02T00:00:00Z');
    // (A future of continuing holds now already: the schools are closed, and stay so.)
    expect(stay.when.start).toBeNull();
    expect(dayRelation(stay, '2024-09-28')).toBe('overlap');
  });
});

describe('a passive reporting verb reports nothing of the events beside it', () => {
  it('"The results, which were declared over the weekend, showed …": the showing is not put before the weekend', () => {
    const analysis = run('The results, which were declared over the weekend, showed Reform UK winning control of 10 councils.', '2025-05-05');
    const showed = eventOf(analysis, 'showed');
    // (Since session 10 the relative clause's time dates only that clause: the showing has no anchor of its own.)
    expect(showed.anchor).toBeUndefined();
    expect(analysis.relations.filter((r) => r.from === showed.id || r.to === showed.id).map((r) => r.type)).not.toContain('BEFORE');
    expect(eventOf(analysis, 'declared').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('a hedge between a signal and its time keeps the signal', () => {
  it.each([
    // "at least" opens the bound: begun in 2015 or before; ended on Tuesday or after.
    ['The company has operated the mill since at least 2015.', 'operated', 'BEFORE-OR-OVERLAP'],
    ['She said repairs would take at least until Tuesday.', 'take', 'OVERLAP-OR-AFTER'],
    ['The shop stayed open until about noon.', 'stayed', 'ENDED_BY'],
    ['The talks began after nearly midnight.', 'began', 'AFTER'],
  ])('%s → "%s" %s', (text, trigger, relation) => {
    expect(eventOf(run(text, '2024-10-30'), trigger).anchor?.relation).toBe(relation);
  });
});

describe('the time of a schedule is the time of what is scheduled', () => {
  it.each([
    ['Sentencing is scheduled for Feb. 14.', 'Sentencing', 'Feb. 14', '2025-02-14T00:00:00Z'],
    ['The vote was set for Tuesday.', 'vote', 'Tuesday', '2024-11-05T00:00:00Z'],
    ['The closing is expected in December.', 'closing', 'December', '2024-12-01T00:00:00Z'],
  ])('%s → "%s" is in "%s"', (text, trigger, time, start) => {
    const analysis = run(text, '2024-10-30');
    const e = eventOf(analysis, trigger);
    expect(anchorText(analysis, e)).toBe(time);
    expect(e.anchor?.relation).toBe('IS_INCLUDED');
    expect(e.when.start).toBe(start);
  });

  it('the scheduling itself stays now', () => {
    expect(dayRelation(eventOf(run('Sentencing is scheduled for Feb. 14.', '2024-10-30'), 'scheduled'), '2024-10-30')).toBe('overlap');
  });
});

describe('"until then" ends an event at the date the text gave last', () => {
  it('Sentencing is scheduled for Feb. 14. Until then, he will remain free on bail.', () => {
    const analysis = run('Sentencing is scheduled for Feb. 14. Until then, he will remain free on bail.', '2024-10-30');
    const remain = eventOf(analysis, 'remain');
    expect(anchorText(analysis, remain)).toBe('then');
    expect(remain.anchor?.relation).toBe('ENDED_BY');
    expect(remain.when.end).toBe('2025-02-15T00:00:00Z');
  });
});

describe('"by" a time is a deadline: over by the time\'s end, perhaps within it (BEFORE-OR-OVERLAP)', () => {
  it.each([
    ['The agency will roll the rocket to the pad by the end of the year.', '2024-12-05', 'roll', '2025-01-01T00:00:00Z'],
    ['The company must file the report by Friday.', '2024-12-03', 'file', '2024-12-07T00:00:00Z'],
    // "before the end of" a period is the same deadline, not before the period's closing stretch begins.
    ['Lawmakers said they would ask him to testify before the end of the year.', '2027-10-29', 'testify', '2028-01-01T00:00:00Z'],
  ])('%s → "%s" ends by %s', (text, date, trigger, end) => {
    const e = eventOf(run(text, date), trigger);
    expect(e.anchor?.relation).toBe('BEFORE-OR-OVERLAP');
    expect(e.when.end).toBe(end);
  });
});

describe('"no earlier than" and "no later than" bound one side only', () => {
  it('"will fly no earlier than April 2026": from April 2026 on, with no end', () => {
    const fly = eventOf(run('The crew will fly around the moon no earlier than April 2026.', '2024-12-05'), 'fly');
    expect(fly.anchor?.relation).toBe('BEGUN_BY');
    expect(fly.when).toMatchObject({ start: '2026-04-01T00:00:00Z', end: null });
  });

  it('"must be filed no later than Friday": by the end of Friday, perhaps well before', () => {
    const filed = eventOf(run('The forms must be filed no later than Friday.', '2024-12-03'), 'filed');
    expect(filed.when.end).toBe('2024-12-07T00:00:00Z');
    expect(filed.when.start).not.toBe('2024-12-06T00:00:00Z');
  });
});

describe('a time fronting its sentence dates the whole clause, its infinitives too', () => {
  it('"Over the next decade, member states will have to phase out coal": the phasing out is in that decade', () => {
    const analysis = run('Over the next decade, member states will have to phase out coal.', '2025-10-24');
    const phase = eventOf(analysis, 'phase');
    expect(anchorText(analysis, phase)).toBe('the next decade');
    expect(phase.anchor?.relation).toBe('IS_INCLUDED');
  });

  it('a time of the governor before an infinitive, not fronting, still comes before it ("said Tuesday it plans to …")', () => {
    const analysis = run('The ministers announced on Friday plans to travel.', '2025-10-24');
    expect(eventOf(analysis, 'travel').anchor?.relation).toBe('AFTER');
  });
});

describe('a verb keeps its own time when its object noun is named after a verb', () => {
  it('"The bloc first set a climate target in 2008": the setting is in 2008, not before it', () => {
    const analysis = run('The bloc first set a climate target in 2008.', '2025-10-24');
    expect(eventOf(analysis, 'set').anchor?.relation).toBe('IS_INCLUDED');
    expect(eventOf(analysis, 'set').when.start).toBe('2008-01-01T00:00:00Z');
  });
});

describe('a time dating an event noun dates the clause that describes it', () => {
  it('"charged in the 1996 Olympic bombing that killed one person": the bombing and the killing are in 1996', () => {
    const analysis = run('He is charged in the 1996 Olympic bombing that killed one person.', '1999-05-06');
    for (const trigger of ['bombing', 'killed']) {
      expect(eventOf(analysis, trigger).anchor?.relation).toBe('IS_INCLUDED');
      expect([eventOf(analysis, trigger).when.start, eventOf(analysis, trigger).when.end]).toEqual(['1996-01-01T00:00:00Z', '1997-01-01T00:00:00Z']);
    }
    // The charge is not dated by it: it stands now, at or after the bombing.
    expect(eventOf(analysis, 'charged').anchor?.relation).toBe('OVERLAP-OR-AFTER');
  });
});

describe('a quoted time is the speaker\'s', () => {
  it('dates the events of its quotation, not the verb that reports it', () => {
    const analysis = run('"For the first time since 2019, I think we can get this done," Majority Leader Sam Ortiz said in a floor speech.', '2026-12-17');
    expect(eventOf(analysis, 'said').anchor).toBeUndefined();
    expect(eventOf(analysis, 'said').when.end).toBe('2026-12-17T00:00:00Z');
    expect(anchorText(analysis, eventOf(analysis, 'think'))).toBe('2019');
  });

  it('but the speaker\'s "now" or "today" is the report\'s time too, and a quoted phrase alone dates its own clause', () => {
    const now = run('``Today, I\'m here to tell you we have our suspect,\'\' said the agent.', '1999-05-07');
    expect(anchorText(now, eventOf(now, 'said'))).toBe('Today');
    const phrase = run('He said the company has no intention of tapping its bank lines "for a good part of 1990."', '1989-10-30');
    expect(anchorText(phrase, eventOf(phrase, 'tapping'))).toBe('1990');
  });
});

describe('schedules, holding verbs and clause subjects (a shutdown-deal article read by hand)', () => {
  it('"A vote on the bill is scheduled for the week of Jan. 19": the vote, the head of the subject, is that week', () => {
    const analysis = run('A vote on the full-year bill is planned for the week of Jan. 19.', '2026-12-17');
    expect(eventOf(analysis, 'vote').anchor?.relation).toBe('IS_INCLUDED');
    expect([eventOf(analysis, 'vote').when.start, eventOf(analysis, 'vote').when.end]).toEqual(['2027-01-18T00:00:00Z', '2027-01-25T00:00:00Z']);
  });

  it('"would keep agencies open through Jan. 30 while negotiators work": the keeping ends by Jan. 30 too, and "work" is a verb', () => {
    const analysis = run('The agreement would keep agencies open through Jan. 30 while negotiators work on a spending bill.', '2026-12-17');
    expect(eventOf(analysis, 'keep').anchor?.relation).toBe('ENDED_BY');
    expect(eventOf(analysis, 'keep').when.end).toBe('2027-01-31T00:00:00Z');
    expect(eventOf(analysis, 'open').anchor?.relation).toBe('ENDED_BY');
    expect(eventOf(run('The agreement would keep agencies open while negotiators work on a bill.', '2026-12-17'), 'work').tense).toBe('present');
  });
});

describe('"within" a length, in a clause to come, runs from publication', () => {
  it('"said it would file a report within 10 days": the filing lies in the 10 days from publication', () => {
    const analysis = run('The utility said it would file a report with state regulators within 10 days.', '2026-11-18');
    const within = analysis.timexes.find((t) => t.text === '10 days');
    expect(within).toMatchObject({ type: 'DURATION', value: 'P10D', interval: { start: '2026-11-18T00:00:00.000Z', end: '2026-11-28T00:00:00.000Z' } });
    expect([eventOf(analysis, 'file').when.start, eventOf(analysis, 'file').when.end]).toEqual(['2026-11-18T00:00:00Z', '2026-11-28T00:00:00Z']);
    // A past clause's "within" counts from an earlier event, not from publication: the length alone.
    expect(run('Within six hours it had jumped the river.', '2026-11-18').timexes[0]?.interval).toBeUndefined();
  });
});

describe('an offset between events keeps the earlier one before the later', () => {
  it('"deliberated for three days before convicting him on Dec. 8": the deliberating ends by the conviction', () => {
    const analysis = run('The jury deliberated for three days before convicting him on Dec. 8.', '2026-02-13');
    expect(eventOf(analysis, 'deliberated').when.end).toBe('2025-12-09T00:00:00Z');
    expect(eventOf(analysis, 'deliberated').when.start).toBe('2025-12-04T00:00:00Z');
  });
});

describe('"more than" and "nearly" before an "ago" leave one side open', () => {
  it.each([
    ['It began more than a decade ago.', null, '2020-01-01T00:00:00Z'],
    ['It began more than two years ago.', null, '2025-01-01T00:00:00Z'],
    ['It began nearly a decade ago.', '2010-01-01T00:00:00Z', '2026-02-13T00:00:00Z'],
    ['It began a decade ago.', '2010-01-01T00:00:00Z', '2020-01-01T00:00:00Z'],
  ])('%s → %s .. %s', (text, start, end) => {
    const began = eventOf(run(text, '2026-02-13'), 'began');
    expect([began.when.start, began.when.end]).toEqual([start, end]);
  });
});

describe('a range\'s ends begin and end its event', () => {
  it.each([
    ['He served as mayor from 2008 until 2011.', 'served', '2008-01-01T00:00:00Z', '2012-01-01T00:00:00Z'],
    ['Ellis manipulated the rate between 2008 and 2011.', 'manipulated', '2008-01-01T00:00:00Z', '2012-01-01T00:00:00Z'],
    ['The exhibit ran from Monday to Thursday.', 'ran', '2026-02-09T00:00:00Z', '2026-02-13T00:00:00Z'],
  ])('%s', (text, trigger, start, end) => {
    const analysis = run(text, '2026-02-13');
    const event = eventOf(analysis, trigger);
    expect([event.when.start, event.when.end]).toEqual([start, end]);
    // The near end stays the event's anchor; the far end is a relation of its own.
    expect(event.anchor?.relation).toBe('BEGUN_BY');
    expect(analysis.relations.filter((r) => r.from === event.id).map((r) => r.type)).toEqual(['ENDED_BY', 'BEGUN_BY']);
  });

  it('"between" two days is not a range of one happening', () => {
    const analysis = run('It will be announced between Monday and Wednesday.', '2026-02-13');
    expect(eventOf(analysis, 'announced').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('"his arrest" refers back to the arrest told of before', () => {
  it('"was arrested in March 2015 … has been on bail since his arrest": the bail begins in March 2015', () => {
    const analysis = run('Mark Ellis was arrested in March 2015. Ellis, who has been on bail since his arrest, showed no emotion.', '2026-02-13');
    expect([eventOf(analysis, 'arrest').when.start, eventOf(analysis, 'arrest').when.end]).toEqual(['2015-03-01T00:00:00Z', '2015-04-01T00:00:00Z']);
    expect(eventOf(analysis, 'been').when.start).toBe('2015-03-01T00:00:00Z');
    expect(analysis.relations.some((r) => r.type === 'IDENTITY' && r.via.includes('his arrest'))).toBe(true);
  });
});

describe('"for" a date dates the noun before it', () => {
  it('"will report results for the December quarter in early February": the results are the quarter\'s, the report February\'s', () => {
    const analysis = run('It will report results for the December quarter in early February.', '2026-11-11');
    expect(anchorText(analysis, eventOf(analysis, 'results'))).toBe('the December quarter');
    expect(anchorText(analysis, eventOf(analysis, 'report'))).toBe('early February');
    // A length after "for" measures the verb, as before.
    const length = run('The jury deliberated for three days.', '2026-11-11');
    expect(anchorText(length, eventOf(length, 'deliberated'))).toBe('three days');
  });
});

describe('a noun after an infinitive is not reported as over', () => {
  it('"told analysts that the company planned to spend 200 billion yen on a new plant over the next three years"', () => {
    const analysis = run('Lin Tao told analysts that the company planned to spend 200 billion yen on a new plant over the next three years.', '2026-11-11');
    // The plant (its building) lies in the next three years, not collapsed to the publication instant.
    expect([eventOf(analysis, 'plant').when.start, eventOf(analysis, 'plant').when.end]).toEqual(['2026-11-11T00:00:00Z', '2029-11-11T00:00:00Z']);
  });
});

describe('life events are events (an obituary read by hand)', () => {
  it('"she stayed until her retirement in 1991": the staying ends by the retirement, in 1991', () => {
    const analysis = run('In 1959 she moved to Bell Labs, where she stayed until her retirement in 1991.', '2025-11-04');
    expect(anchorText(analysis, eventOf(analysis, 'retirement'))).toBe('1991');
    expect(eventOf(analysis, 'stayed').when.end).toBe('1992-01-01T00:00:00Z');
  });
});

describe('a relative clause on the subject is before the main verb\'s time', () => {
  it('"Ruth Adler, a computer scientist who helped build the first compilers, died on Sunday": the helping was before Sunday', () => {
    const analysis = run('Ruth Adler, a pioneering computer scientist who helped build some of the first compilers, died on Sunday at her home.', '2025-11-04');
    expect(eventOf(analysis, 'helped').anchor?.relation).toBe('BEFORE');
    expect(eventOf(analysis, 'helped').when.end).toBe('2025-11-02T00:00:00Z');
    expect(eventOf(analysis, 'died').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('an aspectual verb begins or ends the event it is about', () => {
  it('"the war began in 1939 … the war ended in 1945"; "began shelling"; "ended the talks"', () => {
    const analysis = run('The war began in September 1939.', '2025-11-04');
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: eventOf(analysis, 'began').id, to: eventOf(analysis, 'war').id, type: 'BEGINS' }));
    expect(eventOf(analysis, 'war').when.start).toBe('1939-09-01T00:00:00Z');
    const shelling = run('The army began shelling the city on Monday.', '2025-11-04');
    expect(shelling.relations.some((r) => r.type === 'BEGINS' && r.to === eventOf(shelling, 'shelling').id)).toBe(true);
    const talks = run('The envoy ended the talks in March.', '2025-11-04');
    expect(talks.relations.some((r) => r.type === 'ENDS' && r.to === eventOf(talks, 'talks').id)).toBe(true);
  });
});

describe('a time dating an aspectual verb\'s -ing complement dates the verb', () => {
  it('"began shelling the city on Monday": the beginning is on Monday, the shelling BEGUN_BY Monday', () => {
    const analysis = run('The army began shelling the city on Monday.', '2025-11-04');
    expect(eventOf(analysis, 'began').anchor?.relation).toBe('IS_INCLUDED');
    expect(eventOf(analysis, 'shelling').anchor?.relation).toBe('BEGUN_BY');
    expect(eventOf(analysis, 'shelling').when.start).toBe('2025-11-03T00:00:00Z');
    // "has started processing claims nearly two weeks ago": a perfect with "nearly … ago" is over by the publication day.
    const started = run('The insurer has started processing claims nearly two weeks ago.', '1989-10-30');
    expect(eventOf(started, 'started').when.end).toBe('1989-10-30T00:00:00Z');
  });
});

describe('the statement a report is made in has the report\'s time', () => {
  it('"Hezbollah said in a statement Saturday": the statement is Saturday\'s, not before it', () => {
    const analysis = run('Hezbollah said in a statement Saturday that warplanes are preventing the buses from moving.', '2017-09-02');
    expect(anchorText(analysis, eventOf(analysis, 'statement'))).toBe('Saturday');
    expect([eventOf(analysis, 'statement').when.start, eventOf(analysis, 'statement').when.end]).toEqual(['2017-09-02T00:00:00Z', '2017-09-03T00:00:00Z']);
  });
});

describe('a report closing its sentence from inside a subordinate clause frames that clause only', () => {
  const relationsOf = (analysis: Analysis, trigger: string): string[] => {
    const id = eventOf(analysis, trigger).id;
    const text = new Map(analysis.events.map((e) => [e.id, e.text]));
    return analysis.relations.filter((r) => r.from === id || r.to === id).map((r) => `${text.get(r.from) ?? r.from} ${r.type} ${text.get(r.to) ?? r.to} (${r.via})`);
  };

  it('"recalled … on Tuesday, two months after the first fire was reported": the recall is not what was reported', () => {
    const analysis = run('The company recalled 40,000 heaters on Tuesday, two months after the first fire was reported.', '2026-11-18');
    expect(relationsOf(analysis, 'recalled').filter((r) => r.includes('reported by'))).toEqual([]);
    expect(relationsOf(analysis, 'fire')).toContain('fire BEFORE reported (reported by "reported")');
  });

  it('"rose after the company reported strong demand": the report is before the rise, not its frame', () => {
    const analysis = run('Prices rose after the company reported strong demand.', '2026-11-18');
    expect(relationsOf(analysis, 'rose')).toEqual(['reported BEFORE rose (after)']);
  });

  it('"reported a fault four minutes before the plane vanished, investigators said": neither report frames the other, nor the first the vanishing', () => {
    const analysis = run('The crew reported a fault four minutes before the plane vanished, investigators said on Tuesday.', '2026-03-31');
    expect(relationsOf(analysis, 'vanished').filter((r) => !r.includes(' t'))).toEqual(['reported BEFORE vanished (four minutes before)']);
    expect(relationsOf(analysis, 'said').filter((r) => r.includes('reported by'))).toEqual([]);
    expect(analysis.diagnostics).toEqual([]);
  });

  it('"said the talks would resume once the holiday ends in April": the ending is after the saying, no contradiction', () => {
    const analysis = run('He said the talks would resume once the holiday ends in April.', '2026-03-31');
    expect(relationsOf(analysis, 'ends')).toContain('ends AFTER said (reported by "said")');
    expect(analysis.diagnostics).toEqual([]);
  });

  it('what a report tells after its "that" or its clause is still reported, signals and all', () => {
    const analysis = run('Officials said Thursday the troops will remain until Iraq complies.', '2026-03-31');
    expect(relationsOf(analysis, 'remain')).toContain('remain AFTER said (reported by "said")');
  });

  it('a main-clause report after a subordinate clause still frames the sentence', () => {
    const analysis = run('The fighters crossed into the desert days after they left the border, Syrian opposition activists said Saturday.', '2017-09-02');
    expect(relationsOf(analysis, 'crossed')).toContain('crossed BEFORE said (reported by "said")');
  });
});

describe('sharing the clause of a span\'s start or end', () => {
  it('"had received 87 reports since January 2025, including 19 fires": the fires are at or after January, not in it', () => {
    const analysis = run('The agency said the firm had received 87 reports of overheating since January 2025, including 19 fires.', '2027-10-29');
    expect(eventOf(analysis, 'fires').anchor).toMatchObject({ relation: 'OVERLAP-OR-AFTER' });
    expect(eventOf(analysis, 'fires').when.start).toBeNull();
    expect(eventOf(analysis, 'received').when.end).toBe('2027-10-29T00:00:00Z');
  });
});

describe('a report inside a quotation frames that quotation only', () => {
  it('\'"Three days ago people were saying we were finished," Emery said\': the saying is what Emery told of, before it', () => {
    const analysis = run('"Three days ago people were saying we were finished," Emery said.', '2027-05-15');
    const [saying, said] = [eventOf(analysis, 'saying'), eventOf(analysis, 'said')];
    expect(analysis.relations).toContainEqual(expect.objectContaining({ from: saying.id, to: said.id, type: 'BEFORE' }));
    expect(analysis.relations).not.toContainEqual(expect.objectContaining({ from: said.id, to: saying.id }));
  });
});

describe('a time opening a coordinated clause dates that clause, not the one before', () => {
  it('"In March, members voted to authorize a strike, and in April clerks staged a walkout"', () => {
    const analysis = run('In March, members voted overwhelmingly to authorize a strike, and in April clerks at two terminals staged a one-day walkout.', '2027-06-21');
    expect(['voted', 'authorize', 'strike', 'staged'].map((t) => `${t}→${anchorText(analysis, eventOf(analysis, t))}`)).toEqual(['voted→March', 'authorize→March', 'strike→March', 'staged→April']);
  });

  it.each([
    // The subject's reach is counted to the verb group's first word, not across its auxiliaries.
    ['Analysts were predicting earnings of $3.90 a share, but now those estimates are being revised downward.', 'predicting', undefined],
    ['Analysts were predicting earnings of $3.90 a share, but now those estimates are being revised downward.', 'revised', 'now'],
    // …and without the coordinated clause, "now" dates the verb before it.
    ['Analysts were predicting earnings of $3.90 a share now.', 'predicting', 'now'],
  ])('%s → "%s" dated by %s', (text, trigger, timex) => {
    const analysis = run(text, '1989-10-30');
    const event = eventOf(analysis, trigger);
    expect(event.anchor === undefined ? undefined : anchorText(analysis, event)).toBe(timex);
  });

  it('past a hedge: "…had declared a disaster, and around 2 a.m. on Sunday a dam gave way"', () => {
    const analysis = run('By Saturday afternoon, authorities had declared a disaster, and around 2 a.m. on Sunday a dam on the river gave way.', '2027-09-20');
    expect(['declared', 'disaster', 'gave'].map((t) => `${t}→${anchorText(analysis, eventOf(analysis, t))}`)).toEqual(['declared→Saturday afternoon', 'disaster→Saturday afternoon', 'gave→2 a.m. on Sunday']);
  });
});

describe('a fronted time dates its main clause and the head verb\'s object, not a restrictive relative clause', () => {
  it('"Last month, the country marked the fourth anniversary of the February 2023 earthquakes that killed 53,000 people"', () => {
    const analysis = run('Last month, the country marked the fourth anniversary of the February 2023 earthquakes that killed more than 53,000 people.', '2027-03-04');
    expect(['marked', 'anniversary', 'earthquakes', 'killed'].map((t) => `${t}→${anchorText(analysis, eventOf(analysis, t))}`))
      .toEqual(['marked→Last month', 'anniversary→Last month', 'earthquakes→February 2023', 'killed→February 2023']);
  });
});

describe('a light verb and its event noun share the time after the noun', () => {
  it.each([
    ['The two sides held talks on Tuesday.', 'held', 'talks'],
    ['The board took a vote on Friday.', 'took', 'vote'],
  ])('%s', (text, verb, noun) => {
    const analysis = run(text, '2027-06-21');
    for (const trigger of [verb, noun]) expect(eventOf(analysis, trigger).anchor).toMatchObject({ relation: 'IS_INCLUDED' });
    expect(eventOf(analysis, verb).when.basis).toBe('anchored');
  });
});

describe('"since" after a superlative, and a signal before a dated event noun', () => {
  it('"his first match since February" is after February, not begun by it', () => {
    const analysis = run('Solanke was playing his first match since February.', '2027-05-15');
    expect(eventOf(analysis, 'match').anchor?.relation).toBe('AFTER');
    expect(eventOf(analysis, 'match').when.start).toBe('2027-03-01T00:00:00Z');
    // "match" after a possessive and an ordinal is a noun, and the playing is that match.
    expect(eventOf(analysis, 'match').tense).toBeUndefined();
    expect(eventOf(analysis, 'playing').anchor?.relation).toBe('AFTER');
  });

  it.each([
    // The time dates the crash; the fall is ranked since it, so at or after it, not within March 2020.
    ['Shares fell 8%, their biggest one-day drop since the March 2020 market crash.', 'fell', 'OVERLAP-OR-AFTER'],
    ['Rudolph has been on the run since the January 1998 bombing of a clinic.', 'been', 'BEGUN_BY'],
  ])('%s → "%s" %s the noun\'s time', (text, trigger, relation) => {
    expect(eventOf(run(text, '2027-05-15'), trigger).anchor?.relation).toBe(relation);
  });

  it('what describes the dated noun stays in its time', () => {
    const analysis = run('Rudolph has been on the run since the January 1998 bombing of a clinic that killed an officer.', '2027-05-15');
    expect(eventOf(analysis, 'killed').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('the standard of a comparison does not hold its clause', () => {
  it.each([
    // Ranked since a year: what is ranked is after it; only the "when" clause is in it.
    ['It was the worst flood since 2002, when the river burst its banks.', 'was', 'AFTER', 'burst'],
    ['The storm was the deadliest in decades, the strongest since 1991, when a cyclone struck the coast.', 'was', 'AFTER', 'struck'],
    // Compared with a year: the state and the report come after it.
    ['Prices are lower than in 2019, when inflation peaked.', 'lower', 'OVERLAP-OR-AFTER', 'peaked'],
  ])('%s → "%s" %s the time, "%s" inside it', (text, compared, relation, inside) => {
    const analysis = run(text, '2026-03-31');
    expect(eventOf(analysis, compared).anchor?.relation).toBe(relation);
    expect(eventOf(analysis, inside).anchor?.relation).toBe('IS_INCLUDED');
  });

  it('"Turnout was higher than in 2022, officials said": the saying is after 2022 and before publication', () => {
    const analysis = run('Turnout was higher than in 2022, officials said.', '2026-11-04');
    expect(eventOf(analysis, 'said').when).toMatchObject({ start: '2023-01-01T00:00:00Z', end: '2026-11-04T00:00:00Z' });
    expect(eventOf(analysis, 'higher').anchor?.relation).not.toBe('IS_INCLUDED');
  });

  it.each([
    ['Turnout was higher than in the midterms four years ago, officials said.', 'said'],
    ['Turnout was down from the 2024 election.', 'was'],
    ['Sales were up from 2024, the company said.', 'said'],
  ])('%s → "%s" after the compared time', (text, trigger) => {
    expect(eventOf(run(text, '2026-11-04'), trigger).anchor?.relation).toBe('AFTER');
  });

  it.each([
    // A compared figure's time does not date a clause in the present: it pays now.
    ['Reed is paying an interim dividend of 4.6 pence, up 15% from 4 pence a year earlier.', 'paying', undefined],
    ['Sales are up 10% from $4 million a year earlier.', 'are', undefined],
    // …nor a present "compare" before it: the time is the standard's.
    ['These results compare with net income of $1.8 million, or 44 cents a share, for the corresponding period last year.', 'compare', undefined],
    // …a time of its own does, and a past comparing keeps its time.
    ['Reed is paying a dividend of 4.6 pence next month.', 'paying', 'next month'],
    ['Analysts compared the results with forecasts last week.', 'compared', 'last week'],
  ])('%s → "%s" dated by %s', (text, trigger, timex) => {
    const analysis = run(text, '1989-11-02');
    const event = eventOf(analysis, trigger);
    if (timex === undefined) expect(event.when.basis).not.toBe('anchored');
    else expect(anchorText(analysis, event)).toBe(timex);
  });

  it('"moved from Boston in 2019" is no comparison', () => {
    expect(eventOf(run('He moved from Boston in 2019.', '2026-11-04'), 'moved').anchor?.relation).toBe('IS_INCLUDED');
  });

  it('"more than two years ago" and "no later than Friday" are not comparisons with a time', () => {
    expect(eventOf(run('He left more than two years ago.', '2026-11-04'), 'left').anchor?.relation).toBe('IS_INCLUDED');
    expect(eventOf(run('The bill must pass no later than Friday.', '2026-11-04'), 'pass').anchor?.relation).not.toBe('AFTER');
  });
});

describe('a signal before the time\'s verb puts the main clause at or after it, not in it', () => {
  it.each([
    ['Guardiola has won the title six times since arriving in 2016.', 'won', 'arriving'],
    ['She has published four books since she moved to Paris in 2010.', 'published', 'moved'],
    ['He retired after losing the final in 2019.', 'retired', 'losing'],
  ])('%s → "%s" OVERLAP-OR-AFTER, "%s" IS_INCLUDED', (text, main, dated) => {
    const analysis = run(text, '2026-01-19');
    expect(eventOf(analysis, main).anchor?.relation).toBe('OVERLAP-OR-AFTER');
    expect(eventOf(analysis, dated).anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('a "when" clause right after a time happens in it', () => {
  it.each([
    ['The river has not flooded since 2010, when the dam opened.', 'opened', 'flooded', 'BEGUN_BY'],
    ['The idea dates to the 1990s, when it was first proposed.', 'proposed', undefined, undefined],
  ])('%s → "%s" IS_INCLUDED', (text, inside, other, relation) => {
    const analysis = run(text, '2026-10-09');
    expect(eventOf(analysis, inside).anchor?.relation).toBe('IS_INCLUDED');
    if (other !== undefined) expect(eventOf(analysis, other).anchor?.relation).toBe(relation);
  });
});

describe('a "when" clause right after the publication day\'s time is on that day', () => {
  dayRelationTable([
    ['In Los Angeles that lesson was brought home today when tons of earth cascaded down a hillside.', '1998-02-13', 'cascaded', 'overlap'],
    // A past that only shares its sentence with "today" is before the day, by the news convention.
    ['Officials said today that tons of earth cascaded down a hillside.', '1998-02-13', 'cascaded', 'before'],
  ]);
});

describe('the subject and verb of a "when" clause right after a time are in it, whatever time stands nearer', () => {
  it.each([
    ['Shares are down 7% from Oct. 13, when the crash on Wall Street sparked the current weakness.', '1989-10-30', 'sparked', 'Oct. 13'],
    // Past the clause's verb, an event keeps its nearest time.
    ['The protest marked a return to the demonstrations of early December, when thousands rallied in the biggest gatherings since the triumph of the revolution that brought Castro to power 41 years ago.', '2000-01-15', 'triumph', '41 years ago'],
    ['Shares are down 7% from Oct. 13, when the crash on Wall Street sparked the current weakness.', '1989-10-30', 'weakness', 'current'],
  ])('%s (%s) → "%s" in %s', (text, publicationDate, trigger, timex) => {
    const analysis = run(text, publicationDate);
    expect(anchorText(analysis, eventOf(analysis, trigger))).toBe(timex);
  });
});

describe('a time inside a relative clause set off by commas dates that clause only', () => {
  it.each([
    ['Smith, who was elected in 2019, resigned in protest.', 'elected', 'resigned'],
    ['The senator, who took office in January, voted against the bill.', 'took', 'voted'],
  ])('%s → "%s" in the time, "%s" not', (text, inside, outside) => {
    const analysis = run(text, '2026-10-09');
    expect(eventOf(analysis, inside).anchor?.relation).toBe('IS_INCLUDED');
    expect(eventOf(analysis, outside).anchor).toBeUndefined();
  });

  it('the main verb with a time of its own keeps it', () => {
    const analysis = run('The ban, which was imposed in 2020, was lifted on Monday.', '2026-10-09');
    expect(eventOf(analysis, 'lifted').when.start).toBe('2026-10-05T00:00:00Z');
  });
});

describe('an age is an event\'s own time: a date of the next conjunct does not place it', () => {
  it.each([
    ['She won a scholarship at 17 and completed her doctorate in 1959.', 'won', 'completed'],
    ['He moved to Paris as a child and opened a gallery there in 1975.', 'moved', 'opened'],
    ['She left school at the age of 15 and joined the company in 1980.', 'left', 'joined'],
  ])('%s → "%s" unanchored, "%s" in the year', (text, aged, dated) => {
    const analysis = run(text, '2025-10-26');
    expect(eventOf(analysis, aged).anchor).toBeUndefined();
    expect(eventOf(analysis, dated).anchor?.relation).toBe('IS_INCLUDED');
  });

  it('a clock time or an amount after "at" is no age', () => {
    expect(eventOf(run('Trading opened at 10 a.m. and closed in May.', '2025-10-26'), 'opened').anchor).toBeDefined();
    expect(eventOf(run('The shares traded at 17 percent below par and fell in May.', '2025-10-26'), 'traded').anchor).toBeDefined();
  });
});

describe('a denied "before" starts the event at the time at the earliest', () => {
  it.each([
    ['The court is not expected to rule before March.', 'rule', '2027-03-01T00:00:00Z'],
    ['Parliament is unlikely to vote before the second half of 2027.', 'vote', '2027-07-01T00:00:00Z'],
    ["The bridge won't reopen before August.", 'reopen', '2026-08-01T00:00:00Z'],
  ])('%s → "%s" from %s', (text, trigger, start) => {
    const e = eventOf(run(text, '2026-06-15'), trigger);
    expect(e.anchor?.relation).toBe('OVERLAP-OR-AFTER');
    expect(e.when.start).toBe(start);
  });

  it('an affirmed "before" still ends it by the time', () => {
    const e = eventOf(run('The court will rule before March.', '2026-06-15'), 'rule');
    expect(e.anchor?.relation).toBe('BEFORE');
    expect(e.when.end).toBe('2027-03-01T00:00:00Z');
  });
});

describe('"starting Monday" begins what the clause tells', () => {
  it.each([
    ['Consumers can register for a replacement starting Monday.', 'register', '2027-11-01T00:00:00Z'],
    ['The new fares apply beginning on Jan. 1.', 'apply', '2028-01-01T00:00:00Z'],
  ])('%s → "%s" BEGUN_BY, from %s', (text, trigger, start) => {
    const e = eventOf(run(text, '2027-10-29'), trigger);
    expect(e.anchor?.relation).toBe('BEGUN_BY');
    expect(e.when.start).toBe(start);
  });

  it('"starting" there is no event of its own; "was starting a new job" still is', () => {
    expect(run('Consumers can register starting Monday.', '2027-10-29').events.map((e) => e.text)).not.toContain('starting');
    expect(run('He was starting a new job.', '2027-10-29').events.map((e) => e.text)).toContain('starting');
  });
});

describe('a fronted time does not date the object of a verb that reschedules it', () => {
  it('"Last Monday, the company pushed the launch back by four days": the pushing was Monday, the launch was not', () => {
    const analysis = run('Last Monday, the company pushed the launch back by four days.', '2027-09-05');
    expect(anchorText(analysis, eventOf(analysis, 'pushed'))).toBe('Last Monday');
    expect(anchorText(analysis, eventOf(analysis, 'launch'))).not.toBe('Last Monday');
  });
});

describe('"May" inside a sentence, and a report of a dated participle', () => {
  it('"restrictions announced in May had cut sales": "May" is the month, not a modal, and the saying is at or after May', () => {
    const analysis = run('Raman said export restrictions announced by the Commerce Department in May had cut into sales.', '2027-07-28');
    expect(eventOf(analysis, 'cut').tense).toBe('past');
    expect(eventOf(analysis, 'said').anchor?.relation).toBe('OVERLAP-OR-AFTER');
    expect(eventOf(analysis, 'announced').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('a time right before a finite verb is that verb\'s subject, not the time of the report before it', () => {
  it('"Insurers said this summer had been the costliest on record": the summer dates the being, not the saying', () => {
    const analysis = run('Insurers said this summer had been the costliest on record.', '2027-09-20');
    expect(anchorText(analysis, eventOf(analysis, 'been'))).toBe('this summer');
    expect(eventOf(analysis, 'been').anchor?.relation).toBe('IS_INCLUDED');
    expect(eventOf(analysis, 'said').anchor?.relation).not.toBe('IS_INCLUDED');
  });

  it('"said Saturday the convoy had left" keeps the saying\'s time', () => {
    const analysis = run('Activists said Saturday the convoy had left.', '2027-09-20');
    expect(anchorText(analysis, eventOf(analysis, 'said'))).toBe('Saturday');
    expect(eventOf(analysis, 'said').anchor?.relation).toBe('IS_INCLUDED');
  });
});

describe('a date-only publication is its whole day, also when the clocks change that day', () => {
  it.each([
    // New York falls back (a 25-hour day) and springs forward (23 hours); Melbourne falls back in April.
    ['2026-11-01', 'America/New_York', '2026-11-01T00:00:00-04:00', '2026-11-02T00:00:00-05:00'],
    ['2026-03-08', 'America/New_York', '2026-03-08T00:00:00-05:00', '2026-03-09T00:00:00-04:00'],
    ['2026-04-05', 'Australia/Melbourne', '2026-04-05T00:00:00+11:00', '2026-04-06T00:00:00+10:00'],
  ])('published %s in %s: the past ends at %s, the future starts at %s', (publicationDate, timeZone, pastEnd, futureStart) => {
    const analysis = analyze({ text: 'The talks ended. The talks will resume. Officials met today.', publicationDate, timeZone });
    expect(eventOf(analysis, 'ended').when.end).toBe(pastEnd);
    expect(eventOf(analysis, 'resume').when.start).toBe(futureStart);
    expect(eventOf(analysis, 'met').when).toMatchObject({ start: pastEnd, end: futureStart, precision: 'day' });
  });
});

describe('a report of what the text puts on a date-only publication day is made that day, without a contradiction', () => {
  it.each([
    ['The fire broke out this morning, officials said.', 'broke', 'said'],
    ['A man was arrested at 2 a.m., police said.', 'arrested', 'said'],
    ['Two climbers were rescued at 6 a.m. today, the coast guard told reporters.', 'rescued', 'told'],
    // A time that starts at the day's first instant: the report at or after it was squeezed to that instant, and the
    // event with it (an early morning is read from midnight).
    ['The man was detained early Wednesday morning, police said.', 'detained', 'said'],
    ['Rebels bombed the embassy Wednesday, witnesses said.', 'bombed', 'said'],
  ])('%s', (text, told, report) => {
    const analysis = analyze({ text, publicationDate: '2026-01-07', timeZone: 'Australia/Melbourne' });
    expect(analysis.diagnostics).toEqual([]);
    const event = eventOf(analysis, told);
    expect(event.when.start! >= '2026-01-07T00:00:00+11:00' && event.when.end! <= '2026-01-08T00:00:00+11:00').toBe(true);
    // The report is after the event and still by the end of the publication day.
    expect(eventOf(analysis, report).when.end).toBe('2026-01-07T23:59:00+11:00');
    expect(analysis.order.indexOf(eventOf(analysis, told).id)).toBeLessThan(analysis.order.indexOf(eventOf(analysis, report).id));
  });

  it('"was detained early Wednesday morning, police said": the detention has the early morning, not its first instant', () => {
    const analysis = analyze({ text: 'The man was detained early Wednesday morning, police said.', publicationDate: '2026-01-07', timeZone: 'Australia/Melbourne' });
    expect(eventOf(analysis, 'detained').when).toMatchObject({ start: '2026-01-07T00:00:00+11:00', end: '2026-01-07T08:00:00+11:00' });
  });

  it('a report with nothing on the publication day stays before it, as news convention has it', () => {
    const analysis = analyze({ text: 'The minister resigned, aides said.', publicationDate: '2026-01-07', timeZone: 'Australia/Melbourne' });
    expect(eventOf(analysis, 'said').when.end).toBe('2026-01-07T00:00:00+11:00');
  });

  it.each([
    ['The minister resigned on Monday, aides said.', 'said'],
    ['The talks collapsed last week, officials said.', 'said'],
  ])('%s: a report of a time before the publication day stays before that day', (text, report) => {
    const analysis = analyze({ text, publicationDate: '2026-01-07', timeZone: 'Australia/Melbourne' });
    expect(eventOf(analysis, report).when.end).toBe('2026-01-07T00:00:00+11:00');
  });
});

describe('regressions of session 10\'s second reading', () => {
  it('"with winds expected from mid-morning": an absolute participle has no past to put it before a time to come', () => {
    const e = eventOf(run('Temperatures will reach 43 degrees on Thursday, with winds expected from mid-morning.', '2026-01-07'), 'expected');
    expect(e.anchor?.relation).toBe('BEGUN_BY');
    expect(e.when.start).toBe('2026-01-08T08:00:00Z');
  });

  it.each([
    ['The blast happened at 3:15:50 p.m.', 'happened', '2026-06-15T15:15:00Z', '2026-06-15T15:16:00Z'],
    ['The train left at 10:02:15.', 'left', '2026-06-15T10:02:00Z', '2026-06-15T10:03:00Z'],
  ])('%s → "%s" in the minute of a time with seconds, [%s, %s)', (text, trigger, start, end) => {
    expect(eventOf(run(text, '2026-06-15'), trigger).when).toMatchObject({ start, end });
  });

  it('"the last 16 minutes of the flight": the flight includes them', () => {
    expect(eventOf(run('The recorder covers the last 16 minutes of the flight.', '2026-03-31'), 'flight').anchor?.relation).toBe('INCLUDES');
  });
});

describe('a signal with no event before it in its sentence modifies the main clause after it', () => {
  const linkOf = (analysis: Analysis, from: string, to: string) => analysis.relations.find((r) => r.from === eventOf(analysis, from).id && r.to === eventOf(analysis, to).id);
  it('"Two days after the vote, protesters gathered": the vote two days before the gathering', () => {
    const analysis = run('Two days after the vote, protesters gathered.', '2024-06-10');
    expect(linkOf(analysis, 'vote', 'gathered')).toMatchObject({ type: 'BEFORE', via: 'Two days after' });
  });
  it('"The day before the recall, a memo had warned": one day before', () => {
    const analysis = run('The day before the recall, a memo had warned of the defect.', '2024-06-10');
    expect(linkOf(analysis, 'warned', 'recall')).toMatchObject({ type: 'BEFORE', via: 'The day before' });
  });
  it('"In the days after the vote, protesters gathered": days after', () => {
    const analysis = run('In the days after the vote, protesters gathered.', '2024-06-10');
    expect(linkOf(analysis, 'vote', 'gathered')).toMatchObject({ type: 'BEFORE', via: 'days after' });
  });
  it('keeps a signal after an event with that event ("the protesters who gathered after the vote")', () => {
    const analysis = run('Police arrested protesters who gathered after the vote.', '2024-06-10');
    expect(linkOf(analysis, 'vote', 'gathered')).toMatchObject({ type: 'BEFORE', via: 'after' });
    expect(linkOf(analysis, 'vote', 'arrested')).toBeUndefined();
  });

  it.each([
    ['Police arrested a man at a London train station, three weeks after the first suspect was charged.', 'arrested', 'three weeks after'],
    ['The army shelled the town near the border, days after the talks collapsed.', 'shelled', 'days after'],
  ])('%s: after a comma the phrase modifies the clause\'s verb, not a noun of its prepositional phrase', (text, verb, via) => {
    const analysis = run(text, '2024-06-10');
    const link = analysis.relations.find((r) => r.to === eventOf(analysis, verb).id && r.type === 'BEFORE');
    expect(link?.via).toBe(via);
    // …and the phrase links nothing else as the later event.
    expect(analysis.relations.filter((r) => r.via === via).map((r) => r.to)).toEqual([eventOf(analysis, verb).id]);
  });

  it('without a comma the noun before the phrase keeps it ("the strike on the town days after the talks")', () => {
    const analysis = run('They condemned the strike on the town days after the talks collapsed.', '2024-06-10');
    expect(analysis.relations.find((r) => r.via === 'days after')?.to).not.toBe(eventOf(analysis, 'condemned').id);
  });
});
