/**
 * "Did you mean": when the out-of-scope gate rejects a message, the classifier's next guesses are often
 * right (a question told in the citizen's own words, just below the threshold). The fallback then offers them
 * as buttons and names them in the text, so voice users hear them too. An answer the classifier was unsure
 * about gets the runner-up topic as one more button. The floor is measured, not guessed: bench/nlu-did-you-mean.ts,
 * docs/benchmarks.md.
 */
import { topicIntentIds, type ContentBundle } from '../content/model.js';
import type { IntentScore, Locale, Suggestion } from './types.js';

export const MAX_TOPICS = 3;
/** Calibrated confidence a guess needs to be offered; chosen on dev data (see the file comment). */
export const DID_YOU_MEAN_FLOOR = 0.05;

/** The topics worth offering, best first: service topics only (never greetings, help or cancel). */
export function didYouMeanTopics(intents: readonly IntentScore[], topics: ReadonlySet<string>, floor = DID_YOU_MEAN_FLOOR): string[] {
  return intents
    .filter((intent) => topics.has(intent.id) && intent.confidence >= floor)
    .slice(0, MAX_TOPICS)
    .map((intent) => intent.id);
}

/**
 * The runner-up topic worth a button under an answer: when the classifier was torn between two topics, the
 * citizen who got the wrong answer is one tap from the right one. Measured like the floor (same script).
 */
export function alternativeTopic(intents: readonly IntentScore[], answered: string, topics: ReadonlySet<string>, floor = DID_YOU_MEAN_FLOOR): string | undefined {
  if (!topics.has(answered)) return undefined;
  return didYouMeanTopics(intents.filter((intent) => intent.id !== answered), topics, floor)[0];
}

const offerable = new WeakMap<object, ReadonlySet<string>>();

/**
 * Intents a citizen can be offered by name: FAQ answers and applications, not the conversation's meta intents.
 * Once per content version (a bundle is never changed, a publish makes a new one), not once per turn.
 */
export function offerableTopics(content: Pick<ContentBundle, 'intents'>): ReadonlySet<string> {
  let topics = offerable.get(content);
  if (!topics) {
    topics = new Set(topicIntentIds(content));
    offerable.set(content, topics);
  }
  return topics;
}

/** „A“, „A“ oder „B“, „A“, „B“ oder „C“ (English: "A", "B" or "C"): titles such as "Termin im Bürgerbüro" stay one item. */
export function listTopics(titles: readonly string[], locale: Locale): string {
  const quoted = titles.map((title) => (locale === 'de' ? `„${title}“` : `"${title}"`));
  if (quoted.length <= 1) return quoted[0] ?? '';
  return `${quoted.slice(0, -1).join(', ')}${locale === 'de' ? ' oder ' : ' or '}${quoted[quoted.length - 1]}`;
}

export function topicSuggestions(ids: readonly string[], content: Pick<ContentBundle, 'intentsById'>, locale: Locale): Suggestion[] {
  return ids.flatMap((id) => {
    const intent = content.intentsById.get(id);
    return intent ? [{ title: intent.title[locale], value: `intent:${id}` }] : [];
  });
}
