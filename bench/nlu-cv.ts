/** Stratified k-fold cross-validation of the intent classifier, shared by the tuning script and the benchmark. */
import { evaluatePredictions, type EvaluationReport } from '../src/nlu/metrics.js';
import { createRandom, shuffleInPlace } from '../src/nlu/random.js';
import { trainClassifier, type ClassifierOptions, type TrainingExample } from '../src/nlu/train.js';

/** Deals each intent's examples round-robin over the folds after a seeded shuffle. */
export function stratifiedFolds(examples: readonly TrainingExample[], folds: number, seed: number): number[] {
  const order = shuffleInPlace(examples.map((_, i) => i), createRandom(seed));
  order.sort((a, b) => (examples[a]?.intent ?? '').localeCompare(examples[b]?.intent ?? ''));
  const fold = new Array<number>(examples.length).fill(0);
  order.forEach((example, position) => (fold[example] = position % folds));
  return fold;
}

export function crossValidate(
  examples: readonly TrainingExample[],
  folds: number,
  options: ClassifierOptions,
  seed = 1,
): EvaluationReport {
  const fold = stratifiedFolds(examples, folds, seed);
  const gold: string[] = [];
  const predicted: string[] = [];
  for (let f = 0; f < folds; f++) {
    const train = examples.filter((_, i) => fold[i] !== f);
    const test = examples.filter((_, i) => fold[i] === f);
    if (test.length === 0) continue;
    const classifier = trainClassifier(train, { calibrationFolds: 0, ...options });
    for (const example of test) {
      gold.push(example.intent);
      predicted.push(classifier.classify(example.text, example.language).ranking[0]?.id ?? '');
    }
  }
  return evaluatePredictions(gold, predicted);
}
