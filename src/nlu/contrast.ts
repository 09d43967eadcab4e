/**
 * A request set against what the citizen does not want: "Ich will keinen Termin buchen, sondern wissen, welche
 * Anträge ich online stellen kann", "not the dog tax but the bin". A bag of words reads the negated topic as
 * loudly as the wanted one, and the negated one often has the stronger words ("Termin buchen"). German "nicht" or
 * "kein..." before "sondern", and English "not", "no" or "don't" before "but", mark the words between as the
 * alternative the citizen rules out. "nicht nur ... sondern auch" and "not only ... but also" add instead of
 * contrasting and are left whole. Words of the language, not of one city, so they live here like the stopwords.
 */

const NEGATED_ALTERNATIVE = /\b(?:nicht|kein(?:e|en|em|er|es)?|not|no|don[’']t|do not)\b(?!\s+(?:nur|only)\b)[^.!?;]*?,?\s*\b(?:sondern|but)\b(?!\s+(?:auch|also)\b)/giu;

/**
 * The message without the ruled-out alternatives ("Ich will, sondern wissen, ..." -> "Ich will wissen, ..."), or
 * undefined when it has none. Only the ruled-out words go, so "Ich will das Parkticket nicht bezahlen, sondern
 * Widerspruch einlegen" keeps "Parkticket".
 */
export function withoutRuledOut(text: string): string | undefined {
  const rest = text.replace(NEGATED_ALTERNATIVE, ' ').replace(/\s+/g, ' ').trim();
  return rest === text.trim() || rest === '' ? undefined : rest;
}
