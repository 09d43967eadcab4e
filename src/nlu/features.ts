/**
 * Turns a message into sparse features: word stems, stem bigrams, and character n-grams of each word
 * (they carry typos and compounds such as "Wohngeldantrag" or "Sperrmülltermin"). Each feature group is
 * L2-normalized on its own and weighted, so long messages do not drown short ones.
 */
import type { Locale } from '../core/types.js';
import { detectLanguage, functionWords, sentenceLanguage } from './language.js';
import type { Lexicon } from './lexicon.js';
import { foldToken, normalizeText } from './normalize.js';
import { standardizeRegional } from './regional.js';
import { stem } from './stem.js';
import { joinedVerbStem, particleVerbStems } from './separable-verbs.js';
import { isFunctionWord, isStopword, saysHowNotWhat } from './stopwords.js';
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
  /**
   * Character n-grams over the whole message (content words joined by "#") instead of word by word, so
   * n-grams also span word boundaries ("geld#an" from "Wohngeld Antrag").
   */
  crossWordChars: boolean;
  /** Synonym variants stay as word features next to their canonical words (else they are replaced). */
  keepSynonymSource: boolean;
  /** Also the stem of each word in the other language (mixed-language messages, loan words). */
  bothStems: boolean;
  /**
   * Weight features by inverse document frequency of the training texts (words every intent uses, such as
   * "ich" or "how", count less); each vector keeps its length from before the weighting (toSparse).
   */
  idf: boolean;
  /**
   * Join German separable verbs to the infinitive the examples use: "abzumelden" -> "abmelden", "melde
   * ... ab" -> "abmeld" (separable-verbs.ts). Absent in models saved before it existed, which means off.
   */
  separableVerbs: boolean;
}

export const DEFAULT_FEATURE_CONFIG: FeatureConfig = {
  charMin: 3,
  charMax: 5,
  wordWeight: 1,
  bigramWeight: 0.5,
  charWeight: 1,
  stopwordWeight: 0.6,
  crossWordChars: false,
  keepSynonymSource: false,
  bothStems: false,
  idf: true,
  separableVerbs: true,
};

export interface PreparedText {
  normalized: string;
  folded: string[];
}

/** `regional`: the profile's regional words (regional.ts), read as their standard forms first. */
export function prepareText(text: string, regional?: ReadonlyMap<string, string>): PreparedText {
  const normalized = regional ? standardizeRegional(normalizeText(text), regional) : normalizeText(text);
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
  /** Content words no example of a topic or conversation intent uses (unseen, or seen only out of scope), adverbs of how and when aside. */
  offTopicWords: number;
  /** See sentenceLanguage in language.ts. */
  sentenceLanguage: Locale | undefined;
  /** German and English function words of two letters or more (0: maybe another language altogether). */
  functionWords: number;
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

function addNgrams(out: string[], padded: string, config: FeatureConfig): void {
  for (let n = config.charMin; n <= config.charMax; n++) {
    for (let i = 0; i + n <= padded.length; i++) out.push(padded.slice(i, i + n));
  }
}

/** Stopwords, numbers, known words and German verb forms that joining reads are never corrected. */
function correctable(raw: string, language: Locale, lexicon: Lexicon, german: boolean): boolean {
  if (isNumeric(raw) || isStopword(raw, language) || lexicon.vocabulary.has(raw)) return false;
  return !(german && joinedVerbStem(raw, lexicon.verbStem));
}

export function analyze(prepared: PreparedText, lexicon: Lexicon, config: FeatureConfig, options: AnalyzeOptions): Analysis {
  const language = options.language ?? detectLanguage(prepared.normalized, prepared.folded, options.requested, lexicon.languages);
  const other: Locale = language === 'de' ? 'en' : 'de';
  const german = language === 'de' && config.separableVerbs;
  // Spelling stays within the language only when the words show it: a lone "Führerschien" typed on the
  // English page is still the German word.
  const written = sentenceLanguage(prepared.folded);
  // Correction comes before the synonyms, so a typo inside a declared phrase ("Guten Morgn") still meets it.
  const misspelled: string[] = [];
  // Joining comes first: spelling correction would otherwise turn the part "wohn" into "wohne".
  const unsplit = lexicon.joinSplitCompounds(prepared.folded);
  const corrected = options.correct
    ? unsplit.map((raw) => {
        const fixed = correctable(raw, language, lexicon, german) ? lexicon.correct(raw, written) : undefined;
        if (fixed === undefined) return raw;
        misspelled.push(raw);
        return fixed;
      })
    : unsplit;
  const replaced: string[] = [];
  const tokens = lexicon.applySynonymsKeeping(corrected, replaced);
  const words: string[] = [];
  const stops: string[] = [];
  const chars: string[] = [];
  const sequence: string[] = [];
  const charWords: string[] = [];
  let contentWords = 0;
  let knownWords = 0;
  let offTopicWords = 0;
  const onTopic = (word: string): boolean => lexicon.vocabulary.has(word) && !lexicon.outOfScope.has(word);
  for (const token of tokens) {
    if (isNumeric(token)) {
      words.push('<num>');
      sequence.push('<num>');
      continue;
    }
    if (isStopword(token, language)) {
      if (config.stopwordWeight > 0) stops.push(token);
      continue;
    }
    // A form the examples used as written keeps its own features; only unseen ones are joined.
    const joined = german && !lexicon.vocabulary.has(token) ? joinedVerbStem(token, lexicon.verbStem) : undefined;
    const parts = lexicon.splitCompound(token);
    if (!isFunctionWord(token)) {
      contentWords++;
      if (lexicon.vocabulary.has(token) || parts.length > 0 || joined) knownWords++;
      if (!(onTopic(token) || (parts.length > 0 && parts.every(onTopic)) || joined || saysHowNotWhat(token))) offTopicWords++;
    }
    for (const part of parts) words.push(stem(part, language));
    const stemmed = joined ?? stem(token, language);
    words.push(stemmed);
    if (config.bothStems) words.push(stem(token, other));
    sequence.push(stemmed);
    charWords.push(token);
  }
  // Keep the n-grams of what was written too: the correction may be wrong.
  charWords.push(...misspelled);
  if (german) words.push(...particleVerbStems(prepared.normalized, lexicon.verbStem));
  if (config.keepSynonymSource) {
    for (const variant of replaced) if (!isStopword(variant, language) && !isNumeric(variant)) words.push(stem(variant, language));
  }
  if (config.crossWordChars) {
    if (charWords.length > 0) addNgrams(chars, `#${charWords.join('#')}#`, config);
  } else {
    for (const word of charWords) addNgrams(chars, `#${word}#`, config);
  }
  const bigrams: string[] = [];
  for (let i = 0; i + 1 < sequence.length; i++) bigrams.push(`${sequence[i]}_${sequence[i + 1]}`);
  const features = new Map<string, number>();
  addGroup(features, 'w:', words, config.wordWeight);
  addGroup(features, 'b:', bigrams, config.bigramWeight);
  addGroup(features, 's:', stops, config.stopwordWeight);
  addGroup(features, 'c:', chars, config.charWeight);
  // One-letter function words ("a", "i") are words of Italian, Spanish or Polish too.
  const hints = functionWords(prepared.folded.filter((token) => token.length > 1));
  return { language, features, contentWords, knownWords, offTopicWords, sentenceLanguage: written, functionWords: hints.de + hints.en };
}
