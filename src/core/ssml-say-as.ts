/**
 * Marks what a speech engine must not guess: references and codes (spelled), phone numbers (digit groups,
 * not "zweitausend"), amounts of money, dates and times, as <say-as>. Input is one sentence of plain text;
 * output is escaped SSML.
 */
import { escapeXml } from './ssml-escape.js';
import type { Locale } from './types.js';

const PATTERN = new RegExp(
  [
    // An IBAN as the caller gave it ("DE89370400440532013000", "DE89 3704 0044 0532 0130 00"): spelled in
    // groups of four, as it is printed, so that the caller can check it; read as one number it means nothing.
    String.raw`(?<iban>\b[A-Z]{2}\d{2}(?: ?[A-Z\d]{4}){2,7}(?: ?[A-Z\d]{1,3})?\b)`,
    // What the caller must repeat exactly, spelled: a reference "DN-2026-048213", a resume code "UPW9-94AP",
    // an appointment code "HE64EJ" (letters and digits mixed).
    String.raw`(?<chars>\b[A-Z]{1,6}-\d{4}-\d{6,}\b|\b[A-Z2-9]{4}-[A-Z2-9]{4}\b|\b(?=[A-Z\d]{6}\b)(?=[A-Z\d]*\d)(?=[A-Z\d]*[A-Z])[A-Z\d]{6}\b)`,
    // A number the citizen gave, without spaces: 017612345678, also at the end of a sentence ("Telefon: 0176….").
    String.raw`(?<phoneDigits>(?<![\d,.])(?:0|\+\d{2})\d{9,12}(?!\d|[,.]\d))`,
    // +49 2421 25-0, 02421 25-2000, 0800 1234567, the blocking hotline 116 116
    String.raw`(?<phone>\+\d{2}[ \d/-]{5,}\d|(?<![\d,.])0\d{2,5}[ /]\d{1,8}(?:-\d{1,6})?(?!\d|[,.]\d)|\b116 ?11[67]\b)`,
    // 27,60 €, 37.50 €, 1.200 Euro, 10 EUR
    String.raw`(?<money>(?<![\d,.])\d+(?:[.,]\d+)*\s?(?:€|EUR\b|Euro\b|euros?\b))`,
    // A postcode before its town ("Markt 2, 52349 Düren"): digit by digit, as it is said, not as 52 thousand.
    String.raw`(?<postcode>(?<=^|[,:] )\d{5}(?= \p{Lu}))`,
    String.raw`(?<date>\b\d{1,2}\.\d{1,2}\.\d{4}\b)`,
    String.raw`(?<iso>\b\d{4}-\d{2}-\d{2}\b)`,
    // "07:45 Uhr": engines say a time with its hour word ("sieben Uhr fünfundvierzig"), so a written "Uhr"
    // after it is left out; kept, it came out as "sieben Uhr fünfundvierzig Uhr" (tester-r B4).
    String.raw`(?<time>\b(?:[01]?\d|2[0-3]):[0-5]\d\b)(?:\s+Uhr\b)?`,
  ].join('|'),
  'gu',
);

function sayAs(interpretAs: string, text: string, format?: string): string {
  return `<say-as interpret-as="${interpretAs}"${format ? ` format="${format}"` : ''}>${escapeXml(text)}</say-as>`;
}

/** "DE89370400440532013000" -> DE89, 3704, 0044, … each spelled, with a short pause between the groups. */
function spellIban(iban: string): string {
  const groups = iban.replace(/ /g, '').match(/.{1,4}/g) ?? [];
  return groups.map((group) => sayAs('characters', group)).join('<break time="300ms"/>');
}

/** "7:30–13:00" reads "7:30 bis 13:00": an en dash between numbers is a range. */
export function speakRanges(text: string, locale: Locale): string {
  return text.replace(/(?<=\d)\s*–\s*(?=\d)/g, locale === 'de' ? ' bis ' : ' to ');
}

export function markSayAs(sentence: string): string {
  let result = '';
  let last = 0;
  for (const match of sentence.matchAll(PATTERN)) {
    const groups = match.groups ?? {};
    const index = match.index;
    result += escapeXml(sentence.slice(last, index));
    if (groups.iban) result += spellIban(groups.iban);
    else if (groups.chars) result += sayAs('characters', groups.chars);
    else if (groups.phoneDigits) result += sayAs('telephone', groups.phoneDigits);
    else if (groups.phone) result += sayAs('telephone', groups.phone);
    else if (groups.money) result += sayAs('currency', groups.money);
    else if (groups.postcode) result += sayAs('characters', groups.postcode);
    else if (groups.date) result += sayAs('date', groups.date, 'dmy');
    else if (groups.iso) result += sayAs('date', groups.iso, 'ymd');
    else if (groups.time) result += sayAs('time', groups.time, 'hms24');
    last = index + match[0].length;
  }
  return result + escapeXml(sentence.slice(last));
}
