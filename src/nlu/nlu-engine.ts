/**
 * The Nlu port implementation: intent ranking from the classifier, an out-of-scope gate, entities, and
 * the message language. Stateless after construction, so one instance serves concurrent requests.
 */
import type { Nlu, NluParseOptions, NluResult } from '../core/ports.js';
import type { IntentScore } from '../core/types.js';
import { extractEntities } from './entities/index.js';
import type { IntentClassifier } from './intent-classifier.js';

export const UNKNOWN_INTENT = 'unknown';

/**
 * Calibrated top confidence below which a message counts as out of scope. Chosen on held-out in-scope
 * and out-of-scope messages (bench/nlu-bench.ts, docs/benchmarks.md), never on the test data.
 */
export const DEFAULT_OOS_THRESHOLD = 0.3;

export interface NluEngineOptions {
  threshold: number;
}

export class NluEngine implements Nlu {
  constructor(
    readonly classifier: IntentClassifier,
    readonly options: NluEngineOptions,
  ) {}

  /** Intent ranking and language only (no entities): what the benchmark and the gate measurements use. */
  rank(text: string, options: NluParseOptions = {}): Pick<NluResult, 'intents' | 'language'> {
    const result = this.classifier.classify(text, options.locale);
    const ranking = result.ranking;
    const top = ranking[0];
    // Nothing in the message resembles the training data, or the best guess is too unsure.
    const unseen = result.knownFeatures === 0 || (result.contentWords > 0 && result.knownWords === 0);
    const gated = top === undefined || top.id === UNKNOWN_INTENT || unseen || top.confidence < this.options.threshold;
    let intents: IntentScore[];
    if (!gated) {
      intents = ranking.slice(0, 5);
    } else {
      const topConfidence = top?.confidence ?? 0;
      const classProbability = ranking.find((r) => r.id === UNKNOWN_INTENT)?.confidence ?? 0;
      const confidence = top?.id === UNKNOWN_INTENT ? topConfidence : Math.max(classProbability, 1 - topConfidence, topConfidence);
      intents = [{ id: UNKNOWN_INTENT, confidence }, ...ranking.filter((r) => r.id !== UNKNOWN_INTENT).slice(0, 4)];
    }
    return { intents, language: result.language };
  }

  parse(text: string, options: NluParseOptions = {}): NluResult {
    const { intents, language } = this.rank(text, options);
    const entities = extractEntities(text, { locale: language, now: options.now ?? new Date() });
    return { intents, entities, language };
  }
}
