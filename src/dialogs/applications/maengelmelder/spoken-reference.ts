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

/**
 * The message with a spoken reference written as one: spelled letters right before the year joined (when
 * they are this city's prefix, or plain capitals like "A C"), number words as digits. Other text is kept;
 * the reference reading still decides what is a reference.
 */
export function writtenReference(text: string, prefix: string): string {
  const tokens = withDigits(text).split(/(\s+)/);
  for (let k = 0; k < tokens.length; k += 2) {
    if (!/^20\d{2}/.test(tokens[k] ?? '')) continue;
    let from = k;
    while (from - 2 >= 0 && k - from < 12 && letterOf(tokens[from - 2] ?? '') !== null) from -= 2;
    const spelled = tokens.slice(from, k).filter((_, i) => i % 2 === 0);
    if (spelled.length < 2) continue;
    const letters = spelled.map((t) => letterOf(t) ?? '').join('');
    // "ich habe es 2026 …" holds a letter name, not a spelling: only the city's prefix or single capitals count.
    if (letters !== prefix.toUpperCase() && !spelled.every((t) => /^\p{Lu}[.,]?$/u.test(t))) continue;
    tokens.splice(from, k - from, letters, ' ');
    k = from + 2;
  }
  return tokens.join('');
}
