/**
 * Dates of birth: a date next to a birth word ("geboren am 3.4.1980", "geb. 03.04.1980", "born on 3 April
 * 1980", "my birthday is April 3rd", "3.4.1980 geboren", "Jahrgang 1980"). Dates without such a word are
 * appointment or deadline dates and stay.
 */
import { findExplicitDates } from '../nlu/entities/dates.js';
import type { PiiSpan } from './pii-kinds.js';

const BIRTH_WORD = '(?:geboren|geb\\.?|geburtsdatum|geburtstag|geburtstags|geburts-?datum|born|birthday|birth\\s?date|date\\s+of\\s+birth|dob|d\\.o\\.b\\.?|jahrgang)';
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])${BIRTH_WORD}(?![\\p{L}])[^\\n.!?]{0,24}$`, 'iu');
const CUE_AFTER = /^[\s,]{1,3}(?:hat\s+)?(?:geboren|born|geburtstag|birthday)(?![\p{L}])/iu;
/** Slashes and hyphens, which the appointment date parser does not read: "04/03/1980", "3-4-1980". */
const OTHER_FORMS = /(?<![\p{L}\p{N}./-])\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?![\p{N}./-])/gu;
const YEAR_ONLY = new RegExp(`(?<![\\p{L}])${BIRTH_WORD}(?![\\p{L}])[\\s:]{0,3}(?:(?:in|im\\s+jahr|im|is|ist)\\s{1,2})?((?:19|20)\\d{2})(?![\\p{N}.])`, 'giu');

export function findBirthDates(text: string): PiiSpan[] {
  const dates = [
    ...findExplicitDates(text).map((d) => ({ start: d.start, end: d.end })),
    ...[...text.matchAll(OTHER_FORMS)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  const out: PiiSpan[] = [];
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 48), d.start);
    const after = text.slice(d.end, d.end + 16);
    if (CUE_BEFORE.test(before) || CUE_AFTER.test(after)) out.push({ kind: 'birth_date', start: d.start, end: d.end });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    const year = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ kind: 'birth_date', start: end - year.length, end });
  }
  return out;
}
