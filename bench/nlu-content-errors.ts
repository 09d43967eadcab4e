/**
 * Lists every content example that 5-fold cross-validation gets wrong (gold, predicted, text), sorted by
 * intent: a worklist for content editors (ambiguous examples, missing synonyms, thin intents).
 * Usage: npx tsx bench/nlu-content-errors.ts [intent ...]
 */
import { contentExamples, contentLexicon } from '../src/nlu/train-nlu.js';
import { loadBenchContent } from './nlu-content.js';
import { forEachOutOfFold } from '../src/nlu/folds.js';

const only = new Set(process.argv.slice(2));
const { content } = await loadBenchContent('.');
const examples = contentExamples(content);
const lexicon = contentLexicon(content);
const errors: string[] = [];
forEachOutOfFold(examples, 5, { ...lexicon, calibrationFolds: 0 }, 1, (example, classifier) => {
  const predicted = classifier.classify(example.text, example.language).ranking[0]?.id ?? '';
  if (predicted !== example.intent && (only.size === 0 || only.has(example.intent) || only.has(predicted))) {
    errors.push(`${example.intent}\t${predicted}\t${example.language ?? ''}\t${example.text}`);
  }
});
errors.sort();
console.log(errors.join('\n'));
console.log(`${errors.length} of ${examples.length} examples wrong (accuracy ${(1 - errors.length / examples.length).toFixed(3)})`);
