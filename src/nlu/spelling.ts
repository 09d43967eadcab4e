/**
 * Spelling correction against the training vocabulary for longer words. Candidates come from a
 * symmetric-delete index (one deletion on each side covers substitutions, insertions, deletions and most
 * transpositions) so a lookup costs a few map probes, not a scan of the vocabulary; natural's
 * Damerau-Levenshtein distance confirms a candidate and Jaro-Winkler breaks ties.
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
   * The closest vocabulary word, or undefined when the word is known, short, or nothing is close enough.
   * Candidates for which `skip` is true are not considered.
   */
  correct(word: string, skip?: (candidate: string) => boolean): string | undefined {
    if (word.length < MIN_CORRECTION_LENGTH || this.words.has(word) || /\p{N}/u.test(word)) return undefined;
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
      const distance = levenshtein.DamerauLevenshteinDistance(word, candidate);
      if (distance > limit) continue;
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
