/**
 * Characters that never reach storage (tester-p A1, retest 19 N6):
 * - C0 controls and DEL. `wrangler d1 export` writes a U+0000 into its SQL file as it is, and `wrangler d1 execute
 *   --file` then refuses the whole file: one chat message could make every D1 backup of the next 30 days
 *   unrestorable. Tab, line feed and carriage return stay: they are text (a multi-line comment).
 * - Bidi overrides, embeddings and isolates (U+202A–U+202E, U+2066–U+2069). A U+202E in a name shows the rest of
 *   a staff list cell or CSV line reversed. Arabic and Hebrew need none of them; the marks U+200E, U+200F and
 *   U+061C stay, they change no order beyond themselves.
 * - A lone surrogate (half an emoji, from a "\ud800" JSON escape) becomes U+FFFD. Node's SQLite driver did so
 *   already, D1 stored the invalid bytes, and a restored D1 backup then differed from the original.
 */

// C0 controls except tab (09), line feed (0A) and carriage return (0D), DEL (7F), the bidi controls, and a high
// surrogate without its low half or a low one without its high half (no `u` flag: the regex sees code units).
const ODD = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F\u202A-\u202E\u2066-\u2069]|[\uD800-\uDBFF](?![\uDC00-\uDFFF])|(?<![\uD800-\uDBFF])[\uDC00-\uDFFF]/g;
// The same without the global flag, for a test that keeps no lastIndex.
const HAS_ODD = new RegExp(ODD.source);

/** The text without control and bidi override characters, lone surrogates as U+FFFD. */
export function stripControlCharacters(text: string): string {
  if (!HAS_ODD.test(text)) return text;
  return text.replace(ODD, (found) => (found >= '\uD800' && found <= '\uDFFF' ? '\uFFFD' : ''));
}

/**
 * JSON text carries a control character only as an escape (\u0000, \b, \f) or as a raw DEL; JSON.parse refuses the
 * others raw. A lone surrogate comes only as an escape (a UTF-8 decoder already replaced broken bytes); a bidi
 * control raw or escaped. Backslash-b in a path ("C:\\bin") and escaped emoji ("\ud83d\ude00") match too, which
 * only costs the slower parse.
 */
const MAY_HOLD_ODD = /\\u00[01][0-9a-f]|\\u007f|\\[bf]|\u007f|\\ud[89a-f]|\\u202[a-e]|\\u206[6-9]|[\u202A-\u202E\u2066-\u2069]/i;

function withoutOdd(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((key) => HAS_ODD.test(key))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [stripControlCharacters(key), item]));
  }
  return value;
}

/** JSON.parse whose strings and keys hold none of the characters above; throws as JSON.parse does. */
export function parseJsonWithoutControl(text: string): unknown {
  return MAY_HOLD_ODD.test(text) ? JSON.parse(text, withoutOdd) : JSON.parse(text);
}
