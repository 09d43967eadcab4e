/** Shared fixture for the entity tables: a fixed clock and a compact view of the result. */
import type { Locale } from '../../../src/core/types.js';
import { extractEntities } from '../../../src/nlu/entities/index.js';
import type { JsonValue } from '../../../src/core/types.js';

/** Thursday 26 November 2026, 10:00 in Düren (09:00 UTC). */
export const NOW = new Date('2026-11-26T09:00:00Z');

export interface EntityCase {
  text: string;
  locale?: Locale;
  /** Every entity expected, in order: [type, value, matched text]. */
  expected: [string, JsonValue, string][];
}

export function entitiesOf(text: string, locale: Locale = 'de'): [string, JsonValue, string][] {
  return extractEntities(text, { locale, now: NOW }).map((e) => [e.type, e.value, e.text]);
}
