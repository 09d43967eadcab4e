/** Trains the Nlu from content: every intent's examples (de and en) and titles, synonyms from all intents. */
import { topicIntentIds, type ContentBundle } from '../content/model.js';
import type { RegionalWords } from './regional.js';
import type { ClassifierOptions, TrainingExample } from './train.js';
import { trainClassifier } from './train.js';
import { DEFAULT_OOS_THRESHOLD, NluEngine, UNKNOWN_INTENT } from './nlu-engine.js';

export interface TrainNluOptions extends ClassifierOptions {
  /** Out-of-scope gate on the calibrated top confidence; see DEFAULT_OOS_THRESHOLD. */
  threshold?: number;
}

export function contentExamples(content: Pick<ContentBundle, 'intents'>): TrainingExample[] {
  const examples: TrainingExample[] = [];
  for (const intent of content.intents) {
    // The unknown intent is the out-of-scope class: only its examples of out-of-scope messages train it.
    if (intent.id !== UNKNOWN_INTENT) {
      examples.push({ text: intent.title.de, intent: intent.id, language: 'de' });
      examples.push({ text: intent.title.en, intent: intent.id, language: 'en' });
    }
    for (const text of intent.examples.de) examples.push({ text, intent: intent.id, language: 'de' });
    for (const text of intent.examples.en) examples.push({ text, intent: intent.id, language: 'en' });
  }
  return examples;
}

export function contentSynonyms(content: Pick<ContentBundle, 'intents'>): Record<string, string[]> {
  const synonyms: Record<string, string[]> = {};
  for (const intent of content.intents) {
    for (const [canonical, variants] of Object.entries(intent.synonyms)) {
      synonyms[canonical] = [...(synonyms[canonical] ?? []), ...variants];
    }
  }
  return synonyms;
}

/**
 * What training takes from content besides the examples: synonyms of every intent and the profile's regional
 * words. Intent ids are not read as examples: staff write titles, which contentExamples already trains on
 * (ids as well cost held-out messages; docs/benchmarks.md, revision 12).
 */
export function contentLexicon(content: NluContent): Pick<TrainNluOptions, 'synonyms' | 'regional' | 'intentNames'> {
  return { synonyms: contentSynonyms(content), regional: content.profile?.regional_words ?? {}, intentNames: false };
}

/** The profile is optional so that tests can train on intents alone. */
export type NluContent = Pick<ContentBundle, 'intents'> & { profile?: { regional_words: RegionalWords } };

export function trainNlu(content: NluContent, options: TrainNluOptions = {}): NluEngine {
  const examples = contentExamples(content);
  if (examples.length === 0) throw new Error('trainNlu: the content has no intent examples');
  const lexicon = contentLexicon(content);
  const classifier = trainClassifier(examples, {
    outOfScopeIntent: UNKNOWN_INTENT,
    intentNames: lexicon.intentNames,
    ...options,
    synonyms: { ...lexicon.synonyms, ...options.synonyms },
    regional: { ...lexicon.regional, ...options.regional },
  });
  return new NluEngine(classifier, { threshold: options.threshold ?? DEFAULT_OOS_THRESHOLD, topics: topicIntentIds(content) });
}
