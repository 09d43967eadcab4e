/** Splits normalized text into word tokens. Letters of every script (ä ö ü ß included) and digits form words. */

/** A word of any script: letters, marks, digits. Global, for matchAll and replace. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenizeWords(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

export function isNumeric(token: string): boolean {
  return /^\p{N}+$/u.test(token);
}
