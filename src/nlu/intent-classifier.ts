/** A trained intent classifier: lexicon, feature index, linear weights and the calibration temperature. */
import type { IntentScore, Locale } from '../core/types.js';
import { logits, softmax, type LinearModel, type SparseVector } from './classifier.js';
import { analyze, prepareText, type Analysis, type FeatureConfig } from './features.js';
import { Lexicon, type LexiconData } from './lexicon.js';

export interface ClassifierData {
  featureConfig: FeatureConfig;
  lexicon: LexiconData;
  /** Feature names in index order. */
  featureNames: string[];
  intents: string[];
  linear: LinearModel;
  temperature: number;
}

export interface Classification {
  language: Locale;
  /** Every intent, best first, calibrated probabilities summing to 1. */
  ranking: IntentScore[];
  /** Active features the model knows; 0 means the message shares nothing with the training data. */
  knownFeatures: number;
  contentWords: number;
  knownWords: number;
}

/** Known features as a sparse vector, in the (deterministic) order of the feature map. */
export function toSparse(features: Map<string, number>, index: ReadonlyMap<string, number>): SparseVector {
  const indices = new Int32Array(features.size);
  const values = new Float32Array(features.size);
  let n = 0;
  for (const [name, value] of features) {
    const i = index.get(name);
    if (i === undefined) continue;
    indices[n] = i;
    values[n++] = value;
  }
  return { indices: indices.subarray(0, n), values: values.subarray(0, n) };
}

export class IntentClassifier {
  readonly lexicon: Lexicon;
  private readonly index: ReadonlyMap<string, number>;

  constructor(readonly data: ClassifierData) {
    this.lexicon = new Lexicon(data.lexicon);
    this.index = new Map(data.featureNames.map((name, i) => [name, i]));
  }

  get intents(): readonly string[] {
    return this.data.intents;
  }

  analyze(text: string, requested?: Locale): Analysis {
    return analyze(prepareText(text), this.lexicon, this.data.featureConfig, { requested, correct: true });
  }

  classify(text: string, requested?: Locale): Classification {
    const analysis = this.analyze(text, requested);
    const vector = toSparse(analysis.features, this.index);
    const probabilities = softmax(logits(this.data.linear, vector), this.data.temperature);
    const ranking = this.data.intents
      .map((id, i) => ({ id, confidence: probabilities[i] as number }))
      .sort((a, b) => b.confidence - a.confidence || (a.id < b.id ? -1 : 1));
    return {
      language: analysis.language,
      ranking,
      knownFeatures: vector.indices.length,
      contentWords: analysis.contentWords,
      knownWords: analysis.knownWords,
    };
  }
}
