/**
 * Cross-file check of the profile's regional words against the intents. The NLU reads a regional word as its
 * standard form in every message, whatever the language, so a variant that English examples use as a word
 * ("us" for "aus", "well" for "will") would turn English questions into German nonsense.
 */
import type { ContentProblem } from './model.js';
import type { IntentDefinition, ProfileDefinition } from './schema.js';

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function regionalWordProblems(profile: ProfileDefinition, profilePath: string, intents: readonly IntentDefinition[]): ContentProblem[] {
  const english = new Map<string, string>();
  for (const intent of intents) {
    for (const example of intent.examples.en) {
      for (const word of example.normalize('NFC').toLowerCase().match(WORD) ?? []) if (!english.has(word)) english.set(word, intent.id);
    }
  }
  const problems: ContentProblem[] = [];
  for (const [standard, variants] of Object.entries(profile.regional_words)) {
    variants.forEach((variant, index) => {
      const intent = english.get(variant.normalize('NFC').toLowerCase());
      if (intent) {
        problems.push({
          file: profilePath,
          path: `regional_words.${standard}.${index}`,
          reason: `"${variant}" is an English word in the examples of intent "${intent}"; it would be read as "${standard}" there too`,
        });
      }
    });
  }
  return problems;
}
