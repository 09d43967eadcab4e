/**
 * Dates of birth: a date next to a birth word ("geboren am 3.4.1980", "geb. 03.04.1980", "born on 3 April
 * 1980", "my birthday is April 3rd", "3.4.1980 geboren", "Jahrgang 1980"), or a complete date more than 12
 * years back right after a name ("Mary Smith 1.2.1982", dictated "mary smith 1.2.1982" at the start): nobody
 * books an appointment or names a deadline that long ago, and next to a name it is the person's birthday.
 * Other dates are appointment or deadline dates and stay.
 */
import { civilToday, compareDates, isValidDate } from '../nlu/entities/calendar.js';
import { findExplicitDates, fullYear, type ExplicitDate } from '../nlu/entities/dates.js';
import { NOT_A_NAME } from './names.js';
import type { PiiSpan } from './pii-kinds.js';

const BIRTH_WORD = '(?:geboren|geb\\.?|geburtsdatum|geburtstag|geburtstags|geburts-?datum|born|birthday|birth\\s?date|date\\s+of\\s+birth|dob|d\\.o\\.b\\.?|jahrgang)';
const CUE_BEFORE = new RegExp(`(?<![\\p{L}])${BIRTH_WORD}(?![\\p{L}])[^\\n.!?]{0,24}$`, 'iu');
const CUE_AFTER = /^[\s,]{1,3}(?:hat\s+)?(?:geboren|born|geburtstag|birthday)(?![\p{L}])/iu;
/** Slashes and hyphens, which the appointment date parser does not read: "04/03/1980", "3-4-1980". */
const OTHER_FORMS = /(?<![\p{L}\p{N}./-])\d{1,2}[/-]\d{1,2}[/-](?:\d{4}|\d{2})(?![\p{N}./-])/gu;
const YEAR_ONLY = new RegExp(`(?<![\\p{L}])${BIRTH_WORD}(?![\\p{L}])[\\s:]{0,3}(?:(?:in|im\\s+jahr|im|is|ist)\\s{1,2})?((?:19|20)\\d{2})(?![\\p{N}.])`, 'giu');

const NAME_WORD = "\\p{L}[\\p{L}'’-]{1,30}";
/** Two words right before the date: "Mary Smith 1.2.1982", "Smith, Mary: 1.2.1982". */
const TWO_WORDS_BEFORE = new RegExp(`(?<![\\p{L}])(${NAME_WORD})(?:\\s+|\\s*,\\s*)(${NAME_WORD})[\\s,:]{1,3}$`, 'u');
const YEARS_BACK = 12;
/** What may stand before a name in lower case: nothing, a greeting or an introduction ("hallo", "ich bin"). */
const LEAD = /^[\s,.:;!?-]*(?:(?:hallo|hi|hello|guten\s+tag|äh|ähm|ich\s+bin|i\s+am|this\s+is|hier\s+ist)(?![\p{L}])[\s,.:;!?-]*)*$/iu;

/** The two words before `start` read as a name (capitalised, or in lower case at the start of the message), or null. */
function nameBefore(text: string, start: number): PiiSpan | null {
  const from = Math.max(0, start - 70);
  const m = TWO_WORDS_BEFORE.exec(text.slice(from, start));
  if (!m || [m[1], m[2]].some((w) => NOT_A_NAME.has((w ?? '').toLowerCase()))) return null;
  const at = from + m.index;
  const name = { kind: 'name' as const, start: at, end: at + m[0].replace(/[\s,:]+$/u, '').length };
  return [m[1], m[2]].every((w) => /^\p{Lu}/u.test(w ?? '')) || LEAD.test(text.slice(0, at)) ? name : null;
}

function longAgo(d: ExplicitDate, now: Date): boolean {
  if (d.year === null) return false;
  const today = civilToday(now, 'Europe/Berlin');
  const year = fullYear(d.year, today);
  return isValidDate(year, d.month, d.day) && compareDates({ year: year + YEARS_BACK, month: d.month, day: d.day }, today) <= 0;
}

/** Birth dates, and the names they stand next to (kind "name"). */
export function findBirthDates(text: string, now: Date): PiiSpan[] {
  const explicit = findExplicitDates(text);
  const dates = [
    ...explicit.map((d) => ({ start: d.start, end: d.end })),
    ...[...text.matchAll(OTHER_FORMS)].map((m) => ({ start: m.index, end: m.index + m[0].length })),
  ];
  const out: PiiSpan[] = [];
  for (const d of dates) {
    const before = text.slice(Math.max(0, d.start - 48), d.start);
    const after = text.slice(d.end, d.end + 16);
    if (CUE_BEFORE.test(before) || CUE_AFTER.test(after)) out.push({ kind: 'birth_date', start: d.start, end: d.end });
  }
  // The name that makes it a birth date is redacted with it.
  for (const d of explicit) {
    const name = longAgo(d, now) ? nameBefore(text, d.start) : null;
    if (name) out.push(name, { kind: 'birth_date', start: d.start, end: d.end });
  }
  for (const m of text.matchAll(YEAR_ONLY)) {
    const year = m[1] ?? '';
    const end = m.index + m[0].length;
    out.push({ kind: 'birth_date', start: end - year.length, end });
  }
  return out;
}
