/**
 * Messages in a language the assistant does not speak ("Как продлить вид на жительство?", "Oturma izni nasıl
 * uzatılır?"). Without this they get the German "not understood, or the city is not responsible" answer,
 * which tells someone who cannot read it nothing. A script other than Latin is clear on its own. For Latin
 * text franc (trigram profiles of 160-odd languages) names the language; it is unreliable on short German
 * or English text, so the NLU asks it only about messages with at most one German or English function word
 * and few words the model knows (nlu-engine.ts).
 */
import { franc, francAll } from 'franc';

/** ISO 639-3 codes franc uses for the two languages the assistant speaks (and "undetermined"). */
const SPOKEN = new Set(['deu', 'eng', 'und']);
/**
 * Latin-script languages franc may name: German and English, and languages of large immigrant groups in
 * Germany (Albanian is "als", Tosk; Kurmanji has no profile). Dutch, Swedish, Javanese and the like are left
 * out: German keywords without any function word ("Kohleausstieg Strukturwandel", "Fußballergebnisse
 * Bundesliga") scored as Dutch or Swedish, and only the German profile is then close enough to win.
 */
const LATIN_CANDIDATES = ['deu', 'eng', 'tur', 'pol', 'ron', 'ita', 'spa', 'fra', 'por', 'hrv', 'srp', 'bos', 'ces', 'hun', 'vie', 'som', 'als'];
/**
 * Fewer words than this say too little in Latin script: two German nouns ("Taubenplage Balkon",
 * "Rurtalbahn Fahrplan"), a name ("Mehmet Öztürk") or a typo ("registraton") scored as Tagalog, Indonesian,
 * Albanian or Italian.
 */
const MIN_LATIN_WORDS = 3;
/** Letters of German and not of the candidates (ä, ß), or ö/ü without Turkish or Hungarian letters. */
const GERMAN_ONLY = /[äß]/;
const UMLAUT = /[öü]/;
const TURKISH_OR_HUNGARIAN = /[ışğőű]/;
/** Han, kana and Hangul: one character is about a word, so two say enough ("여권 신청"). */
const CJK = /[\p{Script=Han}\p{Script=Hiragana}\p{Script=Katakana}\p{Script=Hangul}]/gu;
const EMAIL_OR_URL = /\S+@\S+|\bhttps?:\/\/\S+|\bwww\.\S+/gi;
/**
 * Codes and reference numbers are no words of any language, but franc reads their letters as one: after
 * "Code", 57 % of random resume codes ("Code DYLN-3TSY") scored as Spanish, Romanian, French or Portuguese,
 * and the citizen got the other-language note before the real reply. A token that mixes letters and digits
 * ("7sp2", "AC3H46", "DN-2026-000123") or joins groups of capitals by a hyphen ("ABCD-EFGH") is a code.
 */
const CODE_TOKEN = /(?<![\p{L}\p{N}])[\p{L}\p{N}]+(?:[-–/.][\p{L}\p{N}]+)*(?![\p{L}\p{N}])/gu;
const CAPITAL_GROUPS = /^\p{Lu}{2,}(?:[-–]\p{Lu}{2,})+$/u;
/** A resume code in small letters after its cue ("code bluu tzui"): 4 + 4 characters, as commands.ts reads it. */
const CUED_CODE = /\b((?:code|kode)\s*:?\s*)[a-z0-9]{4}\s*[-–\s]?\s*[a-z0-9]{4}\b/giu;
/** Words that only announce a code or reference ("Status DN-2026-000123"): with it alone, no language. */
const CODE_CUES = new Set(['code', 'kode', 'status', 'vorgang', 'vorgangsnummer', 'aktenzeichen', 'referenz', 'reference', 'mein', 'my', 'ist', 'is']);
/** Fewer letters than this say too little for a trigram profile ("ok", "Danke!" typed with a typo). */
const MIN_LETTERS = 8;
/**
 * A Latin-script message whose topic the model recognised needs this many letters before franc may call it
 * foreign: short German questions score as Hausa or Swahili ("Was kannst du?").
 */
export const MIN_LETTERS_WITH_TOPIC = 20;
const LATIN = /\p{Script=Latin}/gu;
/** Below this share of vowels, Latin letters are no words ("sdkjfh"); Polish and Czech stay well above. */
const MIN_VOWEL_SHARE = 0.2;
/** Below this share of distinct letter pairs, the text repeats itself ("fgfgfgfg", "asdasdasd"). */
const MIN_DISTINCT_PAIRS = 0.5;
const LETTER = /\p{L}/gu;
/**
 * franc's winner needs this lead over German and English (their score as a share of the winner's): a brand
 * name tips a German sentence ("PlayStation zeigt nur schwarzen Bildschirm": French 1, German 0.986). On
 * other-languages.tsv (dev half) German or English came at most to 0.947 of a foreign winner.
 */
