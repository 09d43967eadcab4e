/**
 * What the model knows about words: the training vocabulary, synonyms and abbreviations declared in
 * content, spelling correction and compound splitting against that vocabulary, and which words were seen
 * in which language. Derived data (indexes) are rebuilt on load, so the serialized form stays small.
 */
import type { Locale } from '../core/types.js';
import type { LanguageVocabulary } from './language.js';
import { foldToken, normalizeText } from './normalize.js';
import { SpellingIndex } from './spelling.js';
import { stem } from './stem.js';
import { isStopword } from './stopwords.js';
import { isNumeric, tokenizeWords, WORD } from './tokenize.js';

export interface LexiconData {
  /** Folded training words (no stopwords, no numbers). */
  vocabulary: string[];
  /** Folded variant phrase -> folded canonical phrase. */
  synonyms: [string, string][];
  languages: { de: string[]; en: string[] };
  /** Regional word as written -> standard text (regional.ts); absent in models saved before it existed. */
  regional?: [string, string][];
  /**
   * Vocabulary words only out-of-scope examples use ("wetter", "pizza", "witz"): known to the model, yet no
   * sign of a city matter. Absent in models saved before it existed.
   */
  outOfScope?: string[];
}

/** Linking elements allowed between compound parts: "Wohnungs|amt", "Hunde|steuer". */
const LINKS = ['', 's', 'es', 'n', 'en', 'e'];
const MIN_PART = 3;
const MIN_COMPOUND = 7;
const MIN_VARIANT_TARGET = 8;
/** Words written apart are joined up to this many ("schwer behinderten ausweis"). */
const MAX_JOINED = 3;

export function foldPhrase(text: string): string[] {
  return tokenizeWords(normalizeText(text)).map(foldToken);
}

export class Lexicon {
  readonly vocabulary: ReadonlySet<string>;
  readonly languages: LanguageVocabulary;
  readonly regional: ReadonlyMap<string, string>;
  readonly outOfScope: ReadonlySet<string>;
  private readonly synonyms = new Map<string, string[]>();
  /** Length in words of the longest variant starting with each word: most words start none, so most need no lookup. */
  private readonly longestFrom = new Map<string, number>();
  /** Built on first use: training never corrects, so only the live model pays for it. */
  private spellingIndex: SpellingIndex | undefined;
  private readonly spellingTargets: string[];
  /** Words of declared variants: known as written, so never "corrected" ("garbage" is not "garage"). */
  private readonly variantWords = new Set<string>();
  /** German stems of the vocabulary, built on first use (only separable-verb joining asks). */
  private germanStems: Set<string> | undefined;

  constructor(readonly data: LexiconData) {
    this.vocabulary = new Set(data.vocabulary);
    this.languages = { de: new Set(data.languages.de), en: new Set(data.languages.en) };
    this.regional = new Map(data.regional ?? []);
    this.outOfScope = new Set(data.outOfScope ?? []);
    const phraseWords = new Set<string>();
    for (const [variant, canonical] of data.synonyms) {
      const parts = variant.split(' ');
      const first = parts[0] as string;
      this.longestFrom.set(first, Math.max(this.longestFrom.get(first) ?? 0, parts.length));
      this.synonyms.set(variant, canonical.split(' '));
      for (const part of parts) this.variantWords.add(part);
      if (parts.length > 1) for (const part of parts) phraseWords.add(part);
    }
    // Variant words are correction targets too when a typo would otherwise break a phrase ("good mornig") or
    // they are long: short single variants are too close to everyday words ("freeze" is not "freezer").
    const targets = [...this.variantWords].filter((word) => word.length >= MIN_VARIANT_TARGET || phraseWords.has(word));
    this.spellingTargets = [...data.vocabulary, ...targets];
  }

  private get spelling(): SpellingIndex {
    this.spellingIndex ??= new SpellingIndex(this.spellingTargets);
    return this.spellingIndex;
  }

  /** Replaces declared variants by their canonical words, longest match first. */
  applySynonyms(tokens: readonly string[]): string[] {
    return this.applySynonymsKeeping(tokens, []);
  }

