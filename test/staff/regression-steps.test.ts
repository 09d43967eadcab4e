import { describe, expect, it } from 'vitest';
import type { IntentDefinition } from '../../src/content/schema.js';
import type { Nlu } from '../../src/core/ports.js';
import { contentExamples, contentLexicon } from '../../src/nlu/index.js';
import { crossValidate } from '../../src/nlu/folds.js';
import { rawIntentsFromFiles } from '../../src/staff/content-source.js';
import { compareVersions, crossValidateIntents, CV_FOLDS, CV_SEED, type CrossValidation } from '../../src/staff/regression.js';
import { FIXTURE_INTENTS } from './staff-fixture.js';

/** A pause the test releases by hand, so it can see whether the work went on without one. */
function manualPauses() {
  const waiting: Array<() => void> = [];
  return {
    pause: () => new Promise<void>((resolve) => waiting.push(resolve)),
    get count() {
      return waiting.length;
    },
    release: () => waiting[waiting.length - 1]?.(),
  };
}

/** Lets every pending promise continuation run (but no timers). */
const settle = () => new Promise<void>((resolve) => queueMicrotask(() => queueMicrotask(() => queueMicrotask(resolve))));

describe('the regression check hands the event loop back', () => {
  it('pauses before each fold of the cross-validation, goes on only after the pause, and gets the result of one go', async () => {
    const intents = rawIntentsFromFiles(FIXTURE_INTENTS);
    const pauses = manualPauses();
    let result: CrossValidation | undefined;
    const running = crossValidateIntents(intents, {}, pauses.pause).then((cv) => (result = cv));
    for (let step = 1; step <= CV_FOLDS + 1; step++) {
      await settle();
      expect(pauses.count, `pause ${step}`).toBe(step);
      expect(result).toBeUndefined();
      pauses.release();
    }
    await running;
    const inOneGo = crossValidate(contentExamples({ intents }), CV_FOLDS, { seed: CV_SEED, ...contentLexicon({ intents, profile: { regional_words: {} } }) }, CV_SEED);
    expect(result?.accuracy).toBe(inOneGo.accuracy);
    expect(result?.total).toBe(inOneGo.total);
  });

  it('pauses after every 500 stored utterances it classifies with both models', async () => {
    const examples = Array.from({ length: 1_200 }, (_, i) => `frage ${i}`);
    const intents = [{ id: 'reisepass', examples: { de: examples, en: [] } }] as unknown as IntentDefinition[];
    let ranked = 0;
    const nlu = { parse: () => ({ intents: [{ id: 'reisepass', confidence: 1 }] }), rank: () => (ranked++, { intents: [{ id: 'reisepass', confidence: 1 }] }) } as unknown as Nlu;
    const cv: CrossValidation = { accuracy: 1, recall: { reisepass: 1 }, support: { reisepass: 1_200 }, total: 1_200 };
    const pauses = manualPauses();
    let done = false;
    const running = compareVersions({ publishedIntents: intents, draftIntents: intents, publishedCv: cv, draftCv: cv, publishedNlu: nlu, draftNlu: nlu, maxLossPoints: 1 }, pauses.pause).then((report) => ((done = true), report));
    for (const [step, rankedSoFar] of [[1, 1_000], [2, 2_000]] as const) {
      await settle();
      expect(pauses.count, `pause ${step}`).toBe(step);
      expect(ranked).toBe(rankedSoFar);
      expect(done).toBe(false);
      pauses.release();
    }
    const report = await running;
    expect(ranked).toBe(2_400);
    expect(report.stored).toEqual({ total: 1_200, publishedAccuracy: 1, draftAccuracy: 1 });
  });
});
