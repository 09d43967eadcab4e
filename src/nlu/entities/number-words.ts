/**
 * Number words in German (one compound word: "zweihunderteinundzwanzig", or written apart as voice
 * transcripts do: "sieben hundert fünfzig", "zwei tausend drei hundert") and English (one or more words:
 * "two hundred and twenty-one"), up to 9999. Spelled digits ("null zwei vier ...") are listed separately
 * for phone numbers.
 */

/** A lookup table without a prototype: "constructor" or "__proto__" is no number word (they read as one). */
function table<T>(entries: Record<string, T>): Record<string, T> {
  return Object.assign(Object.create(null) as Record<string, T>, entries);
}

const DE_UNITS: Record<string, number> = table({
  null: 0, eins: 1, zwei: 2, zwo: 2, drei: 3, vier: 4, fünf: 5, fuenf: 5, sechs: 6, sieben: 7, acht: 8, neun: 9,
});
const DE_TEENS: Record<string, number> = table({
  zehn: 10, elf: 11, zwölf: 12, zwoelf: 12, dreizehn: 13, vierzehn: 14, fünfzehn: 15, fuenfzehn: 15,
  sechzehn: 16, siebzehn: 17, achtzehn: 18, neunzehn: 19,
});
const DE_TENS: Record<string, number> = table({
  zwanzig: 20, dreißig: 30, dreissig: 30, vierzig: 40, fünfzig: 50, fuenfzig: 50, sechzig: 60, siebzig: 70,
  achtzig: 80, neunzig: 90,
});

const EN_UNITS: Record<string, number> = table({
  zero: 0, one: 1, two: 2, three: 3, four: 4, five: 5, six: 6, seven: 7, eight: 8, nine: 9,
});
const EN_TEENS: Record<string, number> = table({
  ten: 10, eleven: 11, twelve: 12, thirteen: 13, fourteen: 14, fifteen: 15, sixteen: 16, seventeen: 17,
  eighteen: 18, nineteen: 19,
});
const EN_TENS: Record<string, number> = table({
  twenty: 20, thirty: 30, forty: 40, fifty: 50, sixty: 60, seventy: 70, eighty: 80, ninety: 90,
});

/** Digit words read one digit each, for spelled-out phone numbers. */
export const DIGIT_WORDS: Record<string, string> = table({
  null: '0', zero: '0', eins: '1', one: '1', zwei: '2', zwo: '2', two: '2', drei: '3', three: '3', vier: '4',
  four: '4', fünf: '5', fuenf: '5', five: '5', sechs: '6', six: '6', sieben: '7', seven: '7', acht: '8',
  eight: '8', neun: '9', nine: '9',
});

const byLength = (words: readonly string[]) => [...words].sort((a, b) => b.length - a.length).join('|');

/** A German unit as the first part of a compound: "ein" in "einhundert", "einundzwanzig". */
const DE_UNIT_PART = byLength(['ein', ...Object.keys(DE_UNITS).filter((w) => w !== 'null' && w !== 'eins')]);
const DE_BELOW_100 = `(?:${byLength(Object.keys(DE_TEENS))}|(?:(?:${DE_UNIT_PART})und)?(?:${byLength(Object.keys(DE_TENS))})|${DE_UNIT_PART}|eins|null)`;
const DE_BELOW_1000 = `(?:(?:${DE_UNIT_PART})?hundert(?:${DE_BELOW_100})?|${DE_BELOW_100})`;
/** One German number word as a regex: "sieben", "hundert", "zweihundertfünfzig", "tausend", "ein". */
const DE_NUMBER_WORD = `(?:(?:${DE_UNIT_PART})?tausend(?:${DE_BELOW_1000})?|${DE_BELOW_1000})`;

/**
 * Regex alternation of the words a number phrase of several words is made of (numbers.ts joins them with
 * spaces or hyphens and reads the phrase with `parseEnglishNumberWords`). Despite the name it holds the
 * German words too, because voice transcripts write German numbers apart ("sieben hundert fünfzig").
 */
export const EN_NUMBER_WORD = `${byLength([...Object.keys(EN_UNITS), ...Object.keys(EN_TEENS), ...Object.keys(EN_TENS), 'hundred', 'thousand'])}|${DE_NUMBER_WORD}`;

function deBelow100(w: string, compound: boolean): number | null {
  if (w in DE_TEENS) return DE_TEENS[w] ?? null;
  if (w in DE_TENS) return DE_TENS[w] ?? null;
  if (w in DE_UNITS) return w === 'null' && compound ? null : (DE_UNITS[w] ?? null);
  const und = w.indexOf('und');
  if (und <= 0) return null;
  const unit = w.slice(0, und);
  const tens = DE_TENS[w.slice(und + 3)];
  const unitValue = unit === 'ein' ? 1 : unit === 'eins' ? undefined : DE_UNITS[unit];
  return tens !== undefined && unitValue !== undefined && unitValue > 0 ? tens + unitValue : null;
}

function deMultiplier(left: string): number | null {
  if (left === '' || left === 'ein') return 1;
  const v = deBelow100(left, true);
  return v !== null && v > 0 ? v : null;
}

function deBelow1000(w: string): number | null {
  const at = w.indexOf('hundert');
  if (at < 0) return deBelow100(w, false);
  const factor = deMultiplier(w.slice(0, at));
  const rest = w.slice(at + 7);
  const tail = rest === '' ? 0 : deBelow100(rest, true);
  return factor !== null && factor < 10 && tail !== null ? factor * 100 + tail : null;
}

