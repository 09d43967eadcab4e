/** Stemming per language with natural's Snowball (Porter) stemmers, imported module by module. */
import porterDe from 'natural/lib/natural/stemmers/porter_stemmer_de.js';
import porterEn from 'natural/lib/natural/stemmers/porter_stemmer.js';
import type { Locale } from '../core/types.js';
import { isNumeric } from './tokenize.js';

export function stem(folded: string, language: Locale): string {
  if (isNumeric(folded)) return '<num>';
  if (folded.length <= 3) return folded;
  return language === 'de' ? porterDe.stem(folded) : porterEn.stem(folded);
}
