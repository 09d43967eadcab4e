/** Builds well-formed SSML from reply text: the text is XML-escaped, links are never read out as URLs. */
import type { Locale } from './types.js';

const XML_ESCAPES: Record<string, string> = { '&': '&amp;', '<': '&lt;', '>': '&gt;', '"': '&quot;', "'": '&apos;' };

export function escapeXml(text: string): string {
  // Control characters are not allowed in XML 1.0 documents at all.
  // eslint-disable-next-line no-control-regex
  return text.replace(/[\u0000-\u0008\u000B\u000C\u000E-\u001F]/g, '').replace(/[&<>"']/g, (c) => XML_ESCAPES[c] ?? c);
}

export const SSML_LANG: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

/** Text as a speech engine should hear it: URLs and markup replaced by words. */
export function speakableText(text: string, locale: Locale): string {
  const linkWord = locale === 'de' ? 'den Link' : 'the link';
  return text
    .replace(/https?:\/\/[^\s)]+/g, linkWord)
    .replace(/\s+/g, ' ')
    .trim();
}

export function wrapSpeak(body: string, locale: Locale): string {
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${SSML_LANG[locale]}">${body}</speak>`;
}

/** Default SSML: one <s> per sentence so engines pause between them. */
export function toSsml(text: string, locale: Locale): string {
  const sentences = speakableText(text, locale)
    .split(/(?<=[.!?])\s+(?=[A-ZÄÖÜ0-9])/u)
    .map((s) => s.trim())
    .filter(Boolean);
  const body = sentences.length > 0 ? sentences.map((s) => `<s>${escapeXml(s)}</s>`).join('') : '';
  return wrapSpeak(`<p>${body}</p>`, locale);
}
