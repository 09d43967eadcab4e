/**
 * Messages that answer no free-text question, although a text step would take any text: courtesy ("danke",
 * "Hallo", a second "ja" from a button pressed twice), not understanding ("ich verstehe die Frage nicht"),
 * a wish for the other language, a sentence in a third one, a button of an earlier question, or no words at all
 * ("😡😡😡"). Stored,
 * they reached the office as the citizen's name or as the items to collect.
 */
import { isFrustration } from '../core/frustration.js';
import { languageRequest } from '../core/language-request.js';
import type { Locale } from '../core/types.js';
import { fold } from './text.js';

export type NonAnswer =
  | { kind: 'courtesy' }
  | { kind: 'confused' }
  | { kind: 'language'; locale: Locale }
  | { kind: 'old_button' }
  | { kind: 'no_words' }
  | { kind: 'other_language' };

const COURTESY =
  /^(ja|jawohl|jep|nein|nee|ok|okay|alles klar|gut|super|prima|danke|danke schoen|danke sehr|dankeschoen|vielen dank|merci|hallo|hi|hey|moin|servus|guten tag|guten morgen|guten abend|tschuess|bye|thanks|thank you|thx|cheers|yes|no|hello|good morning|great|fine)( (danke|bitte|thanks|please|sehr|schoen))?$/;
// Learner German included: "ich nicht verstehen", "was ich muss schreiben".
const CONFUSED =
  /^((ich )?(verstehe|versteh) (das |die frage |es |sie |ich )?nicht|ich (das |es )?nicht (verstehen|verstehe)|(i )?(dont|do not|don t) (understand|get it)|(was|what|hae|haeh)|(ich weiss nicht|weiss nicht) was ich (schreiben|sagen) soll|was (muss|soll) ich (hier )?(schreiben|sagen)|was ich muss schreiben|what (should|do) i (write|say|type))( bitte| please)?$/;
/**
 * Why `text` is no answer to the free-text step being asked, or null when it may be one. `pressed` is the
 * value of a pressed button; `offered` the buttons of the step being asked (those may be pressed).
 */
export function nonAnswer(text: string, pressed: string | undefined, offered: readonly string[], otherLanguage = false): NonAnswer | null {
  if (isOldButton(pressed, offered)) return { kind: 'old_button' };
  if (!/[\p{L}\p{N}]/u.test(text)) return { kind: 'no_words' };
  // A sentence in Turkish or Arabic is no name. A name ("Ayşe Yılmaz-Öztürk", "my name is Anna Berg") has few
  // words or capitals after the first word, which the language guess often takes for another language.
  const words = text.trim().split(/\s+/);
  if (otherLanguage && words.length >= 4 && !words.slice(1).some((w) => /^\p{Lu}/u.test(w))) return { kind: 'other_language' };
  const folded = fold(text);
  const wish = languageWish(text);
  if (wish) return wish;
  // Anger at the assistant ("du verstehst gar nichts") gets the step's help like not understanding does.
  if (isConfused(text) || isFrustration(text)) return { kind: 'confused' };
  if (COURTESY.test(folded)) return { kind: 'courtesy' };
  return null;
}

/** A pressed button that the question being asked does not offer (topic buttons, "intent:…", always may be). */
export function isOldButton(pressed: string | undefined, offered: readonly string[]): boolean {
  return pressed !== undefined && !pressed.startsWith('intent:') && !offered.includes(pressed);
}

/** "Ich verstehe die Frage nicht", "I don't understand": help, at every step (it was read as "abbrechen"). */
export function isConfused(text: string): boolean {
  return CONFUSED.test(fold(text));
}

/** "English please", "auf Deutsch bitte": a wish for the other language, which no step takes as a value. */
export function languageWish(text: string): NonAnswer | null {
  const locale = languageRequest(text);
  return locale ? { kind: 'language', locale } : null;
}
