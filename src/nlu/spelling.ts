/**
 * Spelling correction against the training vocabulary for longer words. Candidates come from a
 * symmetric-delete index (one deletion on each side covers substitutions, insertions, deletions and most
 * transpositions) so a lookup costs a few map probes, not a scan of the vocabulary; natural's
 * Damerau-Levenshtein distance confirms a candidate and Jaro-Winkler breaks ties. A substitution must be one a
 * hand or an ear makes (neighbouring keys on a German or English keyboard, two vowels, letters that sound
 * alike): a word one far-off letter from a known word is more often a word of its own ("einen miesen Tag" is no
 * "mieten", which turned a bad day into a housing benefit application).
 */
import levenshtein from 'natural/lib/natural/distance/levenshtein_distance.js';
import jaroWinkler from 'natural/lib/natural/distance/jaro-winkler_distance.js';

/** Words shorter than this are never corrected: too many short words are one edit apart. */
export const MIN_CORRECTION_LENGTH = 5;

function deletions(word: string): string[] {
  const out: string[] = [];
  for (let i = 0; i < word.length; i++) out.push(word.slice(0, i) + word.slice(i + 1));
  return out;
}

/** QWERTZ and QWERTY, row by row; each row sits a little further right than the one above. */
const ROWS = [
  ['qwertzuiopü', 'asdfghjklöä', 'yxcvbnm'],
  ['qwertyuiop', 'asdfghjkl', 'zxcvbnm'],
];
const ROW_SHIFT = [0, 0.25, 0.75];
const NEAR = new Set<string>();
for (const layout of ROWS) {
  const keys: { key: string; x: number; y: number }[] = [];
  layout.forEach((row, y) => [...row].forEach((key, i) => keys.push({ key, x: i + (ROW_SHIFT[y] ?? 0), y })));
  for (const a of keys) for (const b of keys) if (a !== b && Math.abs(a.y - b.y) <= 1 && Math.abs(a.x - b.x) <= 1) NEAR.add(a.key + b.key);
}
const VOWEL = /[aeiouäöüy]/;
const SOUND_ALIKE = ['sßz', 'fvw', 'ckz', 'dt', 'gk', 'bp', 'iy', 'jy'];
for (const group of SOUND_ALIKE) for (const a of group) for (const b of group) if (a !== b) NEAR.add(a + b);

/** A substitution a hand or an ear makes: neighbouring keys, two vowels, or letters that sound alike. */
function plausibleSubstitution(word: string, candidate: string): boolean {
  if (word.length !== candidate.length) return true;
  for (let i = 0; i < word.length; i++) {
    const a = word[i] as string;
    const b = candidate[i] as string;
    if (a === b) continue;
    // A transposition ("wohngled") is no substitution.
    if (word[i + 1] === b && candidate[i + 1] === a) {
      i++;
      continue;
    }
    if (!(NEAR.has(a + b) || (VOWEL.test(a) && VOWEL.test(b)))) return false;
  }
  return true;
}

/**
 * Below this length a correction keeps the first letter: typos rarely hit it, and a short word that differs
 * there is more often a word or name of its own ("Bello" is a dog, not "hello").
 */
const FIRST_LETTER_LENGTH = 8;

function maxDistance(length: number): number {
  return length >= 8 ? 2 : 1;
}

export class SpellingIndex {
  private readonly words: ReadonlySet<string>;
  private readonly byDeletion = new Map<string, string[]>();

  constructor(vocabulary: Iterable<string>) {
    const words = new Set<string>();
    for (const word of vocabulary) if (word.length >= MIN_CORRECTION_LENGTH - 1) words.add(word);
    this.words = words;
    for (const word of words) {
      for (const key of [word, ...deletions(word)]) {
        const list = this.byDeletion.get(key);
        if (list) {
          if (list[list.length - 1] !== word) list.push(word);
        } else this.byDeletion.set(key, [word]);
      }
    }
  }

  has(word: string): boolean {
    return this.words.has(word);
  }

  /**
   * A four-letter word is corrected only by two neighbouring letters swapped after the first ("hudn" -> "hund"):
   * any other single edit of so short a word too often makes another word.
   */
  private swapped(word: string, skip?: (candidate: string) => boolean): string | undefined {
    for (let i = 1; i + 1 < word.length; i++) {
      const candidate = word.slice(0, i) + (word[i + 1] as string) + (word[i] as string) + word.slice(i + 2);
      if (candidate !== word && this.words.has(candidate) && !skip?.(candidate)) return candidate;
    }
    return undefined;
  }

  /**
   * The closest vocabulary word, or undefined when the word is known, short, or nothing is close enough.
   * Candidates for which `skip` is true are not considered.
   */
  correct(word: string, skip?: (candidate: string) => boolean): string | undefined {
    if (this.words.has(word) || /\p{N}/u.test(word)) return undefined;
    if (word.length === MIN_CORRECTION_LENGTH - 1) return this.swapped(word, skip);
    if (word.length < MIN_CORRECTION_LENGTH) return undefined;
    const candidates = new Set<string>();
    for (const key of [word, ...deletions(word)]) {
      for (const candidate of this.byDeletion.get(key) ?? []) candidates.add(candidate);
    }
    const limit = maxDistance(word.length);
    let best: string | undefined;
    let bestDistance = Infinity;
    let bestSimilarity = -Infinity;
    for (const candidate of candidates) {
      if (skip?.(candidate)) continue;
      // A first letter left off ("ohngeld") is a slip of the thumb, not another word.
      if (candidate[0] !== word[0] && word.length < FIRST_LETTER_LENGTH && candidate.slice(1) !== word) continue;
      const distance = levenshtein.DamerauLevenshteinDistance(word, candidate);
      if (distance > limit || !plausibleSubstitution(word, candidate)) continue;
      const similarity = jaroWinkler(word, candidate);
      if (distance < bestDistance || (distance === bestDistance && (similarity > bestSimilarity || (similarity === bestSimilarity && best !== undefined && candidate < best)))) {
        best = candidate;
        bestDistance = distance;
        bestSimilarity = similarity;
      }
    }
    return best;
  }
}
