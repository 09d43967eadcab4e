/**
 * Dates as voice transcripts write them: the day as an ordinal word ("dritter april", "am dritten vierten"),
 * the year as words ("neunzehnhundertfünfundachtzig", "neunzehn hundert fünfundachtzig", "fünfundachtzig")
 * or digits, also after a day in digits ("3. april neunzehnhundertfünfundachtzig"). A month as an ordinal
 * ("dritten vierten") only with a cue before it (am, den, der, vom, seit, …) or a year after it: "zweite
 * dritte" alone is no date. Two-digit years count from 25 up, as in dates.ts.
 */
import type { ExplicitDate } from './dates.js';
import { monthNumber } from './date-words.js';
import { parseGermanNumberWord, parseNumberPhrase } from './number-words.js';

const ORDINAL_STEMS: Record<string, number> = Object.assign(Object.create(null) as Record<string, number>, {
  erst: 1, zweit: 2, dritt: 3, viert: 4, fünft: 5, fuenft: 5, sechst: 6, siebt: 7, siebent: 7, acht: 8, neunt: 9,
  zehnt: 10, elft: 11, zwölft: 12, zwoelft: 12,
});

/** "dritter" -> 3, "zwanzigsten" -> 20, "einunddreißigste" -> 31; null for anything else. */
export function germanOrdinal(word: string): number | null {
  const w = word.toLowerCase();
  const stem = /^(\p{L}+?)(?:e|er|en|em|es)$/u.exec(w)?.[1];
  if (!stem) return null;
  const direct = ORDINAL_STEMS[stem];
  if (direct !== undefined) return direct;
  // 13–19 add "t" to the number word ("dreizehnt"), 20 and up add "st" ("zwanzigst", "einunddreißigst").
  const base = stem.endsWith('st') ? parseGermanNumberWord(stem.slice(0, -2)) : stem.endsWith('t') ? parseGermanNumberWord(stem.slice(0, -1)) : null;
  if (base === null) return null;
  if (stem.endsWith('st') ? base >= 20 && base <= 31 : base >= 13 && base <= 19) return base;
  return null;
}

/** A year said as words: "neunzehnhundertfünfundachtzig", "zweitausendfünf", "neunzehn hundert achtzig", "fünfundachtzig". */
export function spokenYear(words: readonly string[]): string | null {
  const lower = words.map((w) => w.toLowerCase());
  const joined = lower.join('');
  const century = /^(achtzehn|neunzehn)hundert(.*)$/u.exec(joined);
  let value: number | null = null;
  if (century) {
    const rest = century[2] === '' ? 0 : parseGermanNumberWord(century[2] ?? '');
    value = rest !== null && rest < 100 ? (century[1] === 'neunzehn' ? 1900 : 1800) + rest : null;
  } else {
    value = lower.length === 1 ? parseGermanNumberWord(lower[0] ?? '') : parseNumberPhrase(lower);
  }
  if (value === null) return null;
  if (value >= 1900 && value <= 2099) return String(value);
  return lower.length === 1 && value >= 25 && value <= 99 ? String(value) : null;
}

const TOKEN = /[\p{L}\p{N}]+\.?/gu;
const CUE = /^(?:am|den|dem|der|vom|zum|bis|ab|seit)$/iu;

interface Token {
  /** Without a trailing dot, which only a day in digits needs ("3."). */
  word: string;
  dotted: boolean;
  start: number;
  end: number;
}

/** The year in the one to three tokens from `at`, longest first, with the index after it. */
function yearAt(tokens: readonly Token[], at: number): { year: string; next: number } | null {
  for (let n = 3; n >= 1; n--) {
    const part = tokens.slice(at, at + n);
    if (part.length < n) continue;
    if (n === 1 && /^\d{4}$/.test(part[0]?.word ?? '')) return { year: part[0]?.word ?? '', next: at + 1 };
    if (n === 1 && /^\d{2}$/.test(part[0]?.word ?? '') && Number(part[0]?.word) >= 25) return { year: part[0]?.word ?? '', next: at + 1 };
    if (part.some((t) => !/^\p{L}+$/u.test(t.word))) continue;
    const year = spokenYear(part.map((t) => t.word));
    if (year !== null) return { year, next: at + n };
  }
  return null;
}

/** Dates with an ordinal word or a year in words; plain digit dates are read in dates.ts. */
export function findSpokenDates(text: string): ExplicitDate[] {
  const tokens: Token[] = [...text.matchAll(TOKEN)].map((m) => {
    const dotted = m[0].endsWith('.');
    const word = dotted ? m[0].slice(0, -1) : m[0];
    return { word, dotted, start: m.index, end: m.index + word.length };
  });
  const out: ExplicitDate[] = [];
  for (let i = 0; i < tokens.length - 1; i++) {
    const dayToken = tokens[i];
    const monthToken = tokens[i + 1];
    if (!dayToken || !monthToken) continue;
    const digitDay = /^\d{1,2}$/.test(dayToken.word) && dayToken.dotted ? Number(dayToken.word) : null;
    const day = digitDay ?? germanOrdinal(dayToken.word);
    if (day === null || day < 1 || day > 31) continue;
    const named = monthNumber(monthToken.word);
    const ordinalMonth = named === undefined ? germanOrdinal(monthToken.word) : null;
    const month = named ?? (ordinalMonth !== null && ordinalMonth <= 12 ? ordinalMonth : undefined);
    if (month === undefined) continue;
    const year = yearAt(tokens, i + 2);
    // "3. April" and "3. April 1985" are read in dates.ts; here only a year in words is new for digit days.
    if (digitDay !== null && (named === undefined || !year || /^\d/.test(tokens[i + 2]?.word ?? ''))) continue;
    if (named === undefined && !year && !CUE.test(tokens[i - 1]?.word ?? '')) continue;
    const last = year ? tokens[year.next - 1] : monthToken;
    out.push({ day, month, year: year?.year ?? null, start: dayToken.start, end: (last ?? monthToken).end });
  }
  return out;
}
