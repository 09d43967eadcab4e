/**
 * An intent's id read as words ("FindConnection" -> "find connection", "alarm/snooze_alarm" -> "alarm snooze
 * alarm"), added as one more training example of that intent. Benchmark corpora give nothing but the id to
 * say what an intent means, while a city's content has titles; with 30 examples for 8 intents (Braun's
 * webapps) the id's words are often the only ones a test message shares with its intent. Chosen by
 * cross-validation on the training splits (docs/benchmarks.md, revision 12).
 */
import type { TrainingExample } from './train.js';

export function intentNameText(intent: string): string {
  return intent
    .replace(/([a-zäöüß])([A-ZÄÖÜ])/g, '$1 $2')
    .replace(/[/_.-]+/g, ' ')
    .trim()
    .toLowerCase();
}

/** One example per intent of `examples` (in order of first appearance), except the out-of-scope intent, whose id names no topic. */
export function intentNameExamples(examples: readonly TrainingExample[], outOfScopeIntent?: string): TrainingExample[] {
  const intents = [...new Set(examples.map((e) => e.intent))].filter((intent) => intent !== outOfScopeIntent);
  return intents.map((intent) => ({ text: intentNameText(intent), intent })).filter((e) => e.text !== '');
}
