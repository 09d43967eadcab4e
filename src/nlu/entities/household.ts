/** Household size: how many persons live together (rules in types.ts). */
import { candidate, type Candidate } from './candidate.js';
import { parseCount } from './number-words.js';
import { wordRegex } from './patterns.js';

const N = '(\\d{1,2}|[\\p{L}]{1,14})';
const KIDS = '(?:kindern|kinder|kind|kids|kid|children|child)';
const PARTNER =
  '(?:ehefrau|ehemann|frau|mann|partnerin|partner|freundin|freund|lebensgefährtin|lebensgefährte|verlobten?|wife|husband|girlfriend|boyfriend|spouse)';
const COUPLE =
  `(?:ich\\s+und\\s+(?:meine?|meinem|meiner)\\s+${PARTNER}|(?:meine?|mein)\\s+${PARTNER}\\s+und\\s+ich|my\\s+${PARTNER}\\s+and\\s+(?:i|me)|` +
  `(?:i|me)\\s+and\\s+my\\s+${PARTNER}|wir\\s+beide|we\\s+both|(?:ein|an?)\\s+(?:ehepaar|couple))`;
const SINGLE_PARENT = '(?:alleinerziehend(?:e|er)?|single\\s+(?:mother|father|parent|mum|mom|dad)|(?:ich\\s+)?allein(?:e)?)';
const JOIN = '\\s*,?\\s*(?:und|mit|and|with|plus)\\s+(?:unseren|unsere|unserem|our|den|the)?\\s*';

const ORDINAL_GROUP: Record<string, number> = {
  zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, acht: 8, neunt: 9, zehnt: 10,
};

type Reader = (m: RegExpMatchArray) => number | null;
const count = (w: string | undefined) => (w === undefined ? null : parseCount(w));
/** Like `count`, but "we are a …" / "wir sind eine …" is no number. */
const strict = (w: string | undefined) => (w === undefined || /^(?:an?|one|eine?[nmrs]?)$/i.test(w) ? null : parseCount(w));
const plus = (a: number | null, b: number | null) => (a === null || b === null ? null : a + b);

const PATTERNS: [RegExp, Reader][] = [
  [wordRegex(`(?:wir\\s+sind\\s+)?zu\\s+(zweit|dritt|viert|fünft|fuenft|sechst|siebt|acht|neunt|zehnt)`), (m) => ORDINAL_GROUP[(m[1] ?? '').toLowerCase()] ?? null],
  [wordRegex(`(?:wir\\s+sind\\s+|we\\s+are\\s+)?${N}\\s+(?:erwachsene|adults)${JOIN}${N}\\s+${KIDS}`), (m) => plus(count(m[1]), count(m[2]))],
  [wordRegex(`${COUPLE}(?:${JOIN}${N}\\s+${KIDS})?`), (m) => plus(2, m[1] === undefined ? 0 : count(m[1]))],
  [wordRegex(`(?:${SINGLE_PARENT}\\s*,?\\s*)?(?:mit|with)\\s+${N}\\s+${KIDS}`), (m) => plus(1, count(m[1]))],
  [wordRegex('(?:mit|with)\\s+(?:meinem|meiner|my)\\s+(?:sohn|tochter|kind|son|daughter|child)'), () => 2],
  [wordRegex(`(?:wir\\s+sind|we\\s+are|there\\s+are)\\s+${N}(?:\\s+(?:personen|leute|people|persons|of\\s+us))?`), (m) => strict(m[1])],
  [wordRegex(`(?:(?:we\\s+are\\s+)?an?\\s+)?(?:family|household)\\s+of\\s+${N}`), (m) => count(m[1])],
  [wordRegex(`${N}\\s?-?\\s?(?:personen|person|people|persons)(?:\\s?-?\\s?(?:haushalt|household))?`), (m) => count(m[1])],
  [wordRegex('(\\d{1,2}|[\\p{L}]{3,12}?)\\s?-?köpfigen?\\s+(?:familie|haushalt)'), (m) => count(m[1])],
  [wordRegex('(?:ich\\s+(?:wohne|lebe)\\s+)?(?:ganz\\s+)?(?:allein(?:e|stehend)?|(?:ich\\s+bin\\s+|i\\s+am\\s+|i\'m\\s+|bin\\s+)single|single\\s?-?\\s?(?:haushalt|household)|(?:i\\s+live\\s+)?alone|nur\\s+ich|just\\s+me)'), () => 1],
];

/** Household sizes from 1 to 20 persons. */
export function detectHouseholdSizes(text: string): Candidate[] {
  const out: Candidate[] = [];
  for (const [re, read] of PATTERNS) {
    for (const m of text.matchAll(re)) {
      const n = read(m);
      if (n !== null && Number.isInteger(n) && n >= 1 && n <= 20) out.push(candidate('household_size', n, m.index, m.index + m[0].length));
    }
  }
  return out;
}
