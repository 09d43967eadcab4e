/** Stratified k-fold cross-validation of the intent classifier, shared by the tuning script and the benchmark. */
import { evaluatePredictions, type EvaluationReport } from '../src/nlu/metrics.js';
import { stratifiedFolds } from '../src/nlu/folds.js';
import { trainClassifier, type ClassifierOptions, type TrainingExample } from '../src/nlu/train.js';

export { stratifiedFolds };

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
