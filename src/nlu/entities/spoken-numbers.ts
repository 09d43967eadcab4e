/**
 * Voice transcripts write the numbers of an address as words: "schenkelstraße vierzehn", "fünf zwei drei vier
 * neun". The address and postcode detectors read digits; this gives them the text with such words as digits
 * and maps what they find back to the original text. A single number word becomes its value ("vierzehn" ->
 * "14"); five or more digit words in a row become one digit string ("fünf zwei drei vier neun" -> "52349").
 * Articles ("ein", "eine") stay words: "ein Sofa" is no house number.
 */
import { DIGIT_WORDS, parseEnglishNumberWords, parseGermanNumberWord } from './number-words.js';

export interface DigitsForm {
  text: string;
  /** The original span of the span [start, end) of `text`. */
  original(start: number, end: number): [number, number];
}

const WORD = /\p{L}+/gu;
/** Between two number words of one run: spaces, or a hesitation ("äh", "ähm"). */
const FILLER_WORD = /^(?:äh+m?|öh+m?|hm+|uh+m?|erm)$/iu;
const BETWEEN = /^\s+(?:(?:äh+m?|öh+m?|hm+|uh+m?|erm)[,.]?\s+)*$/iu;

function valueOf(word: string): string | null {
  const w = word.toLowerCase();
  // Own keys only: "constructor" is no digit word (an inherited property crashed a turn).
  if (Object.hasOwn(DIGIT_WORDS, w)) return DIGIT_WORDS[w] ?? null;
  const value = parseGermanNumberWord(w) ?? parseEnglishNumberWords([w]);
  return typeof value === 'number' && Number.isInteger(value) && value >= 1 && value <= 999 && !/^(ein|eine|einen|einem|einer|a|an)$/.test(w) ? String(value) : null;
}

/** The text with spoken numbers as digits, or null when it has none. */
export function digitsForm(text: string): DigitsForm | null {
  const words = [...text.matchAll(WORD)].filter((m) => !FILLER_WORD.test(m[0])).map((m) => ({ start: m.index, end: m.index + m[0].length, value: valueOf(m[0]) }));
  const replacements: Array<{ start: number; end: number; digits: string }> = [];
  for (let i = 0; i < words.length; ) {
    let j = i;
    // A run of number words separated by spaces or hesitations ("fünf zwei äh drei fünf eins").
    while (j < words.length && words[j]?.value !== null && (j === i || BETWEEN.test(text.slice(words[j - 1]?.end ?? 0, words[j]?.start ?? 0)))) j++;
    const run = words.slice(i, j);
    const first = run[0];
    const last = run.at(-1);
    const digits = (from: number) => run.slice(from).every((w) => w.value?.length === 1);
    if (first && last) {
      if (run.length >= 5 && digits(0) && (run.length !== 6 || first.value === '0')) replacements.push({ start: first.start, end: last.end, digits: run.map((w) => w.value).join('') });
      else if (run.length === 6 && digits(0)) {
        // "acht fünf zwei drei fünf fünf": a house number of one digit, then the postcode.
        const second = run[1];
        replacements.push({ start: first.start, end: first.end, digits: first.value ?? '' });
        if (second) replacements.push({ start: second.start, end: last.end, digits: run.slice(1).map((w) => w.value).join('') });
      } else if (run.length === 6 && digits(1) && run[1]) {
        // "zwölf fünf zwei drei fünf eins": the house number, then the postcode digit by digit.
        replacements.push({ start: first.start, end: first.end, digits: first.value ?? '' });
        replacements.push({ start: run[1].start, end: last.end, digits: run.slice(1).map((w) => w.value).join('') });
      } else if (run.length === 1 && first.value) replacements.push({ start: first.start, end: first.end, digits: first.value });
    }
    i = Math.max(j, i + 1);
  }
  if (replacements.length === 0) return null;
  let out = '';
  const starts: number[] = [];
  const ends: number[] = [];
  let at = 0;
  for (const r of replacements) {
    for (let k = at; k < r.start; k++) {
      out += text[k];
      starts.push(k);
      ends.push(k + 1);
    }
    for (const digit of r.digits) {
      out += digit;
      starts.push(r.start);
      ends.push(r.end);
    }
    at = r.end;
  }
  for (let k = at; k < text.length; k++) {
    out += text[k];
    starts.push(k);
    ends.push(k + 1);
  }
  return { text: out, original: (start, end) => [starts[start] ?? 0, ends[end - 1] ?? text.length] };
}
