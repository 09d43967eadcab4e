/**
 * A message longer than the core reads (MAX_TEXT_LENGTH). The web widget shows the limit while typing and
 * /api/chat answers 400 with the field; a messenger shows the citizen no HTTP status at all (Teams drops the
 * error), so a pasted letter would get no answer. The messenger channels answer it with a reply instead.
 */
import { toSsml } from '../core/ssml.js';
import { MAX_TEXT_LENGTH } from '../core/turn-engine.js';
import type { Locale, TurnResult } from '../core/types.js';

const LIMIT: Record<Locale, string> = {
  de: new Intl.NumberFormat('de-DE').format(MAX_TEXT_LENGTH),
  en: new Intl.NumberFormat('en-GB').format(MAX_TEXT_LENGTH),
};

const TOO_LONG: Record<Locale, string> = {
  de: `Ihre Nachricht ist zu lang (höchstens ${LIMIT.de} Zeichen). Bitte schreiben Sie kürzer oder teilen Sie sie auf.`,
  en: `Your message is too long (at most ${LIMIT.en} characters). Please write a shorter message or split it into several.`,
};

/** True when the core would refuse the message for its length (it reads text, or an action that is not "intent:…"). */
export function isTooLong(input: { text: string } | { action: string }): boolean {
  return ('text' in input ? input.text : input.action).length > MAX_TEXT_LENGTH;
}

/**
 * The reply to a message that is too long, shaped as a turn's result for replyActivities. It does not reach the
 * core: nothing is stored, and a dialog that waits for an answer still waits for it.
 */
export function tooLongResult(locale: Locale): Pick<TurnResult, 'replies' | 'locale' | 'expectingInput'> {
  const text = TOO_LONG[locale];
  return { replies: [{ text, speak: toSsml(text, locale) }], locale, expectingInput: false };
}
