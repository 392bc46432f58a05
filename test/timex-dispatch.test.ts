/**
 * The scanner tries a rule only at the words listed in its `firstWords`. This checks that those lists are
 * complete: every candidate a full scan of each rule finds is also found by the dispatching scanner — on every
 * rule's own examples, the seed article, and the TimeBank/AQUAINT texts when ../shared is present.
 */
import { existsSync, readFileSync } from 'node:fs';
import { describe, expect, it } from 'vitest';
import { RULES } from '../src/timex/rules/index.js';
import { coldStart, dispatchedCandidates, fullScanCandidates } from '../src/timex/scan.js';
import { readTimemlFolder } from '../src/timeml/files.js';

const key = (c: { start: number; end: number; rule: string }) => `${c.rule}@${c.start}-${c.end}`;

function missedByDispatch(text: string): string[] {
  const dispatched = new Set(dispatchedCandidates(text).map(key));
  return fullScanCandidates(text).map(key).filter((k) => !dispatched.has(k));
}

/** Every rule's examples in a sentence, in lower and sentence case. */
function examplesText(): string {
  const examples = RULES.flatMap((rule) => rule.examples);
  return examples.map((e) => `They said ${e} and. ${e[0]!.toUpperCase()}${e.slice(1)} was.`).join('\n');
}

const seedText = (): string =>
  (JSON.parse(readFileSync(new URL('../events/ap-2017-09-02-islamic-state-convoy.json', import.meta.url), 'utf8')) as { text: string }).text;

describe('rule dispatch by first word', () => {
  it('finds every example of every rule, in lower and sentence case', () => {
    expect(missedByDispatch(examplesText())).toEqual([]);
  });

  it('finds every candidate of the seed article', () => {
    expect(missedByDispatch(seedText())).toEqual([]);
  });

  it('finds the same candidates once the words read the text after them with the prefilter', () => {
    // The tests above ran in a fresh module, where words try their rules one by one (coldStart); with no budget
    // left, every word now goes through the prefilter and the dispatch alternations.
    const budget = coldStart.ruleRuns;
    coldStart.ruleRuns = 0;
    try {
      expect(missedByDispatch(examplesText())).toEqual([]);
      expect(missedByDispatch(seedText())).toEqual([]);
    } finally {
      coldStart.ruleRuns = budget;
    }
  });

  const corpus = new URL('../../shared/corpora/tbaq/', import.meta.url).pathname;
  // Long enough for the frequent words to use up their budget of one-by-one runs and switch to the prefilter.
  it.skipIf(!existsSync(corpus))('finds every candidate of the TimeBank and AQUAINT texts (skipped when ../shared is absent)', () => {
    for (const folder of ['TimeBank', 'AQUAINT']) {
      const missed = [...readTimemlFolder(`${corpus}${folder}`)].flatMap((doc) => missedByDispatch(doc.text).map((m) => `${doc.docId} ${m}`));
      expect(missed).toEqual([]);
    }
  });
});
