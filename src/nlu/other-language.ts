/**
 * Messages in a language the assistant does not speak ("Как продлить вид на жительство?", "Oturma izni nasıl
 * uzatılır?"). Without this they get the German "not understood, or the city is not responsible" answer,
 * which tells someone who cannot read it nothing. A script other than Latin is clear on its own. For Latin
 * text franc (trigram profiles of 160-odd languages) names the language; it is unreliable on short German
 * or English text, so the NLU asks it only about messages with at most one German or English function word
 * and few words the model knows (nlu-engine.ts).
 */
import { franc } from 'franc';

/** ISO 639-3 codes franc uses for the two languages the assistant speaks (and "undetermined"). */
const SPOKEN = new Set(['deu', 'eng', 'und']);
/**
 * Latin-script languages franc may name: German and English, and languages of large immigrant groups in
 * Germany (Albanian is "als", Tosk; Kurmanji has no profile). Dutch, Swedish, Javanese and the like are left
 * out: German keywords without any function word ("Kohleausstieg Strukturwandel", "Fußballergebnisse
 * Bundesliga") scored as Dutch or Swedish, and only the German profile is then close enough to win.
 */
const LATIN_CANDIDATES = ['deu', 'eng', 'tur', 'pol', 'ron', 'ita', 'spa', 'fra', 'por', 'hrv', 'srp', 'bos', 'ces', 'hun', 'vie', 'som', 'swh', 'hau', 'yor', 'ibo', 'tgl', 'ind', 'uzn', 'azj', 'als'];
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
const WORD = /\p{L}+/gu;

/**
 * The ISO 639-3 code of the message's language when it is neither German nor English, else undefined.
 * Letters of another script (Cyrillic, Arabic, Greek ...) decide on their own; Latin text needs franc. The
 * code is franc's best guess and often wrong between neighbouring languages (Turkish read as Serbian), so
 * it serves statistics, never the choice of reply.
 */
export function otherLanguage(text: string, minLetters = MIN_LETTERS): string | undefined {
  const letters = text.match(LETTER)?.length ?? 0;
  if (mostlyOtherScript(text)) {
    if (letters < MIN_LETTERS) return undefined;
    const code = franc(text, { minLength: 1 });
    return SPOKEN.has(code) ? 'und' : code;
  }
  if (letters < minLetters || !looksLikeWords(text)) return undefined;
  const code = franc(text, { minLength: 1, only: LATIN_CANDIDATES });
  return SPOKEN.has(code) ? undefined : code;
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
