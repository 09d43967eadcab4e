/**
 * Control characters never reach storage (tester-p A1). `wrangler d1 export` writes a U+0000 into its SQL file as
 * it is, and `wrangler d1 execute --file` then refuses the whole file: one chat message could make every D1 backup
 * of the next 30 days unrestorable. Tab, line feed and carriage return stay: they are text (a multi-line comment).
 */

// C0 controls except tab (09), line feed (0A) and carriage return (0D), and DEL (7F).
const CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/g;
// The same without the global flag, for a test that keeps no lastIndex.
const HAS_CONTROL = /[\u0000-\u0008\u000B\u000C\u000E-\u001F\u007F]/;

export function stripControlCharacters(text: string): string {
  return HAS_CONTROL.test(text) ? text.replace(CONTROL, '') : text;
}

/**
 * JSON text carries a control character only as an escape (\u0000, \b, \f) or as a raw DEL; JSON.parse refuses the
 * others raw. Backslash-b in a path ("C:\\bin") matches too, which only costs the slower parse.
 */
const MAY_HOLD_CONTROL = /\\u00[01][0-9a-f]|\\u007f|\\[bf]|\u007f/i;

function withoutControl(_key: string, value: unknown): unknown {
  if (typeof value === 'string') return stripControlCharacters(value);
  if (value && typeof value === 'object' && !Array.isArray(value) && Object.keys(value).some((key) => HAS_CONTROL.test(key))) {
    return Object.fromEntries(Object.entries(value).map(([key, item]) => [stripControlCharacters(key), item]));
  }
  return value;
}

/** JSON.parse whose strings and keys hold no control character; throws as JSON.parse does. */
export function parseJsonWithoutControl(text: string): unknown {
  return MAY_HOLD_CONTROL.test(text) ? JSON.parse(text, withoutControl) : JSON.parse(text);
}
