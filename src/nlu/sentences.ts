/**
 * Sentences of a message, for reading a request beside small talk on its own: "Bei dem Schmuddelwetter hilft nur
 * ein gutes Buch. Hat die Stadtbücherei am Samstag offen?" A bag of words weighs the weather as loudly as the
 * library, and the out-of-scope gate then rejects the whole. Chat writers end a thought with an emoji or a line
 * break as often as with a full stop ("it's raining again ☔ where is the Bürgerbüro"), so those end one too.
 */

/** Sentence punctuation before a space, a line break, or a run of emoji. */
const BOUNDARY = /(?<=[.!?;…])\s+|\s*\n+\s*|\s*\p{Extended_Pictographic}[\p{Extended_Pictographic}\u200d\ufe0f\s]*/u;
const LETTER = /\p{L}/u;

/** The message's sentences, or an empty list when it has only one (nothing to read apart). */
export function sentences(text: string): string[] {
  const parts = text
    .split(new RegExp(BOUNDARY.source, 'gu'))
    .map((part) => part.trim())
    .filter((part) => LETTER.test(part));
  return parts.length > 1 ? parts : [];
}

