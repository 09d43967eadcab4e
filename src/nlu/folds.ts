/** Stratified k-fold cross-validation, shared by the staff regression check and the benchmarks. */
import { evaluatePredictions, type EvaluationReport } from './metrics.js';
import { createRandom, shuffleInPlace } from './random.js';
import type { IntentClassifier } from './intent-classifier.js';
import { trainClassifier, type ClassifierOptions, type TrainingExample } from './train.js';

/** Deals each intent's examples round-robin over the folds after a seeded shuffle: fold index per example. */
export function stratifiedFolds(examples: readonly { intent: string }[], folds: number, seed: number): number[] {
  const order = shuffleInPlace(examples.map((_, i) => i), createRandom(seed));
  order.sort((a, b) => (examples[a]?.intent ?? '').localeCompare(examples[b]?.intent ?? ''));
  const fold = new Array<number>(examples.length).fill(0);
  order.forEach((example, position) => (fold[example] = position % folds));
  return fold;
}

/**
 * One classifier per fold, trained on the other folds (options as given, so callers choose whether to fit the
 * temperature), with that fold's examples; a fold whose training part has fewer than two intents is left out.
 * Lazy: a fold is trained when it is asked for, so a caller can let other work run in between.
 */
export function* outOfFoldModels(
  examples: readonly TrainingExample[],
  folds: number,
  options: ClassifierOptions,
  seed: number,
): Generator<{ test: TrainingExample[]; classifier: IntentClassifier }> {
  const fold = stratifiedFolds(examples, folds, seed);
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const test = examples.filter((_, i) => fold[i] === f);
    if (test.length === 0 || new Set(train.map((e) => e.intent)).size < 2) continue;
    yield { test, classifier: trainClassifier(train, options) };
  }
}

/** Calls `visit` for every example with the classifier of its fold (outOfFoldModels). */
export function forEachOutOfFold(
  examples: readonly TrainingExample[],
  folds: number,
  options: ClassifierOptions,
  seed: number,
  visit: (example: TrainingExample, classifier: IntentClassifier) => void,
): void {
  for (const { test, classifier } of outOfFoldModels(examples, folds, options, seed)) {
    for (const example of test) visit(example, classifier);
  }
}

/** Gold and predicted top intents of the out-of-fold examples, filled fold by fold. */
interface FoldPredictions {
  gold: string[];
  predicted: string[];
}

// The temperature fit is skipped: it does not change the top intent.
const withoutCalibration = (options: ClassifierOptions): ClassifierOptions => ({ calibrationFolds: 0, ...options });

function predictFold(into: FoldPredictions, test: readonly TrainingExample[], classifier: IntentClassifier): void {
  for (const example of test) {
    into.gold.push(example.intent);
    into.predicted.push(classifier.classify(example.text, example.language).ranking[0]?.id ?? '');
  }
}

/** Top-intent accuracy per intent out of fold. */
export function crossValidate(examples: readonly TrainingExample[], folds: number, options: ClassifierOptions, seed = 1): EvaluationReport {
  const into: FoldPredictions = { gold: [], predicted: [] };
  for (const { test, classifier } of outOfFoldModels(examples, folds, withoutCalibration(options), seed)) predictFold(into, test, classifier);
  return evaluatePredictions(into.gold, into.predicted);
}

/**
 * crossValidate that awaits `pause` before each fold's training and after the last fold: the staff check runs
 * it inside the server, where five trainings in one go would hold up every citizen's turn for seconds.
 */
export async function crossValidateInSteps(
  examples: readonly TrainingExample[],
  folds: number,
  options: ClassifierOptions,
  seed: number,
  pause: () => Promise<void>,
): Promise<EvaluationReport> {
  const into: FoldPredictions = { gold: [], predicted: [] };
  await pause(); // the caller may just have trained (the draft model): no second training right after it
  for (const { test, classifier } of outOfFoldModels(examples, folds, withoutCalibration(options), seed)) {
    predictFold(into, test, classifier);
    await pause();
  }
  return evaluatePredictions(into.gold, into.predicted);
}
