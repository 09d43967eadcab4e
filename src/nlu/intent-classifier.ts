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
  /** Inverse document frequency per feature (featureConfig.idf), in index order. */
  idf?: Float32Array;
}

export interface Classification {
  language: Locale;
  /** Every intent, best first, calibrated probabilities summing to 1. */
  ranking: IntentScore[];
  /** Active features the model knows; 0 means the message shares nothing with the training data. */
  knownFeatures: number;
  contentWords: number;
  knownWords: number;
  /** See sentenceLanguage in language.ts. */
  sentenceLanguage: Locale | undefined;
  functionWords: number;
}

/** Inverse document frequency, smoothed as in scikit-learn: ln((n + 1) / (df + 1)) + 1. */
export function inverseDocumentFrequency(documentFrequency: number, documents: number): number {
  return Math.log((documents + 1) / (documentFrequency + 1)) + 1;
}

/** Known features as a sparse vector, in the (deterministic) order of the feature map; see sparseVector. */
export function toSparse(features: Map<string, number>, index: ReadonlyMap<string, number>, idf?: Float32Array): SparseVector {
  const indices = new Int32Array(features.size);
  const raw = new Float64Array(features.size);
  let n = 0;
  for (const [name, value] of features) {
    const i = index.get(name);
    if (i === undefined) continue;
    indices[n] = i;
    raw[n++] = value;
  }
  return sparseVector(indices.subarray(0, n), raw.subarray(0, n), idf);
}

/**
 * With `idf`, each value is weighted by its feature's IDF and the vector scaled back to its length before
 * weighting. So IDF shifts weight between features, and a message of nothing but stopwords ("hier") stays
 * as short (and its scores as unsure) as its group weights make it.
 */
export function sparseVector(indices: Int32Array, raw: Float64Array, idf?: Float32Array): SparseVector {
  const values = new Float32Array(indices.length);
  let squares = 0;
  let weightedSquares = 0;
  for (let k = 0; k < indices.length; k++) {
    const value = raw[k] as number;
    const weighted = idf ? value * (idf[indices[k] as number] as number) : value;
    values[k] = weighted;
    squares += value * value;
    weightedSquares += weighted * weighted;
  }
  if (idf && weightedSquares > 0) {
    const scale = Math.sqrt(squares / weightedSquares);
    for (let k = 0; k < values.length; k++) values[k] = (values[k] as number) * scale;
  }
  return { indices, values };
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
    return analyze(prepareText(text, this.lexicon.regional), this.lexicon, this.data.featureConfig, { requested, correct: true });
  }

  classify(text: string, requested?: Locale): Classification {
    const analysis = this.analyze(text, requested);
    const vector = toSparse(analysis.features, this.index, this.data.idf);
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
      sentenceLanguage: analysis.sentenceLanguage,
      functionWords: analysis.functionWords,
    };
  }
}
