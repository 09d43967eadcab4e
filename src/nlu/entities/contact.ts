/** E-mail addresses, phone numbers (digits or spelled out) and postcodes (rules in types.ts). */
import { candidate, type Candidate } from './candidate.js';
import { DIGIT_WORDS } from './number-words.js';
import { UNIT_WORDS } from './patterns.js';

const EMAIL = /(?<![\p{L}\p{N}._%+-])([\p{L}\p{N}._%+-]{1,64})@((?:[\p{L}\p{N}-]{1,63}\.){1,8}[\p{L}]{2,24})(?![\p{L}\p{N}-])/gu;

export function detectEmails(text: string): Candidate[] {
  return [...text.matchAll(EMAIL)].map((m) =>
    candidate('email', `${m[1] ?? ''}@${(m[2] ?? '').toLowerCase()}`, m.index, m.index + m[0].length),
  );
}

/** Digit groups joined by one separator; each group may be wrapped in parentheses. */
const PHONE_CHAIN = /(?<![\p{L}\p{N}.,+/-])(\+\s?|00)?(\(?\d{1,12}\)?(?:(?:\s?[-/]\s?|\s)\(?\d{1,12}\)?){0,7})(?![\p{L}\p{N}]|[.,]\d)/gu;
/** "04/03/1980" and "3-4-1980" are dates, not phone numbers. */
const DATE_LIKE = /^\d{1,2}([/-])\d{1,2}\1(?:\d{4}|\d{2})$/u;
const GROUP = /(\s?[-/]\s?|\s|^)(\(?)(\d{1,12})(\)?)/gu;

interface Group {
  sep: string;
  digits: string;
  start: number;
  end: number;
  paren: boolean;
}

/** The longest acceptable phone number starting at group `from`; see the phone rule in types.ts. */
function phoneFrom(groups: Group[], from: number, international: string | undefined): { digits: string; last: number } | null {
  let digits = '';
  let last = -1;
  for (let i = from; i < groups.length; i++) {
    const g = groups[i];
    if (!g) break;
    const spaceOnly = i > from && /^\s$/.test(g.sep);
    // A one-digit area code right after the country code is fine ("+43 1 …"); elsewhere a lone digit after
    // a space is the next number in the sentence ("0176 12345678 2 Personen").
    const areaCode = international !== undefined && i === from + 1;
    if (spaceOnly && g.digits.length < 2 && !areaCode && !(g.paren && g.digits === '0')) break;
    if (international && g.paren && g.digits === '0') continue;
    if (digits.length + g.digits.length > 15) break;
    digits += g.digits;
    last = i;
  }
  if (last < 0) return null;
  if (international) {
    const full = digits.startsWith('49') ? `0${digits.slice(2)}` : `00${digits}`;
    return full.length >= 8 && full.length <= 16 ? { digits: full, last } : null;
  }
  return digits.startsWith('0') && !digits.startsWith('00') && digits.length >= 7 ? { digits, last } : null;
}

const SPELLED_WORD = Object.keys(DIGIT_WORDS).sort((a, b) => b.length - a.length).join('|');
const SPELLED = new RegExp(
  `(?<![\\p{L}\\p{N}])(?:(plus)\\s+)?(?:${SPELLED_WORD}|\\d{1,5})(?:[\\s,-]{1,3}(?:${SPELLED_WORD}|\\d{1,5})){5,24}(?![\\p{L}\\p{N}])`,
  'giu',
);

/** Digits of a spelled-out number ("null zwei vier ..."), or null when it has fewer than 6 digit words. */
export function spelledDigits(phrase: string): string | null {
  const tokens = phrase.toLowerCase().split(/[\s,-]+/).filter((t) => t !== '');
  let words = 0;
  let digits = '';
  for (const t of tokens) {
    if (t === 'plus') digits += '+';
    else if (/^\d+$/.test(t)) digits += t;
    else {
      const d = DIGIT_WORDS[t];
      if (d === undefined) return null;
      digits += d;
      words++;
    }
  }
  return words >= 6 && digits.replace(/\D/g, '').length >= 6 ? digits : null;
}

/** Phone numbers in digits ("02421 25-0", "+49 2421 252000") or spelled out. */
export function detectPhones(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(PHONE_CHAIN)) {
    if (DATE_LIKE.test(m[0])) continue;
    const chainStart = m.index + (m[1]?.length ?? 0);
    const groups: Group[] = [...(m[2] ?? '').matchAll(GROUP)].map((g) => ({
      sep: g[1] ?? '',
      digits: g[3] ?? '',
      paren: g[2] === '(' || g[4] === ')',
      start: chainStart + g.index + (g[1]?.length ?? 0),
      end: chainStart + g.index + g[0].length,
    }));
    for (let from = 0; from < groups.length; from++) {
      const international = from === 0 ? m[1] : undefined;
      const first = groups[from];
      if (!first || (!international && !first.digits.startsWith('0'))) continue;
      const found = phoneFrom(groups, from, international);
      const lastGroup = found ? groups[found.last] : undefined;
      if (!found || !lastGroup) continue;
      out.push(candidate('phone', found.digits, from === 0 ? m.index : first.start, lastGroup.end));
      break;
    }
  }
  for (const m of text.matchAll(SPELLED)) {
    const digits = spelledDigits(m[0]);
    if (digits === null) continue;
    const value = digits.startsWith('+49') ? `0${digits.slice(3)}` : digits.startsWith('+') ? `00${digits.slice(1)}` : digits;
    out.push(candidate('phone', value, m.index, m.index + m[0].length));
  }
  return out;
}

const FIVE_DIGITS = /(?<![\p{L}\p{N}.,])\d{5}(?![\p{L}\p{N}]|[.,]\d)/gu;
const POSTCODE_CUE = /(?:plz|postleitzahl|postcode|post code|zip code|zip|in)\s?:?\s{1,2}$/iu;
const PLACE_AFTER = /^\s{1,2}(\p{Lu}\p{Ll}+)/u;
const UNIT = new RegExp(`^(?:${UNIT_WORDS})$`, 'iu');

/** Postcodes, only where the context makes them clear. */
export function detectPostcodes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(FIVE_DIGITS)) {
    if (m[0].startsWith('00')) continue;
    const end = m.index + m[0].length;
    const cued = POSTCODE_CUE.test(text.slice(Math.max(0, m.index - 16), m.index));
    const next = PLACE_AFTER.exec(text.slice(end, end + 40))?.[1];
    const place = next !== undefined && !UNIT.test(next);
    const alone = text.trim() === m[0];
    if (cued || place || alone) out.push(candidate('postcode', m[0], m.index, end));
  }
  return out;
}
