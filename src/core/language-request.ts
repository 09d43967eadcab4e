/**
 * "English please", "auf Deutsch bitte", "Can you speak English?": a wish for the other language, in any
 * state. Without it, "auf Deutsch bitte" was read as the naturalisation topic (German language skills) and
 * "English please" was stored as a name. Channels that send a locale with every message (the widget's
 * switch) keep theirs; this answers the turn in the wished language and saves it for the others.
 */
import { fold } from './fold.js';
import type { Locale } from './types.js';


const TO_ENGLISH =
  /^((bitte )?(english|englisch|in english|auf englisch)( please| bitte)?|(can|could) (you|we) (speak|talk|write|continue) (in )?english( please)?|do you speak english|(sprechen|sprichst|koennen) (sie|du) (auch )?englisch( sprechen)?|english please|(back to|switch to) english( please)?|(koennen|koennten) (sie|wir) (auf )?englisch( sprechen| schreiben| weitermachen)?( bitte)?)$/;
const TO_GERMAN =
  /^((bitte )?(deutsch|german|auf deutsch|in german)( bitte| please)?|(koennen|koennten) (sie|wir) (auf )?deutsch( sprechen| schreiben| weitermachen)?|(sprechen|sprichst) (sie|du) deutsch|(can|could) (you|we) (speak|talk|write|continue) (in )?german( again)?( please)?|(back to|switch to|in) german( please)?|german again( please)?|wieder (auf )?deutsch( bitte)?)$/;

/** The language a message asks for, or null when it asks for none. */
export function languageRequest(text: string): Locale | null {
  const folded = fold(text);
  if (TO_ENGLISH.test(folded)) return 'en';
  if (TO_GERMAN.test(folded)) return 'de';
  return null;
}

/** The reply outside an application (inside one, the application asks its question again). */
export function languageSwitchedText(locale: Locale, plainLanguage: boolean): string {
  if (locale === 'en') return 'Of course, I will continue in English. What would you like to know?';
  return plainLanguage ? 'Gern. Ich schreibe jetzt auf Deutsch. Was möchten Sie wissen?' : 'Gern, ich schreibe auf Deutsch weiter. Was möchten Sie wissen?';
}
