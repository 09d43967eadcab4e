/** Small text helpers of the applications. */
import type { Locale } from '../../../core/types.js';
import type { DialogText } from '../../schema.js';

/** The same text in all variants (numbers, codes, dates that read the same in plain language). */
export function sameText(de: string, en: string, plain = de): DialogText {
  return { de, en, plain };
}

export function pick(locale: Locale, de: string, en: string): string {
  return locale === 'en' ? en : de;
}
