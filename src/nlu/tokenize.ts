/** Splits normalized text into word tokens. Letters of every script (ä ö ü ß included) and digits form words. */

export interface Token {
  /** Lower-case NFC text of the word as written. */
  text: string;
  /** Folded form used for every feature (see foldToken). */
  folded: string;
}

const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenizeWords(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

export function isNumeric(token: string): boolean {
  return /^\p{N}+$/u.test(token);
}
