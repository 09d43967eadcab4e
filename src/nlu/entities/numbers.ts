/** Numbers (digits and number words) and euro amounts. */
import type { Locale } from '../../core/types.js';
import { candidate, type Candidate } from './candidate.js';
import { EN_NUMBER_WORD, parseEnglishNumberWords, parseGermanNumberWord } from './number-words.js';
import { DIGITS, parseDigits, WB, WE, wordRegex } from './patterns.js';
import { qualifierAfter, qualifierBefore, yearAfter, yearBefore } from './money-qualifier.js';
import type { MoneyValue } from './types.js';

const DIGIT_RUN = new RegExp(`(?<![\\p{L}\\p{N}.,])${DIGITS}(?![\\p{L}\\p{N}])`, 'gu');
const LETTER_WORD = /[\p{L}]{3,30}/gu;
/** A hesitation inside a spoken number: "zweitausend ähm zweihundert" is 2200. */
export const HESITATION = '(?:äh+m?|öh+m?|hm+|uh+m?|erm)';
const HESITATION_WORD = new RegExp(`^${HESITATION}$`, 'iu');
const EN_PHRASE = new RegExp(`${WB}(?:${EN_NUMBER_WORD})(?:(?:\\s+(?:${HESITATION}[,.]?\\s+){0,2}|-)(?:and\\s+)?(?:${EN_NUMBER_WORD})){0,6}${WE}`, 'giu');

/** A number read from a word or a phrase of words, with its span. */
export interface WordNumber {
  value: number;
  start: number;
  end: number;
}

/** All number words of a text: German compounds and English phrases (split when they are no one number). */
export function findNumberWords(text: string): WordNumber[] {
  const out: WordNumber[] = [];
  for (const m of text.matchAll(LETTER_WORD)) {
    const start = m.index;
    if (/[\p{L}]/u.test(text[start - 1] ?? '') || /[\p{L}]/u.test(text[start + m[0].length] ?? '')) continue;
    const value = parseGermanNumberWord(m[0]);
    if (value !== null) out.push({ value, start, end: start + m[0].length });
  }
  for (const m of text.matchAll(EN_PHRASE)) {
    const words = m[0].split(/[\s,.-]+/).filter((w) => w !== '' && !HESITATION_WORD.test(w));
    const whole = parseEnglishNumberWords(words);
    if (whole !== null) {
      out.push({ value: whole, start: m.index, end: m.index + m[0].length });
      continue;
    }
    for (const w of m[0].matchAll(/[a-z]+/giu)) {
      const single = parseEnglishNumberWords([w[0]]);
      if (single !== null) out.push({ value: single, start: m.index + w.index, end: m.index + w.index + w[0].length });
    }
  }
  return out;
}

/** Numbers written with digits or as words. */
export function detectNumbers(text: string, locale: Locale): Candidate[] {
  const out: Candidate[] = [];
  for (const m of text.matchAll(DIGIT_RUN)) {
    const value = parseDigits(m[0], locale);
    if (value !== null && Number.isFinite(value)) out.push(candidate('number', value, m.index, m.index + m[0].length));
  }
  for (const w of findNumberWords(text)) out.push(candidate('number', w.value, w.start, w.end));
  return out;
}

const CURRENCY = wordRegex('eur|euro|euros|eur\\.', 'giu');
const CURRENCY_SIGN = /€/gu;
const DIGITS_BEFORE = new RegExp(`(?<![\\p{L}\\p{N}.,])(${DIGITS})(?:,-{1,2}|\\.-)?\\s?$`, 'u');
const DIGITS_AFTER = new RegExp(`^\\s?(${DIGITS})(?:,-{1,2})?(?![\\p{L}\\p{N}])`, 'u');

/**
 * Euro amounts: "850 Euro", "850,50 €", "€ 90", "EUR 1.200", "achthundert Euro", "650 Euro warm", and
 * numbers a qualifier marks as an amount: "850 warm", "Warmmiete 850", "netto 1400".
 */
export function detectMoney(text: string, locale: Locale): Candidate[] {
  const amounts: Array<{ amount: number; start: number; end: number; currency: boolean }> = [];
  const wordByEnd = new Map(findNumberWords(text).map((w) => [w.end, w]));
  const currencies = [...text.matchAll(CURRENCY), ...text.matchAll(CURRENCY_SIGN)];
  for (const cur of currencies) {
    const curStart = cur.index;
    const curEnd = curStart + cur[0].length;
    let amount: number | null = null;
    let start = curStart;
    let end = curEnd;
    const before = text.slice(Math.max(0, curStart - 24), curStart);
    const digitsBefore = DIGITS_BEFORE.exec(before);
    const wordBefore = wordByEnd.get(curStart) ?? (/\s/.test(text[curStart - 1] ?? '') ? wordByEnd.get(curStart - 1) : undefined);
    const digitsAfter = cur[0] === '€' || /^eur/i.test(cur[0]) ? DIGITS_AFTER.exec(text.slice(curEnd, curEnd + 24)) : null;
    if (digitsBefore?.[1] !== undefined) {
      amount = parseDigits(digitsBefore[1], locale);
      start = curStart - digitsBefore[0].length;
    } else if (wordBefore) {
      amount = wordBefore.value;
      start = wordBefore.start;
    } else if (digitsAfter?.[1] !== undefined) {
      amount = parseDigits(digitsAfter[1], locale);
      end = curEnd + digitsAfter[0].length;
    }
    if (amount === null || !Number.isFinite(amount)) continue;
    amounts.push({ amount, start, end, currency: true });
  }
  // Longest first: "sieben hundert fünfzig" is one number, not 7, 100 and 50.
  const numbers = detectNumbers(text, locale).sort((a, b) => b.end - b.start - (a.end - a.start));
  for (const n of numbers) {
    if (typeof n.value === 'number' && !amounts.some((a) => n.start < a.end && a.start < n.end)) amounts.push({ amount: n.value, start: n.start, end: n.end, currency: false });
  }
  // In text order: each amount looks back only as far as the previous figure and its qualifier, so in
  // "600 kalt und 150 Nebenkosten" the "kalt" belongs to 600 alone.
  amounts.sort((a, b) => a.start - b.start);
  const out: Candidate[] = [];
  let from = 0;
  for (const a of amounts) {
    // Up to two words after the figure, in either order: "18.000 brutto im Jahr", "18.000 im Jahr brutto".
    let end = a.end;
    let after = qualifierAfter(text, end);
    if (after) end += after.length;
    const yearLength = yearAfter(text, end);
    if (yearLength !== null) end += yearLength;
    if (!after && yearLength !== null) {
      after = qualifierAfter(text, end);
      if (after) end += after.length;
    }
    const looksBack = Math.min(from, a.start);
    const qualifier = after?.qualifier ?? qualifierBefore(text, looksBack, a.start);
    const perYear = yearLength !== null || yearBefore(text, looksBack, a.start);
    from = Math.max(from, end);
    if (!a.currency && !qualifier && !perYear) continue;
    const value: MoneyValue = { amount: a.amount, currency: 'EUR', ...(qualifier ? { qualifier } : {}), ...(perYear ? { period: 'year' as const } : {}) };
    out.push(candidate('money', value, a.start, end));
  }
  return out;
}
