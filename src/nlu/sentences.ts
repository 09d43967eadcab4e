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
    .split(BOUNDARY)
    .map((part) => part.trim())
    .filter((part) => LETTER.test(part));
  return parts.length > 1 ? parts : [];
}

/** Words that open a question without a question mark, as chat writers type it ("wo ist das Bürgerbüro"). */
const QUESTION_START =
  /^(?:wo|wie|was|wann|wer|wen|wem|welche[rsnm]?|warum|wieso|weshalb|woher|wohin|womit|wofür|kann|kannst|können|darf|muss|gibt|hat|haben|ist|sind|where|what|how|when|who|which|why|can|could|do|does|is|are|may|should|will|would)\b/iu;

/** A question: it ends with a question mark or opens with a question word. */
export function isQuestion(sentence: string): boolean {
  return /\?\s*$/u.test(sentence) || QUESTION_START.test(sentence.replace(/^[^\p{L}]+/u, ''));
}

/**
 * "… und wann …", "… and where …": a second question joined to the first inside one sentence. Not at a comma:
 * "I just got a dog, do I have to register it?" is one question.
 */
const JOINED_QUESTION = new RegExp(`\\s+(?:und|sowie|and)\\s+(?=${QUESTION_START.source.slice(1)})`, 'iu');

/**
 * The questions a message asks, each on its own: its question sentences, split once more where a question
 * word follows "und" or "and" ("Wie beantrage ich Wohngeld und wann kommt der Sperrmüll?").
 */
export function questions(text: string): string[] {
  const parts = sentences(text);
  return (parts.length > 0 ? parts : [text])
    .filter(isQuestion)
    .flatMap((sentence) => sentence.split(JOINED_QUESTION))
    .map((part) => part.trim())
    .filter((part) => LETTER.test(part));
}
