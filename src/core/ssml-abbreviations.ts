/**
 * Abbreviations a speech engine would spell or misread, written out per language. Applied before
 * sentence splitting, so "z. B." never ends a sentence.
 */
import type { Locale } from './types.js';

type Rule = [RegExp, string];

const DE: Rule[] = [
  [/\bz\.\s?B\./g, 'zum Beispiel'],
  [/\bu\.\s?a\./g, 'unter anderem'],
  [/\bd\.\s?h\./g, 'das heißt'],
  [/\bu\.\s?U\./g, 'unter Umständen'],
  [/\bbzw\./g, 'beziehungsweise'],
  [/\bca\./g, 'circa'],
  [/\bggf\./g, 'gegebenenfalls'],
  [/\bevtl\./g, 'eventuell'],
  [/\binkl\./g, 'inklusive'],
  [/\bzzgl\./g, 'zuzüglich'],
  [/\busw\./g, 'und so weiter'],
  [/\bvgl\./g, 'vergleiche'],
  [/\bStr\./g, 'Straße'],
  [/(\p{L})str\.(?=\s|$)/gu, '$1straße'],
  [/\bNr\./g, 'Nummer'],
  [/\bTel\./g, 'Telefon'],
  // "§ 17 WoGG": the sign is no word, and an engine reads "WoGG" as a word or letter by letter.
  [/§§\s?/g, 'Paragrafen '],
  [/§\s?/g, 'Paragraf '],
  [/\bAbs\.(?=\s?\d)/g, 'Absatz'],
  [/\bWoGG\b/g, 'Wohngeldgesetz'],
  [/\bBMG\b/g, 'Bundesmeldegesetz'],
  [/\bMo\.?(?=\s*(?:und|bis|[,–-]|\d))/g, 'Montag'],
  [/\bDi\.?(?=\s*(?:und|bis|[,–-]|\d))/g, 'Dienstag'],
  [/\bMi\.?(?=\s*(?:und|bis|[,–-]|\d))/g, 'Mittwoch'],
  [/\bDo\.?(?=\s*(?:und|bis|[,–-]|\d))/g, 'Donnerstag'],
  [/\bFr\.?(?=\s*(?:und|bis|[,–-]|\d))/g, 'Freitag'],
  [/\bSa\.?(?=\s*(?:und|bis|[–-]|\d))/g, 'Samstag'],
  [/\bSo\.?(?=\s*(?:[–-]|\d))/g, 'Sonntag'],
];

const EN: Rule[] = [
  [/\be\.\s?g\.(?=,?\s)/g, 'for example'],
  [/\be\.\s?g\.$/g, 'for example'],
  [/\bi\.\s?e\./g, 'that is'],
  [/\betc\./g, 'et cetera'],
  [/\bapprox\./g, 'approximately'],
  [/\bNo\.(?=\s*\d)/g, 'number'],
  [/\bMon\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Monday'],
  [/\bTue\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Tuesday'],
  [/\bWed\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Wednesday'],
  [/\bThu\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Thursday'],
  [/\bFri\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Friday'],
  [/\bSat\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Saturday'],
  [/\bSun\b\.?(?=\s*(?:and|to|[,–-]|\d))/g, 'Sunday'],
  [/§§\s?/g, 'sections '],
  [/§\s?/g, 'section '],
  [/\bWoGG\b/g, 'Housing Benefit Act'],
  // German abbreviations also occur in English answers (addresses).
  [/\bStr\./g, 'Straße'],
  [/\bz\.\s?B\./g, 'for example'],
];

export function expandAbbreviations(text: string, locale: Locale): string {
  return (locale === 'de' ? DE : EN).reduce((result, [pattern, replacement]) => result.replace(pattern, replacement), text);
}
