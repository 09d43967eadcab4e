/**
 * The name on a booking: as citizens give it ("ich heiße Ali Yilmaz", "my name is John Smith") and as they
 * repeat it to cancel or move the appointment ("yilmaz", "Yilmaz, Ali").
 */
import { spokenName } from '../../spoken-name.js';

/** Greetings and fillers before the introduction: "Hallo, ich heiße …", "Ja, mein Name ist …". */
const LEAD_IN = String.raw`(?:(?:hallo|hi|hello|guten tag|ja|yes|also|ok|okay|gern|gerne|sure|äh|ähm|öhm|hm|hmm|uh|um|erm|so|naja)[\s,.!]+)*`;

/** Introductions before a name, German and English; the name itself follows. */
const INTRODUCTIONS = [
  String.raw`ich hei(?:ß|ss)e`,
  String.raw`ich bin(?:\s+(?:der|die))?`,
  String.raw`(?:mein|der)\s+(?:vor-?\s*und\s+nach)?name\s+(?:ist|lautet|w[äa]re)`,
  String.raw`(?:auf|f[üu]r)\s+den\s+namen(?:\s+von)?`,
  String.raw`auf|f[üu]r`,
  String.raw`(?:my|the)\s+name\s+is|my\s+name['’]s|name\s+is`,
  String.raw`i\s+am|i['’]m|this\s+is|it\s+is|it['’]s`,
  String.raw`under(?:\s+the\s+name(?:\s+of)?)?`,
  String.raw`(?:vor-?\s*und\s+nach)?name`,
  // The introduction in the citizen's first language, before a name written in Latin letters: "benim adım
  // Mehmet Yıldırım" was stored as the dog owner's name.
  String.raw`benim\s+ad[ıi]m|ad[ıi]m|ismim|nazywam\s+si[ęe]|mam\s+na\s+imi[ęe]|je\s+m['’]appelle|mon\s+nom\s+est|me\s+llamo|mi\s+nombre\s+es|mi\s+chiamo|ik\s+heet|mijn\s+naam\s+is|меня\s+зовут|мене\s+звати|اسمي`,
];

const INTRO = new RegExp(String.raw`^\s*${LEAD_IN}(?:${INTRODUCTIONS.join('|')})\s*[:,]?\s+(?=\p{L})`, 'iu');
const TRAIL = /[\s,.;!]*(?:\b(?:bitte|danke|please|thanks|thank you)\b[\s,.;!]*)*$/iu;

/**
 * The name without an introduction or a closing "bitte": "Ich heiße Ali Yilmaz." -> "Ali Yilmaz"; without
 * fillers and with a spelling joined: "äh Müller, M Ü L L E R, Hans" -> "Hans Müller"; without a place of the
 * city after a comma (`places`, placeNames of the profile): "Müller, Düren" -> "Müller" (spoken-name.ts).
 */
export function nameFromAnswer(answer: string, places: readonly string[] = []): string {
  return spokenName(answer.replace(INTRO, '').replace(TRAIL, ''), places).replace(/\s+/g, ' ').trim();
}

/** Forms of address and titles: "Herr Yilmaz" and "Dr. Berg" name the person as well as the surname does. */
const ADDRESS = new Set(['herr', 'herrn', 'frau', 'familie', 'mr', 'mrs', 'ms', 'miss', 'dr', 'prof']);

/**
 * The words of a name for comparing: lower case, umlauts and ß folded, accents dropped, hyphenated names
 * kept as one word, forms of address left out.
 */
function nameWords(name: string): string[] {
  return nameFromAnswer(name)
    .toLowerCase()
    .replace(/ä/g, 'ae')
    .replace(/ö/g, 'oe')
    .replace(/ü/g, 'ue')
    .replace(/ß/g, 'ss')
    .normalize('NFD')
    .replace(/\p{M}/gu, '')
    .replace(/[^\p{L}\p{N}\s-]+/gu, ' ')
    .split(/\s+/)
    .map((word) => word.replace(/^-+|-+$/g, ''))
    .filter((word) => word && !ADDRESS.has(word));
}

/**
 * True when `given` names the person of the booking: the same words in any case, spacing or order
 * ("Yilmaz, Ali"), or some of them including the surname ("Yilmaz", "Anna Berg" for "Anna Maria Berg").
 * A word that is not in the booked name never matches: "Mehmet Yilmaz" is someone else.
 */
export function sameBookingName(given: string, booked: string): boolean {
  const words = nameWords(given);
  const left = nameWords(booked);
  const surname = left.at(-1);
  if (words.length === 0 || !surname || !words.includes(surname)) return false;
  for (const word of words) {
    const at = left.indexOf(word);
    if (at < 0) return false;
    left.splice(at, 1);
  }
  return true;
}
