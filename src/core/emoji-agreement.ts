/**
 * A message of only 👍, 👌 or 🙂 means "ja" or "ok" in a messenger. It has no letters, so the classifier found
 * no topic and the citizen got "Das habe ich leider nicht verstanden, oder dafür ist die Stadt … nicht
 * zuständig". The turn reads it as the word: "ja" at a yes/no question, a thank-you or ok otherwise
 * (remarks.ts). Other emoji ("🤔🤔🤔") stay not understood; the transcript keeps what was sent.
 */
import type { Locale } from './types.js';

// Skin tones and the emoji presentation selector may follow; "👍👍" and "👍 🙂" count too.
const AGREEING = /^(?:(?:\u{1F44D}|\u{1F44C}|\u{1F642}|\u{1F60A}|\u263A|\u{1F197}|\u2705|\u2714)[\u{1F3FB}-\u{1F3FF}\uFE0F]*\s*)+$/u;

/** The word an agreeing emoji stands for in the conversation's language, or null for any other message. */
export function agreementWord(text: string, locale: Locale): string | null {
  return AGREEING.test(text.trim()) ? (locale === 'en' ? 'yes' : 'ja') : null;
}
