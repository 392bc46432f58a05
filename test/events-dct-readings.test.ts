/**
 * Readings of an event's time against the publication day that its grammar decides, as example tables: a
 * sentence, its publication date, the trigger, and where its bounds put it against the publication day.
 */
import { describe, expect, it } from 'vitest';
import { dayRelation, dayRelationTable, eventOf, run } from './day-relation.js';

describe('a contracted "\'s" before a phrasal verb and its object is "has"', () => {
  dayRelationTable([
    ["That's built up a heck of a momentum.", '1998-02-23', 'built', 'before'],
    // …a passive "is" otherwise.
    ["That's built of stone.", '1998-02-23', 'built', 'overlap'],
  ]);
});

describe('a present in a clause of time or condition under a main clause that looks ahead is to come', () => {
  dayRelationTable([
    ['The ferry service will resume once the storm passes.', '2024-03-10', 'passes', 'after'],
    ['The strike will continue until the union accepts the offer.', '2024-03-10', 'accepts', 'after'],
    ['Farmers could lose their crops unless the rain stops.', '2024-03-10', 'stops', 'after'],
    ['The minister will step down soon after Mr. Grant approves the budget.', '2024-03-10', 'approves', 'after'],
    // The clause may come first, its main clause after the comma.
    ['If the rains fail again, the harvest could collapse.', '2024-03-10', 'fail', 'after'],
    ['When the vote comes, the party will split.', '2024-03-10', 'comes', 'after'],
    // A present perfect there is a future perfect in meaning.
    ['The tower is expected to be torn down after inspectors have finished their survey.', '2024-03-10', 'finished', 'after'],
    // Under "would" in a report, too.
    ['Officials said the airport would open as soon as the fog lifts.', '2024-03-10', 'lifts', 'after'],
    // What a precaution guards against is to come, whatever its main clause.
    ['Iraq is trying to woo back more Arab support in case the conflict drags on.', '1990-08-13', 'drags', 'after'],
    ['The town keeps sandbags ready in case the storm hits.', '2024-03-10', 'hits', 'after'],
  ]);

  dayRelationTable([
    // A main clause in the present: a habit or a general truth, now.
    ['Prices rise when demand grows.', '2024-03-10', 'grows', 'overlap'],
    ['Police say the gang attacks when the guards leave.', '2024-03-10', 'leave', 'overlap'],
    // "can" speaks of the present.
    ['Shoppers can save money if they buy early.', '2024-03-10', 'buy', 'overlap'],
    // A state under "if" or "in case" may be one of now.
    ['Officials keep the file open in case the report is true.', '2024-03-10', 'is', 'overlap'],
    ['If the minister knows about the payments, he will resign.', '2024-03-10', 'knows', 'overlap'],
    // What such a present governs keeps the present: the fight is going on.
    ['The rebels could seize the port if they win their fight for the hills.', '2024-03-10', 'fight', 'overlap'],
    // The expecting is now; only what is expected comes after.
    ['The tower is expected to be torn down after inspectors have finished their survey.', '2024-03-10', 'expected', 'overlap'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');

  it('an event lasting until such a present is not squeezed to an instant', () => {
    // (A future of continuing holds now already: no start after the publication, and no end before the complying.)
    const e = eventOf(run('The blockade will stay in place until the regime complies.', '2024-03-10'), 'stay');
    expect([e.when.start, e.when.end]).toEqual([null, null]);
  });
});

describe('an obligation in the present or under a modal is of what is to come', () => {
  dayRelationTable([
    ['The city has to repay the loan.', '2024-03-10', 'repay', 'after'],
    ['Tenants do not have to move out.', '2024-03-10', 'move', 'after'],
    ['The council will have to raise taxes.', '2024-03-10', 'raise', 'after'],
    ['The league needs to find a new sponsor.', '2024-03-10', 'find', 'after'],
  ]);

  it.each([
    ['The company had to close two plants.', 'close'],
    ['Residents did not have to leave their homes.', 'leave'],
  ])('but a past one is not: %s → %s not after the publication day', (text, trigger) => {
    expect(dayRelation(eventOf(run(text, '2024-03-10'), trigger), '2024-03-10')).not.toBe('after');
  });
});

describe('a present perfect progressive runs up to now and goes on', () => {
  dayRelationTable([
    ['Grain prices have been climbing.', '2024-03-10', 'climbing', 'overlap'],
    ['The brigade, which has been waiting near the river, is the strongest unit.', '2024-03-10', 'waiting', 'overlap'],
    ['Both carriers have lately been losing passengers to the railways.', '2024-03-10', 'losing', 'overlap'],
    // Told in a past report, it goes on at the telling, and after.
    ['The mayor said the union has been negotiating with the city.', '2024-03-10', 'negotiating', 'overlap'],
    // …as does a state of things not yet brought about.
    ['The club said the permits still have not been granted.', '2024-03-10', 'granted', 'overlap'],
  ]);

  dayRelationTable([
    // A past perfect progressive is over by its past time; a simple perfect is over by now.
    ['The two sides had been talking for months.', '2024-03-10', 'talking', 'before'],
    ['Grain prices have climbed.', '2024-03-10', 'climbed', 'before'],
    // What the process deals with is not going on for that: the shooting is over.
    ['A grand jury has been examining the shooting.', '2024-03-10', 'shooting', 'before'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('an adverb of frequency or length inside a perfect keeps the perfect', () => {
  dayRelationTable([
    ['The bank has always lent to small farms.', '2024-03-10', 'lent', 'before'],
    ['Analysts have long suspected that the merger would fail.', '2024-03-10', 'suspected', 'before'],
    ['The two parties have often clashed over taxes.', '2024-03-10', 'clashed', 'before'],
    ['It has sometimes been claimed that the mine is unsafe.', '2024-03-10', 'claimed', 'before'],
  ]);

  dayRelationTable([
    // "long" after a main-verb "have" is an adjective: the having is a state of now.
    ['The mayor has long hair.', '2024-03-10', 'has', 'overlap'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('a bare participle after "and" or "or" shares the passive before it', () => {
  dayRelationTable([
    ['The two men will be tried and sentenced in June.', '2024-03-10', 'sentenced', 'after'],
    ['Offenders could be fined or jailed.', '2024-03-10', 'jailed', 'after'],
    // In a clause of condition under a main clause that looks ahead, a present passive too.
    ['If the driver is found and arrested, the case will go to trial.', '2024-03-10', 'arrested', 'after'],
    // "likely" between a modal and its verb stands inside the group.
    ['If the bill is passed, the plant would likely close.', '2024-03-10', 'passed', 'after'],
  ]);

  dayRelationTable([
    // After a present or past group the second form may be an active past of its own.
    ['She is married and lived in Ohio for years.', '2024-03-10', 'lived', 'before'],
    ['The mill was sold and reopened under a new name.', '2024-03-10', 'reopened', 'before'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('a base or -s form that is also an event noun is the verb after its plain subject', () => {
  it.each([
    // After a plural noun and before "to": the verb of an intention, now.
    ['Shareholders hope to block the sale.', 'hope', 'present'],
    ['Inspectors plan to visit the site.', 'plan', 'present'],
    // After a name's abbreviation and before the object's determiner.
    ['Acme Corp. plans a second offering.', 'plans', 'present'],
    ['The U.K. demands a full inquiry.', 'demands', 'present'],
  ])('%s → "%s" is a %s verb', (text, trigger, tense) => {
    expect(eventOf(run(text, '2024-03-10'), trigger).tense).toBe(tense);
  });

  it.each([
    // After a determiner, a possessive or an adjective it stays the noun.
    ['Their hope to block the sale faded.', 'hope'],
    ["The city's plan to widen the road was dropped.", 'plan'],
    ['A new plan to cut costs emerged.', 'plan'],
  ])('but not otherwise: %s → "%s" is a noun', (text, trigger) => {
    expect(eventOf(run(text, '2024-03-10'), trigger).tense).toBeUndefined();
  });
});

describe('a reduced passive with its agent tells what made its noun what it is, before now', () => {
  dayRelationTable([
    ['The council must repair the damage caused by the floods.', '2024-03-10', 'caused', 'before'],
    ['Investors will study the rules adopted by the regulator.', '2024-03-10', 'adopted', 'before'],
    ['Shares of firms already hurt by the slump fell again.', '2024-03-10', 'hurt', 'before'],
    ['Here are the results, as tallied by the election board.', '2024-03-10', 'tallied', 'before'],
  ]);

  dayRelationTable([
    // A standing relation holds of its noun: the leading goes on.
    ['A consortium led by two banks will bid for the airport.', '2024-03-10', 'led', 'overlap'],
    ['The charity, a group funded by local donors, opens a shelter.', '2024-03-10', 'funded', 'overlap'],
    // A passive keeps its "be", however far: these limits are decided now.
    ['These limits are at least decided by voters.', '2024-03-10', 'decided', 'overlap'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('"no longer" stands inside a verb group', () => {
  dayRelationTable([
    ['The minister said the state would no longer fund the theatre.', '2024-03-10', 'fund', 'after'],
    ['A visa is no longer required for the trip.', '2024-03-10', 'required', 'overlap'],
  ]);

  it('and leaves a copula before a noun a copula', () => {
    const analysis = run('The firm is no longer a bank.', '2024-03-10');
    expect(analysis.events.map((e) => e.text)).toEqual(['is']);
  });

  it('the "be" of a passive with "no longer" is no event of its own', () => {
    expect(run('A visa is no longer required for the trip.', '2024-03-10').events.map((e) => e.text)).not.toContain('is');
  });
});

describe('an adjective of time before an event noun gives the noun its time', () => {
  dayRelationTable([
    ['The proposed takeover would give the bank a third of the market.', '2024-03-10', 'takeover', 'after'],
    ['Voters are nervous about the upcoming referendum.', '2024-03-10', 'referendum', 'after'],
    ['Shareholders will vote on the planned sale next month.', '2024-03-10', 'sale', 'after'],
    ['The impending strike worries commuters.', '2024-03-10', 'strike', 'after'],
    // Over, whatever the clause: "the recent …" will still have been.
    ['The recent floods will raise insurance costs.', '2024-03-10', 'floods', 'before'],
    ['Analysts expect a rebound after the previous collapse.', '2024-03-10', 'collapse', 'before'],
    // Going on now.
    ['The ongoing investigation is costly.', '2024-03-10', 'investigation', 'overlap'],
    ['Diplomats say the current negotiations could last weeks.', '2024-03-10', 'negotiations', 'overlap'],
  ]);

  dayRelationTable([
    // To come or going on at a past clause's time is not so at publication: no bound either way.
    ['Ministers discussed the upcoming summit.', '2024-03-10', 'summit', 'overlap'],
    ['Reporters asked about the ongoing inquiry.', '2024-03-10', 'inquiry', 'overlap'],
    // "possible" and "last" are not words of time to come or over: a possible fire may already have happened.
    ['Police are investigating a possible arson.', '2024-03-10', 'arson', 'overlap'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');

  it('a time of the noun\'s own, or an end, still places it', () => {
    for (const [text, trigger] of [['The planned summit took place on March 4.', 'summit'], ['The ongoing strike ended.', 'strike']] as const) {
      expect(dayRelation(eventOf(run(text, '2024-03-10'), trigger), '2024-03-10')).toBe('before');
    }
  });
});

describe('common news verbs are known, in every form', () => {
  dayRelationTable([
    ['The carmaker will probably trim its dividend.', '2024-03-10', 'trim', 'after'],
    ['Regulators trimmed the bank\'s capital buffer.', '2024-03-10', 'trimmed', 'before'],
    ['Cheap credit spurred a building boom.', '2024-03-10', 'spurred', 'before'],
    ['Two tenants sued the landlord.', '2024-03-10', 'sued', 'before'],
    ['Prosecutors may indict the mayor.', '2024-03-10', 'indict', 'after'],
    ['Militants ambushed a patrol near the border.', '2024-03-10', 'ambushed', 'before'],
    ['The council shelved the stadium plan.', '2024-03-10', 'shelved', 'before'],
    ['Banks are tightening their lending rules.', '2024-03-10', 'tightening', 'overlap'],
  ]);

  it.each([
    ['A curb on exports remains in force.', 'curb'],
    ['The trim in spending was small.', 'trim'],
  ])('but the same word as a noun after a determiner is not a verb: %s', (text, word) => {
    expect(run(text, '2024-03-10').events.some((e) => e.text === word && e.tense !== undefined)).toBe(false);
  });
});

describe('a bare verb after "and"/"or" shares the modal of the predicate it is coordinated with', () => {
  dayRelationTable([
    ['The kidnappers could release the boy or even demand more money.', '2024-03-10', 'demand', 'after'],
    ['The envoy will tour the camps and meet refugee leaders.', '2024-03-10', 'meet', 'after'],
    ['Lenders may raise fees and then restrict credit.', '2024-03-10', 'restrict', 'after'],
  ]);

  dayRelationTable([
    // The nearer first verb is an infinitive: the bare verb goes with it, not with the modal before that.
    ['Exiles will proceed to obstruct or stall the ruling.', '2024-03-10', 'stall', 'overlap'],
    // Another clause stands between.
    ['Analysts will ask whether the bank lends and borrow money themselves.', '2024-03-10', 'borrow', 'overlap'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('a negated past modal on a state is a prediction, not a past refusal', () => {
  dayRelationTable([
    ['The ministry said the vaccine couldn\'t be available before the winter.', '2024-03-10', 'available', 'overlap'],
  ]);

  dayRelationTable([
    // …and what is denied until a time comes at or after it (TimeBank wsj_0584: "1994 BEGINS profitable").
    ['Executives said the mine wouldn\'t be profitable until 2027.', '2024-03-10', 'profitable', 'after'],
  ]);

  dayRelationTable([
    // A refusal or failure of an action stays in the past.
    ['The spokesman wouldn\'t comment on the talks.', '2024-03-10', 'comment', 'before'],
    ['Relatives couldn\'t be reached on Friday.', '2024-03-10', 'reached', 'before'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('a degree word inside a passive keeps the passive\'s tense', () => {
  dayRelationTable([
    ['Border posts are better guarded than a year ago.', '2024-03-10', 'guarded', 'overlap'],
    ['Coastal towns were worst hit by the floods.', '2024-03-10', 'hit', 'before'],
    ['Rural clinics will be better equipped.', '2024-03-10', 'equipped', 'after'],
  ]);

  it('and the auxiliary is not an event of its own, while a copula before an adjective is', () => {
    expect(run('Border posts are better guarded now.', '2024-03-10').events.map((e) => e.text)).not.toContain('are');
    expect(run('The team is better than ever.', '2024-03-10').events.map((e) => e.text)).toContain('is');
  });
});

describe('a participle fronted before its copula takes the copula\'s tense', () => {
  dayRelationTable([
    ['Still undecided is the fate of the old terminal.', '2024-03-10', 'undecided', 'overlap'],
    ['Also unresolved is who will pay for the repairs.', '2024-03-10', 'unresolved', 'overlap'],
  ]);

  dayRelationTable([
    // Not fronted: an -ed form with a subject before it is a past.
    ['The board resolved the dispute over pay.', '2024-03-10', 'resolved', 'before'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('a participle of arranging after "have" and its object is a state at the time of "have"', () => {
  dayRelationTable([
    ['The envoy has no visit scheduled yet.', '2024-03-10', 'scheduled', 'overlap'],
    ['Both teams have a rematch planned.', '2024-03-10', 'planned', 'overlap'],
  ]);

  dayRelationTable([
    // A perfect is over by now; a participle of another kind keeps its own reading.
    ['The city has planned a parade.', '2024-03-10', 'planned', 'before'],
    ['The club had its stadium renovated.', '2024-03-10', 'renovated', 'before'],
  ], 'but not otherwise: %s (%s) → %s %s the publication day');
});

describe('the object of a modal verb takes no past from a report before it', () => {
  dayRelationTable([
    ['The home secretary said the government would restart the flights by the end of the year.', '2023-10-05', 'flights', 'overlap'],
    ['Officials said the delay could threaten the vote.', '2023-10-05', 'vote', 'overlap'],
    // …and the time of its verb when it has one.
    ['Officials said the delay could push the vote into next year.', '2023-10-05', 'vote', 'after'],
    // Not the object of the modal: a noun after a past verb, or far down a phrase after the modal, keeps the past.
    ['The home secretary said the flights were cancelled.', '2023-10-05', 'flights', 'before'],
    ['The minister said the court had blocked the flights last week.', '2023-10-05', 'flights', 'before'],
  ]);

  it('a report of what is to come is at or before that time, not inside it', () => {
    const analysis = run('The home secretary said the government would restart the flights by the end of the year.', '2023-10-05');
    const said = eventOf(analysis, 'said');
    expect(said.anchor?.relation).toBe('BEFORE-OR-OVERLAP');
    expect(said.when).toMatchObject({ start: null, end: '2023-10-05T00:00:00Z' });
  });
});

describe('a past participle after "if", "when", "once" is a condition or a time, not a past', () => {
  dayRelationTable([
    ['If convicted, he faces life in prison.', '2022-08-05', 'convicted', 'overlap'],
    // (In a clause that looks ahead it is to come.)
    ['Once approved, the plan would take effect in 2026.', '2022-08-05', 'approved', 'after'],
    // Not without the subordinator: a simple past.
    ['He was convicted last year.', '2022-08-05', 'convicted', 'before'],
  ]);
});

describe('an anchored future whose own time lies wholly after a date-only publication day starts after that day', () => {
  dayRelationTable([
    ['The preferred shares will carry a floating dividend until Dec. 31, 1994.', '1989-10-30', 'carry', 'after'],
    ['The board will meet in December.', '1989-10-30', 'meet', 'after'],
    // Not a time that holds the publication day: the future may fall on it.
    ['The board will meet today.', '1989-10-30', 'meet', 'overlap'],
    ['The board will meet on Monday.', '1989-10-30', 'meet', 'overlap'],
  ]);
});
