/**
 * Lists every content example that 5-fold cross-validation gets wrong (gold, predicted, text), sorted by
 * intent: a worklist for content editors (ambiguous examples, missing synonyms, thin intents).
 * Usage: npx tsx bench/nlu-content-errors.ts [intent ...]
 */
import { contentExamples, contentSynonyms } from '../src/nlu/train-nlu.js';
import { trainClassifier } from '../src/nlu/train.js';
import { loadBenchContent } from './nlu-content.js';
import { stratifiedFolds } from '../src/nlu/folds.js';

const only = new Set(process.argv.slice(2));
const { content } = await loadBenchContent('.');
const examples = contentExamples(content);
const synonyms = contentSynonyms(content);
const fold = stratifiedFolds(examples, 5, 1);
const errors: string[] = [];
for (let f = 0; f < 5; f++) {
  const classifier = trainClassifier(examples.filter((_, i) => fold[i] !== f), { synonyms, calibrationFolds: 0 });
  examples.forEach((example, i) => {
    if (fold[i] !== f) return;
    const predicted = classifier.classify(example.text, example.language).ranking[0]?.id ?? '';
    if (predicted !== example.intent && (only.size === 0 || only.has(example.intent) || only.has(predicted))) {
      errors.push(`${example.intent}\t${predicted}\t${example.language ?? ''}\t${example.text}`);
    }
  });
}
errors.sort();
console.log(errors.join('\n'));
console.log(`${errors.length} of ${examples.length} examples wrong (accuracy ${(1 - errors.length / examples.length).toFixed(3)})`);