const MAX_SPOKEN_SHARE = 0.96;
const WORD = /\p{L}+/gu;

/**
 * The ISO 639-3 code of the message's language when it is neither German nor English, else undefined.
 * `withoutKnownWords` blanks the words the model knows (see Lexicon.withoutKnownWords).
 * Letters of another script (Cyrillic, Arabic, Greek ...) decide on their own; Latin text needs franc. The
 * code is franc's best guess and often wrong between neighbouring languages (Turkish read as Serbian), so
 * it serves statistics, never the choice of reply.
 */
export function otherLanguage(text: string, minLetters = MIN_LETTERS, withoutKnownWords: (text: string) => string = (t) => t): string | undefined {
  const cleaned = withoutCodes(text.replace(EMAIL_OR_URL, ' '));
  if (onlyCodeCues(cleaned)) return undefined;
  const letters = cleaned.match(LETTER)?.length ?? 0;
  if (mostlyOtherScript(cleaned)) {
    if (letters < MIN_LETTERS && (cleaned.match(CJK)?.length ?? 0) < 2) return undefined;
    const code = franc(cleaned, { minLength: 1 });
    return SPOKEN.has(code) ? 'und' : code;
  }
  const words = (cleaned.match(WORD) ?? []).filter((word) => word.length >= 2).length;
  // The letters are judged without the words the model knows: "Düren" in a Vietnamese sentence is no umlaut
  // of the sentence's own. franc reads the whole text: a shortened one misleads it.
  if (letters < minLetters || words < MIN_LATIN_WORDS || !looksLikeWords(cleaned) || looksGerman(withoutKnownWords(cleaned))) return undefined;
  const [best, ...rest] = francAll(cleaned, { minLength: 1, only: LATIN_CANDIDATES });
  if (!best || SPOKEN.has(best[0])) return undefined;
  const spoken = Math.max(0, ...rest.filter(([code]) => SPOKEN.has(code)).map(([, score]) => score));
  return spoken >= MAX_SPOKEN_SHARE * best[1] ? undefined : best[0];
}

/** The text with codes and reference numbers blanked (see CODE_TOKEN). */
function withoutCodes(text: string): string {
  return text.replace(CUED_CODE, '$1').replace(CODE_TOKEN, (token) => (isCode(token) ? ' ' : token));
}

function isCode(token: string): boolean {
  return (/\p{L}/u.test(token) && /\p{N}/u.test(token)) || CAPITAL_GROUPS.test(token);
}

/** Left after the codes: nothing but words that announce one ("Code", "Status", "mein Code ist"). */
function onlyCodeCues(text: string): boolean {
  return (text.match(WORD) ?? []).every((word) => CODE_CUES.has(word.toLowerCase()));
}

/** Rhineland dialect ("Wat moss isch donn för ne Personalusweis maache?") is German by its letters. */
function looksGerman(text: string): boolean {
  const lower = text.toLowerCase();
  return GERMAN_ONLY.test(lower) || (UMLAUT.test(lower) && !TURKISH_OR_HUNGARIAN.test(lower));
}

/**
 * Most letters are not Latin (Cyrillic, Arabic, Greek ...): written in another language even when a German
 * word such as "Bürgerbüro" stands in it.
 */
export function mostlyOtherScript(text: string): boolean {
  let other = 0;
  let latin = 0;
  for (const word of text.match(WORD) ?? []) {
    const letters = word.match(LETTER)?.length ?? 0;
    const latinLetters = word.match(LATIN)?.length ?? 0;
    if (latinLetters * 2 >= letters) latin++;
    else other++;
  }
  return other > latin;
}

/**
 * Keyboard mashing ("asdasdasd", "sdkjfh sdkjf") has a trigram profile too, and franc names a language for it.
 * Words of real languages have vowels and do not repeat the same two letters over and over.
 */
function looksLikeWords(text: string): boolean {
  const letters = text.normalize('NFD').replace(/\p{M}/gu, '').toLowerCase().replace(/[^\p{L}]+/gu, ' ').trim();
  const compact = letters.replace(/ /g, '');
  const vowels = compact.match(/[aeiouyı]/g)?.length ?? 0;
  if (vowels < compact.length * MIN_VOWEL_SHARE) return false;
  const pairs = new Set<string>();
  let total = 0;
  for (const word of letters.split(' ')) {
    for (let i = 0; i + 1 < word.length; i++) {
      pairs.add(word.slice(i, i + 2));
      total++;
    }
  }
  return pairs.size >= total * MIN_DISTINCT_PAIRS;
}
