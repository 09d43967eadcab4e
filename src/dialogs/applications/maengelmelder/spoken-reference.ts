/**
 * A reference as callers say it: the bot spells "DN-2026-578033" character by character, so callers repeat it
 * so, and speech recognisers write "D N 2026 578033", "De En 2026 …" or the digits as words ("zwei null zwei
 * sechs fünf sieben …"). This writes such a message with the letters joined and the numbers as digits, so that
 * the reference reading (status.ts) sees "DN 2026578033" (tester-r B2: the bot refused what it asked for).
 */
import { DIGIT_WORDS, parseGermanNumberWord } from '../../../nlu/entities/number-words.js';

/** German letter names as recognisers write them ("De En" for D N); single letters stand for themselves. */
const LETTER_NAMES: Readonly<Record<string, string>> = Object.assign(Object.create(null) as Record<string, string>, {
  be: 'B', ce: 'C', ze: 'C', de: 'D', ef: 'F', ge: 'G', ha: 'H', jot: 'J', ka: 'K', el: 'L', em: 'M', en: 'N',
  pe: 'P', ku: 'Q', er: 'R', es: 'S', te: 'T', vau: 'V', we: 'W', ix: 'X', ypsilon: 'Y', zett: 'Z',
});

/** The digits a number word stands for: "fünf" is 5, "sechsundzwanzig" 26, "zweitausendsechsundzwanzig" 2026. */
function digitsOf(word: string): string | null {
  const w = word.toLowerCase();
  if (Object.hasOwn(DIGIT_WORDS, w)) return DIGIT_WORDS[w] ?? null;
  // Articles are no numbers: "ein Antrag" stays.
  if (/^(?:ein|eine|einen|einem|einer)$/.test(w)) return null;
  const value = parseGermanNumberWord(w);
  return value !== null && Number.isInteger(value) && value >= 0 && value <= 9999 ? String(value) : null;
}

/** The letter a token spells ("D", "D.", "De"), or null. */
function letterOf(token: string): string | null {
  const bare = token.replace(/[.,]$/, '');
  if (/^\p{L}$/u.test(bare)) return bare.toUpperCase();
  return LETTER_NAMES[bare.toLowerCase()] ?? null;
}

/** Number words in a row become one digit string: "zwei null zwei sechs" -> "2026", "zwanzig sechsundzwanzig" -> "2026". */
function withDigits(text: string): string {
  return text.replace(/\p{L}+(?:[\s,-]+\p{L}+)*/gu, (phrase) => {
    const words = phrase.split(/([\s,-]+)/);
    let out = '';
    let run = '';
    for (let i = 0; i < words.length; i += 2) {
      const word = words[i] ?? '';
      const gap = words[i + 1] ?? '';
      const digits = digitsOf(word);
      if (digits !== null) {
        run += digits;
        if (i + 2 >= words.length) out += run;
        else if (digitsOf(words[i + 2] ?? '') === null) out += run + gap;
        continue;
      }
      run = '';
      out += word + gap;
    }
    return out;
  });
}

/** "Strich", "Bindestrich", "minus": the dashes of a spelled reference, as recognisers write them. */
const DASH_WORD = /^(?:bindestrich|strich|minus|schrägstrich)[.,]?$/i;
/** A token of a spoken number: digits with dashes, dots or slashes ("217", "2026-217", "581."), or a dash. */
const NUMBER_PART = /^(?:[-./,]*\d[\d./-]*[.,:;!?]?|[-./])$/;
/** A year and six digits: more digit groups are not joined ("… 581 12 Uhr" keeps the 12). */
const FULL = 10;

function isRunToken(token: string): boolean {
  return NUMBER_PART.test(token) || DASH_WORD.test(token);
}

/** The spelled letters right before token k ("D N", "De En", "d. n."), when they are a prefix, or null. */
function spelledBefore(tokens: readonly string[], k: number, prefix: string): { from: number; letters: string } | null {
  let from = k;
  while (from - 2 >= 0 && k - from < 12 && letterOf(tokens[from - 2] ?? '') !== null) from -= 2;
  const spelled = tokens.slice(from, k).filter((_, i) => i % 2 === 0);
  if (spelled.length < 2) return null;
  const letters = spelled.map((t) => letterOf(t) ?? '').join('');
  // "ich habe es 2026 …" holds a letter name, not a spelling: only the city's prefix or single capitals count.
  if (letters !== prefix.toUpperCase() && !spelled.every((t) => /^\p{Lu}[.,]?$/u.test(t))) return null;
  return { from, letters };
}

/**
 * Joins the number after a prefix: recognisers write spoken digits grouped or one by one ("2026 217 581",
 * "2 0 2 6 2 1 7 5 8 1", "2026 89 78 91") and the dashes as words (re-test 19 2.3). Only after a prefix:
 * a phone number or "2026 minus 500 Euro" is no reference. Returns the index after the joined part.
 */
function joinAt(tokens: string[], k: number, prefix: string): number {
  let from = k;
  let letters = '';
  let spelled = false;
  let first = tokens[k] ?? '';
  const glued = /^(\p{Lu}{1,6})[-./]?(?=\d)/u.exec(first);
  if (glued && glued[1] === prefix) {
    letters = prefix;
    first = first.slice(glued[0].length);
  } else {
    if (!isRunToken(first)) return k + 2;
    const before = spelledBefore(tokens, k, prefix);
    if (before) {
      ({ from, letters } = before);
      spelled = true;
    } else if (tokens[k - 2] === prefix) {
      from = k - 2;
      letters = prefix;
    } else return k + 2;
  }
  let digits = '';
  let groups = 0;
  let dashWords = false;
  let j = k;
  for (; j < tokens.length && digits.length < FULL; j += 2) {
    const token = j === k ? first : (tokens[j] ?? '');
    if (!isRunToken(token)) break;
    dashWords ||= DASH_WORD.test(token);
    groups += token.match(/\d+/g)?.length ?? 0;
    digits += token.replace(/\D/g, '');
  }
  if (!/^20\d{2}/.test(digits)) return k + 2;
  // A typed "DN-2026-000123" (or "DN 2026-00001", which is then reported as incomplete) stays as written.
  if (!spelled && !dashWords && groups <= 2 && /^20\d{2}(?:\D|$)/.test(first)) return j;
  const end = /[.,:;!?]$/.exec(tokens[j - 2] ?? '')?.[0] ?? '';
  const joined = `${letters} ${digits.slice(0, 4)}${digits.length > 4 ? ` ${digits.slice(4)}` : ''}${end}`;
  tokens.splice(from, j - 1 - from, joined);
  return from + 2;
}

/**
 * The message with a spoken reference written as one: spelled letters before the number joined (when they
 * are this city's prefix, or plain capitals like "A C"), number words as digits, digit groups and spoken
 * dashes after the prefix joined. Other text is kept; the reference reading still decides what is a reference.
 */
export function writtenReference(text: string, prefix: string): string {
  const tokens = withDigits(text).split(/(\s+)/);
  for (let k = 0; k < tokens.length; ) k = joinAt(tokens, k, prefix);
  return tokens.join('');
}
