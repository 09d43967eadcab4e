/**
 * Message language detection, German or English. Function words decide most messages; the words the
 * model saw in German or English training examples decide the rest; very short or undecided texts follow
 * the requested locale.
 */
import type { Locale } from '../core/types.js';
import { foldToken } from './normalize.js';

const GERMAN_HINTS = `
ich du er sie wir ihr mein meine mich mir der die das den dem des ein eine einen einem einer und oder nicht kein keine
ist sind bin bist war habe hat haben wird werden kann können muss möchte brauche wie wo wann was wer warum welche welcher
wieso weshalb mit für von zum zur auf bei nach über unter noch schon auch bitte danke hallo tschüss guten morgen tag abend
gibt es heute morgen jetzt mal doch ja nein nicht sich uns euch hier dort wieviel viel kostet machen
um am
`;

const ENGLISH_HINTS = `
i you he she we they my me the a an and or not no is are am was were have has had will would can could should
do does did how where when what who why which with for from of to on at by about please thanks thank hello hi bye
there this that it its your our their get need want much many cost today tomorrow now yes
`;

function build(list: string): Set<string> {
  return new Set(list.split(/\s+/).filter(Boolean).map(foldToken));
}

const GERMAN = build(GERMAN_HINTS);
const ENGLISH = build(ENGLISH_HINTS);
// Words in both lists ("die", "an", "will" ...) say nothing on their own.
for (const word of [...GERMAN]) {
  if (ENGLISH.has(word)) {
    GERMAN.delete(word);
    ENGLISH.delete(word);
  }
}

export interface LanguageVocabulary {
  /** Folded words seen only in German training examples. */
  de: ReadonlySet<string>;
  /** Folded words seen only in English training examples. */
  en: ReadonlySet<string>;
}

export const EMPTY_LANGUAGE_VOCABULARY: LanguageVocabulary = { de: new Set(), en: new Set() };

/**
 * @param normalized normalized text (umlauts still present)
 * @param folded folded tokens of that text
 */
export function detectLanguage(
  normalized: string,
  folded: readonly string[],
  requested: Locale | undefined,
  vocabulary: LanguageVocabulary = EMPTY_LANGUAGE_VOCABULARY,
): Locale {
  // An umlaut counts like one German word, not like a function word: English messages name Düren, the
  // Bürgerbüro or Bürgergeld.
  let de = /[äöüß]/.test(normalized) ? 1 : 0;
  let en = /\b\w+'(s|t|re|ll|ve|m|d)\b/.test(normalized) ? 2 : 0;
  for (const token of folded) {
    if (GERMAN.has(token)) de += 2;
    else if (ENGLISH.has(token)) en += 2;
    else if (vocabulary.de.has(token)) de += 1;
    else if (vocabulary.en.has(token)) en += 1;
  }
  if (de === en) return requested ?? 'de';
  // A single weak hint in a one- or two-word message is not enough to overrule the client.
  if (requested && Math.abs(de - en) < 2 && folded.length <= 2) return requested;
  return de > en ? 'de' : 'en';
}

/**
 * The language a message is unmistakably written in: at least two function words of one language and none
 * of the other ("How do I apply for Wohngeld?", "Ich brauche einen neuen Pass"). Keywords ("Personalausweis
 * beantragen"), names and short answers have none, so they stay with the language the citizen chose.
 */
export function sentenceLanguage(folded: readonly string[]): Locale | undefined {
  const { de, en } = functionWords(folded);
  if (de >= 2 && en === 0) return 'de';
  if (en >= 2 && de === 0) return 'en';
  return undefined;
}

/** How many German and English function words ("ich", "wie"; "the", "how") a message has. */
export function functionWords(folded: readonly string[]): { de: number; en: number } {
  let de = 0;
  let en = 0;
  for (const token of folded) {
    if (GERMAN.has(token)) de++;
    else if (ENGLISH.has(token)) en++;
  }
  return { de, en };
}
