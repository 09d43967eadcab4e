/** Maps a channel's BCP 47 tag ("de-DE", "en-US") to a core locale; other languages are left to the NLU's detection. */
import type { Locale } from '../core/types.js';

export function localeFromTag(tag: string | undefined | null): Locale | undefined {
  const language = tag?.trim().toLowerCase().split(/[-_]/)[0];
  return language === 'de' || language === 'en' ? language : undefined;
}

export const BCP47: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/**
 * The tag a reply carries: the channel's own variety ("en-US", "de-AT") when its language is the reply's, so the
 * client keeps its spelling, voice and formats (before, an "en-US" chat got "en-GB" back); otherwise BCP47's.
 */
export function replyTag(channelTag: string | undefined | null, locale: Locale): string {
  const match = /^([a-z]{2})[-_]([a-z]{2})$/i.exec(channelTag?.trim() ?? '');
  if (!match || localeFromTag(match[1]) !== locale) return BCP47[locale];
  return `${match[1]!.toLowerCase()}-${match[2]!.toUpperCase()}`;
}

/** The SSML document's xml:lang set to `tag` (the core writes BCP47's). */
export function withSpeakTag(ssml: string, tag: string): string {
  return ssml.replace(/^(<speak[^>]*?xml:lang=")[^"]+"/, `$1${tag}"`);
}
