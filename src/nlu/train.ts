/**
 * Training: lexicon from the examples, features, a feature index, softmax regression, and a temperature
 * fitted on out-of-fold predictions so that confidences are calibrated.
 */
import type { Locale } from '../core/types.js';
import { DEFAULT_LINEAR_CONFIG, fitTemperature, logits, trainLinear, type LinearConfig, type LinearProblem, type SparseVector } from './classifier.js';
import { analyze, DEFAULT_FEATURE_CONFIG, prepareText, type FeatureConfig } from './features.js';
import { roundToHalf } from './half-float.js';
import { IntentClassifier, inverseDocumentFrequency, sparseVector } from './intent-classifier.js';
import { detectLanguage } from './language.js';
import { buildLexiconData, Lexicon } from './lexicon.js';
import { intentNameExamples } from './intent-names.js';
import { regionalEntries, type RegionalWords } from './regional.js';
import { createRandom, shuffleInPlace } from './random.js';

export interface TrainingExample {
  text: string;
  intent: string;
  /** Language of the example; detected from the text when absent. */
  language?: Locale;
}

export interface ClassifierOptions {
  seed?: number;
  features?: Partial<FeatureConfig>;
  linear?: Partial<LinearConfig>;
  /** Canonical term -> variants, applied before features (e.g. perso -> personalausweis). */
  synonyms?: Record<string, readonly string[]>;
  /** Standard word -> regional variants (the city profile's regional_words), read as the standard word. */
  regional?: RegionalWords;
  /** 1/calibrationFolds of the examples is held out once for the temperature fit; 0 or 1 keeps temperature 1. */
  calibrationFolds?: number;
  /** The intent whose examples are messages the city does not answer; its own words are noted (LexiconData.outOfScope). */
  outOfScopeIntent?: string;
  /** Features seen in fewer examples are dropped (keeps serialized models small). */
  minFeatureCount?: number;
  /** Each intent's id also trains it as one example ("FindConnection" -> "find connection"); default true. */
  intentNames?: boolean;
}

export const DEFAULT_SEED = 20240601;
const CALIBRATION_SVM_PASSES = 2;

export function trainClassifier(given: readonly TrainingExample[], options: ClassifierOptions = {}): IntentClassifier {
  if (given.length === 0) throw new Error('trainClassifier needs at least one example');
  const examples = options.intentNames === false ? given : [...given, ...intentNameExamples(given, options.outOfScopeIntent)];
  const seed = options.seed ?? DEFAULT_SEED;
  const featureConfig: FeatureConfig = { ...DEFAULT_FEATURE_CONFIG, ...options.features };
  const linearConfig: LinearConfig = { ...DEFAULT_LINEAR_CONFIG, ...options.linear };
  const regional = regionalEntries(options.regional ?? {});
  const regionalMap = new Map(regional);
  const prepared = examples.map((example) => {
    const text = prepareText(example.text, regionalMap);
    return { text, language: example.language ?? detectLanguage(text.normalized, text.folded, undefined) };
  });
  const lexiconData = buildLexiconData({
    texts: prepared.map((p, i) => ({ folded: p.text.folded, language: p.language, outOfScope: examples[i]?.intent === options.outOfScopeIntent })),
    synonyms: options.synonyms ?? {},
    regional,
  });
  const lexicon = new Lexicon(lexiconData);
  const { featureNames, idf, vectors } = indexFeatures(
    prepared.length,
    (i) => analyze(prepared[i]!.text, lexicon, featureConfig, { language: prepared[i]!.language, correct: false }).features,
    options.minFeatureCount ?? 1,
    featureConfig.idf,
  );

  const intents = [...new Set(examples.map((e) => e.intent))].sort();
  const intentIndex = new Map(intents.map((id, i) => [id, i]));
  const labels = examples.map((e) => intentIndex.get(e.intent) as number);
  const problem: LinearProblem = { vectors, labels, classes: intents.length, features: featureNames.length };
  // The temperature only needs the scale of held-out SVM margins: two passes gave a temperature within
  // 1.5 % of five passes on the Düren content (0.1371 against 0.1389) at 40 % of the cost. It is fitted
  // first, so its model's weights can be freed before the final model's are allocated.
  const calibrationConfig = linearConfig.optimizer === 'svm' ? { ...linearConfig, epochs: Math.min(linearConfig.epochs, CALIBRATION_SVM_PASSES) } : linearConfig;
  const temperature = calibrate(problem, calibrationConfig, seed, options.calibrationFolds ?? 3);
  const linear = trainLinear(problem, linearConfig, seed);
  // The serialized model stores float16 weights; rounding here makes the model in memory the one that loads.
  roundToHalf(linear.weights);
  return new IntentClassifier({ featureConfig, lexicon: lexiconData, featureNames, intents, linear, temperature, ...(idf ? { idf } : {}) });
}

/**
 * Numbers the features in order of first appearance (one pass, no sort, deterministic) and turns each
 * example's feature map into ids as soon as it is analyzed, so the maps of all examples never live side
 * by side (training on the Düren content then fits a smaller heap). Features seen in fewer than minCount
 * examples are dropped.
 */
function indexFeatures(
  count: number,
  featuresOf: (example: number) => Map<string, number>,
  minCount: number,
  withIdf: boolean,
): { featureNames: string[]; idf: Float32Array | undefined; vectors: SparseVector[] } {
  const ids = new Map<string, number>();
  const documentFrequency: number[] = [];
  const rows = Array.from({ length: count }, (_, example) => {
    const features = featuresOf(example);
    const indices = new Int32Array(features.size);
    const raw = new Float64Array(features.size);
    let n = 0;
    for (const [name, value] of features) {
      let id = ids.get(name);
      if (id === undefined) {
        id = ids.size;
        ids.set(name, id);
        documentFrequency.push(0);
      }
      documentFrequency[id] = (documentFrequency[id] as number) + 1;
      indices[n] = id;
      raw[n++] = value;
    }
    return { indices, raw };
  });
  const renumber = new Int32Array(documentFrequency.length).fill(-1);
  const featureNames: string[] = [];
  const keptFrequency: number[] = [];
  ids.forEach((id, name) => {
    if ((documentFrequency[id] as number) < minCount) return;
    renumber[id] = featureNames.length;
    featureNames.push(name);
    keptFrequency.push(documentFrequency[id] as number);
  });
  const idf = withIdf ? Float32Array.from(keptFrequency, (df) => inverseDocumentFrequency(df, rows.length)) : undefined;
  const vectors = rows.map(({ indices, raw }) => {
    const renumbered = indices.map((id) => renumber[id] as number);
    if (minCount <= 1) return sparseVector(renumbered, raw, idf);
    const keep = (_: number, k: number): boolean => (renumbered[k] as number) >= 0;
    return sparseVector(renumbered.filter(keep), raw.filter(keep), idf);
  });
  return { featureNames, idf, vectors };
}

/**
 * Fits the temperature on one stratified held-out part (1/folds of the examples) predicted by a single
 * extra model trained on the rest: a third of the cost of k fold models, and a few hundred held-out
 * predictions are plenty for one parameter.
 */
function calibrate({ vectors, labels, classes, features }: LinearProblem, config: LinearConfig, seed: number, folds: number): number {
  if (folds < 2 || vectors.length < folds * 2 || classes < 2) return 1;
  // Stratified: each intent's examples are dealt round-robin after a seeded shuffle; part 0 is held out.
  const order = shuffleInPlace(vectors.map((_, i) => i), createRandom(seed ^ 0x9e3779b9));
  order.sort((a, b) => (labels[a] as number) - (labels[b] as number));
  const heldOutPart = new Array<boolean>(vectors.length);
  order.forEach((example, position) => (heldOutPart[example] = position % folds === 0));
  const train = vectors.map((_, i) => i).filter((i) => !heldOutPart[i]);
  const model = trainLinear(
    { vectors: train.map((i) => vectors[i] as SparseVector), labels: train.map((i) => labels[i] as number), classes, features },
    config,
    seed + 1,
  );
  const heldOut: { logits: Float64Array; label: number }[] = [];
  for (let i = 0; i < vectors.length; i++) {
    if (heldOutPart[i]) heldOut.push({ logits: logits(model, vectors[i] as SparseVector), label: labels[i] as number });
  }
  return fitTemperature(heldOut);
}
