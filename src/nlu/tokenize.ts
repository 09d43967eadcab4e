/** Splits normalized text into word tokens. Letters of every script (ä ö ü ß included) and digits form words. */

/** A word of any script: letters, marks, digits. Global, for matchAll and replace. */
export const WORD = /[\p{L}\p{M}\p{N}]+/gu;

export function tokenizeWords(normalized: string): string[] {
  return normalized.match(WORD) ?? [];
}

const NUMERIC = /^\p{N}+$/u;

export function isNumeric(token: string): boolean {
  // Nearly every token is plain ASCII: decide those by character code, since the Unicode property test cost
  // about 19 ms of each content training (it runs for every token of every example).
  for (let i = 0; i < token.length; i++) {
    const code = token.charCodeAt(i);
    if (code >= 0x80) return NUMERIC.test(token);
    if (code < 0x30 || code > 0x39) return false;
  }
  return token.length > 0;
}
