/**
 * What the inbox may take over as a training example. An example becomes content: it is published, kept in
 * every version and exported to intents/*.yaml, long past the 30 days a citizen's question is kept. So it
 * must hold no personal data: no placeholder from the redaction ("[IBAN]", "[NAME]": the model would learn
 * the token, and it shows a citizen's data was there) and nothing the redaction still finds (a name after
 * "hier ist", a health statement). The editor rewrites the text in the inbox form before it is taken over.
 */
import { findPii, PII_LABELS } from '../privacy/redact.js';

export const MAX_EXAMPLE_LENGTH = 500;

/** Square-bracket tokens in capitals: the redaction's placeholders and anything written like them. */
const PLACEHOLDER = /\[[A-ZÄÖÜ][A-ZÄÖÜ-]*\]/gu;

/** Why `text` cannot become an example, in words for the editor, or null when it can. */
export function exampleProblem(text: string): string | null {
  if (!text) return 'Die Frage fehlt. Schreiben Sie die Frage so, wie Bürgerinnen und Bürger sie stellen.';
  if (text.length > MAX_EXAMPLE_LENGTH) return `Ein Beispiel darf höchstens ${MAX_EXAMPLE_LENGTH} Zeichen lang sein.`;
  const tokens = [...new Set(text.match(PLACEHOLDER) ?? [])];
  if (tokens.length > 0) {
    return `Der Text enthält ${tokens.join(', ')}. Dort standen persönliche Daten. Schreiben Sie die Stelle allgemein um (z. B. „meine IBAN“ statt „[IBAN]“) oder lassen Sie sie weg.`;
  }
  const found = findPii(text);
  if (found.length > 0) {
    const parts = found.map((span) => `${PII_LABELS[span.kind]} „${text.slice(span.start, span.end)}“`);
    return `Der Text enthält noch persönliche Daten: ${[...new Set(parts)].join(', ')}. Entfernen Sie sie, bevor Sie die Frage übernehmen.`;
  }
  return null;
}
