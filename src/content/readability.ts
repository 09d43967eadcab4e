/**
 * Readability of German text: syllables, sentences, words per sentence and the Amstad reading ease
 * (German Flesch: 180 − ASL − 58.5 × ASW). Web-standard only: the staff editor shows live scores in the browser.
 * Heuristics, not a dictionary: good enough to rank answers and enforce the plain-language limits.
 */

/** Vowel pairs spoken as one syllable nucleus (diphthongs, long vowels written double). */
const ONE_NUCLEUS = ['äu', 'ei', 'ai', 'au', 'eu', 'ie', 'ey', 'ay', 'aa', 'ee', 'oo'];
const VOWEL = /[aeiouäöüy]/;

/** Symbols read aloud as words, with their syllables ("46 €" is read "sechsundvierzig Euro"). */
const SPOKEN_SYMBOLS: Record<string, number> = { '€': 2, '%': 2, '§': 3, '&': 1, '+': 1 };

function letterSyllables(letters: string): number {
  // "qu" is a consonant cluster: the u is not a syllable (Quelle, bequem).
  const text = letters.toLowerCase().replace(/qu/g, 'qv');
  let syllables = 0;
  let i = 0;
  while (i < text.length) {
    if (!VOWEL.test(text[i] ?? '')) {
      i += 1;
      continue;
    }
    syllables += 1;
    i += ONE_NUCLEUS.includes(text.slice(i, i + 2)) ? 2 : 1;
  }
  return syllables;
}

/**
 * A number counts one syllable per digit group ("46" 1, "7:30" 2, "27,60" 2, "02421 25-0" 1 + 2). Plain-language
 * rules ask for digits instead of number words because digits read easily; scoring "27,60 €" like
 * "siebenundzwanzig Komma sechzig Euro" would push writers to drop fees and times from their answers.
 */
function numberSyllables(token: string): number {
  return token.split(/[^0-9]+/).filter(Boolean).length;
}

/** Syllables of one German word. Numbers count per digit group, symbols as spoken; never less than 1. */
export function countSyllables(word: string): number {
  const symbol = SPOKEN_SYMBOLS[word.trim()];
  if (symbol !== undefined) return symbol;
  const letters = word.replace(/[^a-zA-ZäöüÄÖÜß]/g, '');
  const digits = word.replace(/[^0-9:.,-]/g, '').replace(/^[^0-9]+|[^0-9]+$/g, '');
  const syllables = letterSyllables(letters) + (digits ? numberSyllables(digits) : 0);
  return Math.max(1, syllables);
}

/** Words that end in a period without ending the sentence. Lower case, without the period. */
const ABBREVIATIONS = new Set([
  'z', 'b', 'bzw', 'ca', 'nr', 'usw', 'etc', 'ggf', 'inkl', 'evtl', 'vgl', 'd', 'h', 'u', 'a', 'o', 's', 'str', 'tel',
  'abs', 'dr', 'prof', 'hr', 'fr', 'mo', 'di', 'mi', 'sa', 'bspw', 'max', 'min', 'mind', 'gem', 'lt',
  'zzgl', 'allg', 'e', 'v', 'i', 'st', 'jh', 'jan', 'feb', 'mär', 'apr', 'jun', 'jul', 'aug', 'sep', 'sept', 'okt',
  'nov', 'dez', 'bgbl', 'eg', 'og', 'ug', 'vs', 'approx', 'no', 'mr', 'mrs', 'ms', 'e.g', 'i.e', 'inc',
]);

/** After an ordinal ("am 3. Oktober", "1. Stock") these words continue the sentence. */
const AFTER_ORDINAL = new Set([
  'januar', 'februar', 'märz', 'april', 'mai', 'juni', 'juli', 'august', 'september', 'oktober', 'november',
  'dezember', 'montag', 'dienstag', 'mittwoch', 'donnerstag', 'freitag', 'samstag', 'sonntag', 'stock', 'etage',
  'obergeschoss', 'klasse', 'mal', 'jahrhundert', 'lebensjahr', 'geburtstag', 'quartal', 'halbjahr', 'oder', 'und',
]);

