/**
 * Shared regex building blocks. JavaScript's `\b` only knows ASCII letters, so "für" or "Straße" would get
 * word edges in the middle; these use Unicode lookarounds instead. Every quantifier in the detectors is
 * bounded or unambiguous, so one regex pass stays linear on long hostile input.
 */
import type { Locale } from '../../core/types.js';

/** Start of a word: no letter or digit right before. */
export const WB = '(?<![\\p{L}\\p{N}_])';
/** End of a word: no letter or digit right after. */
export const WE = '(?![\\p{L}\\p{N}_])';

/** A global, Unicode, case-insensitive regex whose source is wrapped in word edges. */
export function wordRegex(source: string, flags = 'giu'): RegExp {
  return new RegExp(`${WB}(?:${source})${WE}`, flags);
}

/** A digit run with optional "." or "," groups: "12", "1.200", "850,50", "1.200,50". */
export const DIGITS = '\\d{1,9}(?:[.,]\\d{1,9}){0,4}';

/**
 * Reads a digit run with separators as a number, or null when the grouping is not a number format
 * ("03.12.2026" is not). See the module comment of types.ts for the locale rule.
 */
export function parseDigits(raw: string, locale: Locale): number | null {
  const dots = raw.split('.').length - 1;
  const commas = raw.split(',').length - 1;
  if (dots === 0 && commas === 0) return Number(raw);
  if (dots > 0 && commas > 0) {
    const decimal = raw.lastIndexOf('.') > raw.lastIndexOf(',') ? '.' : ',';
    const thousands = decimal === '.' ? ',' : '.';
    const [intPart = '', fracPart = ''] = raw.split(decimal);
    if (raw.split(decimal).length !== 2 || !isGrouped(intPart, thousands)) return null;
    return Number(`${intPart.split(thousands).join('')}.${fracPart}`);
  }
  const sep = dots > 0 ? '.' : ',';
  const count = dots + commas;
  if (count > 1) return isGrouped(raw, sep) ? Number(raw.split(sep).join('')) : null;
  const [intPart = '', fracPart = ''] = raw.split(sep);
  const thousandsSep = locale === 'de' ? '.' : ',';
  if (fracPart.length === 3 && sep === thousandsSep && isGrouped(raw, sep)) return Number(intPart + fracPart);
  return Number(`${intPart}.${fracPart}`);
}

function isGrouped(raw: string, sep: string): boolean {
  const groups = raw.split(sep);
  const [first = '', ...rest] = groups;
  return first.length >= 1 && first.length <= 3 && rest.every((g) => g.length === 3);
}

/** Two-digit zero padding. */
export function pad2(n: number): string {
  return String(n).padStart(2, '0');
}

/** Unit words after a number that make it a quantity, not a clock time ("vor 10 Jahren", "after 3 days"). */
export const UNIT_WORDS =
  'tag|tage|tagen|woche|wochen|monat|monate|monaten|jahr|jahre|jahren|minute|minuten|min|stunde|stunden|std|' +
  'person|personen|leute|euro|eur|kind|kinder|kindern|prozent|mal|day|days|week|weeks|month|months|year|years|' +
  'minutes|mins|hour|hours|hrs|people|persons|euros|kids|children|percent|times|qm|m2|m²';
