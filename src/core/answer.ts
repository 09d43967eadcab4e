/** Picks the answer variant a citizen asked for: German, English, or Einfache Sprache. */
import type { IntentDefinition } from '../content/schema.js';
import type { ReplyDraft } from './turn-handler.js';
import type { Link, Locale, Suggestion } from './types.js';

export function answerText(intent: IntentDefinition, locale: Locale, plainLanguage: boolean): string | null {
  return intent.answer ? answerVariant(intent.answer, locale, plainLanguage) : null;
}

/** One variant of any answer-shaped text (answer, other_language, did_you_mean). */
export function answerVariant(answer: NonNullable<IntentDefinition['answer']>, locale: Locale, plainLanguage: boolean): string {
  if (locale === 'en') return plainLanguage ? (answer.plain_en ?? answer.en) : answer.en;
  return plainLanguage ? answer.plain : answer.de;
}

export function localizedSuggestions(intent: IntentDefinition, locale: Locale): Suggestion[] {
  return intent.suggestions.map((s) => ({ title: s.title[locale], value: s.value }));
}

export function localizedLinks(intent: IntentDefinition, locale: Locale): Link[] {
  return intent.links.map((l) => ({ title: l.title[locale], url: l.url }));
}

/** The full FAQ reply for an intent, or null when the intent has no answer. */
export function intentReply(intent: IntentDefinition, locale: Locale, plainLanguage: boolean): ReplyDraft | null {
  const text = answerText(intent, locale, plainLanguage);
  if (!text) return null;
  const suggestions = localizedSuggestions(intent, locale);
  const links = localizedLinks(intent, locale);
  return {
    text,
    ...(suggestions.length > 0 ? { suggestions } : {}),
    ...(links.length > 0 ? { links } : {}),
  };
}
