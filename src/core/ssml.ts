/**
 * Builds well-formed SSML from reply text, for voice channels and screen readers with speech:
 * xml:lang, one <s> per sentence (engines pause between them), a paragraph per text block,
 * abbreviations written out, phone numbers, money, dates and times marked with <say-as>, and links
 * spoken as their site name, never as a URL.
 */
import { expandAbbreviations } from './ssml-abbreviations.js';
import { markSayAs, speakRanges } from './ssml-say-as.js';
import type { Locale } from './types.js';

export { escapeXml } from './ssml-escape.js';

export const SSML_LANG: Record<Locale, string> = { de: 'de-DE', en: 'en-GB' };

const URL_PATTERN = /\bhttps?:\/\/[^\s<>"')\]]+/gi;

/** "https://www.dueren.de/rathaus." -> "dueren.de.": the site is worth hearing, the path is not. */
function speakUrl(url: string, locale: Locale): string {
  const trailing = /[.,;:!?]+$/.exec(url)?.[0] ?? '';
  const bare = trailing ? url.slice(0, -trailing.length) : url;
  try {
    return new URL(bare).hostname.replace(/^www\./, '') + trailing;
  } catch {
    return (locale === 'de' ? 'den Link' : 'the link') + trailing;
  }
}

/** Text as a speech engine should hear it: URLs, abbreviations and ranges replaced by words. */
export function speakableText(text: string, locale: Locale): string {
  const withoutUrls = text.replace(URL_PATTERN, (url) => speakUrl(url, locale));
  return speakRanges(expandAbbreviations(withoutUrls, locale), locale)
    .replace(/[ \t]+/g, ' ')
    .trim();
}

/**
 * Sentence ends: ., ! or ? before a capital, digit or quote; not after an ordinal ("am 1. Januar")
 * or a single initial ("A. Schmidt").
 */
const SENTENCE_END = /(?<![\s(]\d{1,2}\.)(?<!\b\p{Lu}\.)(?<=[.!?…])\s+(?=[\p{Lu}\d„"(])/u;

export function splitSentences(text: string): string[] {
  return text
    .split(SENTENCE_END)
    .map((s) => s.trim())
    .filter(Boolean);
}

export function wrapSpeak(body: string, locale: Locale): string {
  return `<speak version="1.0" xmlns="http://www.w3.org/2001/10/synthesis" xml:lang="${SSML_LANG[locale]}">${body}</speak>`;
}

/** "1) Donnerstag, …" (the offered appointment slots): the number said as a word, the parenthesis never. */
const NUMBERED = /^(\d{1,2})\)\s+(.*)$/u;
const NUMBER_WORD: Record<Locale, string> = { de: 'Nummer', en: 'Number' };

/**
 * A block's lines: a list line ("• Name: Erika Mustermann", a summary row, "1) Donnerstag, …") is a sentence of
 * its own and loses its bullet or parenthesis, which an engine would read out or run into the next row; other
 * lines continue the sentence.
 */
function blockSentences(block: string, locale: Locale): string[] {
  const lines = block.split(/\s*\n\s*/);
  const groups: string[] = [];
  for (const line of lines) {
    const item = /^[•·▪‣-]\s+(.*)$/u.exec(line);
    const numbered = item ? null : NUMBERED.exec(line);
    if (item) groups.push(`\u0000${item[1] ?? ''}`);
    else if (numbered) groups.push(`\u0000${NUMBER_WORD[locale]} ${numbered[1] ?? ''}: ${numbered[2] ?? ''}`);
    else if (groups.length > 0 && !groups[groups.length - 1]?.startsWith('\u0000')) groups[groups.length - 1] += ` ${line}`;
    else groups.push(line);
  }
  return groups.flatMap((group) => splitSentences(speakableText(group.replace('\u0000', ''), locale)));
}

export function toSsml(text: string, locale: Locale): string {
  const paragraphs = text
    .split(/\n\s*\n/)
    .map((block) => blockSentences(block, locale))
    .filter((sentences) => sentences.length > 0)
    .map((sentences) => `<p>${sentences.map((s) => `<s>${markSayAs(s)}</s>`).join('')}</p>`);
  return wrapSpeak(paragraphs.join('') || '<p></p>', locale);
}

