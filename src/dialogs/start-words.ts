/**
 * Whether the message that started an application says nothing but "I want this application": then it is
 * no answer to a free-text first step. "sperrmül anmelden" was stored as the items to collect (smoke19 B3)
 * because only the correctly spelled topic word was known to the items' validator. The topic words are the
 * dialog's title and start button and its trigger intents, misspelt by up to two letters.
 */
import type { DialogDefinition } from './schema.js';
import { fold } from './text.js';

// Request words around the topic ("Ich möchte bitte … anmelden", "I want to request …").
const REQUEST_WORDS = new Set(
  (
    'ich moechte moecht mochte will wuerde wurde gern gerne bitte hallo hi mal einen eine ein den die das der mein meinen meine ' +
    'fuer zum zur anmelden anmeldung melden beantragen antrag anfragen anfrage abholen abholung lassen buchen machen ' +
    'i want would like to please a an the my request apply for register book'
  ).split(' '),
);

function editDistance(a: string, b: string): number {
  let previous = Array.from({ length: b.length + 1 }, (_, i) => i);
  for (let i = 1; i <= a.length; i++) {
    const row = [i];
    for (let j = 1; j <= b.length; j++) row[j] = Math.min((previous[j] ?? 0) + 1, (row[j - 1] ?? 0) + 1, (previous[j - 1] ?? 0) + (a[i - 1] === b[j - 1] ? 0 : 1));
    previous = row;
  }
  return previous[b.length] ?? 0;
}

function topicWords(dialog: DialogDefinition): string[] {
  const names = [dialog.title.de, dialog.title.en, dialog.start?.de ?? '', dialog.start?.en ?? '', ...dialog.trigger.map((id) => id.replace(/_/g, ' '))];
  return [...new Set(names.flatMap((name) => fold(name).split(/[^a-z]+/)).filter((w) => w.length >= 5))];
}

/** True when every word of `text` is a request word or (nearly) a topic word of `dialog`. */
export function onlyAsksToStart(dialog: DialogDefinition, text: string): boolean {
  const words = fold(text).split(/[^a-z0-9]+/).filter(Boolean);
  const topics = topicWords(dialog);
  // A short word must be spelt right: "sofa" is no misspelt "sofas".
  const nearTopic = (w: string) => w.length >= 5 && topics.some((t) => editDistance(w, t) <= (w.length >= 7 ? 2 : 1));
  return words.length > 0 && words.every((w) => REQUEST_WORDS.has(w) || nearTopic(w));
}