  /** applySynonyms that also collects the replaced (written) variant words into `replaced`. */
  applySynonymsKeeping(tokens: readonly string[], replaced: string[]): string[] {
    if (this.synonyms.size === 0) return [...tokens];
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      let matched = false;
      for (let length = Math.min(this.longestFrom.get(tokens[i] as string) ?? 0, tokens.length - i); length >= 1; length--) {
        const canonical = this.synonyms.get(tokens.slice(i, i + length).join(' '));
        if (canonical) {
          for (let j = i; j < i + length; j++) replaced.push(tokens[j] as string);
          out.push(...canonical);
          i += length;
          matched = true;
          break;
        }
      }
      if (!matched) out.push(tokens[i++] as string);
    }
    return out;
  }

  /**
   * Spelling correction within the message's language: a word the examples use only in the other language
   * is no candidate, so German "trete" does not become English "tree".
   */
  correct(token: string, language?: Locale): string | undefined {
    if (this.variantWords.has(token)) return undefined;
    const other = language === undefined ? undefined : this.languages[language === 'de' ? 'en' : 'de'];
    return this.spelling.correct(token, other && ((candidate) => other.has(candidate)));
  }

  /** Whether a training word has this German stem ("abmeld" from "abmelden" or "Abmeldung"). */
  knownGermanStem(candidate: string): boolean {
    this.germanStems ??= new Set([...this.vocabulary].map((word) => stem(word, 'de')));
    return this.germanStems.has(candidate);
  }

  /**
   * The stem the model knows a German infinitive by: its own ("abmelden" -> "abmeld") or, when content
   * declares it a variant of one word, that word's ("umziehen" -> "umzug"). Undefined for unknown verbs.
   */
  readonly verbStem = (infinitive: string): string | undefined => {
    const canonical = this.synonyms.get(infinitive);
    const word = canonical?.length === 1 ? (canonical[0] as string) : infinitive;
    const candidate = stem(word, 'de');
    return this.knownGermanStem(candidate) ? candidate : undefined;
  };

  /** The text with every word the model knows blanked out ("... Bürgerbüro" in a Vietnamese sentence). */
  withoutKnownWords(text: string): string {
    return text.replace(WORD, (word) => (this.vocabulary.has(foldToken(normalizeText(word))) ? ' ' : word));
  }

  /**
   * Joins words written apart that the model knows as one word: learners, phone keyboards and speech
   * recognition write "wohn geld", "sperr müll", "ein bürgerung". Apart, the parts point elsewhere ("geld" is
   * also Elterngeld), or nowhere.
   */
  joinSplitCompounds(tokens: readonly string[]): string[] {
    const out: string[] = [];
    let i = 0;
    while (i < tokens.length) {
      const found = this.knownJoinAt(tokens, i);
      if (found) {
        out.push(found.word);
        i += found.length;
      } else out.push(tokens[i++] as string);
    }
    return out;
  }

  /** The longest run of 2 to MAX_JOINED words from `start` that, written together, is a known word. */
  private knownJoinAt(tokens: readonly string[], start: number): { word: string; length: number } | undefined {
    for (let length = Math.min(MAX_JOINED, tokens.length - start); length >= 2; length--) {
      const parts = tokens.slice(start, start + length);
      if (parts.some((part) => part.length < 2 || isNumeric(part))) continue;
      const word = parts.join('');
      if (word.length >= MIN_COMPOUND && (this.vocabulary.has(word) || this.synonyms.has(word))) return { word, length };
    }
    return undefined;
  }

  /** Splits a compound into two known words ("sperrmulltermin" -> sperrmull + termin), or returns []. */
  splitCompound(token: string): string[] {
    if (token.length < MIN_COMPOUND || isNumeric(token)) return [];
    let best: string[] = [];
    let bestScore = 0;
    for (let i = MIN_PART; i <= token.length - MIN_PART; i++) {
      const right = token.slice(i);
      if (!this.vocabulary.has(right)) continue;
      for (const link of LINKS) {
        const head = token.slice(0, i);
        if (!head.endsWith(link)) continue;
        const left = head.slice(0, head.length - link.length);
        if (left.length < MIN_PART || !this.vocabulary.has(left)) continue;
        const score = Math.min(left.length, right.length);
        if (score > bestScore) {
          best = [left, right];
          bestScore = score;
        }
      }
    }
    return best;
  }
}

export interface LexiconSource {
  /** `outOfScope`: an example of messages the city does not answer (the model's unknown class). */
  texts: { folded: readonly string[]; language: 'de' | 'en'; outOfScope?: boolean }[];
  synonyms: Record<string, readonly string[]>;
  /** Already read into the texts; kept so the model reads messages the same way. */
  regional?: [string, string][];
}

/** Builds the lexicon data from folded training texts and declared synonyms. */
export function buildLexiconData(source: LexiconSource): LexiconData {
  const synonyms = new Map<string, string>();
  for (const [canonical, variants] of Object.entries(source.synonyms)) {
    const target = foldPhrase(canonical).join(' ');
    if (!target) continue;
    for (const variant of variants) {
      const key = foldPhrase(variant).join(' ');
      if (key && key !== target && !synonyms.has(key)) synonyms.set(key, target);
    }
  }
  const synonymList = [...synonyms.entries()].sort((a, b) => (a[0] < b[0] ? -1 : a[0] > b[0] ? 1 : 0));
  const applier = new Lexicon({ vocabulary: [], synonyms: synonymList, languages: { de: [], en: [] } });
  const words = new Set<string>();
  const onTopic = new Set<string>();
  const seen = { de: new Set<string>(), en: new Set<string>() };
  const content = (token: string, language?: 'de' | 'en'): boolean => token.length >= 2 && !isNumeric(token) && !isStopword(token, language);
  for (const text of source.texts) {
    for (const token of applier.applySynonyms(text.folded)) {
      if (!content(token, text.language)) continue;
      words.add(token);
      if (!text.outOfScope) onTopic.add(token);
    }
    // Language detection reads the words as written, before synonyms: "passport" is English even though
    // the model knows it as "reisepass". "bin" or "hat" in English text stay out (German stopwords).
    for (const token of text.folded) if (content(token)) seen[text.language].add(token);
  }
  for (const target of synonyms.values()) {
    for (const token of target.split(' ')) {
      if (!content(token)) continue;
      words.add(token);
      onTopic.add(token);
    }
  }
  const sorted = (set: Set<string>): string[] => [...set].sort();
  const outOfScope = [...words].filter((word) => !onTopic.has(word)).sort();
  return {
    vocabulary: sorted(words),
    synonyms: synonymList,
    ...(source.regional && source.regional.length > 0 ? { regional: source.regional } : {}),
    ...(outOfScope.length > 0 ? { outOfScope } : {}),
    languages: {
      de: sorted(new Set([...seen.de].filter((w) => !seen.en.has(w)))),
      en: sorted(new Set([...seen.en].filter((w) => !seen.de.has(w)))),
    },
  };
}
