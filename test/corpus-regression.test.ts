/**
 * Guards Chronicle's TempEval-3 scores on TimeBank and AQUAINT against regression: each score must stay at or
 * above its floor in test/corpus-floors.ts. Skipped, with the reason, when ../shared/corpora/tbaq is absent.
 */
import { existsSync } from 'node:fs';
import { join, resolve } from 'node:path';
import { describe, expect, it } from 'vitest';
import { evaluateFolder } from '../src/eval/index.js';
import { CORPUS_FLOORS } from './corpus-floors.js';

const CORPORA = resolve(__dirname, '../../shared/corpora/tbaq');
const present = existsSync(join(CORPORA, 'TimeBank')) && existsSync(join(CORPORA, 'AQUAINT'));
if (!present) console.info(`corpus regression skipped: ${CORPORA} (TimeBank and AQUAINT) is absent`);

describe.skipIf(!present)('TempEval-3 scores stay above their floors (skipped when ../shared/corpora/tbaq is absent)', () => {
  for (const corpus of ['TimeBank', 'AQUAINT'] as const) {
    it(`${corpus}: strict, relaxed, value and type F1, anchoring, DCT relation and event F1 ≥ floors`, () => {
      const floors = CORPUS_FLOORS[corpus];
      const evaluation = evaluateFolder(join(CORPORA, corpus));
      const pct = (x: number): number => Math.round(1000 * x) / 10;
      expect(evaluation.failures, 'analyze must not fail on any corpus document').toEqual([]);
      expect(evaluation.timex.counts.gold).toBe(corpus === 'TimeBank' ? 1243 : 579);
      const measured = {
        strictF1: pct(evaluation.timex.strict.f1),
        relaxedF1: pct(evaluation.timex.relaxed.f1),
        valueF1: pct(evaluation.timex.value.f1),
        typeF1: pct(evaluation.timex.type.f1),
        anchoring: evaluation.events.anchoringAccuracy === undefined ? undefined : pct(evaluation.events.anchoringAccuracy),
        dctRelation: evaluation.events.dctAccuracy === undefined ? undefined : pct(evaluation.events.dctAccuracy),
        eventF1: evaluation.events.extraction === undefined ? undefined : pct(evaluation.events.extraction.f1),
      };
      for (const key of ['strictF1', 'relaxedF1', 'valueF1', 'typeF1'] as const) {
        expect(measured[key], `${corpus} ${key}`).toBeGreaterThanOrEqual(floors[key]);
      }
      for (const key of ['anchoring', 'dctRelation', 'eventF1'] as const) {
        const value = measured[key];
        if (value !== undefined) expect(value, `${corpus} ${key}`).toBeGreaterThanOrEqual(floors[key]);
        else expect(floors[key], `${corpus} ${key} has a floor above 0 but the engine produced no events`).toBe(0);
      }
    });
  }
});
