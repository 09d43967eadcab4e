/** Maps a channel's BCP 47 tag ("de-DE", "en-US") to a core locale; other languages are left to the NLU's detection. */
import type { Locale } from '../core/types.js';

export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'de' || language === 'en' ? language : undefined;
}

export const BCP47: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };
