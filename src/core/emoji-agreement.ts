/**
 * A message of only 👍, 👌, ✅ or 🆗 means "ja" or "ok" in a messenger. It has no letters, so the classifier found
 * no topic and the citizen got "Das habe ich leider nicht verstanden, oder dafür ist die Stadt … nicht
 * zuständig". The turn reads it as the word: "ja" at a yes/no question, a thank-you or ok otherwise
 * (remarks.ts). Other emoji ("🤔🤔🤔") stay not understood; the transcript keeps what was sent. The turn marks
 * such a message (`byEmoji`): an explicit consent, a mandate and the confirmation of an erasure want the written word.
 * A smile (🙂 😊 ☺) is a friendly reaction, not an agreement: it sent an application (smoke 19 A1).
 */
import type { Locale } from './types.js';

// Skin tones and the emoji presentation selector may follow; "👍👍" and "👍 👌" count too.
const AGREEING = /^(?:(?:\u{1F44D}|\u{1F44C}|\u{1F197}|\u2705|\u2714)[\u{1F3FB}-\u{1F3FF}\uFE0F]*\s*)+$/u;

/** The word an agreeing emoji stands for in the conversation's language, or null for any other message. */
export function agreementWord(text: string, locale: Locale): string | null {
  return AGREEING.test(text.trim()) ? (locale === 'en' ? 'yes' : 'ja') : null;
}

/**
 * Where a 👍 is not enough: an explicit consent (Art. 9(2)(a) GDPR, the Wohngeld consent to disability data), any
 * other question that takes only "ja" (the SEPA direct-debit mandate, smoke 19 A1) and the confirmation of an
 * erasure that cannot be undone. There the citizen is asked to write "ja" (retest 19 2.6).
 */
const WRITTEN_YES = {
  consent: {
    de: 'Für Ihre Einwilligung brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht.',
    en: 'For your consent I need a written "yes"; an emoji is not enough for it.',
    plain: 'Bitte schreiben Sie „ja“. Ein Bild-Zeichen reicht hier nicht.',
  },
  agreement: {
    de: 'Für Ihre Zustimmung brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht.',
    en: 'For your agreement I need a written "yes"; an emoji is not enough for it.',
    plain: 'Bitte schreiben Sie „ja“. Ein Bild-Zeichen reicht hier nicht.',
  },
  erase: {
    de: 'Zum Löschen brauche ich ein geschriebenes „ja“; ein Emoji reicht dafür nicht.',
    en: 'To delete, I need a written "yes"; an emoji is not enough for it.',
    plain: 'Bitte schreiben Sie „ja“. Ein Bild-Zeichen reicht hier nicht.',
  },
};

/** The note that a written "ja" is needed, said before the question is asked again. */
export function writtenYesNeeded(what: keyof typeof WRITTEN_YES, locale: Locale, plain: boolean): string {
  const text = WRITTEN_YES[what];
  return locale === 'en' ? text.en : plain ? text.plain : text.de;
}