/** "vierzehn" -> 14, "zweitausendfünfhundert" -> 2500; articles ("ein", "eine") -> null. */
export function parseGermanNumberWord(word: string): number | null {
  const w = word.toLowerCase();
  const at = w.indexOf('tausend');
  if (at < 0) return deBelow1000(w);
  const left = w.slice(0, at);
  const factor = left === '' || left === 'ein' ? 1 : deBelow1000(left);
  const rest = w.slice(at + 7);
  const tail = rest === '' ? 0 : deBelow1000(rest);
  return factor !== null && factor > 0 && factor < 10 && tail !== null ? factor * 1000 + tail : null;
}

type EnState = 'none' | 'unit' | 'teen' | 'tens' | 'hundred' | 'thousand';

const isEnglishWord = (w: string) => w === 'and' || w === 'hundred' || w === 'thousand' || w in EN_UNITS || w in EN_TEENS || w in EN_TENS;

/**
 * Reads a phrase of number words as one number, or null when the words do not form one number: English
 * ("twenty-one", "one hundred and five", "two thousand"; "one two" is null) or German written apart
 * ("sieben hundert fünfzig" 750, "tausend zweihundert" 1200; "zwei drei" is null). A phrase never mixes
 * the languages. The name is kept for numbers.ts and times.ts; see `parseNumberPhrase`.
 */
export function parseEnglishNumberWords(words: readonly string[]): number | null {
  return parseNumberPhrase(words);
}

/** See `parseEnglishNumberWords`. */
export function parseNumberPhrase(words: readonly string[]): number | null {
  const lower = words.map((w) => w.toLowerCase());
  if (lower.length === 0) return null;
  return lower.every(isEnglishWord) ? parseEnglishWords(lower) : parseGermanWordsApart(lower);
}

/** Place values a part of a German number fills: 3 thousands, 2 hundreds, 1 the rest below 100. */
function highestPlace(value: number): number {
  return value >= 1000 ? 3 : value >= 100 ? 2 : 1;
}

function lowestPlace(value: number): number {
  return value >= 1000 && value % 1000 === 0 ? 3 : value >= 100 && value % 100 === 0 ? 2 : 1;
}

/**
 * German number words written apart. A unit or teen right before "hundert" multiplies it ("sieben hundert",
 * "zwölf hundert"), a unit before "tausend" too ("zwei tausend"); then each part must fill only places
 * below the ones before it: "zwei tausend drei hundert" = 2000 + 300, but "zwei drei" and "zwanzig drei"
 * (German says "dreiundzwanzig") are no number.
 */
function parseGermanWordsApart(words: readonly string[]): number | null {
  if (words.length === 1) return parseGermanNumberWord(words[0] ?? '');
  const parts: number[] = [];
  for (let i = 0; i < words.length; i++) {
    const w = words[i] ?? '';
    const next = words[i + 1];
    const multiplier = next === 'hundert' ? 100 : next === 'tausend' ? 1000 : null;
    const factor = w === 'ein' ? 1 : (DE_UNITS[w] ?? DE_TEENS[w]);
    if (multiplier !== null && factor !== undefined && factor > 0 && (factor < 10 || multiplier === 100)) {
      parts.push(factor * multiplier);
      i++;
      continue;
    }
    const value = parseGermanNumberWord(w);
    if (value === null || value === 0) return null;
    parts.push(value);
  }
  let total = 0;
  let lowest = 4;
  for (const part of parts) {
    if (highestPlace(part) >= lowest) return null;
    total += part;
    lowest = lowestPlace(part);
  }
  return total <= 9999 ? total : null;
}

function parseEnglishWords(words: readonly string[]): number | null {
  let total = 0;
  let current = 0;
  let last: EnState = 'none';
  for (const raw of words) {
    const w = raw.toLowerCase();
    if (w === 'and') {
      if (last !== 'hundred' && last !== 'thousand') return null;
      continue;
    }
    const unit = EN_UNITS[w];
    const teen = EN_TEENS[w];
    const tens = EN_TENS[w];
    if (unit !== undefined) {
      if (!['none', 'tens', 'hundred', 'thousand'].includes(last)) return null;
      current += unit;
      last = 'unit';
    } else if (teen !== undefined || tens !== undefined) {
      if (!['none', 'hundred', 'thousand'].includes(last)) return null;
      current += teen ?? tens ?? 0;
      last = teen !== undefined ? 'teen' : 'tens';
    } else if (w === 'hundred') {
      if (last === 'none') current = 1;
      else if (last !== 'unit' && last !== 'teen') return null;
      current *= 100;
      last = 'hundred';
    } else if (w === 'thousand') {
      if (last === 'thousand' || total > 0) return null;
      total = (last === 'none' ? 1 : current) * 1000;
      current = 0;
      last = 'thousand';
    } else {
      return null;
    }
  }
  return last === 'none' ? null : total + current;
}

const ARTICLES_ONE = new Set(['ein', 'eine', 'einen', 'einem', 'einer', 'eins', 'a', 'an', 'one']);

/** A count in a phrase such as "mit 2 Kindern", "in einer Woche", "with a child": digits, number words, articles as 1. */
export function parseCount(word: string): number | null {
  if (/^\d+$/.test(word)) return Number(word);
  const w = word.toLowerCase();
  if (ARTICLES_ONE.has(w)) return 1;
  return parseGermanNumberWord(w) ?? parseEnglishNumberWords([w]);
}
