/**
 * Turns a message into sparse features: word stems, stem bigrams, and character n-grams of each word
 * (they carry typos and compounds such as "Wohngeldantrag" or "Sperrmülltermin"). Each feature group is
 * L2-normalized on its own and weighted, so long messages do not drown short ones.
 */
import type { Locale } from '../core/types.js';
import { detectLanguage } from './language.js';
import type { Lexicon } from './lexicon.js';
import { foldToken, normalizeText } from './normalize.js';
import { stem } from './stem.js';
import { isFunctionWord, isStopword } from './stopwords.js';
import { isNumeric, tokenizeWords } from './tokenize.js';

export interface FeatureConfig {
  /** Character n-gram lengths, inclusive. */
  charMin: number;
  charMax: number;
  wordWeight: number;
  bigramWeight: number;
  charWeight: number;
  /**
   * Weight of the stopword group (question and negation words are never stopwords). Stopwords get no
   * character n-grams; 0 drops them.
   */
  stopwordWeight: number;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  charMin: 3,
  charMax: 5,
  wordWeight: 1,
  bigramWeight: 0.5,
  charWeight: 1,
  stopwordWeight: 0.6,
};

export interface PreparedText {
  normalized: string;
  folded: string[];
}

export function prepareText(text: string): PreparedText {
  const normalized = normalizeText(text);
  return { normalized, folded: tokenizeWords(normalized).map(foldToken) };
}

export interface Analysis {
  language: Locale;
  /** Feature name -> weight before indexing; group-normalized. */
  features: Map<string, number>;
  /** Content words (not stopwords, not numbers) in the message. */
  contentWords: number;
  /** Content words the model has seen (directly, corrected, or as compound parts). */
  knownWords: number;
}

export interface AnalyzeOptions {
  /** Language of a training example; detected when absent. */
  language?: Locale;
  requested?: Locale;
  /** Correct spelling against the vocabulary (classification only: training words are the vocabulary). */
  correct: boolean;
}

function addGroup(target: Map<string, number>, prefix: string, names: Iterable<string>, weight: number): void {
  const unique = new Set(names);
  if (unique.size === 0 || weight === 0) return;
  const value = weight / Math.sqrt(unique.size);
  for (const name of unique) target.set(prefix + name, value);
}

export function analyze(prepared: PreparedText, lexicon: Lexicon, config: FeatureConfig, options: AnalyzeOptions): Analysis {
  const language = options.language ?? detectLanguage(prepared.normalized, prepared.folded, options.requested, lexicon.languages);
  const tokens = lexicon.applySynonyms(prepared.folded);
  const words: string[] = [];
  const stops: string[] = [];
  const chars: string[] = [];
  const sequence: string[] = [];
  let contentWords = 0;
  let knownWords = 0;
  for (const raw of tokens) {
    if (isNumeric(raw)) {
      words.push('<num>');
      sequence.push('<num>');
      continue;
    }
    if (isStopword(raw)) {
      if (config.stopwordWeight > 0) stops.push(raw);
      continue;
    }
    const token = (options.correct ? lexicon.correct(raw) : undefined) ?? raw;
    const parts = lexicon.splitCompound(token);
    if (!isFunctionWord(raw)) {
      contentWords++;
      if (lexicon.vocabulary.has(token) || parts.length > 0) knownWords++;
    }
    for (const part of parts) words.push(stem(part, language));
    const stemmed = stem(token, language);
    words.push(stemmed);
    sequence.push(stemmed);
    const padded = `#${token}#`;
    for (let n = config.charMin; n <= config.charMax; n++) {
      for (let i = 0; i + n <= padded.length; i++) chars.push(padded.slice(i, i + n));
    }
    if (token !== raw) {
      // Keep the n-grams of what was written too: the correction may be wrong.
      const written = `#${raw}#`;
      for (let n = config.charMin; n <= config.charMax; n++) {
        for (let i = 0; i + n <= written.length; i++) chars.push(written.slice(i, i + n));
      }
    }
  }
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < sequence.length; i++) bigrams.push(`${sequence[i]}_${sequence[i + 1]}`);
  const features = new Map<string, number>();
  addGroup(features, 'w:', words, config.wordWeight);
  addGroup(features, 'b:', bigrams, config.bigramWeight);
  addGroup(features, 's:', stops, config.stopwordWeight);
  addGroup(features, 'c:', chars, config.charWeight);
  return { language, features, contentWords, knownWords };
}
