/**
 * The auxiliaries of a verb group and the tense each carries: forms of be, have and do, and the modals that
 * make a future. Read by verb-group.ts; lexeme.ts marks their words (WordClass.chainWord) so that reading a
 * verb group back from its verb tests one bit per word.
 */
import type { Tense } from '../schema.js';
import { MODALS } from './noun-lexicon.js';

/*
 * Maps rather than object literals: a word looked up with `in` or `[]` is interned first (costly for every
 * token), and an object also answers for its prototype's keys ("constructor").
 */
export const BE_TENSE: ReadonlyMap<string, Tense | 'nonfinite'> = new Map(Object.entries({
  is: 'present', are: 'present', am: 'present', "'s": 'present', "'re": 'present', "'m": 'present',
  was: 'past', were: 'past', be: 'nonfinite', been: 'nonfinite', being: 'nonfinite',
} as const));
export const HAVE_TENSE: ReadonlyMap<string, Tense | 'nonfinite'> = new Map(Object.entries({
  has: 'present', have: 'present', "'ve": 'present', had: 'past', "'d": 'past', having: 'nonfinite',
} as const));
export const DO_TENSE: ReadonlyMap<string, Tense> = new Map(Object.entries({ do: 'present', does: 'present', did: 'past' } as const));
export const FUTURE_MODALS: ReadonlySet<string> = new Set(['will', 'shall', "'ll", 'wo']);

/** The words a chain of auxiliaries before a verb is made of: be, have and do forms, modals, and "to", "going". */
export const CHAIN_WORDS: ReadonlySet<string> = new Set([...BE_TENSE.keys(), ...HAVE_TENSE.keys(), ...DO_TENSE.keys(), ...MODALS, 'to', 'going']);