/** Splits text into sentences. Keeps "z. B.", "Nr. 5", "ca. 10", "27.60", "7:30" and "am 3. Oktober" together. */
export function splitSentences(text: string): string[] {
  const sentences: string[] = [];
  // Blank lines and list items always separate sentences, even without punctuation.
  const blocks = text
    .split(/\n\s*\n|\n(?=\s*(?:[-•*]|\d+\.)\s)/)
    .map((block) => block.replace(/^\s*(?:[-•*]|\d+\.)\s+/, '').replace(/\s+/g, ' ').trim())
    .filter(Boolean);
  for (const block of blocks) {
    let start = 0;
    const boundary = /[.!?…]+["'»«“”)]*(?=\s|$)/g;
    for (let match = boundary.exec(block); match; match = boundary.exec(block)) {
      const end = match.index + match[0].length;
      if (match[0].startsWith('.') && !isSentenceEnd(block, match.index, end)) continue;
      const sentence = block.slice(start, end).trim();
      if (sentence) sentences.push(sentence);
      start = end;
    }
    const rest = block.slice(start).trim();
    if (rest) sentences.push(rest);
  }
  return sentences;
}

function isSentenceEnd(block: string, dot: number, end: number): boolean {
  const before = /(\S+)$/.exec(block.slice(0, dot))?.[1] ?? '';
  const next = /^\s*(\S+)/.exec(block.slice(end))?.[1] ?? '';
  if (!next) return true;
  // A sentence never continues in lower case after a real full stop (German nouns are capitalised).
  const nextStartsLower = /^[a-zäöüß]/.test(next);
  const word = before.toLowerCase().replace(/^[("'„»]+/, '');
  if (ABBREVIATIONS.has(word) || /^([a-zäöü]\.)+[a-zäöü]$/.test(word)) {
    // "z. B. Ihren Ausweis", "Nr. 5", "ca. 10 €" continue; only "usw." and "etc." may end a sentence.
    return (word === 'usw' || word === 'etc') && /^[A-ZÄÖÜ]/.test(next);
  }
  if (/^\d+$/.test(word)) {
    // "am 3. Oktober", "1. und 3. Samstag": an ordinal, not the end of a sentence.
    if (nextStartsLower) return false;
    return !AFTER_ORDINAL.has(next.toLowerCase().replace(/[^a-zäöüß]/g, ''));
  }
  return !nextStartsLower;
}

/** Word tokens: anything with a letter or digit, and symbols read aloud (€, %, §). Punctuation is dropped. */
export function words(sentence: string): string[] {
  return sentence
    .split(/\s+|(?<=\d)[–—-](?=\d)/)
    .map((token) => token.replace(/^[^\p{L}\p{N}€%§&+]+|[^\p{L}\p{N}€%§]+$/gu, ''))
    .filter((token) => /[\p{L}\p{N}€%§]/u.test(token));
}

export interface Readability {
  sentences: number;
  words: number;
  syllables: number;
  /** Average sentence length in words. */
  asl: number;
  /** Average syllables per word. */
  asw: number;
  /** Amstad reading ease, 180 − ASL − 58.5 × ASW: 60+ is easy, below 40 hard. */
  amstad: number;
  /** Words of each sentence, in order. */
  wordsPerSentence: number[];
  longestSentence: { text: string; words: number } | undefined;
}

export function amstad(asl: number, asw: number): number {
  return 180 - asl - 58.5 * asw;
}

export function analyseReadability(text: string): Readability {
  const sentenceList = splitSentences(text);
  const tokenLists = sentenceList.map(words).filter((list) => list.length > 0);
  const wordsPerSentence = tokenLists.map((list) => list.length);
  const wordCount = wordsPerSentence.reduce((sum, n) => sum + n, 0);
  const syllables = tokenLists.flat().reduce((sum, word) => sum + countSyllables(word), 0);
  const sentences = tokenLists.length;
  const asl = sentences === 0 ? 0 : wordCount / sentences;
  const asw = wordCount === 0 ? 0 : syllables / wordCount;
  let longest: Readability['longestSentence'];
  sentenceList.forEach((sentence) => {
    const n = words(sentence).length;
    if (!longest || n > longest.words) longest = { text: sentence, words: n };
  });
  return {
    sentences,
    words: wordCount,
    syllables,
    asl,
    asw,
    amstad: wordCount === 0 ? 0 : amstad(asl, asw),
    wordsPerSentence,
    longestSentence: longest,
  };
}
