/**
 * Text normalization shared by training and classification. Both sides must fold the same way, so every
 * spelling of a word ("Führerschein", "Fuehrerschein", "fuhrerschein") ends up as one token.
 */

/** NFC, lower case, typographic quotes and dashes unified. Keeps the original length-independent meaning only. */
export function normalizeText(text: string): string {
  return text
    .normalize('NFC')
    .toLowerCase()
    .replace(/[\u2018\u2019\u201a\u02bc`´]/g, "'")
    .replace(/[\u2010-\u2015]/g, '-');
}

const UMLAUTS: Record<string, string> = { ä: 'a', ö: 'o', ü: 'u', ß: 'ss', à: 'a', á: 'a', â: 'a', é: 'e', è: 'e', ê: 'e', ë: 'e', í: 'i', ï: 'i', ó: 'o', ô: 'o', ú: 'u', û: 'u', ç: 'c', ñ: 'n' };

/**
 * Folds one lower-case token: umlauts and accents to the base letter, ß to ss, and the ASCII digraphs
 * ae/oe/ue to the base letter. "eu", "au" and "qu" are diphthongs or fixed spellings, so "neue",
 * "Bauer" and "Quelle" keep their e.
 */
export function foldToken(token: string): string {
  let out = '';
  for (const ch of token) out += UMLAUTS[ch] ?? ch;
  return out.replace(/(^|[^aeiouq])([aou])e/g, '$1$2');
}
