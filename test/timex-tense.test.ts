/**
 * The lexical clause tense (src/timex/tense.ts) that places bare weekdays and months: an example table of
 * sentences, the expression, and the tense expected, with the cue each row exercises.
 */
import { describe, expect, it } from 'vitest';
import { clauseTense } from '../src/timex/tense.js';

const CASES: { sentence: string; phrase: string; tense: 'past' | 'present' | 'future' | undefined; cue: string }[] = [
  { sentence: 'The minister arrived Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'simple past' },
  { sentence: 'The minister will arrive Tuesday.', phrase: 'Tuesday', tense: 'future', cue: 'will' },
  { sentence: 'Officials said Monday they will order the family to comply.', phrase: 'Monday', tense: 'past', cue: 'the verb right before governs; the later "will" is another clause' },
  { sentence: 'They will order the family, officials said Monday.', phrase: 'Monday', tense: 'past', cue: 'adjacent reporting verb' },
  { sentence: 'The group could leave as soon as Tuesday.', phrase: 'Tuesday', tense: 'future', cue: 'as soon as' },
  { sentence: 'It could come as early as Thursday.', phrase: 'Thursday', tense: 'future', cue: 'as early as' },
  { sentence: 'He announced that the father would be traveling Thursday.', phrase: 'Thursday', tense: 'future', cue: 'would (future in the past)' },
  { sentence: 'The attorney has scheduled a news conference Thursday.', phrase: 'Thursday', tense: 'future', cue: 'has scheduled' },
  { sentence: 'The offer had been due to expire Friday.', phrase: 'Friday', tense: 'past', cue: 'a plan in the past perfect' },
  { sentence: 'The company had planned to sell the unit in March.', phrase: 'March', tense: 'past', cue: 'a plan in the past perfect' },
  { sentence: 'The offer is due to expire Friday.', phrase: 'Friday', tense: 'future', cue: 'due to' },
  { sentence: 'The ship has been on patrol since March and was scheduled to return.', phrase: 'March', tense: 'past', cue: 'since' },
  { sentence: 'They would look for ways around Wednesday\'s ruling.', phrase: 'Wednesday', tense: 'past', cue: 'a possessive day far from the future marker' },
  { sentence: 'Delegates will attend Tuesday\'s meeting.', phrase: 'Tuesday', tense: 'future', cue: 'a possessive day right after a future marker' },
  { sentence: 'On Monday, the senator called for an inquiry.', phrase: 'Monday', tense: 'past', cue: '"called" narrating' },
  { sentence: 'A group called Hamas is present Monday.', phrase: 'Monday', tense: 'present', cue: '"called" naming is not a past verb' },
  { sentence: 'Monday.', phrase: 'Monday', tense: undefined, cue: 'no marker' },
  { sentence: 'The vote WAS held Monday.', phrase: 'Monday', tense: 'past', cue: 'a past word in capitals' },
  { sentence: 'The vote2 ended3 Monday.', phrase: 'Monday', tense: undefined, cue: 'a word glued to digits is no -ed marker' },
  { sentence: 'The senator was re-elected Monday.', phrase: 'Monday', tense: 'past', cue: 'a hyphen splits words: "elected"' },
  { sentence: 'The plant REMAINS shut Monday.', phrase: 'Monday', tense: 'present', cue: 'a present word in capitals' },
  { sentence: 'The plant remains_open Monday.', phrase: 'Monday', tense: undefined, cue: 'an underscore joins words' },
  { sentence: 'Talks FLEW apart Monday.', phrase: 'Monday', tense: 'past', cue: 'an irregular past in capitals' },
  { sentence: 'Two bombs exploded outside U.S. embassies in Kenya and Tanzania Friday.', phrase: 'Friday', tense: 'past', cue: '"U.S." does not end the sentence' },
  { sentence: 'Gen. Schwarzkopf picked Saturday night.', phrase: 'Saturday', tense: 'past', cue: 'a title\'s point does not end the sentence' },
  { sentence: 'The plant closed. Monday.', phrase: 'Monday', tense: undefined, cue: 'a real sentence end still separates' },
  { sentence: 'A bomb ripped through a building next to the U.S. embassy Friday morning.', phrase: 'Friday', tense: 'past', cue: '"next to" is not "next"' },
  { sentence: 'Officials postponed until Tuesday morning any action on the permit.', phrase: 'Tuesday', tense: 'future', cue: 'a deadline put off until a day' },
  { sentence: 'The agency has given the relatives until 9 a.m. Tuesday to sign.', phrase: '9 a.m. Tuesday', tense: 'future', cue: 'a deadline given until a day' },
  { sentence: 'A ceremony would still be held at the summit on April 24.', phrase: 'April 24', tense: 'future', cue: 'a passive participle takes the tense of its auxiliary' },
  { sentence: 'The ceremony was held on April 24.', phrase: 'April 24', tense: 'past', cue: 'past auxiliary of a passive' },
  { sentence: 'Police have been searching for him since shortly after the Oct. 23 slaying.', phrase: 'Oct. 23', tense: 'past', cue: 'since shortly after the' },
  { sentence: 'The border remained closed until Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'a plain "until" keeps the clause tense' },
  { sentence: 'Organizers postponed a rugby match set for Saturday night.', phrase: 'Saturday night', tense: 'future', cue: 'set for' },
  { sentence: 'The launch, scheduled for Thursday, was announced in March.', phrase: 'Thursday', tense: 'future', cue: 'scheduled for, despite past verbs' },
  { sentence: 'The airline cancelled flights slated for the weekend.', phrase: 'the weekend', tense: 'future', cue: 'slated for' },
  { sentence: 'Officials said the payment was due on Friday.', phrase: 'Friday', tense: 'future', cue: 'due on' },
  { sentence: 'The judge postponed the trial to Monday.', phrase: 'Monday', tense: 'future', cue: 'postponed to' },
  { sentence: 'Organizers moved the final to Sunday after the storm hit.', phrase: 'Sunday', tense: 'future', cue: 'moved to' },
  { sentence: 'The talks were pushed back to Wednesday.', phrase: 'Wednesday', tense: 'future', cue: 'pushed back to' },
  { sentence: 'The vote had been scheduled for Nov. 1.', phrase: 'Nov. 1', tense: 'past', cue: 'a schedule in the past perfect' },
  { sentence: 'The hearing, originally set for Tuesday, was cancelled.', phrase: 'Tuesday', tense: 'past', cue: 'a superseded schedule' },
  { sentence: 'Stocks ended near the record high set on Aug. 6.', phrase: 'Aug. 6', tense: 'past', cue: '"set on" is an established fact, not a schedule' },
  { sentence: 'Services resumed on Sunday, the operators said, and full service could take until Tuesday.', phrase: 'Tuesday', tense: 'future', cue: 'could + verb' },
  { sentence: 'The ship might dock Thursday, officials said.', phrase: 'Thursday', tense: 'future', cue: 'might + verb' },
  { sentence: 'Analysts said the shares should recover in March.', phrase: 'March', tense: 'future', cue: 'should + verb' },
  { sentence: 'Residents were told they must leave by Friday.', phrase: 'Friday', tense: 'future', cue: 'must + verb' },
  { sentence: 'He said the strike may end Monday.', phrase: 'Monday', tense: 'future', cue: 'lower-case "may" is the modal' },
  { sentence: 'The plant closed in May.', phrase: 'May', tense: 'past', cue: 'the month "May" is not a modal' },
  { sentence: 'The ambassador could not be reached Wednesday.', phrase: 'Wednesday', tense: 'past', cue: 'a negated "could" is the past of "can"' },
  { sentence: 'Neither he nor his lawyer could be located Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'negation before "could"' },
  { sentence: 'The crew could have left Sunday.', phrase: 'Sunday', tense: 'past', cue: 'a perfect modal looks back' },
  { sentence: 'Mayors warned police chiefs Wednesday that they should expect little help.', phrase: 'Wednesday', tense: 'past', cue: 'a modal after "that" is another clause' },
  { sentence: 'Officials announced on Tuesday that the bridge will reopen.', phrase: 'Tuesday', tense: 'past', cue: 'a future after "that" is another clause' },
  { sentence: 'Schools will stay closed through Tuesday.', phrase: 'Tuesday', tense: 'future', cue: 'a participle after a copula takes its tense' },
  { sentence: 'The road will remain shut until Friday, police said.', phrase: 'Friday', tense: 'future', cue: 'remain + participle' },
  { sentence: 'The plant remained closed Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'a past copula' },
  { sentence: 'A vote is expected on Thursday.', phrase: 'Thursday', tense: 'future', cue: 'expected on' },
  { sentence: 'The ruling, expected for Monday, could change the case.', phrase: 'Monday', tense: 'future', cue: 'expected for' },
  { sentence: 'Repairs are likely to take until Friday.', phrase: 'Friday', tense: 'future', cue: 'likely to' },
  { sentence: 'The bill is certain to pass in March.', phrase: 'March', tense: 'future', cue: 'certain to' },
  { sentence: 'Police said he was about to board a plane Thursday morning.', phrase: 'Thursday morning', tense: 'past', cue: '"was about to" narrates the past' },
  { sentence: 'Results are due Thursday.', phrase: 'Thursday', tense: 'future', cue: 'due + a day' },
  { sentence: 'Officials would not say Friday when the line would open.', phrase: 'Friday', tense: 'past', cue: 'a refusal to say is a past act of speech' },
  { sentence: 'The spokesman wouldn\'t comment Tuesday on the report.', phrase: 'Tuesday', tense: 'past', cue: 'wouldn\'t comment' },
  { sentence: 'The line would not open until Friday, officials said.', phrase: 'Friday', tense: 'future', cue: 'a negated "would" that is no refusal stays future' },
  { sentence: 'The split would be paid on a still unspecified date in January.', phrase: 'January', tense: 'future', cue: '"unspecified" is an adjective, not a past verb' },
  { sentence: 'The unit will be sold to an undisclosed buyer in March.', phrase: 'March', tense: 'future', cue: '"undisclosed" is an adjective' },
  { sentence: 'Investigators uncovered the plot Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'a reversative "un-" verb is a past tense' },
  { sentence: 'The company unveiled the design Monday.', phrase: 'Monday', tense: 'past', cue: '"unveiled" is a past tense' },
  { sentence: 'The vote is Tuesday, officials said.', phrase: 'Tuesday', tense: 'future', cue: 'a present copula before a day' },
  { sentence: 'The deadline for bids is on Friday.', phrase: 'Friday', tense: 'future', cue: 'is on + a day' },
  { sentence: 'The carrier is now patrolling the Gulf.', phrase: 'now', tense: 'present', cue: 'the copula rule is for named days and months only' },
  { sentence: 'The vote was Tuesday.', phrase: 'Tuesday', tense: 'past', cue: 'a past copula' },
];

describe('clauseTense', () => {
  for (const { sentence, phrase, tense, cue } of CASES) {
    it(`${phrase} in "${sentence}" → ${tense ?? 'none'} (${cue})`, () => {
      const start = sentence.indexOf(phrase);
      expect(clauseTense(sentence, start, start + phrase.length)).toBe(tense);
    });
  }
});
