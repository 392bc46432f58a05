/**
 * The values of VerbGroup, made in one place: every group comes from one literal with all keys of all its forms
 * (uniformGroup), so that the passes reading groups see one hidden class; the shared groups most triggers have;
 * and the changes the rules make to a group read (marked ahead, read as a prediction).
 */
import type { Tense } from '../schema.js';
import type { Aspect, VerbGroup } from './event-types.js';

/** The (shared, frozen) auxiliaries of a verb group without any. */
export const NO_AUXILIARIES: readonly string[] = Object.freeze([]);

/** A flag a verb group may carry (see VerbGroup): at most one is set when a group is read. */
type GroupFlag = 'notYet' | 'continuing' | 'negatedPast' | 'postnominal' | 'byAgent';

/** Every key a verb group of any form may have. */
interface GroupFields {
  readonly form: VerbGroup['form'];
  readonly tense?: Tense;
  readonly aspect?: Aspect;
  readonly auxiliaries?: readonly string[];
  readonly modal?: string;
  readonly participle?: 'present' | 'past';
  readonly notYet?: true;
  readonly continuing?: true;
  readonly ahead?: true;
  readonly negatedPast?: true;
  readonly postnominal?: true;
  readonly byAgent?: true;
}

/**
 * Every verb group is made by this one literal, with the keys of all its forms in one order (undefined where a
 * form has none): the passes that read `group.form`, `group.tense`, `group.aspect` … then see one hidden class.
 * With one literal per form they saw nine, and V8 turns a property read that has seen more than four into a
 * megamorphic one (a lookup in a global cache instead of a field load).
 */
function uniformGroup(
  form: VerbGroup['form'], tense: Tense | undefined, aspect: Aspect | undefined, auxiliaries: readonly string[] | undefined,
  modal: string | undefined, participle: 'present' | 'past' | undefined, flag: GroupFlag | undefined, ahead?: true,
): VerbGroup {
  const group: GroupFields = {
    form, tense, aspect, auxiliaries, modal, participle,
    notYet: flag === 'notYet' ? true : undefined,
    continuing: flag === 'continuing' ? true : undefined,
    ahead,
    negatedPast: flag === 'negatedPast' ? true : undefined,
    postnominal: flag === 'postnominal' ? true : undefined,
    byAgent: flag === 'byAgent' ? true : undefined,
  };
  return group as VerbGroup;
}

/** The flag a group carries, if any. */
function flagOf(g: GroupFields): GroupFlag | undefined {
  return g.notYet ? 'notYet' : g.continuing ? 'continuing' : g.negatedPast ? 'negatedPast' : g.postnominal ? 'postnominal' : g.byAgent ? 'byAgent' : undefined;
}

/** The same verb group marked `ahead` (clauses-ahead.ts), made by the one literal. */
export function markedAhead(group: VerbGroup): VerbGroup {
  const g: GroupFields = group;
  return uniformGroup(g.form, g.tense, g.aspect, g.auxiliaries, g.modal, g.participle, flagOf(g), true);
}

/** A finite verb group: tense, aspect and auxiliaries; `notYet` for a negated present perfect passive, `continuing` for a perfect progressive. */
export const finiteGroup = (tense: Tense, aspect: Aspect, auxiliaries: readonly string[], flag?: 'notYet' | 'continuing'): VerbGroup =>
  uniformGroup('finite', tense, aspect, auxiliaries, undefined, undefined, flag);
/** A modal other than will/shall, with the aspect of "may have left" / "may be leaving", or a negated past modal. */
export const modalGroup = (modal: string, aspect?: Exclude<Aspect, 'none'>, negatedPast?: 'negatedPast'): VerbGroup =>
  uniformGroup('modal', undefined, aspect, undefined, modal, undefined, negatedPast);
/**
 * A negated past modal's group read as a prediction, without `negatedPast`: on a state ("wouldn't be profitable
 * until 1994", "couldn't be available before spring") it says what will not hold, not that someone refused or failed.
 */
export function asPrediction(group: VerbGroup): VerbGroup {
  return group.form === 'modal' && group.negatedPast === true ? modalGroup(group.modal, group.aspect) : group;
}
export const participleGroup = (participle: 'present' | 'past', flag?: 'postnominal' | 'byAgent'): VerbGroup =>
  uniformGroup('participle', undefined, undefined, undefined, undefined, participle, flag);

/** The verb groups without auxiliaries or modal, one shared value each: most triggers have one of them. */
export const SIMPLE_PAST = finiteGroup('past', 'none', NO_AUXILIARIES);
export const SIMPLE_PRESENT = finiteGroup('present', 'none', NO_AUXILIARIES);
export const PAST_PARTICIPLE = participleGroup('past');
export const AGENT_PARTICIPLE = participleGroup('past', 'byAgent');
export const PRESENT_PARTICIPLE = participleGroup('present');
export const POSTNOMINAL_PARTICIPLE = participleGroup('present', 'postnominal');
export const INFINITIVE = uniformGroup('infinitive', undefined, undefined, undefined, undefined, undefined, undefined);
export const FUTURE_INFINITIVE = uniformGroup('infinitive', 'future', undefined, undefined, undefined, undefined, undefined);
