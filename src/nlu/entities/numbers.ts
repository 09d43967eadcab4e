/** Numbers (digits and number words) and euro amounts. */
import type { Locale } from '../../core/types.js';
import { candidate, type Candidate } from './candidate.js';
import { EN_NUMBER_WORD, parseEnglishNumberWords, parseGermanNumberWord } from './number-words.js';
import { DIGITS, parseDigits, WB, WE, wordRegex } from './patterns.js';
import type { MoneyValue } from './types.js';

const DIGIT_RUN = new RegExp(`(?<![\\p{L}\\p{N}.,])${DIGITS}(?![\\p{L}\\p{N}])`, 'gu');
const LETTER_WORD = /[\p{L}]{3,30}/gu;
const EN_PHRASE = new RegExp(`${WB}(?:${EN_NUMBER_WORD})(?:(?:\\s+|-)(?:and\\s+)?(?:${EN_NUMBER_WORD})){0,6}${WE}`, 'giu');

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
    const words = m[0].split(/[\s-]+/);
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
const QUALIFIER = /^\s+(warm|kalt|brutto|netto)(?![\p{L}\p{N}])/iu;

/** Euro amounts: "850 Euro", "850,50 €", "€ 90", "EUR 1.200", "achthundert Euro", "650 Euro warm". */
export function detectMoney(text: string, locale: Locale): Candidate[] {
  const out: Candidate[] = [];
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
    const value: MoneyValue = { amount, currency: 'EUR' };
    const qualifier = QUALIFIER.exec(text.slice(end, end + 12));
    if (qualifier?.[1] !== undefined) {
      value.qualifier = qualifier[1].toLowerCase() as NonNullable<MoneyValue['qualifier']>;
      end += qualifier[0].length;
    }
    out.push(candidate('money', value, start, end));
  }
  return out;
}
