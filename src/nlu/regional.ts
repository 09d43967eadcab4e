/**
 * Regional words: dialect and regiolect forms a city's citizens write ("isch", "dat", "jibbet", "Pänz" around
 * Düren), declared in the city profile and read as the standard word before anything else. The rest of the
 * pipeline then sees standard German: language detection counts "isch" as "ich", separable verbs meet
 * ("mell isch dat aan" -> "melde ich das an"), and spelling correction is left the words that really are typos.
 * Matching is on the lower-case word as written, not the folded one: folding would make "för" the English "for".
 */
import { normalizeText } from './normalize.js';
import { WORD } from './tokenize.js';

/** Standard word or phrase -> regional variants (one word each), as content declares them. */
export type RegionalWords = Readonly<Record<string, readonly string[]>>;

/** Lower-case variant as written -> lower-case standard text, sorted by variant (stable model JSON). */
export function regionalEntries(words: RegionalWords): [string, string][] {
  const map = new Map<string, string>();
  for (const [standard, variants] of Object.entries(words)) {
    const target = normalizeText(standard).trim();
    if (!target) continue;
    for (const variant of variants) {
      const key = normalizeText(variant).trim();
      if (key && key !== target && !map.has(key)) map.set(key, target);
    }
  }
  return [...map.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
}

/** Replaces each regional word in normalized text by its standard form; punctuation and spacing stay. */
export function standardizeRegional(normalized: string, regional: ReadonlyMap<string, string>): string {
  if (regional.size === 0) return normalized;
  return normalized.replace(WORD, (word) => regional.get(word) ?? word);
}
